"""CPU time per page of ``extract_article``, in process, for one or more source trees.

    python benchmarks/pagecpu.py [--code DIR ...] [--every 2] [--rounds 3] [--profile OUT]

Reads every ``--every``-th page of the ../shared/eval sets (zyte, fundus, traf, in name order)
and, per round and per tree given by ``--code`` (a checkout's root: its ``newscrawl`` package is
imported first; default: this checkout), extracts them all in a new process, after 5 warm-up
pages, with the shipped publisher data as ``parse`` applies it. Rounds of the trees are
interleaved, so a neighbour's load hits them alike. Prints each round's CPU (user+sys of the
process, ``time.process_time``) in ms per page, then the median round per tree and the load
average: on a shared machine CPU time is the fair figure, wall time is not.

``--profile OUT`` instead runs the first tree once under cProfile and writes the stats to OUT
(read them with ``python -m pstats OUT``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from evalsets import EVAL, read_page

REPO = Path(__file__).resolve().parent.parent
WARM_UP = 5

CHILD = """
import cProfile, json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from newscrawl.extract import extract_article
from newscrawl.publishers import default_publishers
sys.path.insert(0, sys.argv[2])
from evalsets import read_page
paths = Path(sys.argv[3]).read_text(encoding="utf-8").splitlines()  # (a page name may hold a space)
pages = [(read_page(p), Path(p).resolve().as_uri()) for p in paths]
publishers = default_publishers()

def run(batch):
    for data, url in batch:
        try:
            extract_article(data, url, publishers=publishers)
        except ValueError:
            pass

run(pages[:{warm_up}])
if sys.argv[4]:
    cProfile.run("run(pages)", sys.argv[4])
    print(json.dumps({{"pages": len(pages)}}))
else:
    started = time.process_time()
    run(pages)
    print(json.dumps({{"pages": len(pages), "cpu": time.process_time() - started}}))
"""


def eval_pages(every: int) -> list[str]:
    chosen: list[str] = []
    for kit in ("zyte", "fundus", "traf"):
        folder = EVAL / kit / "pages"
        if folder.is_dir():
            chosen += [str(path) for path in sorted(folder.iterdir())]
    return chosen[::every]


def child(code: Path, list_file: Path, profile: str = "") -> dict[str, float]:
    script = CHILD.format(warm_up=WARM_UP)
    here = str(Path(__file__).resolve().parent)
    argv = [sys.executable, "-c", script, str(code), here, str(list_file), profile]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--code", type=Path, nargs="+", default=[REPO], help="source trees to compare")
    parser.add_argument("--every", type=int, default=2, help="every Nth dev page (default 2)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", default="", help="cProfile the first tree once into this file")
    parser.add_argument("--list", type=Path, default=REPO / "out" / "pagecpu.txt")
    args = parser.parse_args()
    pages = eval_pages(args.every)
    if not pages:
        sys.exit(f"no dev pages under {EVAL}")
    for path in pages[:1]:
        read_page(path)  # fail early on an unreadable kit
    args.list.parent.mkdir(parents=True, exist_ok=True)
    args.list.write_text("\n".join(pages), encoding="utf-8")
    trees = [code.resolve() for code in args.code]
    if args.profile:
        child(trees[0], args.list, args.profile)
        print(f"profile of {trees[0]} over {len(pages)} pages: {args.profile}")
        return
    print(f"{len(pages)} pages; load average before {os.getloadavg()[0]:.1f}", flush=True)
    per_tree: dict[Path, list[float]] = {tree: [] for tree in trees}
    for round_ in range(args.rounds):
        for tree in trees if round_ % 2 == 0 else reversed(trees):
            result = child(tree, args.list)
            ms = 1000 * result["cpu"] / result["pages"]
            per_tree[tree].append(ms)
            print(f"  round {round_ + 1}  {tree}  {ms:.1f} ms CPU/page", flush=True)
    for tree, values in per_tree.items():
        print(f"{tree}: median {statistics.median(values):.1f} ms CPU/page over {len(values)} rounds")
    print(f"load average after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
