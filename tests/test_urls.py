"""Table-driven tests of the state-store URL key."""

from __future__ import annotations

import pytest

from newscrawl.urls import normalise_url, strip_tracking

SAME = [
    ("https://news.example/world/a-story", "https://news.example/world/a-story"),
    ("HTTPS://News.Example:443/world/a-story/", "https://news.example/world/a-story"),
    (
        "https://news.example/world/a-story?utm_source=x&utm_medium=y",
        "https://news.example/world/a-story",
    ),
    ("https://news.example/world/a-story#comments", "https://news.example/world/a-story"),
    ("https://news.example/world/a-story?fbclid=abc&gclid=1", "https://news.example/world/a-story"),
    ("https://news.example/world/a-story/amp", "https://news.example/world/a-story"),
    ("https://news.example/world/a-story/amp/", "https://news.example/world/a-story"),
    ("https://news.example/amp/world/a-story", "https://news.example/world/a-story"),
    ("https://amp.news.example/world/a-story", "https://news.example/world/a-story"),
    ("https://news.example/world/a-story?amp=1", "https://news.example/world/a-story"),
    ("https://news.example/world/a-story?amp", "https://news.example/world/a-story"),
    ("https://news.example/world/a-story?outputType=amp", "https://news.example/world/a-story"),
    ("https://news.example/world/a-story.amp.html", "https://news.example/world/a-story.html"),
    ("https://news.example//world//a-story", "https://news.example/world/a-story"),
    ("https://news.example/a?b=2&a=1", "https://news.example/a?a=1&b=2"),
    ("http://127.0.0.1:8080/x/", "http://127.0.0.1:8080/x"),
    ("http://news.example:80/", "http://news.example/"),
    ("https://news.example", "https://news.example/"),
]

DIFFERENT = [
    ("https://news.example/a?id=1", "https://news.example/a?id=2"),
    ("https://news.example/a", "http://news.example/a"),
    ("https://news.example/example", "https://news.example/exampl"),
    ("https://news.example/camp", "https://news.example/c"),
    ("https://news.example/a?page=2", "https://news.example/a"),
]


@pytest.mark.parametrize(("url", "expected"), SAME)
def test_normalise(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


@pytest.mark.parametrize(("left", "right"), DIFFERENT)
def test_distinct_urls_stay_distinct(left: str, right: str) -> None:
    assert normalise_url(left) != normalise_url(right)


@pytest.mark.parametrize("url", ["", "/relative/path", "news.example/a", "mailto:x@y"])
def test_rejects_non_absolute(url: str) -> None:
    with pytest.raises(ValueError, match="not an absolute URL"):
        normalise_url(url)


def test_idempotent() -> None:
    for url, _ in SAME:
        once = normalise_url(url)
        assert normalise_url(once) == once


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://n.example/a?utm_source=x&id=2#top", "https://n.example/a?id=2"),
        ("https://n.example/a/?b=1&a=2", "https://n.example/a/?b=1&a=2"),
        ("https://n.example/amp/a?fbclid=1", "https://n.example/amp/a"),
    ],
)
def test_strip_tracking_keeps_the_rest(url: str, expected: str) -> None:
    assert strip_tracking(url) == expected
