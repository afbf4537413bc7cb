"""Table-driven tests of the state-store URL key."""

from __future__ import annotations

import pytest

from newscrawl.urls import dedupe_keys, is_tracking, normalise_url

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
    # generic names that name the article on some sites are never dropped by default
    ("https://x.com/article.php?cid=48213", "https://x.com/article.php"),
    ("https://x.com/article.php?cid=48213", "https://x.com/article.php?cid=48214"),
    ("https://x.com/story?ref=2041", "https://x.com/story"),
    ("https://x.com/view?src=a1b2", "https://x.com/view"),
    ("https://x.com/view?share=77", "https://x.com/view"),
    ("https://x.com/view?id=9&s_cid=1", "https://x.com/view?id=9"),
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


SITE_STRIPS = [
    # (site's strip_params, url, key)
    (("cid",), "https://x.com/a?cid=1&id=7", "https://x.com/a?id=7"),
    (("CID",), "https://x.com/a?Cid=1&id=7", "https://x.com/a?id=7"),
    (("at_*",), "https://x.com/a?at_custom1=x&at_ptr=y&atom=1", "https://x.com/a?atom=1"),
    (("ref", "src"), "https://x.com/a?ref=rss&src=home", "https://x.com/a"),
    ((), "https://x.com/a?ref=rss&src=home", "https://x.com/a?ref=rss&src=home"),
]


@pytest.mark.parametrize(("strip", "url", "key"), SITE_STRIPS)
def test_a_site_strips_its_own_parameters(strip: tuple[str, ...], url: str, key: str) -> None:
    assert normalise_url(url, strip) == key


@pytest.mark.parametrize(
    "name",
    ["utm_source", "UTM_Campaign", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga", "pk_kwd", "xtor"],
)
def test_known_tracking_parameters(name: str) -> None:
    assert is_tracking(name)


@pytest.mark.parametrize("name", ["cid", "id", "ref", "src", "share", "p", "page", "mc", "article"])
def test_content_parameters_are_not_tracking(name: str) -> None:
    assert not is_tracking(name)
    assert is_tracking(name, [name])


def test_dedupe_keys_are_the_canonical_url_and_the_text() -> None:
    record = {
        "url": "https://news.example/a?utm_source=x",
        "canonical_url": "HTTPS://News.Example:443/a#top",
        "fingerprint": "f" * 64,
    }
    assert dedupe_keys(record) == ["url https://news.example/a", f"text {'f' * 64}"]
    assert dedupe_keys({"url": "file:///saved/a.html", "fingerprint": None}) == []
    assert dedupe_keys({"url": "https://n.example/a?cid=1"}, ("cid",)) == ["url https://n.example/a"]
