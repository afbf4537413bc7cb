"""Publish what a crashed run left: its complete lines, without a torn last line.

On one machine, call this while holding the site's lock (``newscrawl.state.SiteLock``): then
no live run is writing any of these files. In a distributed crawl (``worker`` given) each
worker's run holds an exclusive ``flock`` on its own ``.partial`` for as long as it writes it
(``hold_partial``); the kernel drops the lock when the process dies, however it dies. A worker
starting up publishes its own leftovers and every other worker's ``.partial`` that nobody holds
(a dead worker's run, which would otherwise wait for a worker of the same name to restart).
The lock is taken again while publishing, so two workers never publish the same file.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.runs.layout import PARTIAL_SUFFIX, site_partials

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Recovered:
    """One published leftover: where it went and the records in it."""

    path: Path
    records: list[dict[str, Any]] = field(default_factory=list)
    dropped_bytes: int = 0
    """Bytes of a torn (incomplete or unparseable) tail that were cut off."""
    duplicates: int = 0
    """Complete lines left out because another worker emitted the same article version."""


Keep = Callable[[dict[str, Any], str], bool]
"""``keep(record, run_id)``: False leaves a complete line out of the published file."""


def recover_partials(
    output_dir: str | Path,
    site: str,
    *,
    exclude: Path | None = None,
    worker: str | None = None,
    keep: Keep | None = None,
) -> list[Recovered]:
    """Publish every ``.partial`` of ``site`` (but ``exclude``); returns what each held. With
    ``worker`` (a distributed crawl), that worker's own files and the files of other workers'
    runs that no live process holds (``hold_partial``)."""
    done = []
    own = set(site_partials(output_dir, site, worker=worker)) if worker else None
    for partial in site_partials(output_dir, site):
        if exclude is not None and partial.resolve() == exclude.resolve():
            continue
        if own is None or partial in own:
            done.append(publish_partial(partial, keep=keep))
            continue
        recovered = _publish_abandoned(partial, keep=keep)
        if recovered is not None:
            done.append(recovered)
    return done


ABANDONED_AFTER = 10.0
"""Seconds a ``.partial`` must have been left unchanged before another worker publishes it
(besides being unlocked): a writer creates its file, then locks it, a moment later."""


def hold_partial(fd: int) -> None:
    """Mark the open ``.partial`` ``fd`` as live: an exclusive lock for the life of the file
    descriptor (the writer keeps it open until it publishes the file)."""
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _publish_abandoned(partial: Path, *, keep: Keep | None) -> Recovered | None:
    """Publish another worker's ``partial`` when no live process holds it; else None."""
    try:
        fd = os.open(partial, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None  # published by its writer or another worker meanwhile
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None  # its run is live
        try:
            now = partial.stat()
        except FileNotFoundError:
            return None
        if now.st_ino != os.fstat(fd).st_ino or time.time() - now.st_mtime < ABANDONED_AFTER:
            return None  # replaced since opened, or just created (not locked by its writer yet)
        logger.warning("Publishing %s: the worker that wrote it is gone", partial)
        return publish_partial(partial, keep=keep)
    finally:
        os.close(fd)


def publish_partial(partial: Path, *, keep: Keep | None = None) -> Recovered:
    """Truncate ``partial`` after its last complete JSON line, fsync, rename to ``.jsonl``.
    Lines ``keep`` refuses are left out (the file is rewritten without them)."""
    data = partial.read_bytes()
    run_id = partial.name[: -len(PARTIAL_SUFFIX)]
    records: list[dict[str, Any]] = []
    kept: list[bytes] = []
    good = 0
    for line in data.splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break
        try:
            record = json.loads(line)
        except ValueError:
            break
        if not isinstance(record, dict):
            break
        good += len(line)
        if keep is not None and not keep(record, run_id):
            continue
        records.append(record)
        kept.append(line)
    with partial.open("r+b") as handle:
        rewrite = sum(map(len, kept)) != good
        if rewrite:
            handle.seek(0)
            handle.write(b"".join(kept))
        handle.truncate(sum(map(len, kept)))
        handle.flush()
        os.fsync(handle.fileno())
    final = partial.with_name(partial.name[: -len(PARTIAL_SUFFIX)] + ".jsonl")
    partial.replace(final)
    fsync_dir(final.parent)
    dropped = len(data) - good
    duplicates = _lines(data, good) - len(kept)
    logger.warning(
        "Recovered %s from an interrupted run: %d complete articles published%s%s",
        final,
        len(records),
        f", {dropped} bytes of a torn last line dropped" if dropped else "",
        f", {duplicates} lines left out (another worker emitted those articles)" if duplicates else "",
    )
    return Recovered(final, records, dropped, duplicates)


def _lines(data: bytes, good: int) -> int:
    return data[:good].count(b"\n")


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
