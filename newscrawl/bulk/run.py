"""The bulk driver: shards -> Dask tasks -> per-shard JSONL + manifest.

``run_bulk`` submits one task per pending shard (``parse_shard``), or, when the shards are few
against the workers, an index task per shard, then a task per part of each and a join task per
shard (``newscrawl.bulk.parts``); every task gets at most ``retries`` + 1 tries. It records
every shard in the manifest as soon as it completes (its single task or its join), whatever
order they finish in. A shard that still fails is reported and left without output; the others go
on. With ``scheduler`` None a ``LocalCluster`` of ``workers`` single-threaded worker
processes runs here and is shut down at the end; with an address (``tcp://host:8786``) the
tasks go to that cluster, whose workers must see the input and output paths. Once the tasks
are done, the driver drops the records that copy one of an earlier shard's
(``newscrawl.bulk.across``): each article once in OUTDIR, as in ``parse``'s one file.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from newscrawl.archives.read import WarcIndex, index_warc
from newscrawl.bulk.across import AcrossReport, drop_across, reparse_for
from newscrawl.bulk.manifest import Manifest
from newscrawl.bulk.parts import PartResult, join_parts, parse_part, part_size, plan_parts, should_split
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
    tasks: int = 0
    """Parse tasks submitted: one per shard read whole, one per part of a shard read in parts
    (index and join tasks not counted)."""
    across: AcrossReport | None = None
    """The pass over duplicates across shards (None: not asked for)."""

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.parsed)

    @property
    def articles(self) -> int:
        """Articles written by this run's shard tasks (before duplicates across shards are dropped)."""
        return sum(r.articles for r in self.parsed)

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        across = f"; {self.across.dropped} dropped as copies of another shard's" if self.across else ""
        return (
            f"Bulk: {self.shards} shards: {len(self.parsed)} parsed, {self.skipped} already done, "
            f"{len(self.failed)} failed; {self.tasks} parse tasks; {self.pages} pages, "
            f"{self.articles} articles in {self.seconds:.1f} s "
            f"({rate:.1f} pages/s; cluster start {self.startup:.1f} s){across}"
        )


def run_bulk(
    shards: Sequence[Shard],
    outdir: Path,
    options: Options,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    retries: int = 1,
    part_records: int | None = None,
    across: bool = True,
    out: TextIO = sys.stderr,
) -> BulkReport:
    """Parse the pending ``shards`` into ``outdir`` (see the module's docstring); then, with
    ``across``, drop the records that copy one of an earlier shard's (``newscrawl.bulk.across``)."""
    outdir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(outdir)
    report = BulkReport(shards=len(shards))
    pending = [s for s in shards if not manifest.is_done(s, outdir / f"{s.id}.jsonl")]
    if across:
        again = {s.id for s in reparse_for(pending, shards, manifest)}
        if again:
            logger.info(
                "Parsing %d shards again: a shard before them is parsed again, and they dropped copies of "
                "its records as duplicates.",
                len(again),
            )
        queued = {s.id for s in pending} | again
        pending = [s for s in shards if s.id in queued]
    report.skipped = len(shards) - len(pending)
    for shard in pending:
        _remove_temporaries(outdir, shard)  # left by a killed run
    if pending:
        _parse(
            pending,
            outdir,
            options,
            manifest,
            report,
            scheduler=scheduler,
            workers=workers,
            retries=retries,
            part_records=part_records,
            out=out,
        )
    if across:
        report.across = drop_across(outdir, shards, manifest)
        print(report.across.line(), file=out)
    return report


