"""The bulk driver: shards -> Dask tasks -> per-shard JSONL + manifest.

``run_bulk`` submits one task per pending shard (``parse_shard``), at most ``retries`` + 1
tries each, and records every shard in the manifest as soon as it completes, whatever order
they finish in. A shard that still fails is reported and left without output; the others go
on. With ``scheduler`` None a ``LocalCluster`` of ``workers`` single-threaded worker
processes runs here and is shut down at the end; with an address (``tcp://host:8786``) the
tasks go to that cluster, whose workers must see the input and output paths.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from newscrawl.bulk.manifest import Manifest
from newscrawl.bulk.shard import Options, Shard, ShardResult, parse_shard

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class BulkReport:
    shards: int = 0
    skipped: int = 0
    """Shards already done by an earlier run."""
    parsed: list[ShardResult] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    """Shard path -> the error of its last try."""
    seconds: float = 0.0
    """From the first task submitted to the last one done (the cluster already up)."""
    startup: float = 0.0
    """Seconds to start the local cluster (or connect to the scheduler)."""

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.parsed)

    @property
    def articles(self) -> int:
        return sum(r.articles for r in self.parsed)

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        return (
            f"Bulk: {self.shards} shards: {len(self.parsed)} parsed, {self.skipped} already done, "
            f"{len(self.failed)} failed; {self.pages} pages, {self.articles} articles "
            f"in {self.seconds:.1f} s ({rate:.1f} pages/s; cluster start {self.startup:.1f} s)"
        )


def run_bulk(
    shards: Sequence[Shard],
    outdir: Path,
    options: Options,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    retries: int = 1,
    out: TextIO = sys.stderr,
) -> BulkReport:
    from distributed import Client, LocalCluster, as_completed  # noqa: PLC0415  (optional)

    outdir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(outdir)
    report = BulkReport(shards=len(shards))
    pending = []
    for shard in shards:
        if manifest.is_done(shard, outdir / f"{shard.id}.jsonl"):
            report.skipped += 1
            continue
        pending.append(shard)
        for stale in outdir.glob(f".{shard.id}.jsonl.*.tmp"):  # left by a killed run
            stale.unlink(missing_ok=True)
    if not pending:
        return report
    begun = time.perf_counter()
    cluster: Any = None
    if scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
    try:
        with Client(cluster if cluster is not None else scheduler) as client:  # type: ignore[no-untyped-call]
            if cluster is None:
                client.wait_for_workers(1)
            started = time.perf_counter()
            report.startup = started - begun
            futures = {
                client.submit(
                    parse_shard,
                    shard,
                    str(outdir / f"{shard.id}.jsonl"),
                    options,
                    key=f"newscrawl-shard-{shard.id}-{shard.size}-{shard.mtime_ns}",
                    retries=retries,
                    pure=False,
                ): shard
                for shard in pending
            }
            done = 0
            for future in as_completed(futures):  # type: ignore[no-untyped-call]
                shard = futures[future]
                done += 1
                try:
                    result: ShardResult = future.result()
                except Exception as err:  # the task's own error, after its retries
                    report.failed[shard.path] = f"{type(err).__name__}: {err}"
                    logger.error("Shard %s failed: %s", shard.path, report.failed[shard.path])  # noqa: TRY400  (the worker's error, no local traceback)
                    continue
                finally:
                    future.release()
                manifest.record(result)
                report.parsed.append(result)
                print(
                    f"[{done}/{len(pending)}] {shard.path}: {result.articles} articles "
                    f"from {result.pages} pages in {result.seconds:.1f} s",
                    file=out,
                )
            report.seconds = time.perf_counter() - started
    finally:
        if cluster is not None:
            cluster.close()
    return report
