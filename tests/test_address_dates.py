"""The day a page's address writes ("/2024/05/03/slug", "/article/2024-05-03-slug",
"/world/20241203-abc123/") is its date_published_raw when the page states its date nowhere else:
not in JSON-LD, <meta>, microdata, <time>, its script state, a date line or a byline. Only a web
address is read (a saved file's folder names the day it was saved), and never the digits of an
article id. Each page is written for the test."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.meta.dates import address_date
from newscrawl.extract.meta.metadata import extract_metadata
from newscrawl.extract.page import parse_page
from tests.bylinepages import SENTENCES, story

pytestmark = pytest.mark.unit


def _page(shown: str = "", head: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Council passes budget</title>{head}</head><body><div class="q2">'
        f"<h1>Council passes budget</h1>{shown}{story(SENTENCES[lang])}</div></body></html>"
    )


def _published(doc: str, url: str) -> tuple[str | None, str | None]:
    meta = extract_metadata(parse_page(doc, url))
    return meta.date_published, meta.provenance.get("date_published")


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.org/2024/05/03/council-passes-budget/", "2024-05-03"),
        ("https://news.example.org/politik/2024/5/3/haushalt", "2024-05-03"),
        ("https://news.example.org/article/2024-05-03-council-passes-budget", "2024-05-03"),
        ("https://news.example.org/news_2024_05_03_budget.html", "2024-05-03"),
        ("https://news.example.org/world/20241203-OYT1T50218/", "2024-12-03"),
        ("https://news.example.org/monde/council-passes-budget-20241122", "2024-11-22"),
    ],
)
def test_the_day_the_address_writes_is_the_date_of_a_page_that_states_none(url: str, day: str) -> None:
    assert _published(_page(), url) == (day, "address")


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/news/article/A2026012914320005196",  # an article id's digits
        "https://news.example.org/story/202405031234",  # twelve digits: no day of their own
        "https://news.example.org/2024/13/03/budget",  # no such month
        "https://news.example.org/2024/05/budget",  # a month, no day
        "https://news.example.org/story/1?date=2024-05-03",  # the query, not the path
        "file:///home/ana/saved/2024-05-03/budget.html",  # the day the page was saved
        "/archive/2024-05-03/budget.html",  # a bare path
    ],
)
def test_what_is_no_day_of_the_address(url: str) -> None:
    assert address_date(url) is None
    assert _published(_page(), url) == (None, None)


def test_a_date_the_page_states_beats_the_address() -> None:
    url = "https://news.example.org/2024/05/03/council-passes-budget/"
    shown = "<p class='d4'>Published 4 May 2024, 09:30 BST</p>"
    assert _published(_page(shown), url) == ("2024-05-04T09:30:00+01:00", "dateline")
    head = '<meta property="article:published_time" content="2024-05-02T18:00:00+02:00">'
    assert _published(_page(head=head), url) == ("2024-05-02T18:00:00+02:00", "meta")


def test_the_declared_canonical_address_is_read_before_the_fetched_one() -> None:
    head = '<link rel="canonical" href="https://news.example.org/2024/05/03/council-passes-budget/">'
    assert _published(_page(head=head), "https://news.example.org/amp/story/1") == ("2024-05-03", "address")


def test_a_bare_day_is_no_timestamp_of_the_record() -> None:
    article = extract_article(_page(), "https://news.example.org/2024/05/03/council-passes-budget/")
    assert (article.date_published, article.date_published_raw) == (None, "2024-05-03")
