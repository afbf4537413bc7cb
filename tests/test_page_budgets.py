"""Per-page budgets in the extraction workers: a page past its memory or time budget is
stopped and reported with one skip line, its worker replaced, and the run goes on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newscrawl.workers import ExtractPool
from newscrawl.workers.wire import Extracted, Job, Skipped
from tests.conftest import page
from tests.crawlsite import child_env
from tests.slow_extract import SLOW

MAX_BYTES = 32 * 2**20
BUDGET_MB = 250
"""Enough for ordinary pages (~100 MB with numpy, which trafilatura imports for py3langid),
not for a 12 MB single paragraph (~440 MB)."""


def huge_paragraph(megabytes: int) -> bytes:
    return b"<html><body><p>" + b"word " * (megabytes * 200_000) + b"</p></body></html>"


def test_a_page_over_its_memory_budget_is_skipped_and_its_worker_replaced() -> None:
    with ExtractPool(1, memory_mb=BUDGET_MB) as pool:
        big = pool.submit(Job(huge_paragraph(12), "file:///in/big.html", MAX_BYTES))
        after = pool.submit(Job(page("after").encode(), "file:///in/after.html", MAX_BYTES))
        outcome = big.result(timeout=120)
        assert isinstance(outcome, Skipped), outcome
        assert outcome.reason == "over_memory"
        assert f"more than {BUDGET_MB} MB" in outcome.detail
        assert isinstance(after.result(timeout=120), Extracted)
        assert pool.counts["over_memory"] == 1
        assert pool.counts["started"] == 2


def test_parse_reports_pages_over_their_budgets_and_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-first.html").write_text(page("first"))
    (inputs / "b-huge.html").write_bytes(huge_paragraph(12))
    (inputs / "c-slow.html").write_bytes(SLOW + page("slow").encode())
    (inputs / "d-last.html").write_text(page("last"))
    argv = [
        sys.executable,
        "-m",
        "newscrawl.cli",
        "parse",
        "in",
        "-o",
        "out.jsonl",
        "--jobs",
        "2",
        "-s",
        f"NEWSCRAWL_EXTRACT_MEMORY_MB={BUDGET_MB}",
        "-s",
        "NEWSCRAWL_EXTRACT_TIMEOUT=10",  # generous: other pages must not time out on a loaded machine
        "-s",
        "NEWSCRAWL_EXTRACT_FUNCTION=tests.slow_extract:extract_article",
    ]
    run = subprocess.run(
        argv, cwd=tmp_path, env=child_env(), capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stderr[-3000:]
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert [json.loads(line)["source_path"] for line in lines] == ["in/a-first.html", "in/d-last.html"]
    assert "Skipped in/b-huge.html [over_memory]" in run.stderr
    assert "Skipped in/c-slow.html [timeout]" in run.stderr
