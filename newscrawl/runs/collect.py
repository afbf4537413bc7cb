"""Find the crawl runs under output directories and read what each one did.

A run is its ``<run-id>.stats.json`` (see ``newscrawl.runs.report``), found anywhere under the
paths given: an output directory, one site's directory, one day's, or the stats file itself.
A stats file that cannot be read or is not a run's report is listed in ``unreadable`` with the
reason, never silently dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

STATS_SUFFIX = ".stats.json"


@dataclass(frozen=True, slots=True)
class Run:
    """One crawl run of one site."""

    stats_file: Path
    stats: dict[str, Any]

    @property
    def site(self) -> str:
        return str(self.stats.get("site") or self.stats_file.parent.parent.name)

    @property
    def run_id(self) -> str:
        return str(self.stats.get("run_id") or self.stats_file.name[: -len(STATS_SUFFIX)])

    @property
    def started(self) -> datetime | None:
        """The run's start (UTC), from its run id (``YYYYmmddTHHMMSSZ-…``)."""
        try:
            return datetime.strptime(self.run_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            return None

    def count(self, *keys: str) -> int:
        """A whole number from the stats, following nested keys; 0 when absent."""
        value: Any = self.stats
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0

    def counts(self, key: str) -> dict[str, int]:
        """A ``{name: count}`` section of the stats (``dropped``, ``responses_by_status``, …)."""
        value = self.stats.get(key)
        if not isinstance(value, dict):
            return {}
        return {str(k): int(v) for k, v in value.items() if isinstance(v, int | float)}


@dataclass(frozen=True, slots=True)
class Runs:
    runs: list[Run] = field(default_factory=list)
    """Oldest first (by run id, which starts with the start time)."""
    unreadable: list[tuple[Path, str]] = field(default_factory=list)
    """Stats files that could not be used, with the reason."""


def find_runs(paths: Iterable[Path]) -> Runs:
    """Every run whose stats file is under (or is) one of ``paths``, oldest first."""
    files: dict[Path, None] = {}
    for path in paths:
        if path.is_file():
            files[path] = None
        else:
            files.update(dict.fromkeys(sorted(path.rglob(f"*{STATS_SUFFIX}"))))
    runs: list[Run] = []
    unreadable: list[tuple[Path, str]] = []
    for file in files:
        try:
            stats = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as err:
            unreadable.append((file, f"cannot be read as JSON ({err})"))
            continue
        if not isinstance(stats, dict) or "run_id" not in stats:
            unreadable.append((file, "not a run's stats file (no run_id)"))
            continue
        runs.append(Run(file, stats))
    runs.sort(key=lambda run: (run.run_id, run.site))
    return Runs(runs, unreadable)