def _parse(
    pending: list[Shard],
    outdir: Path,
    options: Options,
    manifest: Manifest,
    report: BulkReport,
    *,
    scheduler: str | None,
    workers: int | None,
    retries: int,
    part_records: int | None,
    out: TextIO,
) -> None:
    """Start the cluster (or connect), run the pending shards' tasks, stop the local cluster."""
    from distributed import Client, LocalCluster  # noqa: PLC0415  (optional)

    begun = time.perf_counter()
    cluster: Any = None
    if scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            # no dashboard; the scheduler's HTTP server (it runs even without one) on a free
            # loopback port: on its default, 8787, a second run at the same time warned
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
        )
    try:
        with Client(cluster if cluster is not None else scheduler) as client:  # type: ignore[no-untyped-call]
            if cluster is None:
                client.wait_for_workers(1)
            started = time.perf_counter()
            report.startup = started - begun
            slots = cluster_workers(cluster, client)
            _run(
                client,
                pending,
                outdir=outdir,
                options=options,
                slots=slots,
                retries=retries,
                part_records=part_records,
                manifest=manifest,
                report=report,
                out=out,
            )
            report.seconds = time.perf_counter() - started
    finally:
        if cluster is not None:
            cluster.close()


def cluster_workers(cluster: Any, client: Any) -> int:
    """Tasks the cluster runs at once: the local cluster's worker processes (one thread each),
    or every thread of the scheduler's workers now."""
    if cluster is not None:
        return len(cluster.workers) or 1
    return sum(client.nthreads().values()) or 1


def _remove_temporaries(outdir: Path, shard: Shard) -> None:
    for stale in outdir.glob(f".{shard.id}.jsonl.*.tmp"):
        stale.unlink(missing_ok=True)


def _run(
    client: Any,
    pending: list[Shard],
    *,
    outdir: Path,
    options: Options,
    slots: int,
    retries: int,
    part_records: int | None,
    manifest: Manifest,
    report: BulkReport,
    out: TextIO,
) -> None:
    """Submit the pending shards (whole, or indexed then in parts) and record each as it is done."""
    from distributed import as_completed, wait  # noqa: PLC0415  (optional)

    plans = _plan(client, pending, slots, retries, part_records)
    finals: dict[Any, Shard] = {}
    parts_of: dict[str, list[Any]] = {}
    for shard in pending:
        output = str(outdir / f"{shard.id}.jsonl")
        key = f"{shard.id}-{shard.size}-{shard.mtime_ns}"
        plan = plans.get(shard.path, [])
        if len(plan) > 1:
            parts = [
                client.submit(
                    parse_part,
                    shard,
                    number,
                    offsets,
                    output,
                    options,
                    key=f"newscrawl-part-{key}-{number}",
                    retries=retries,
                    pure=False,
                )
                for number, offsets in enumerate(plan)
            ]
            parts_of[shard.path] = parts
            final = client.submit(
                join_parts, shard, output, parts, key=f"newscrawl-join-{key}", retries=retries, pure=False
            )
        else:
            final = client.submit(
                parse_shard, shard, output, options, key=f"newscrawl-shard-{key}", retries=retries, pure=False
            )
        finals[final] = shard
    report.tasks = sum(len(plans.get(shard.path, [])) or 1 for shard in pending)
    status = StatusLine(out, report.tasks)
    done = 0
    unfinished: list[Any] = []  # the parts of the shards that failed: some may still run
    part_of = {
        part: (shard, number, len(parts_of[shard.path]))
        for shard in pending
        for number, part in enumerate(parts_of.get(shard.path, []))
    }
    for future in as_completed([*finals, *part_of]):  # type: ignore[no-untyped-call]
        if future in part_of:  # a part done: a line; its errors are its shard's (the join's)
            _part_line(future, *part_of.pop(future), status=status)
            continue
        shard = finals[future]
        done += 1
        try:
            result: ShardResult = future.result()
        except Exception as err:  # the task's own error (or a part's), after its retries
            report.failed[shard.path] = f"{type(err).__name__}: {err}"
            status.clear()
            logger.error("Shard %s failed: %s", shard.path, report.failed[shard.path])  # noqa: TRY400  (the worker's error, no local traceback)
            unfinished += parts_of.pop(shard.path, [])
            continue
        finally:
            future.release()
            for part in parts_of.pop(shard.path, []):
                part.release()
        manifest.record(result)
        report.parsed.append(result)
        in_parts = f" in {result.parts} parts" if result.parts > 1 else ""
        status.print(
            f"[{done}/{len(pending)}] {shard.path}: {result.articles} articles "
            f"from {result.pages} pages{in_parts} in {result.seconds:.1f} s"
        )
        if result.parts <= 1:  # a shard read in parts was counted part by part
            status.task_done(result.pages)
    status.clear()
    if unfinished:  # let them end (not cancelled: a running task would write later), then tidy
        wait(unfinished)  # type: ignore[no-untyped-call]
        for shard in pending:
            if shard.path in report.failed:
                _remove_temporaries(outdir, shard)


