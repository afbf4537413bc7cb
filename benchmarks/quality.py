"""Score newscrawl's extraction on ../shared/eval sets with their own score.py.

    python benchmarks/quality.py [--sets zyte fundus] [--out out/eval] [--jobs N]

Calls ``extract_article`` directly (no Scrapy), one process per core, and prints score.py's table.
``compare.py`` runs the same pages through bare trafilatura too and prints both side by side.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from evalsets import EVAL, SETS, newscrawl_line, run_pages, score, set_pages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--out", default="out/eval")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--eval-dir", default=str(EVAL))
    args = ap.parse_args()
    eval_dir, out = Path(args.eval_dir), Path(args.out)
    for name in args.sets:
        pages = set_pages(eval_dir, name)
        target = out / f"{name}.jsonl"
        written = run_pages(newscrawl_line, pages, target, args.jobs)
        print(f"== {name}: {written}/{len(pages)} records -> {target}", flush=True)
        done = score(eval_dir, name, target, "--per-page", str(out / f"{name}.per-page.jsonl"))
        sys.stdout.write(done.stdout)
        sys.stderr.write(done.stderr)


if __name__ == "__main__":
    main()
