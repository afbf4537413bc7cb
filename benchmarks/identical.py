"""Prove a refactor preserves behaviour: every output byte-identical before and after.

Sets covered (each is one file ``<set>.jsonl`` in DIR, one normalised record per line):

* ``zyte``, ``fundus``, ``traf``: every page of ``../shared/eval/<set>/pages``, through
  ``extract_article(..., provenance=True)`` in a process pool (fast; covers provenance too);
* ``goldens``: ``fixtures/articles/*.html`` through ``newscrawl parse --provenance``, i.e. the
  JSONL exactly as the product writes it (Scrapy exporter, workers);
* ``demo``: the demo crawl (``newscrawl demo -o TMP``): the news spider with every pipeline.

Normalised: ``fetched_at`` dropped; the demo server's random port replaced by ``PORT``; the
temporary output directory by ``TMP``, the checkout by ``ROOT`` and the eval kit by ``EVAL``
(in ``source_path`` and ``file://`` URLs), so any checkout compares with any baseline. In the
demo crawl a record's ``url`` is its canonical URL: which spelling of an article's address
(``?utm_campaign=…`` or none) is fetched first depends on timing.
Nothing is sorted: records keep the order the product writes them in, and a change of order is
a difference too (except in the demo crawl, whose order depends on network timing, so its
records are matched by url).

Use in a refactor::

    git stash; python benchmarks/identical.py --save /tmp/before; git stash pop   # or from main
    python benchmarks/identical.py --check /tmp/before      # after every few moves; exit 1 on a diff

``--sets zyte,goldens`` limits a run; ``--jobs N`` sets the pool size (default: cores);
``--eval DIR`` names the eval kit when it is not ``../shared/eval`` of a parent folder.
A baseline of main is kept at ``/work/baseline-main`` for the helpers of this session.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from newscrawl.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
EVAL = next(  # a checkout at /work/main or /work/wt/NAME: ../shared or ../../shared
    (up / "shared" / "eval" for up in ROOT.parents if (up / "shared" / "eval").is_dir()),
    ROOT.parent / "shared" / "eval",
)
EVAL_SETS = ("zyte", "fundus", "traf")
ALL_SETS = (*EVAL_SETS, "goldens", "demo")
CLI = [sys.executable, "-c", "import sys; from newscrawl.cli import main; sys.exit(main())"]
Record = dict[str, Any]


def _page_record(path: str) -> Record | None:
    raw = Path(path).read_bytes()
    data = gzip.decompress(raw) if path.endswith(".gz") else raw
    try:
        article = extract_article(data, Path(path).resolve().as_uri(), provenance=True)
    except ValueError as err:
        return {"id": _page_id(path), "error": str(err)}
    return dataclasses.asdict(dataclasses.replace(article, source_path=path))


def _page_id(path: str) -> str:
    return re.sub(r"\.html?(\.gz)?$", "", Path(path).name)


def _read_jsonl(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _run_cli(*args: str) -> None:
    done = subprocess.run([*CLI, *args, "-L", "WARNING"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"newscrawl {' '.join(args)} failed:\n{done.stderr[-2000:]}")


def _use_eval(path: Path) -> None:
    global EVAL  # noqa: PLW0603 -- one setting for the whole run, read by the pool's workers too
    EVAL = path


def run_set(name: str, jobs: int) -> list[Record]:
    """The records of one set as the current code makes them (not yet normalised)."""
    if name in EVAL_SETS:
        pages = sorted(str(path) for path in (EVAL / name / "pages").iterdir())
        with ProcessPoolExecutor(jobs) as pool:
            return [record for record in pool.map(_page_record, pages, chunksize=4) if record]
    with tempfile.TemporaryDirectory(prefix="identical-") as scratch:
        if name == "goldens":
            target = Path(scratch) / "goldens.jsonl"
            pages = sorted(str(path) for path in (ROOT / "fixtures" / "articles").glob("*.html"))
            _run_cli("parse", *pages, "-o", str(target), "--provenance", "--jobs", str(jobs))
            return _read_jsonl(target)
        _run_cli("demo", "-o", scratch, "--jobs", str(jobs))
        records = [record for path in sorted(Path(scratch).rglob("*.jsonl")) for record in _read_jsonl(path)]
        text = json.dumps(records, ensure_ascii=False).replace(scratch, "TMP")
        text = re.sub(r"(//127\.0\.0\.1|//localhost):\d+", r"\1:PORT", text)
        found = json.loads(text)
        for record in found:  # which spelling of an article's address came first is timing
            record["url"] = record.get("canonical_url") or record.get("url")
        return sorted(found, key=lambda record: str(record.get("url")))


def normalise(records: list[Record]) -> list[Record]:
    """Records without their run-dependent fields, each with an ``_id`` naming it."""
    text = json.dumps(records, ensure_ascii=False).replace(str(EVAL), "EVAL").replace(str(ROOT), "ROOT")
    out = []
    for record in json.loads(text):
        clean = {key: value for key, value in record.items() if key != "fetched_at"}
        source = clean.get("source_path")
        ident = _page_id(source) if source else clean.get("id") or clean.get("url")
        out.append({"_id": ident, **clean})
    return out


def compare(before: list[Record], after: list[Record]) -> tuple[int, list[str]]:
    """How many records differ (by position), and a line for each of the first few."""
    notes: list[str] = []
    differing = abs(len(before) - len(after))
    if differing:
        notes.append(f"record count {len(before)} -> {len(after)}")
    for old, new in zip(before, after, strict=False):
        if old == new:
            continue
        differing += 1
        if len(notes) < 5:
            fields = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
            notes.append(f"{old.get('_id')}: {', '.join(fields)}")
    return differing, notes


def main() -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", metavar="DIR", type=Path, help="write the current outputs to DIR")
    mode.add_argument("--check", metavar="DIR", type=Path, help="compare the current outputs with DIR")
    parser.add_argument("--sets", default=",".join(ALL_SETS), help=f"comma list of {', '.join(ALL_SETS)}")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--eval", type=Path, default=EVAL, help=f"the eval kit (default: {EVAL})")
    args = parser.parse_args()
    _use_eval(args.eval.resolve())
    started = time.monotonic()
    failed = False
    for name in args.sets.split(","):
        if name not in ALL_SETS:
            parser.error(f"unknown set {name!r}; sets: {', '.join(ALL_SETS)}")
        set_started = time.monotonic()
        records = normalise(run_set(name, args.jobs))
        seconds = time.monotonic() - set_started
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
            (args.save / f"{name}.jsonl").write_text(lines, encoding="utf-8")
            print(f"{name}: {len(records)} records saved ({seconds:.0f} s)")
            continue
        before = _read_jsonl(args.check / f"{name}.jsonl")
        differing, notes = compare(before, records)
        failed = failed or differing > 0
        print(f"{name}: {len(records)} records, {differing} differ ({seconds:.0f} s)")
        for note in notes:
            print(f"  {note}")
    print(f"total {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