def _part_line(future: Any, shard: Shard, number: int, parts: int, *, status: StatusLine) -> None:
    if future.status == "finished":
        part: PartResult = future.result()
        status.print(f"  {shard.path}: part {number + 1}/{parts}: {part.pages} pages in {part.seconds:.1f} s")
        status.task_done(part.pages)


class StatusLine:
    """On a terminal, a status line under the lines printed, redrawn as parse tasks end: a bar
    of the tasks done (a failed shard's stay undone), pages so far, pages/s and the time left
    at that rate
    (``[#######.............] 12/33 tasks  280 pages  16.1 pages/s  0:00:31 left``). Elsewhere
    (a file, a pipe) only the lines. Dask's own progress bar (``distributed.progress``) waits
    for all the futures itself, so it cannot sit beside the loop that records each shard."""

    WIDTH = 20

    def __init__(self, out: TextIO, tasks: int) -> None:
        self.out = out
        self.tasks = tasks
        self.done = 0
        self.pages = 0
        self.started = time.perf_counter()
        self.shown = 0  # characters of the status line now on the screen
        try:
            self.on = out.isatty()
        except (AttributeError, ValueError):  # no isatty, or a closed stream
            self.on = False

    def print(self, line: str) -> None:
        """A line for good, above the status line."""
        self.clear()
        print(line, file=self.out)
        self._draw()

    def task_done(self, pages: int) -> None:
        self.done += 1
        self.pages += pages
        self.clear()
        self._draw()

    def clear(self) -> None:
        if self.on and self.shown:
            self.out.write("\r" + " " * self.shown + "\r")
            self.out.flush()
            self.shown = 0

    def text(self, elapsed: float) -> str:
        filled = round(self.WIDTH * self.done / self.tasks) if self.tasks else self.WIDTH
        bar = "#" * filled + "." * (self.WIDTH - filled)
        line = f"[{bar}] {self.done}/{self.tasks} tasks  {self.pages} pages"
        if elapsed > 0 and self.done:
            line += f"  {self.pages / elapsed:.1f} pages/s"
            if self.done < self.tasks:
                left = elapsed / self.done * (self.tasks - self.done)
                line += f"  {timedelta(seconds=round(left))} left"
        return line

    def _draw(self) -> None:
        if self.on:
            line = self.text(time.perf_counter() - self.started)
            self.out.write(line)
            self.out.flush()
            self.shown = len(line)


def _plan(
    client: Any, pending: list[Shard], slots: int, retries: int, part_records: int | None
) -> dict[str, list[list[int]]]:
    """Shard path -> the offsets of each of its parts, for the shards read in parts (an index
    task per shard, on the workers: they see the paths, the client may not)."""
    if not should_split(len(pending), slots, part_records):
        return {}
    futures = {
        client.submit(
            index_warc,
            shard.path,
            key=f"newscrawl-index-{shard.id}-{shard.size}-{shard.mtime_ns}",
            retries=retries,
        ): shard
        for shard in pending
    }
    indexes: dict[str, WarcIndex] = {}
    for future, shard in futures.items():
        try:
            indexes[shard.path] = future.result()
        except Exception as err:  # the whole-file task reports what is wrong
            indexes[shard.path] = WarcIndex.whole(f"its index task failed ({type(err).__name__}: {err})")
        finally:
            future.release()
    for path, index in indexes.items():
        if index.reason:
            logger.info("Reading %s whole, not in parts: %s.", path, index.reason)
    per_part = part_records or part_size(sum(index.pages for index in indexes.values()), slots)
    return {path: plan_parts(index, per_part) for path, index in indexes.items()}
