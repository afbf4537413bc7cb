"""Score newscrawl's extraction on ../shared/eval sets with their own score.py.

    python benchmarks/quality.py [--sets zyte fundus] [--out out/eval] [--jobs N]

Calls ``extract_article`` directly (no Scrapy), one process per core, and prints score.py's table.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newscrawl.extract import extract_article

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def _one(path: str) -> str:
    raw = Path(path).read_bytes()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    try:
        article = extract_article(raw, Path(path).resolve().as_uri())
    except ValueError:
        return ""
    record = dataclasses.asdict(dataclasses.replace(article, source_path=path))
    return json.dumps(record, ensure_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="+", default=["zyte", "fundus"])
    ap.add_argument("--out", default="out/eval")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--eval-dir", default=str(EVAL))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in args.sets:
        set_dir = Path(args.eval_dir) / name
        pages = sorted(str(p) for p in (set_dir / "pages").iterdir())
        with ProcessPoolExecutor(args.jobs) as pool:
            lines = [line for line in pool.map(_one, pages, chunksize=4) if line]
        target = out / f"{name}.jsonl"
        target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"== {name}: {len(lines)}/{len(pages)} records -> {target}", flush=True)
        subprocess.run(
            [
                sys.executable,
                str(Path(args.eval_dir) / "score.py"),
                str(set_dir),
                str(target),
                "--per-page",
                str(out / f"{name}.per-page.jsonl"),
            ],
            check=False,
        )


if __name__ == "__main__":
    main()
