"""``OUTDIR/manifest.jsonl``: one line per shard done, appended (and fsync'ed) after its output
file is in place, so a line always names a complete file.

A rerun skips a shard whose line is there, with the same input size and mtime, and whose
output file exists; every other shard is parsed (again). A run killed between a shard's rename
and its line parses that shard again and replaces its output with the same records: no shard
is lost or doubled. When a shard appears twice (a changed input parsed again), the last line
counts.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.bulk.shard import Shard, ShardResult

NAME = "manifest.jsonl"


class Manifest:
    def __init__(self, outdir: Path) -> None:
        self.path = outdir / NAME
        self.done: dict[str, dict[str, Any]] = {}
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue  # a line cut by a crash: its shard is parsed again
                if isinstance(entry, dict) and isinstance(entry.get("shard"), str):
                    self.done[entry["shard"]] = entry

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
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self.path.open("a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())
        self.done[result.shard.id] = entry


def result_fields(result: ShardResult) -> dict[str, Any]:
    """``result`` as plain values (for logs and tests)."""
    return asdict(result)
