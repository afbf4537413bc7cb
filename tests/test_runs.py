"""Run files: ids, layout, recovery of a crashed run's .partial, the stats report."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscrawl.runs import RunPaths, new_run_id, recover_partials
from newscrawl.runs.recover import hold_partial
from newscrawl.runs.report import run_report


def test_run_id_and_paths(tmp_path: Path) -> None:
    run_id = new_run_id(datetime(2026, 11, 27, 23, 59, 58, tzinfo=UTC))
    assert re.fullmatch(r"20261127T235958Z-[0-9a-f]{6}", run_id)
    paths = RunPaths.for_run(tmp_path, "demo", run_id)
    assert paths.final == tmp_path / "demo" / "2026-11-27" / f"{run_id}.jsonl"
    assert paths.partial.name == f"{run_id}.jsonl.partial"
    assert paths.stats.name == f"{run_id}.stats.json"
    assert new_run_id() != new_run_id()


def test_recover_publishes_complete_lines_and_drops_torn_tail(tmp_path: Path) -> None:
    day = tmp_path / "demo" / "2026-11-26"
    day.mkdir(parents=True)
    lines = [json.dumps({"url": f"https://n.example/{i}", "revision": 1}) for i in range(3)]
    crashed = day / "20261126T010000Z-aaaaaa.jsonl.partial"
    crashed.write_text("\n".join(lines) + '\n{"url": "https://n.example/3", "rev')
    empty = day / "20261126T020000Z-bbbbbb.jsonl.partial"
    empty.write_text("")
    mine = day / "20261126T030000Z-cccccc.jsonl.partial"
    mine.write_text(lines[0] + "\n")
    recovered = recover_partials(tmp_path, "demo", exclude=mine)
    assert [r.path.name for r in recovered] == [
        "20261126T010000Z-aaaaaa.jsonl",
        "20261126T020000Z-bbbbbb.jsonl",
    ]
    assert [rec["url"] for rec in recovered[0].records] == [f"https://n.example/{i}" for i in range(3)]
    assert recovered[0].dropped_bytes > 0
    assert (day / "20261126T010000Z-aaaaaa.jsonl").read_text() == "\n".join(lines) + "\n"
    assert not crashed.exists()
    assert mine.exists()
    assert recover_partials(tmp_path, "other") == []


def test_recover_stops_at_a_garbled_line(tmp_path: Path) -> None:
    day = tmp_path / "s" / "2026-11-26"
    day.mkdir(parents=True)
    (day / "r.jsonl.partial").write_text('{"a": 1}\nnot json\n{"b": 2}\n')
    (recovered,) = recover_partials(tmp_path, "s")
    assert recovered.records == [{"a": 1}]
    assert recovered.path.read_text() == '{"a": 1}\n'


def test_report() -> None:
    stats = {
        "downloader/response_count": 12,
        "downloader/request_count": 13,
        "downloader/response_status_count/200": 11,
        "downloader/exception_type_count/twisted.internet.error.TimeoutError": 1,
        "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 4,
        "newscrawl/articles/new": 5,
        "newscrawl/articles/unchanged": 2,
        "newscrawl/dropped/duplicate": 1,
        "newscrawl/skipped/not_html": 1,
        "newscrawl/errors/bad_feed": 1,
        "newscrawl/written": 5,
    }
    report = run_report(
        stats, site="s", run_id="r", output=None, reason="finished", started=10.0, finished=12.5
    )
    assert report["pages_fetched"] == 12
    assert report["articles"] == {
        "new": 5,
        "updated": 0,
        "unchanged": 2,
        "unchanged_before_fetch": 0,
        "written": 5,
    }
    assert report["dropped"] == {"duplicate": 1, "not_html": 1}
    assert report["errors"] == {"bad_feed": 1, "TimeoutError": 1}
    assert report["duration_seconds"] == 2.5


@pytest.mark.e2e
def test_peak_memory_is_the_process_own_not_its_parents() -> None:
    """A crawl started by a big parent (a test runner, a scheduler) reports its own peak:
    ``ru_maxrss`` would also carry the peak of the image it was exec'ed from."""
    child = "from newscrawl.runs.report import _peak_rss_mb; print(_peak_rss_mb())"
    parent = (
        "import subprocess, sys\n"
        "ballast = bytearray(400 * 1024 * 1024)\n"
        "ballast[::4096] = b'x' * len(ballast[::4096])\n"
        f"print(subprocess.run([sys.executable, '-c', {child!r}], capture_output=True, text=True,"
        " check=True).stdout)\n"
    )
    done = subprocess.run([sys.executable, "-c", parent], capture_output=True, text=True, check=True)
    assert float(done.stdout) < 200, done.stdout


def test_a_worker_publishes_the_partials_of_dead_workers_but_not_of_live_ones(tmp_path: Path) -> None:
    day = tmp_path / "demo" / "2026-11-26"
    day.mkdir(parents=True)
    line = json.dumps({"url": "https://n.example/1", "revision": 1}) + "\n"
    names = {
        "mine": "20261126T010000Z-aaaaaa@w1.jsonl.partial",  # this worker's own crashed run
        "dead": "20261126T010000Z-bbbbbb@w2.jsonl.partial",  # a worker that died, not restarted
        "live": "20261126T010000Z-cccccc@w3.jsonl.partial",  # a worker still writing
        "new": "20261126T010000Z-dddddd@w4.jsonl.partial",  # just created, not locked yet
    }
    for name in names.values():
        (day / name).write_text(line)
    old = time.time() - 60
    for key in ("mine", "dead", "live"):
        os.utime(day / names[key], (old, old))
    live = os.open(day / names["live"], os.O_WRONLY)  # another open file: flock conflicts
    try:
        hold_partial(live)
        recovered = recover_partials(tmp_path, "demo", worker="w1")
        assert sorted(r.path.name for r in recovered) == [
            "20261126T010000Z-aaaaaa@w1.jsonl",
            "20261126T010000Z-bbbbbb@w2.jsonl",
        ]
        assert all(r.records == [json.loads(line)] for r in recovered)
        assert (day / names["live"]).exists() and (day / names["new"]).exists()
    finally:
        os.close(live)  # the live worker dies: its file is free for the next worker to publish
    (again,) = recover_partials(tmp_path, "demo", worker="w5")
    assert again.path.name == "20261126T010000Z-cccccc@w3.jsonl"
    assert (day / names["new"]).exists()  # still too fresh to be taken for abandoned
