"""Politeness helpers: Retry-After parsing, back-off growth, the skip-before-fetch rule."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from newscrawl.discovery import Hints
from newscrawl.middlewares import crawl_delay
from newscrawl.middlewares.crawl_delay import CrawlDelayMiddleware
from newscrawl.middlewares.retry import BackoffRetryMiddleware, retry_after_seconds
from newscrawl.middlewares.skip_unchanged import is_unchanged
from newscrawl.state import SeenArticle

NOW = datetime(2026, 11, 27, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        (b"5", 5.0),
        ("Fri, 27 Nov 2026 12:00:30 GMT", 30.0),
        ("Fri, 27 Nov 2026 11:00:00 GMT", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after(header: str | bytes | None, expected: float | None) -> None:
    assert retry_after_seconds(header, now=NOW) == expected


def test_backoff_grows_and_is_capped() -> None:
    crawler = get_crawler(
        settings_dict={"NEWSCRAWL_RETRY_BACKOFF_BASE": 1.0, "NEWSCRAWL_RETRY_BACKOFF_MAX": 5.0}
    )
    middleware = BackoffRetryMiddleware.from_crawler(crawler)
    waits = [middleware.backoff(n) for n in (1, 2, 3, 4, 5)]
    assert 0.75 <= waits[0] <= 1.25
    assert 1.5 <= waits[1] <= 2.5
    assert 3.0 <= waits[2] <= 5.0
    assert waits[4] == 5.0


def test_crawl_delay_spaces_request_starts_per_host(monkeypatch: pytest.MonkeyPatch) -> None:
    # a clock that moves only when the middleware sleeps: the waits are exact, whatever the load
    now = [100.0]
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(round(seconds, 6))
        now[0] += seconds

    monkeypatch.setattr(crawl_delay, "sleep", fake_sleep)
    middleware = CrawlDelayMiddleware(get_crawler(), user_agent="*", max_delay=60, clock=lambda: now[0])
    middleware.delays["slow.example"] = 0.4

    async def requests() -> None:
        for url in ("https://slow.example/a", "https://fast.example/a", "https://slow.example/b"):
            await middleware.process_request(Request(url))
        now[0] += 0.1  # the next request comes 0.1 s after the last one started: waits 0.3
        await middleware.process_request(Request("https://slow.example/c"))
        await middleware.process_request(
            Request("https://slow.example/robots.txt", meta={"dont_obey_robotstxt": True})
        )

    asyncio.run(requests())
    assert waits == [0.4, 0.3]


SEEN = SeenArticle(
    url="u",
    fingerprint="f",
    revision=1,
    lastmod="2026-11-20T10:00:00+00:00",
    date_published="2026-11-19",
)


@pytest.mark.parametrize(
    ("hints", "unchanged"),
    [
        (None, True),
        (Hints(url="u"), True),
        (Hints(url="u", lastmod="2026-11-20T10:00:00Z"), True),
        (Hints(url="u", lastmod="2026-11-20"), True),
        (Hints(url="u", lastmod="2026-11-21"), False),
        (Hints(url="u", published="2026-11-19T08:00:00+00:00"), True),
    ],
)
def test_skip_rule(hints: Hints | None, unchanged: bool) -> None:
    assert is_unchanged(SEEN, hints) is unchanged


def test_seen_without_dates_is_refetched_when_a_date_appears() -> None:
    bare = SeenArticle(url="u", fingerprint="f", revision=1)
    assert is_unchanged(bare, Hints(url="u")) is True
    assert is_unchanged(bare, Hints(url="u", lastmod="2026-11-21")) is False
