"""Where a run's output goes. Dates are UTC; run ids sort by start time."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

PARTIAL_SUFFIX = ".jsonl.partial"


def new_run_id(now: datetime | None = None, *, worker: str | None = None) -> str:
    """``YYYYmmddTHHMMSSZ-<6 hex>``: start time (UTC), plus randomness for same-second runs;
    ``@<worker>`` after it in a distributed crawl (each worker writes its own files)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    run_id = f"{moment:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
    return f"{run_id}@{worker}" if worker else run_id


@dataclass(frozen=True, slots=True)
class RunPaths:
    """The files of one run of one site."""

    directory: Path
    run_id: str

    @classmethod
    def for_run(cls, output_dir: str | Path, site: str, run_id: str) -> RunPaths:
        day = datetime.strptime(run_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return cls(Path(output_dir) / site / f"{day:%Y-%m-%d}", run_id)

    @property
    def final(self) -> Path:
        return self.directory / f"{self.run_id}.jsonl"

    @property
    def partial(self) -> Path:
        return self.directory / f"{self.run_id}{PARTIAL_SUFFIX}"

    @property
    def stats(self) -> Path:
        return self.directory / f"{self.run_id}.stats.json"


def site_partials(output_dir: str | Path, site: str, *, worker: str | None = None) -> list[Path]:
    """``.partial`` files of ``site`` under ``output_dir`` (of ``worker``'s runs only, when
    given), oldest run first."""
    base = Path(output_dir) / site
    if not base.is_dir():
        return []
    pattern = f"*/*@{worker}{PARTIAL_SUFFIX}" if worker else f"*/*{PARTIAL_SUFFIX}"
    return sorted(base.glob(pattern), key=lambda p: p.name)
