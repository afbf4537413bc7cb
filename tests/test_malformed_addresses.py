"""A page's addresses are read as the page writes them, and some are no URL at all: an unclosed
IPv6 host ("http://[x/") or a port that is no number ("http://x:port/"), which ``urllib``
refuses with a ``ValueError``. Such an address is read as absent, wherever it stands (``<base>``,
the canonical link, og:url, og:image, JSON-LD, a link, a picture): the page's article is still
extracted, and a crawl or ``newscrawl parse`` never skips it as "not HTML". Only a refusal
(``NotHtml``) skips a page as not_html; any other error in extraction is an extraction error,
logged with its cause. Pages are written for the test."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import newscrawl
from newscrawl.extract import extract_article
from newscrawl.extract.page import parse_page
from newscrawl.intake import PageSkipped, article_from_body
from tests.bylinepages import SENTENCES, story

pytestmark = pytest.mark.unit

BAD = ("http://[x/", "http://[::1/a", "http://x:port/")
HEADLINE = "Council passes next year's budget"


def _page(head: str = "", body: str = "") -> str:
    return (
        f"<html lang='en'><head><title>{HEADLINE}</title>{head}</head><body><div class='q2'>"
        f"<h1>{HEADLINE}</h1>{story(SENTENCES['en'])}{body}</div></body></html>"
    )


PLACES: dict[str, Callable[[str], tuple[str, str]]] = {
    "base": lambda bad: (f'<base href="{bad}">', ""),
    "canonical": lambda bad: (f'<link rel="canonical" href="{bad}">', ""),
    "og:url": lambda bad: (f'<meta property="og:url" content="{bad}">', ""),
    "og:image": lambda bad: (f'<meta property="og:image" content="{bad}a.jpg">', ""),
    "json-ld": lambda bad: (
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@type": "NewsArticle",
                "headline": HEADLINE,
                "url": bad,
                "mainEntityOfPage": bad,
                "image": f"{bad}a.jpg",
                "author": {"name": "Jane Doe", "url": bad},
            }
        )
        + "</script>",
        "",
    ),
    "link": lambda bad: ("", f'<p><a href="{bad}author/jane">Jane Doe</a></p>'),
    "picture": lambda bad: ("", f'<figure><img src="{bad}c.jpg"><figcaption>The hall.</figcaption></figure>'),
}


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize("url", ["https://news.example.org/story/1", "file:///tmp/story.html", None])
def test_an_address_that_is_no_url_is_read_as_absent(place: str, bad: str, url: str | None) -> None:
    head, body = PLACES[place](bad)
    article = extract_article(_page(head, body), url, provenance=True, body_html=True)
    assert article.headline == HEADLINE
    assert SENTENCES["en"] in article.text
    if place == "canonical":
        assert article.canonical_url is None


def test_the_url_given_that_is_no_url_is_read_as_none() -> None:
    assert parse_page(_page(), "http://[x/2024/05/03/story").url is None
    article = extract_article(_page(), "http://[x/2024/05/03/story")
    assert article.url is None and article.date_published_raw is None
    assert SENTENCES["en"] in article.text


def test_a_page_with_a_malformed_canonical_link_is_parsed_not_skipped(tmp_path: Path) -> None:
    head, _ = PLACES["canonical"]("http://[x/")
    article = article_from_body(_page(head).encode(), (tmp_path / "a.html").as_uri(), max_bytes=1 << 20)
    assert article.headline == HEADLINE


def test_only_a_refusal_is_not_html_another_value_error_is_an_extraction_error() -> None:
    def refuses(_body: bytes, _url: str, **_options: object) -> newscrawl.Article:
        raise newscrawl.NotHtml("PNG image, not an HTML page")

    def breaks(_body: bytes, _url: str, **_options: object) -> newscrawl.Article:
        raise ValueError("Invalid IPv6 URL")

    with pytest.raises(PageSkipped) as refused:
        article_from_body(b"<html></html>", "https://a.example/", max_bytes=1 << 20, extract=refuses)
    assert refused.value.reason == "not_html"
    with pytest.raises(PageSkipped) as broken:
        article_from_body(b"<html></html>", "https://a.example/", max_bytes=1 << 20, extract=breaks)
    assert broken.value.reason == "extract_error"
    assert "ValueError: Invalid IPv6 URL" in str(broken.value)


def test_binary_input_raises_not_html_a_value_error() -> None:
    with pytest.raises(newscrawl.NotHtml) as refused:
        newscrawl.extract(b"\x89PNG\r\n\x1a\n" + bytes(300))
    assert isinstance(refused.value, ValueError)
