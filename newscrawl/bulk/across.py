"""Duplicates across shards: each article once in the whole output directory, as ``parse``
gives it once in its one file.

A shard's task drops the later copies *within* its shard (``shard.write_unique``: same
canonical URL or same text fingerprint, ``urls.dedupe_keys``); it cannot see the other shards,
which run at the same time on other workers. Once every shard of the run is done, the driver
(which sees OUTDIR: it writes the manifest there) reads the shards' files in the run's input
order and drops from each the records that share a dedupe key with a record *kept in an
earlier shard*: the first copy in input order stays, the copy ``parse`` keeps. A file that
loses records is rewritten whole (a hidden temporary name, fsync'ed, renamed: complete or as
it was) and its manifest line is appended again with its counts updated (``articles``,
``dropped/duplicate``, and ``across``: the records dropped here). The pass is idempotent: a run
killed in it does it again, and a rerun with the same shards done and nothing to parse skips
it (``OUTDIR/across.json`` names the shards it covered; recording a shard parsed removes it).
A shard's line is appended before its file is rewritten, with absolute figures, so a pass cut
between the two and done again writes the same line.

Two steps are one ``parse`` run's single pass but for one case: a record dropped within its
shard as a copy of one that is then dropped here (same text, but that one's URL was an earlier
shard's) stays dropped, where ``parse``, which never kept that one, keeps the record.

Only keys are held in memory: a 16-byte digest per key, two keys per article (about 150 MB for
a million articles). Each file is read once, and once more when it loses records.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newscrawl.bulk.manifest import Manifest
from newscrawl.bulk.shard import Shard, publish_lines
from newscrawl.urls import dedupe_keys

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class AcrossReport:
    shards: int = 0
    """Shards read (those of the run that are done)."""
    dropped: int = 0
    """Records dropped as copies of a record of an earlier shard."""
    rewritten: int = 0
    """Shard files that lost records."""
    skipped: bool = False
    """The manifest says the pass was done over these same shards already."""
    seconds: float = 0.0

    def line(self) -> str:
        if self.skipped:
            return f"Duplicates across shards: checked before ({self.shards} shards, none parsed since)"
        return (
            f"Duplicates across shards: {self.dropped} dropped from {self.rewritten} files "
            f"({self.shards} shards read in {self.seconds:.1f} s)"
        )


def reparse_for(pending: Sequence[Shard], shards: Sequence[Shard], manifest: Manifest) -> list[Shard]:
    """Done shards to parse again because an earlier one is parsed again: a shard parsed before
    (its input changed, or its file is gone) may no longer hold the first copy of a record a
    later shard dropped as its duplicate, so each later shard that dropped some is parsed again
    too (its copies come back, and the pass drops those still held earlier)."""
    again = {s.id for s in pending if s.id in manifest.done}
    if not again:
        return []
    first = next(i for i, s in enumerate(shards) if s.id in again)
    queued = {s.id for s in pending}
    return [s for s in shards[first + 1 :] if s.id not in queued and manifest.dropped_across(s)]


def signature(shards: Sequence[Shard]) -> str:
    """What names one pass: the shards in order, each as it was parsed (size and mtime)."""
    text = "\n".join(f"{s.id} {s.size} {s.mtime_ns}" for s in shards)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def drop_across(outdir: Path, shards: Sequence[Shard], manifest: Manifest) -> AcrossReport:
    """Drop from each done shard of ``shards`` (in this order) the records that share a dedupe
    key with a record kept in an earlier one; skipped when the manifest's last word is this
    pass over the same shards (no shard parsed since)."""
    started = time.perf_counter()
    done = [s for s in shards if manifest.is_done(s, outdir / f"{s.id}.jsonl")]
    report = AcrossReport(shards=len(done))
    mark = signature(done)
    if manifest.across_done == mark:
        report.skipped = True
        return report
    seen: set[bytes] = set()  # the keys of the records kept in the shards read so far
    for shard in done:
        output = outdir / f"{shard.id}.jsonl"
        own: set[bytes] = set()  # (no two records of one shard share a key: its task saw to it)
        drop: list[int] = []
        lines = 0  # records read
        for number, keys in enumerate(_keys(output)):
            if keys is None:
                continue
            lines += 1
            if seen.isdisjoint(keys):
                own.update(keys)
            else:
                drop.append(number)
        seen |= own
        if drop:
            # The line first: killed before the file is rewritten, the next pass drops the same
            # records and writes the same line; the line marks the shard for ``reparse_for``.
            manifest.update(shard, kept=lines - len(drop))
            _rewrite(output, set(drop))
            report.dropped += len(drop)
            report.rewritten += 1
    manifest.record_across(mark, shards=len(done), dropped=report.dropped)
    report.seconds = time.perf_counter() - started
    return report


def _keys(output: Path) -> Iterator[list[bytes] | None]:
    """Each line's dedupe keys, as 16-byte digests; None for a line that is no JSON object
    (a file changed by hand: kept as it is, with a warning)."""
    with output.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not isinstance(record, dict):
                logger.warning(
                    "%s, line %d: not a JSON record; kept, not compared with other shards", output, number
                )
                yield None
                continue
            keys = dedupe_keys(record)
            yield [hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest() for key in keys]


def _rewrite(output: Path, drop: set[int]) -> None:
    """``output`` without its lines numbered in ``drop``, replaced atomically (a temporary a
    killed pass left beside it removed)."""
    for stale in output.parent.glob(f".{output.name}.*.tmp"):
        stale.unlink(missing_ok=True)
    with output.open(encoding="utf-8") as lines:
        publish_lines(output, (line for number, line in enumerate(lines) if number not in drop))
