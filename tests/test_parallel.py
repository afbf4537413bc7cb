"""Extraction in worker processes, end to end: the same output whatever ``--jobs``; a page
that hangs is skipped (``timeout``) without stalling the run; inputs in flight stay bounded."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from newscrawl.workers import default_jobs
from tests.conftest import Run, RunNewscrawl, newscrawl
from tests.crawlsite import ARTICLES, child_env, published, slug_of, start_site
from tests.slow_extract import SLOW

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures" / "articles"
STAND_IN = "NEWSCRAWL_EXTRACT_FUNCTION=tests.slow_extract:extract_article"
FETCHED_AT = re.compile(rb'"fetched_at": "[^"]*"')


def _parse_with_stand_in(cwd: Path, *args: str) -> Run:
    """``newscrawl parse`` whose workers can import ``tests.slow_extract``."""
    argv = [sys.executable, "-m", "newscrawl.cli", "parse", *args, "-s", STAND_IN]
    done = subprocess.run(argv, cwd=cwd, env=child_env(), capture_output=True, timeout=300, check=False)
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode(), cwd / "out.jsonl")


def test_jobs_1_and_all_cores_write_byte_identical_output(run_newscrawl: RunNewscrawl) -> None:
    cores = max(2, default_jobs())  # parallel even where CI has one core
    one = run_newscrawl("parse", FIXTURES, "-o", "one.jsonl", "--jobs", "1")
    many = run_newscrawl("parse", FIXTURES, "-o", "many.jsonl", "--jobs", str(cores))
    assert one.returncode == 0, one.stderr[-3000:]
    assert many.returncode == 0, many.stderr[-3000:]
    assert one.stat("newscrawl/extract/workers") == 1
    assert many.stat("newscrawl/extract/workers") == cores
    expected = FETCHED_AT.sub(b"", one.output.read_bytes())
    assert expected.count(b"\n") == one.stat("newscrawl/written") >= 10
    assert FETCHED_AT.sub(b"", many.output.read_bytes()) == expected


def test_a_page_that_hangs_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    names = ["01-wire.html", "02-slow.html", "03-german.html", "04-french.html"]
    shutil.copy(FIXTURES / "wire-story.html", tmp_path / "in" / names[0])
    story = (FIXTURES / "republic-semantic.html").read_bytes()
    (tmp_path / "in" / names[1]).write_bytes(SLOW + story)
    shutil.copy(FIXTURES / "german-news.html", tmp_path / "in" / names[2])
    shutil.copy(FIXTURES / "french-news.html", tmp_path / "in" / names[3])
    started = time.monotonic()
    run = _parse_with_stand_in(
        tmp_path, "in", "-o", "out.jsonl", "--jobs", "2", "-s", "NEWSCRAWL_EXTRACT_TIMEOUT=10"
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert time.monotonic() - started < 120  # the stand-in sleeps 600 s
    assert [r["source_path"] for r in run.records()] == [f"in/{n}" for n in names if "slow" not in n]
    assert "Skipped in/02-slow.html [timeout]: extraction took over 10 s" in run.stderr
    assert run.stat("newscrawl/skipped/timeout") == 1
    assert run.stat("newscrawl/extract/timeouts") == 1


def test_inputs_in_flight_are_bounded(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for n in range(30):
        shutil.copy(FIXTURES / "wire-story.html", tmp_path / "in" / f"{n:02d}.html")
    run = newscrawl(
        "parse",
        "in",
        "-o",
        "out.jsonl",
        "--jobs",
        "1",
        "-s",
        "NEWSCRAWL_MAX_PAGES_IN_FLIGHT=4",
        "-s",
        "NEWSCRAWL_EXTRACT_BACKLOG=1",
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stat("newscrawl/inputs") == 30
    assert run.stat("newscrawl/in_flight_max") == 4
    assert run.stat("newscrawl/extract/in_pool_max") == 2  # one running, one waiting
    assert len(run.records()) == 1  # the other 29 are duplicates of the first


def test_a_crawl_goes_on_fetching_while_a_page_hangs_in_extraction(tmp_path: Path) -> None:
    site = start_site(tmp_path)
    try:
        slow = "startup-opens-office"  # the first article the demo crawl fetches
        page = site.root / "news" / "2026" / "11" / f"{slow}.html"
        page.write_bytes(SLOW + page.read_bytes())
        started = time.monotonic()
        run = site.run(site.cli("-s", STAND_IN, "-s", "NEWSCRAWL_EXTRACT_TIMEOUT=10"))
        assert run.returncode == 0, run.stderr[-3000:]
        assert time.monotonic() - started < 120  # the stand-in sleeps 600 s
        (records,) = published(site.out).values()
        assert sorted(slug_of(r) for r in records) == sorted(a for a in ARTICLES if a != slow)
        (skip,) = [line for line in run.stderr.splitlines() if "[timeout]" in line]
        assert f"/news/2026/11/{slow}" in skip and "extraction took over 10 s" in skip
        # Every other article was fetched while the hung page was still being extracted (a
        # generous bound: fetching six local pages takes well under a second when idle).
        hits = {h.path.split("?")[0]: h.at for h in site.server.hits if h.path.startswith("/news/")}
        hung_from = hits.pop(f"/news/2026/11/{slow}")
        assert all(hung_from < at < hung_from + 10 for at in hits.values()), hits
    finally:
        site.server.stop()
