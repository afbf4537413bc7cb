"""``CrawlState``, the one owner of a site crawl's state. End-to-end behaviour (locked site,
recovery after kill -9, skip before fetch) is in test_crawl_e2e.py, test_crash_safety.py and
test_runs.py; the store URLs in test_distributed_state.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newscrawl.discovery import Hints
from newscrawl.items import Article
from newscrawl.middlewares.skip_unchanged import SkipUnchangedMiddleware
from newscrawl.pipelines.incremental import IncrementalPipeline
from newscrawl.runs import RunPaths
from newscrawl.spiders.news import NewsSpider
from newscrawl.state import SeenArticle, SiteLock, SQLiteStateStore
from newscrawl.state.crawl import CrawlState, StateConfig, crawl_state
from newscrawl.state.records import article_keys, seen_article

SEEN = SeenArticle(url="https://n.example/a", fingerprint="f", revision=1)


def _config(tmp_path: Path, output_dir: Path | None = None) -> StateConfig:
    return StateConfig(
        site="demo",
        data_dir=tmp_path / "data",
        output_dir=output_dir,
        store_cls=SQLiteStateStore,
        run_id="20260101T000000Z-000000",
    )


def _state(tmp_path: Path, output_dir: Path | None = None) -> CrawlState:
    crawler = get_crawler()
    assert crawler.stats is not None
    return CrawlState(_config(tmp_path, output_dir), crawler.stats)


def test_open_takes_the_lock_and_close_drops_it(tmp_path: Path) -> None:
    state = _state(tmp_path)
    assert state.lookup(["k"]) is None  # not open yet: nothing known, nothing raised
    assert state.open() and state.open()  # idempotent
    assert state.claim(["k"], 30) is None  # a store of one machine: nothing to claim
    assert state.is_open and state.lock.held
    state.record(["k"], SEEN)
    assert state.lookup(["k"]) == SQLiteStateStore.in_data_dir(tmp_path / "data").lookup("demo", ["k"])
    state.close()
    state.close()
    assert not state.is_open and not state.lock.held
    SiteLock(tmp_path / "data", "demo").acquire().release()


def test_a_locked_site_is_refused_and_reported(tmp_path: Path) -> None:
    with SiteLock(tmp_path / "data", "demo"):
        state = _state(tmp_path)
        assert not state.open()
        assert not state.open()  # every caller hears the same answer
        assert state.refused is not None and "another crawl of site 'demo'" in state.refused
        assert state.stats.get_value("newscrawl/site_locked") == state.refused
        assert not state.is_open
        with pytest.raises(RuntimeError, match="not open"):
            state.record(["k"], SEEN)


def test_open_publishes_a_crashed_runs_lines_and_records_them(tmp_path: Path) -> None:
    out = tmp_path / "out"
    paths = RunPaths.for_run(out, "demo", "20260101T000000Z-abcdef")
    paths.directory.mkdir(parents=True)
    record = {"url": "https://n.example/a", "fingerprint": "f" * 64, "revision": 1}
    paths.partial.write_text(json.dumps(record) + "\n" + '{"url": "torn', encoding="utf-8")
    state = _state(tmp_path, output_dir=out)
    assert state.open()
    assert paths.final.read_text(encoding="utf-8") == json.dumps(record) + "\n"
    seen = state.lookup(["https://n.example/a"])
    assert seen is not None and seen.fingerprint == "f" * 64
    assert state.stats.get_value("newscrawl/recovered/articles") == 1
    state.close()


def test_request_context_is_read_once(tmp_path: Path) -> None:
    state = _state(tmp_path)
    hints = Hints(url="https://n.example/a", lastmod="2026-01-01")
    state.remember("https://n.example/a", "n.example/a", hints)
    assert state.context_of("https://n.example/a") == ("n.example/a", hints)
    assert state.context_of("https://n.example/a") == (None, None)
    assert state.context_of(None) == (None, None)


def test_components_get_the_state_from_the_crawler() -> None:
    crawler = get_crawler(NewsSpider)
    assert crawl_state(crawler) is None  # no site crawl: the extension is not built
    with pytest.raises(NotConfigured):
        IncrementalPipeline.from_crawler(crawler)
    with pytest.raises(NotConfigured):
        SkipUnchangedMiddleware.from_crawler(crawler)
    with pytest.raises(NotConfigured):
        CrawlState.from_crawler(crawler)


def test_records_keys_and_row() -> None:
    article = Article(url="https://n.example/a?utm_source=x", canonical_url="https://n.example/a", revision=3)
    assert article_keys(article) == ["https://n.example/a"]
    assert seen_article(article, lastmod="2026-01-01").revision == 3


def test_stats_are_reports_only(tmp_path: Path) -> None:
    """The refusal is on the state, not read back from stats: a stats key that merely looks
    like it (another component's counter) changes nothing."""
    crawler = get_crawler()
    stats = MemoryStatsCollector(crawler)
    stats.set_value("newscrawl/site_locked", "set by someone else")
    state = CrawlState(_config(tmp_path), stats)
    assert state.open()
    state.close()
