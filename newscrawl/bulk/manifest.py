"""``OUTDIR/manifest.jsonl``: one line per shard done, appended (and fsync'ed) after its output
file is in place, so a line always names a complete file.

A rerun skips a shard whose line is there, with the same input size and mtime, and whose
output file exists; every other shard is parsed (again). A run killed between a shard's rename
and its line parses that shard again and replaces its output with the same records: no shard
is lost or doubled. When a shard appears twice (a changed input parsed again, or its line
appended again by the pass over duplicates across shards, ``newscrawl.bulk.across``), the last
line counts. ``OUTDIR/across.json`` records the last such pass (the shards it covered); a shard
recorded since removes it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.bulk.shard import Shard, ShardResult
from newscrawl.runs.report import write_json_atomic

NAME = "manifest.jsonl"
ACROSS = "across.json"


class Manifest:
    def __init__(self, outdir: Path) -> None:
        self.path = outdir / NAME
        self.done: dict[str, dict[str, Any]] = {}
        self.across_path = outdir / ACROSS
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue  # a line cut by a crash: its shard is parsed again
                if isinstance(entry, dict) and isinstance(entry.get("shard"), str):
                    self.done[entry["shard"]] = entry

    @property
    def across_done(self) -> str | None:
        """The signature of the last pass over duplicates across shards (``across.signature``),
        None when none was done since the last shard was parsed."""
        try:
            entry = json.loads(self.across_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry.get("signature") if isinstance(entry, dict) else None

    def is_done(self, shard: Shard, output: Path) -> bool:
        entry = self.done.get(shard.id)
        return (
            entry is not None
            and entry.get("size") == shard.size
            and entry.get("mtime_ns") == shard.mtime_ns
            and output.is_file()
        )

    def record(self, result: ShardResult) -> None:
        entry = {
            "shard": result.shard.id,
            "input": result.shard.path,
            "size": result.shard.size,
            "mtime_ns": result.shard.mtime_ns,
            "output": Path(result.output).name,
            "articles": result.articles,
            "pages": result.pages,
            "counts": result.counts,
            "seconds": round(result.seconds, 3),
            "parts": result.parts,
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        if result.part_seconds:
            entry["part_seconds"] = result.part_seconds
        self.across_path.unlink(missing_ok=True)  # (first: a kill between the two parses it again)
        self._append(entry)
        self.done[result.shard.id] = entry

    def dropped_across(self, shard: Shard) -> int:
        """Records of ``shard`` dropped as copies of an earlier shard's (0 when none, or not done)."""
        return int((self.done.get(shard.id) or {}).get("across", 0))

    def update(self, shard: Shard, *, kept: int) -> None:
        """``shard``'s line again, when the pass over duplicates across shards keeps ``kept`` of
        the records its task wrote: ``articles`` is ``kept``, ``across`` the others, counted in
        ``dropped/duplicate`` too. Idempotent (a pass done again writes the same line): the
        task's own figures stay in ``task_articles`` and ``task_duplicates``."""
        entry = dict(self.done[shard.id])
        counts = dict(entry.get("counts") or {})
        written = entry.setdefault("task_articles", entry.get("articles", 0))
        within = entry.setdefault("task_duplicates", counts.get("dropped/duplicate", 0))
        counts["dropped/duplicate"] = within + written - kept
        entry.update(
            articles=kept,
            counts=dict(sorted(counts.items())),
            across=written - kept,
            finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self._append(entry)
        self.done[shard.id] = entry

    def record_across(self, signature: str, *, shards: int, dropped: int) -> None:
        """The pass over duplicates across these shards is done (``across.json``, replaced
        atomically)."""
        entry = {
            "signature": signature,
            "shards": shards,
            "dropped": dropped,
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        write_json_atomic(self.across_path, entry)

    def _append(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self.path.open("a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())


def result_fields(result: ShardResult) -> dict[str, Any]:
    """``result`` as plain values (for logs and tests)."""
    return asdict(result)
