"""Rotating WARC output (warcio), each file published only when complete.

``WarcFiles`` writes ``DIRECTORY/<prefix>-00000.warc.gz``, ``-00001``, ... : a ``warcinfo``
record first, then one ``response`` and one ``request`` record per fetch (``Exchange``), each
record its own gzip member (so readers can seek to any record). A file is written under a
hidden temporary name beside its final one; when it reaches ``max_bytes`` or the writer is
closed, it is fsync'ed and renamed, then the directory is fsync'ed: a file under its final
name is always whole. A process killed mid-file leaves only the hidden temporary file.

Conventions (those of Common Crawl's CC-NEWS): ``WARC/1.0``; the payload stored as the
crawler used it, decoded: ``Content-Encoding`` and ``Transfer-Encoding`` are renamed to
``X-Crawler-Content-Encoding`` / ``X-Crawler-Transfer-Encoding`` and ``Content-Length`` is
the stored length; ``WARC-IP-Address`` when known; ``WARC-Truncated`` on a body that was cut.

warcio computes the block and payload digests. ``length=`` is always passed to
``create_warc_record``: without it warcio spools each payload to a temporary file it never
closes (a ResourceWarning per record).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BufferedWriter, BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl import __version__
from newscrawl.runs.recover import fsync_dir

logger = logging.getLogger(__name__)

WARC_VERSION = "1.0"
PURPOSE = "Newscrawl-Purpose"
"""An extension field of response records: why newscrawl fetched the page."""
HINTS = "Newscrawl-Hints"
"""An extension field of article response records: the discovery hints, as JSON."""
DEFAULT_MAX_BYTES = 1024**3
"""Rotate after this many bytes (compressed), as Common Crawl does (about 1 GB a file)."""

MASKED = ("content-encoding", "transfer-encoding")
"""Response headers that no longer describe the stored (decoded) payload."""

Headers = Sequence[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Exchange:
    """One fetch: the request as sent and the response as the crawler used it."""

    url: str
    method: str
    request_headers: Headers
    request_body: bytes
    status: int
    reason: str
    response_headers: Headers
    body: bytes
    """The payload, decoded (no content or transfer encoding left)."""
    date: datetime
    protocol: str = "HTTP/1.1"
    ip_address: str | None = None
    truncated: str | None = None
    """``WARC-Truncated`` reason (``length``, ``time``, ``disconnect``, ``unspecified``), or None."""
    purpose: str | None = None
    """``Newscrawl-Purpose`` of the response record: ``article`` (a page fetched as an article)
    or ``discovery`` (robots.txt, a feed, a sitemap, a section page); readers skip the latter."""
    hints: dict[str, Any] | None = None
    """What discovery said of an article page (sitemap lastmod, feed title, ...): written as
    ``Newscrawl-Hints`` (one line of JSON), so a re-parse fills the same fallbacks."""


def stored_headers(headers: Headers, body_length: int) -> list[tuple[str, str]]:
    """Response headers for a decoded payload of ``body_length`` bytes: encodings masked as
    ``X-Crawler-<Name>``, ``Content-Length`` set to the stored length."""
    out: list[tuple[str, str]] = []
    for name, value in headers:
        lower = name.lower()
        if lower in MASKED:
            out.append((f"X-Crawler-{name}", value))
        elif lower != "content-length":
            out.append((name, value))
    out.append(("Content-Length", str(body_length)))
    return out


def warc_date(moment: datetime) -> str:
    """WARC/1.0 date: UTC, whole seconds (``2026-12-04T13:00:00Z``)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class WarcFiles:
    """Rotating, atomically published ``.warc.gz`` files of one run."""

    def __init__(
        self,
        directory: Path,
        prefix: str,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        info: dict[str, str] | None = None,
    ) -> None:
        from warcio.warcwriter import WARCWriter  # noqa: PLC0415  (optional dependency)

        self._writer_class = WARCWriter
        self.directory = directory
        self.prefix = prefix
        self.max_bytes = max(int(max_bytes), 1)
        self.info = {"software": f"newscrawl/{__version__}", "format": "WARC File Format 1.0", **(info or {})}
        self.published: list[Path] = []
        self.records = 0
        self._serial = 0
        self._file: BufferedWriter | None = None
        self._temp: Path | None = None
        self._final: Path | None = None
        self._writer: Any = None
        self._info_id: str | None = None

    # -- public ---------------------------------------------------------------------------------

    def write(self, exchange: Exchange) -> None:
        """Append the response and request records of ``exchange``; rotate when the file is full."""
        if self._file is None:
            self._open()
        writer = self._writer
        date = warc_date(exchange.date)
        common = {"WARC-Date": date}
        if self._info_id:
            common["WARC-Warcinfo-ID"] = self._info_id
        response_fields = dict(common)
        if exchange.ip_address:
            response_fields["WARC-IP-Address"] = exchange.ip_address
        if exchange.truncated:
            response_fields["WARC-Truncated"] = exchange.truncated
        if exchange.purpose:
            response_fields[PURPOSE] = exchange.purpose
        if exchange.hints:
            response_fields[HINTS] = json.dumps(exchange.hints, ensure_ascii=False, separators=(",", ":"))
        response = writer.create_warc_record(
            exchange.url,
            "response",
            payload=BytesIO(exchange.body),
            length=len(exchange.body),
            warc_headers_dict=response_fields,
            http_headers=self._http(
                f"{exchange.status} {exchange.reason}".strip(),
                stored_headers(exchange.response_headers, len(exchange.body)),
                protocol=exchange.protocol,
            ),
        )
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=BytesIO(exchange.request_body),
            length=len(exchange.request_body),
            warc_headers_dict=dict(common),
            http_headers=self._http(
                f"{exchange.method} {_request_target(exchange.url)} HTTP/1.1",
                _with_host(exchange.request_headers, exchange.url),
                request=True,
            ),
        )
        writer.write_request_response_pair(request, response)
        self.records += 2
        assert self._file is not None
        if self._file.tell() >= self.max_bytes:
            self._publish()

    def close(self) -> list[Path]:
        """Publish the file being written (if any); every file published, in order."""
        if self._file is not None:
            self._publish()
        return list(self.published)

    def discard(self) -> None:
        """Drop the file being written (it is never published)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
            self._temp = None

    # -- internals ------------------------------------------------------------------------------

    def _http(self, statusline: str, headers: Iterable[tuple[str, str]], **kwargs: Any) -> Any:
        from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415

        if kwargs.pop("request", False):
            return StatusAndHeaders(statusline, list(headers), is_http_request=True)
        return StatusAndHeaders(statusline, list(headers), protocol=kwargs.get("protocol", "HTTP/1.1"))

    def _open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{self.prefix}-{self._serial:05d}.warc.gz"
        self._serial += 1
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.directory)
        os.fchmod(fd, 0o666 & ~_umask())
        self._file = os.fdopen(fd, "wb")
        self._temp = Path(temp)
        self._final = self.directory / name
        self._writer = self._writer_class(self._file, gzip=True, warc_version=WARC_VERSION)
        fields = "".join(f"{key}: {value}\r\n" for key, value in self.info.items()).encode()
        info = self._writer.create_warc_record(
            name,
            "warcinfo",
            payload=BytesIO(fields),
            length=len(fields),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Filename": name, "WARC-Date": warc_date(datetime.now(UTC))},
        )
        # warcio puts the file name in WARC-Target-URI for warcinfo; WARC-Filename says it
        info.rec_headers.remove_header("WARC-Target-URI")
        self._writer.write_record(info)
        self._info_id = info.rec_headers.get_header("WARC-Record-ID")
        self.records += 1

    def _publish(self) -> None:
        assert self._file is not None and self._temp is not None and self._final is not None
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self._file = None
        self._temp.replace(self._final)
        fsync_dir(self.directory)
        self.published.append(self._final)
        logger.info("Wrote WARC file %s", self._final)
        self._temp = None


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _with_host(headers: Headers, url: str) -> list[tuple[str, str]]:
    """The request headers with ``Host`` first, as sent (Scrapy's HTTP client adds it)."""
    listed = list(headers)
    if any(name.lower() == "host" for name, _ in listed):
        return listed
    return [("Host", urlsplit(url).netloc), *listed]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
