"""The extraction pool on its own: outcomes equal in-process extraction; a page that hangs or
kills its worker is reported and the pool goes on with a fresh worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newscrawl.extract import extract_article
from newscrawl.workers import Extracted, ExtractPool, Job, Skipped
from tests.slow_extract import CRASH, SLOW

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
STAND_IN = "tests.slow_extract:extract_article"
MAX_BYTES = 1 << 20


def _job(body: bytes, name: str = "page.html") -> Job:
    return Job(body, f"file:///in/{name}", MAX_BYTES)


# A page's time limit in these tests: far above what a fixture page needs on a loaded machine
# (the limit is about stopping a hung page, not about speed); the hung-page test uses its own.
ROOMY = 60.0
HANG_LIMIT = 5.0


@pytest.fixture
def pool() -> Iterator[ExtractPool]:
    with ExtractPool(2, timeout=ROOMY, extract=STAND_IN) as started:
        yield started


def test_outcomes_equal_in_process_extraction(pool: ExtractPool) -> None:
    pages = sorted(FIXTURES.glob("*.html"))[:4]
    futures = [pool.submit(_job(p.read_bytes(), p.name)) for p in pages]
    for path, future in zip(pages, futures, strict=True):
        outcome = future.result(timeout=60)
        assert outcome == Extracted(extract_article(path.read_bytes(), f"file:///in/{path.name}"))


def test_unusable_input_is_a_skip_not_an_error(pool: ExtractPool) -> None:
    assert pool.submit(_job(b"  \n")).result(timeout=60) == Skipped("empty", "the file is empty")
    outcome = pool.submit(_job(b"\x89PNG\x00\x00" * 10)).result(timeout=60)
    assert isinstance(outcome, Skipped) and outcome.reason == "binary"


def test_a_hung_page_is_stopped_and_the_next_page_still_extracts() -> None:
    page = (FIXTURES / "wire-story.html").read_bytes()
    with ExtractPool(2, timeout=HANG_LIMIT, extract=STAND_IN) as pool:
        hung = pool.submit(_job(SLOW + page, "slow.html"))
        after = [pool.submit(_job(page)) for _ in range(3)]
        # The stand-in sleeps 600 s: an outcome at all means the worker was stopped.
        outcome = hung.result(timeout=300)
        assert outcome == Skipped("timeout", "extraction took over 5 s; the worker was stopped")
        assert all(isinstance(f.result(timeout=300), Extracted) for f in after)
        assert pool.counts["timeouts"] == 1
        assert pool.counts["started"] == 3  # two at start, one replacing the killed worker


def test_a_slow_worker_start_does_not_count_against_the_first_page() -> None:
    page = (FIXTURES / "wire-story.html").read_bytes()
    # Start-up (imports, warm-up) takes SLOW_START = 6 s, over the page limit of 3 s: the page
    # clock starts when the worker says it is ready, so the first page still extracts.
    with ExtractPool(1, timeout=3.0, extract="tests.slow_extract:slow_start") as pool:
        outcome = pool.submit(_job(page)).result(timeout=300)
        assert isinstance(outcome, Extracted), outcome
        assert pool.counts["timeouts"] == 0


def test_a_worker_that_dies_while_starting_is_reported() -> None:
    with ExtractPool(1, timeout=ROOMY, extract="tests.slow_extract:dies_at_start") as pool:
        outcome = pool.submit(_job(b"<html><body><p>x</p></body></html>")).result(timeout=300)
    assert outcome == Skipped("worker_crashed", "the worker process died while starting (exit status 3)")


def test_a_page_that_kills_its_worker_is_reported(pool: ExtractPool) -> None:
    page = (FIXTURES / "wire-story.html").read_bytes()
    outcome = pool.submit(_job(CRASH + page, "crash.html")).result(timeout=60)
    assert outcome == Skipped("worker_crashed", "the worker process died (killed by signal 9)")
    assert isinstance(pool.submit(_job(page)).result(timeout=60), Extracted)


def test_workers_are_replaced_after_recycle_after_pages() -> None:
    page = (FIXTURES / "wire-story.html").read_bytes()
    with ExtractPool(1, recycle_after=2) as pool:
        outcomes = [pool.submit(_job(page)).result(timeout=60) for _ in range(5)]
    assert all(isinstance(o, Extracted) for o in outcomes)
    assert pool.counts["started"] == 3  # pages 1-2, 3-4, 5


def test_close_cancels_waiting_jobs_and_stops_workers() -> None:
    page = (FIXTURES / "wire-story.html").read_bytes()
    pool = ExtractPool(1).start()
    futures = [pool.submit(_job(page)) for _ in range(20)]
    processes = list(pool.pids())
    pool.close()
    assert all(f.done() for f in futures)
    assert any(f.cancelled() for f in futures)
    assert pool.pids() == []
    for pid in processes:
        assert not Path(f"/proc/{pid}").exists() or "zombie" not in Path(f"/proc/{pid}/status").read_text()
    with pytest.raises(RuntimeError, match="closed"):
        pool.submit(_job(page))
