"""``provenance``: null unless asked for; when asked, every value is one the schema lists."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from newscrawl.discovery.fallbacks import with_fallbacks
from newscrawl.discovery.hints import Hints
from newscrawl.extract import extract_article
from newscrawl.items import PROVENANCE_FIELDS, PROVENANCE_SOURCES, Article
from newscrawl.schema import load_schema
from newscrawl.sites import Site
from newscrawl.spiders.news import HINTS, NewsSpider
from tests.conftest import RunNewscrawl, page
from tests.goldens import pages

PAGES = pages()
SITE = Site(name="t", allowed_domains=("news.example",), start_urls=("https://news.example/",))


def _extract(path: Path, **kwargs: bool) -> Article:
    return extract_article(path.read_bytes(), path.resolve().as_uri(), **kwargs)


def test_schema_lists_the_sources_and_fields() -> None:
    provenance = load_schema()["properties"]["provenance"]
    assert provenance["additionalProperties"]["enum"] == list(PROVENANCE_SOURCES)
    assert provenance["propertyNames"]["enum"] == list(PROVENANCE_FIELDS)


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_off_by_default_and_nothing_else_changes(path: Path) -> None:
    off = _extract(path)
    on = _extract(path, provenance=True)
    assert off.provenance is None
    assert on.provenance
    assert dataclasses.replace(on, provenance=None) == off


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_values_are_in_the_schema(path: Path) -> None:
    article = _extract(path, provenance=True)
    assert article.provenance is not None
    assert set(article.provenance) <= set(PROVENANCE_FIELDS)
    assert set(article.provenance.values()) <= set(PROVENANCE_SOURCES), (
        "a metadata module produces a source the schema does not list: add it to "
        "PROVENANCE_SOURCES in newscrawl/items.py and run `python -m newscrawl.schema --write`"
    )
    errors = Draft202012Validator(load_schema()).iter_errors(dataclasses.asdict(article))
    assert [error.message for error in errors] == []


def test_only_fields_with_a_value_are_named() -> None:
    for path in PAGES:
        article = _extract(path, provenance=True)
        assert article.provenance is not None
        for name in article.provenance:
            assert getattr(article, name), f"{path.name}: {name} is empty but has a source"


@pytest.mark.parametrize(
    ("sources", "expected"),
    [(("feed",), "feed"), (("news-sitemap",), "sitemap"), (("feed", "sitemap"), "sitemap")],
)
def test_crawl_fallbacks_name_sitemap_or_feed(sources: tuple[str, ...], expected: str) -> None:
    hints = Hints(
        url="https://news.example/a",
        title="From the index",
        published="2024-05-03T10:00:00+00:00",
        sources=sources,
    )
    article = Article(url="https://news.example/a", provenance={"url": "fetch"})
    filled = with_fallbacks(article, hints)
    assert filled.provenance == {
        "url": "fetch",
        "headline": expected,
        "date_published": expected,
        "date_published_raw": expected,
    }
    assert with_fallbacks(dataclasses.replace(article, provenance=None), hints).provenance is None


def test_reject_unknown_source() -> None:
    record = dataclasses.asdict(Article(provenance={"headline": "guess"}))
    assert list(Draft202012Validator(load_schema()).iter_errors(record))
    record = dataclasses.asdict(Article(provenance={"text": "json-ld"}))
    assert list(Draft202012Validator(load_schema()).iter_errors(record))


def test_parse_flag(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    (tmp_path / "a.html").write_text(page("alpha"), encoding="utf-8")
    plain = run_newscrawl("parse", "a.html", "-o", "plain.jsonl")
    asked = run_newscrawl("parse", "a.html", "--provenance", "-o", "asked.jsonl")
    assert plain.returncode == asked.returncode == 0, plain.stderr + asked.stderr
    [off], [on] = plain.records(), asked.records()
    assert off["provenance"] is None
    assert on["provenance"] == {"url": "canonical", "headline": "h1", "language": "html-lang"}
    assert {**on, "provenance": None, "fetched_at": None} == {**off, "fetched_at": None}


@pytest.mark.parametrize("asked", [True, False])
def test_crawl_setting_reaches_the_callback(asked: bool) -> None:
    """NEWSCRAWL_PROVENANCE -> the news spider's article; a headline-less page gets the
    sitemap's title, named as such."""
    crawler = get_crawler(
        NewsSpider, settings_dict={"NEWSCRAWL_PROVENANCE": asked, "NEWSCRAWL_MAX_PAGE_BYTES": 1 << 20}
    )
    crawler.stats.open_spider()  # type: ignore[union-attr, call-arg]
    spider = NewsSpider.from_crawler(crawler, site=SITE)
    url = "https://news.example/news/2026/a"
    hints = Hints(url=url, title="From the sitemap", sources=("news-sitemap",))
    body = "<html><body><article>" + "<p>Plain words of the story, told at length.</p>" * 8
    response = HtmlResponse(
        url,
        body=(body + "</article></body></html>").encode(),
        request=Request(url, meta={HINTS: hints.to_meta()}),
    )
    (article,) = spider.parse_article(response)
    assert article.headline == "From the sitemap"
    if asked:
        # no declared language: the text's own (issue 10)
        assert article.provenance == {"url": "fetch", "headline": "sitemap", "language": "detected"}
    else:
        assert article.provenance is None
