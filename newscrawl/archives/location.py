"""Where a WARC file is: a local path, or a URL that fsspec can open (``https://``, ``s3://``,
``gs://``, ``hdfs://`` ... each with its filesystem package installed; ``file://`` too).

``bulk`` reads its inputs through these few functions, so a CC-NEWS file can be named by its
``https://data.commoncrawl.org/...`` URL, or a bucket of WARC files by ``s3://bucket/prefix/``,
and each Dask worker opens its own shard where it is. fsspec itself comes with Dask; the
protocol's package (aiohttp for http(s), s3fs, gcsfs ...) must be installed where the URL is
read: a missing one is a ``RemoteUnavailable`` naming it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_MTIME_KEYS = ("mtime", "LastModified", "last_modified", "last-modified", "updated", "modified", "created")


class RemoteUnavailable(RuntimeError):
    """A URL whose protocol needs a package that is not installed, or that fsspec cannot open."""


def is_url(path: str) -> bool:
    """Whether ``path`` is a URL (``scheme://...``) rather than a local path."""
    return bool(_URL.match(path))


def _fs(url: str) -> tuple[Any, str]:
    """fsspec's filesystem for ``url`` and the path within it."""
    try:
        from fsspec.core import url_to_fs  # noqa: PLC0415  (comes with Dask; only for URLs)
    except ImportError as err:
        raise RemoteUnavailable(f"{url}: reading URLs needs fsspec (pip install fsspec)") from err
    try:
        fs, inner = url_to_fs(url)
    except (ImportError, ValueError) as err:  # "Install s3fs to access S3", unknown protocol
        raise RemoteUnavailable(f"{url}: {err}") from err
    return fs, str(inner)


def _url(fs: Any, path: str) -> str:
    """The full URL of ``path`` on ``fs`` (``find`` gives paths without the protocol)."""
    unstripped: str = fs.unstrip_protocol(path)
    return unstripped


def is_dir(path: str) -> bool:
    """Whether ``path`` (local or URL) is a directory (a prefix, on an object store)."""
    if not is_url(path):
        return Path(path).is_dir()
    fs, inner = _fs(path)
    return bool(fs.isdir(inner))


def files_under(path: str) -> list[str]:
    """Every file below the directory ``path``, recursively, as paths or URLs like ``path``."""
    if not is_url(path):
        return [str(p) for p in Path(path).rglob("*") if p.is_file()]
    fs, inner = _fs(path)
    return [_url(fs, found) for found in fs.find(inner)]


def read_text(path: str) -> str:
    """The UTF-8 text of the file ``path`` (a list of inputs)."""
    if not is_url(path):
        return Path(path).read_text(encoding="utf-8")
    fs, inner = _fs(path)
    with fs.open(inner, "rb") as stream:
        data: bytes = stream.read()
    return data.decode("utf-8")


def identity(path: str) -> tuple[int, int]:
    """(size in bytes, modification time in ns) of ``path``: what tells a rerun that a shard
    changed. A remote file whose store gives no modification time gets 0 (then only a change
    of size makes a rerun parse it again). ``FileNotFoundError`` when there is no such file."""
    if not is_url(path):
        info = Path(path).stat()
        return info.st_size, info.st_mtime_ns
    fs, inner = _fs(path)
    details: dict[str, Any] = fs.info(inner)
    if details.get("type") == "directory":
        raise IsADirectoryError(21, "a directory", path)
    return int(details.get("size") or 0), _mtime_ns(details)


def _mtime_ns(details: dict[str, Any]) -> int:
    for key in _MTIME_KEYS:
        value = details.get(key)
        if isinstance(value, datetime):
            return int(value.timestamp() * 1_000_000_000)
        if isinstance(value, int | float) and value > 0:
            return int(value * 1_000_000_000)
        if isinstance(value, str) and value:
            try:
                return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1_000_000_000)
            except ValueError:
                continue
    return 0


@contextmanager
def open_binary(path: str) -> Iterator[IO[bytes]]:
    """``path`` opened for reading bytes, local or remote."""
    if not is_url(path):
        with Path(path).open("rb") as stream:
            yield stream
        return
    fs, inner = _fs(path)
    with fs.open(inner, "rb") as remote:
        yield remote
