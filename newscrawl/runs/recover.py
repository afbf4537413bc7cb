"""Publish what a crashed run left: its complete lines, without a torn last line.

Only call this while holding the site's lock (``newscrawl.state.SiteLock``): then no live
run is writing any of these files.
"""

from __future__ import annotations

import json
import logging
import os
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


def recover_partials(output_dir: str | Path, site: str, *, exclude: Path | None = None) -> list[Recovered]:
    """Publish every ``.partial`` of ``site`` (but ``exclude``); returns what each held."""
    done = []
    for partial in site_partials(output_dir, site):
        if exclude is not None and partial.resolve() == exclude.resolve():
            continue
        done.append(publish_partial(partial))
    return done


def publish_partial(partial: Path) -> Recovered:
    """Truncate ``partial`` after its last complete JSON line, fsync, rename to ``.jsonl``."""
    data = partial.read_bytes()
    records: list[dict[str, Any]] = []
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
        records.append(record)
        good += len(line)
    with partial.open("r+b") as handle:
        handle.truncate(good)
        handle.flush()
        os.fsync(handle.fileno())
    final = partial.with_name(partial.name[: -len(PARTIAL_SUFFIX)] + ".jsonl")
    partial.replace(final)
    fsync_dir(final.parent)
    dropped = len(data) - good
    logger.warning(
        "Recovered %s from an interrupted run: %d complete articles published%s",
        final,
        len(records),
        f", {dropped} bytes of a torn last line dropped" if dropped else "",
    )
    return Recovered(final, records, dropped)


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
