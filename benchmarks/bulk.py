"""Bulk throughput: ``newscrawl bulk`` on 1 and 2 Dask workers, ``newscrawl parse``, and bare
trafilatura, all on the same WARC records (the dev pages of ../shared/eval).

    python benchmarks/bulk.py [--shards 8] [--workers 1 2] [--keep DIR]

Builds one set of ``.warc.gz`` shards from the eval pages (``url`` from the kit's truth lines),
then runs each command on it in a subprocess and prints a Markdown table: wall seconds,
pages/s (bulk: from the first task to the last, the cluster already up; its start-up time is
its own column), the ratio to 1 worker, the parse tasks bulk ran (one per shard, or one per
part when it reads the shards in parts: fewer than 8 shards per worker; ``--part-records``
passes its option), the CPU seconds of the whole command (user + sys of it and the processes
it waited for: the Dask workers and their extraction processes) and the *greedy ceiling*: the
speed-up over one worker that these task times allow at best, handed out in order to the
first free worker (sum of the task seconds over the end of that schedule), from the run's
manifest (each task's seconds; ``part_seconds`` of a shard read in parts). Bare trafilatura
runs in this process on one core (``trafilatura.extract`` of each page's HTML, no structure).
Then start-up: the best of three wall times of ``newscrawl parse`` of one page (in-process,
newscrawl/local.py) against a ``python -c`` that imports trafilatura and extracts the same
page. Figures depend on the machine's load: the script prints the load average before and
after.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from evalsets import EVAL, page_id

from newscrawl.archives.write import Exchange, WarcFiles

REPO = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "newscrawl.cli"]
REPORT = re.compile(
    r"(?:(\d+) parse tasks; )?(\d+) pages, (\d+) articles in ([\d.]+) s "
    r"\(([\d.]+) pages/s; cluster start ([\d.]+) s\)"
)


def eval_pages() -> list[tuple[str, bytes]]:
    """(url, html bytes) of every eval page with a URL in its truth line, in a fixed order."""
    pages = []
    for kit in ("zyte", "fundus", "traf"):
        urls = {}
        for line in (EVAL / kit / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            truth = json.loads(line)
            if str(truth.get("url", "")).startswith(("http://", "https://")):
                urls[truth["id"]] = truth["url"]
        for path in sorted((EVAL / kit / "pages").iterdir()):
            url = urls.get(page_id(str(path)))
            if url:
                raw = path.read_bytes()
                pages.append((url, gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw))
    return pages


def build(directory: Path, pages: list[tuple[str, bytes]], shards: int) -> None:
    for number in range(shards):
        files = WarcFiles(directory, f"eval-{number:02d}", max_bytes=1 << 40)
        for url, body in pages[number::shards]:
            files.write(
                Exchange(
                    url=url,
                    method="GET",
                    request_headers=[("User-Agent", "newscrawl-benchmark")],
                    request_body=b"",
                    status=200,
                    reason="OK",
                    response_headers=[("Content-Type", "text/html")],
                    body=body,
                    date=datetime(2026, 11, 1, tzinfo=UTC),
                    purpose="article",
                )
            )
        files.close()


def timed(argv: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, result.stderr


def children_cpu() -> float:
    """User + system seconds of the processes this one has waited for, so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def task_seconds(outdir: Path) -> list[float]:
    """Each parse task's seconds, in the order bulk submitted them (the inputs' order)."""
    entries = [
        json.loads(line) for line in (outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    seconds = []
    for entry in sorted(entries, key=lambda e: e["input"]):
        seconds += entry.get("part_seconds") or [entry["seconds"]]
    return seconds


def n_shards(outdir: Path) -> int:
    """Tasks of a bulk that names none: one per shard (before parts)."""
    return len((outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines())


def greedy_ceiling(seconds: list[float], workers: int) -> float:
    """Sum of ``seconds`` over the end of their schedule in order on ``workers`` (each task to
    the first worker free): the best speed-up over one worker these task sizes allow."""
    free = [0.0] * workers
    for task in seconds:
        free[free.index(min(free))] += task
    return sum(seconds) / max(free) if seconds else 0.0


def bare_trafilatura(pages: list[tuple[str, bytes]], **options: object) -> float:
    import trafilatura  # noqa: PLC0415

    started = time.perf_counter()
    for url, body in pages:
        trafilatura.extract(body, url=url, **options)
    return time.perf_counter() - started


def startup_rows(pages: list[tuple[str, bytes]], scratch: Path) -> list[str]:
    """Rows: one page through ``newscrawl parse`` and through bare trafilatura, new processes."""
    page = scratch / "one.html"
    page.write_bytes(pages[0][1])
    bare = f"import trafilatura; trafilatura.extract(open({str(page)!r}, 'rb').read())"
    rows = []
    for name, argv in (
        ("parse of one page, new process", [*CLI, "parse", str(page), "-o", str(scratch / "one.jsonl")]),
        ("bare trafilatura of one page, new process", [sys.executable, "-c", bare]),
    ):
        best = min(timed(argv)[0] for _ in range(3))
        rows.append(f"| {name} | 1 | | {best:.2f} | | | | |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="build the shards here and keep them")
    parser.add_argument("--no-parse", action="store_true", help="skip newscrawl parse")
    parser.add_argument("--part-records", help="passed to bulk (default: bulk's own choice)")
    parser.add_argument(
        "--only-bulk", action="store_true", help="only the bulk runs (no parse, trafilatura, start-up)"
    )
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    pages = eval_pages()
    with tempfile.TemporaryDirectory(prefix="newscrawl-bulk-bench-") as scratch:
        warcs = args.keep or Path(scratch) / "warcs"
        if not any(warcs.glob("*.warc.gz")):
            build(warcs, pages, args.shards)
        rows = []
        base = None
        for workers in args.workers:
            out = Path(scratch) / f"out-{workers}"
            argv = [*CLI, "bulk", str(warcs), "-o", str(out), "--workers", str(workers)]
            if args.part_records is not None:
                argv += ["--part-records", args.part_records]
            cpu = children_cpu()
            wall, log = timed(argv)
            cpu = children_cpu() - cpu
            match = REPORT.search(log)
            assert match, log[-2000:]
            tasks, n, articles, seconds, rate, startup = match.groups()
            base = base or float(rate)
            ceiling = greedy_ceiling(task_seconds(out), workers)
            tasks = tasks or str(n_shards(out))
            rows.append(
                f"| bulk, {workers} worker{'s' if workers > 1 else ''} | {n} | {articles} | {wall:.1f} "
                f"| {startup} | {seconds} | {rate} | {float(rate) / base:.2f} | {tasks} | {cpu:.1f} "
                f"| {ceiling:.2f} |"
            )
        if not (args.no_parse or args.only_bulk):
            wall, _ = timed(
                [*CLI, "parse", str(warcs), "-o", str(Path(scratch) / "parse.jsonl"), "-L", "WARNING"]
            )
            lines = len((Path(scratch) / "parse.jsonl").read_text(encoding="utf-8").splitlines())
            rate = len(pages) / wall
            rows.append(
                f"| parse (2 extraction workers) | {len(pages)} | {lines} | {wall:.1f} | | | {rate:.1f} | |"
            )
        if not args.only_bulk:
            bare = bare_trafilatura(pages)
            rate = len(pages) / bare
            rows.append(
                f"| bare trafilatura, 1 core, in-process | {len(pages)} | | {bare:.1f} | | | {rate:.1f} | |"
            )
            # the nearer equivalent of a record: trafilatura's own metadata too (throughput.py's)
            bare = bare_trafilatura(pages, output_format="xml", with_metadata=True)
            rows.append(
                f"| bare trafilatura with metadata (xml), 1 core | {len(pages)} | | {bare:.1f} | | "
                f"| {len(pages) / bare:.1f} | |"
            )
            rows += startup_rows(pages, Path(scratch))
    print(
        "| run | pages | articles | wall s | cluster start s | task s | pages/s | vs 1 worker "
        "| parse tasks | CPU s | greedy ceiling |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))
    print(f"load average after: {os.getloadavg()}", file=sys.stderr)


if __name__ == "__main__":
    main()
