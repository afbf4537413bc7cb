"""Start-up of a one-page ``newscrawl parse`` in a new process, for one or more source trees.

    python benchmarks/startup.py [--code DIR ...] [--pages 3] [--runs 5]

Takes ``--pages`` pages of each ../shared/eval set (zyte, fundus, traf; every 37th file, in
name order) and runs ``newscrawl parse PAGE -o OUT`` on each in a new process ``--runs`` times
per tree given by ``--code`` (a checkout's root: its ``newscrawl`` package is imported first;
default: this checkout). Runs of the trees are interleaved, so a neighbour's load hits them
alike. Prints per page the median wall and CPU (user+sys) seconds of each tree, then the
median and maximum over the pages, and the load average: on a shared machine wall time
measures the machine as much as the program, CPU time is the fairer figure. Export
``PYTHONDONTWRITEBYTECODE=1`` to measure a tree without compiled bytecode (or run
``python -m compileall DIR/newscrawl`` first for an installed package's figure).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evalsets import EVAL

REPO = Path(__file__).resolve().parent.parent
RUN = "import sys; sys.path.insert(0, sys.argv.pop(1)); from newscrawl.cli import main; sys.exit(main())"


def pages(per_set: int) -> list[Path]:
    chosen: list[Path] = []
    for kit in ("zyte", "fundus", "traf"):
        folder = EVAL / kit / "pages"
        if folder.is_dir():
            chosen += sorted(folder.iterdir())[::37][:per_set]
    return chosen


def once(code: Path, page: Path, output: Path) -> tuple[float, float]:
    """(wall, user+sys CPU) seconds of one ``parse`` of ``page`` with the tree at ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", RUN, str(code), "parse", str(page), "-o", str(output)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--code", type=Path, nargs="+", default=[REPO], help="source trees to compare")
    parser.add_argument("--pages", type=int, default=3, help="pages per eval set")
    parser.add_argument("--runs", type=int, default=5, help="runs per page and tree")
    args = parser.parse_args()
    chosen = pages(args.pages)
    if not chosen:
        print(f"no eval pages under {EVAL}: nothing to measure")
        return
    trees = [code.resolve() for code in args.code]
    times: dict[Path, dict[Path, list[tuple[float, float]]]] = {tree: {} for tree in trees}
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "one.jsonl"
        for page in chosen:
            for _ in range(args.runs):
                for tree in trees:
                    times[tree].setdefault(page, []).append(once(tree, page, output))
    print("| page | " + " | ".join(f"{tree.name} wall s | {tree.name} CPU s" for tree in trees) + " |")
    print("| --- |" + " ---: | ---: |" * len(trees))
    medians = {tree: {page: _medians(runs) for page, runs in times[tree].items()} for tree in trees}
    for page in chosen:
        cells = " | ".join(f"{medians[tree][page][0]:.2f} | {medians[tree][page][1]:.2f}" for tree in trees)
        print(f"| {page.parent.parent.name}/{page.name[:28]} | {cells} |")
    for tree in trees:
        walls = [wall for wall, _ in medians[tree].values()]
        cpus = [cpu for _, cpu in medians[tree].values()]
        print(
            f"{tree}: median over {len(chosen)} pages wall {statistics.median(walls):.2f} s, "
            f"CPU {statistics.median(cpus):.2f} s; slowest page wall {max(walls):.2f} s, "
            f"CPU {max(cpus):.2f} s"
        )
    print("load average (1, 5, 15 min):", " ".join(f"{load:.2f}" for load in os.getloadavg()))


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(wall for wall, _ in runs), statistics.median(cpu for _, cpu in runs)


if __name__ == "__main__":
    main()
