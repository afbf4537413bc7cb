"""A shard read in parts: a big WARC file shared by many workers.

When the shards are few against the workers (``should_split``), one task per file would leave
workers idle (one CC-NEWS file, 8 workers) or the run waiting on its last file. Then each file
is first indexed (``index_warc``, a task: where each record starts), cut into *parts* of about
``per_part`` response records each (``plan_parts``: contiguous, in file order, each starting at
a record), and each part is a task (``parse_part``) that seeks to its first record and writes
what it extracts to a hidden part file beside the shard's output. A join task (``join_parts``),
run once every part of the shard is done, reads the part files in file order, drops the
duplicates (first occurrence in file order wins, exactly as a whole-file task does), writes the
shard's JSONL file atomically and removes the part files. A file that cannot be read from the
middle (``WarcIndex.reason``) is parsed whole.

A part file holds one line per valid record, before duplicates are dropped: its dedupe keys
(a JSON list) and the record's JSON line, separated by a tab (JSON text has no raw tab).
"""

from __future__ import annotations

import json
import math
import os
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.archives.read import WarcIndex
from newscrawl.bulk.shard import Options, Shard, ShardResult, records, write_unique

TASKS_PER_WORKER = 16
"""Files are split when there are fewer pending shards than this many per worker, into about
this many parts per worker in all: the run's tail (a worker idle while the other ends its last
task) is then about half a task, 1/32 of the work on 2 workers."""
MIN_PART_PAGES = 16
"""Adaptive parts hold at least this many response records (a part task costs a seek, a file
and a Dask round trip: well under a page's extraction, but not nothing)..."""
MAX_PART_PAGES = 1000
"""... and at most this many (about a minute of one worker: a short tail, a cheap retry)."""


def should_split(shards: int, workers: int, part_records: int | None) -> bool:
    """Whether to read the pending ``shards`` in parts: ``part_records`` 0 means never, a
    number always, None (adaptive) when there is more than one worker and fewer than
    ``TASKS_PER_WORKER`` shards per worker."""
    if part_records is not None:
        return part_records > 0
    return workers > 1 and shards < TASKS_PER_WORKER * workers


def part_size(pages: int, workers: int) -> int:
    """Response records per part for ``pages`` in all on ``workers``: about
    ``TASKS_PER_WORKER`` parts per worker, within ``MIN_PART_PAGES``..``MAX_PART_PAGES``."""
    wanted = math.ceil(pages / (TASKS_PER_WORKER * max(workers, 1))) if pages else 0
    return max(MIN_PART_PAGES, min(MAX_PART_PAGES, wanted))


def plan_parts(index: WarcIndex, per_part: int) -> list[list[int]]:
    """The offsets of the records of each part, in file order: a part starts at a response
    record once the part before holds ``per_part`` of them; the records before the first
    response go with the first part, those after a part's last response (its request record,
    metadata) with it. Empty when the file cannot be read in parts or has no record."""
    parts: list[list[int]] = []
    pages = 0
    for offset, response in zip(index.offsets, index.responses, strict=True):
        if not parts or (response and pages >= per_part):
            parts.append([])
            pages = 0
        parts[-1].append(offset)
        pages += response
    return parts


@dataclass(slots=True)
class PartResult:
    shard: Shard
    number: int
    path: str
    """The part file (hidden, beside the shard's output)."""
    records: int = 0
    """Valid records written, before duplicates are dropped."""
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    worker_pid: int = 0


def part_path(output: str, number: int) -> Path:
    """Where part ``number`` of the shard whose output is ``output`` is kept until the join:
    ``.<output name>.part-00003.tmp``, which a rerun's clean-up of ``.<output name>.*.tmp``
    removes when a run was killed."""
    target = Path(output)
    return target.with_name(f".{target.name}.part-{number:05d}.tmp")


def parse_part(
    shard: Shard, number: int, offsets: Sequence[int], output: str, options: Options
) -> PartResult:
    """Extract the records of ``shard`` at ``offsets`` (one part) into its part file, written
    whole (a temporary name, then renamed: a retried part replaces it)."""
    started = time.perf_counter()
    final = part_path(output, number)
    result = PartResult(shard, number, str(final), worker_pid=os.getpid())
    counts: Counter[str] = Counter()
    temp = final.with_name(f"{final.name[: -len('.tmp')]}.{os.getpid()}.tmp")
    try:
        with temp.open("w", encoding="utf-8") as out:
            for keys, line in records(shard.path, options, counts, offsets):
                out.write(json.dumps(keys) + "\t" + line)
                result.records += 1
        temp.replace(final)
    finally:
        temp.unlink(missing_ok=True)
    result.pages = counts.pop("pages", 0)
    result.counts = dict(counts)
    result.seconds = time.perf_counter() - started
    return result


def join_parts(shard: Shard, output: str, parts: Sequence[PartResult]) -> ShardResult:
    """The shard's output from its part files, in file order, duplicates dropped as
    ``parse_shard`` drops them (the first in file order stays), replaced atomically; then the
    part files are removed. ``seconds`` is the sum of the part tasks' and this task's."""
    started = time.perf_counter()
    result = ShardResult(shard, output, worker_pid=os.getpid(), parts=len(parts))
    counts: Counter[str] = Counter()
    ordered = sorted(parts, key=lambda part: part.number)
    for part in ordered:
        counts.update(part.counts)
        result.pages += part.pages
    result.articles = write_unique(Path(output), _part_lines(ordered), counts)
    for part in ordered:
        Path(part.path).unlink(missing_ok=True)
    result.counts = dict(sorted(counts.items()))
    result.part_seconds = [round(part.seconds, 3) for part in ordered]
    result.seconds = sum(part.seconds for part in ordered) + time.perf_counter() - started
    return result


def _part_lines(parts: Sequence[PartResult]) -> Iterator[tuple[list[str], str]]:
    """The (dedupe keys, JSON line) pairs of the part files, in order."""
    for part in parts:
        with Path(part.path).open(encoding="utf-8") as lines:
            for line in lines:
                keys_text, record = line.split("\t", 1)
                yield json.loads(keys_text), record
