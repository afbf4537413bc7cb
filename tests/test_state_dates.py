"""Dates of a page that declares none (no JSON-LD, no <meta>, no itemprop, no <time datetime>)
read from what it still carries: the published timestamp of its script state (a framework's
page data, a data layer). Each page is written for the test."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract.meta.metadata import extract_metadata
from newscrawl.extract.meta.state_dates import state_dates
from newscrawl.extract.page import parse_page
from tests.bylinepages import SENTENCES, story

pytestmark = pytest.mark.unit

_HEADLINES = {
    "en": "Council passes next year's budget",
    "de": "Der Haushalt ist beschlossen",
    "fr": "Le budget est adopté",
    "es": "El presupuesto, aprobado",
    "nl": "De begroting is goedgekeurd",
}


def _page(lang: str, shown: str, scripts: str = "", head: str = "") -> str:
    return (
        f'<html lang="{lang}"><head>{head}{scripts}</head><body><div class="q2">'
        f"<h1>{_HEADLINES[lang[:2]]}</h1><div class='d4'>{shown}</div>{story(SENTENCES[lang[:2]])}"
        "</div></body></html>"
    )


def _published(doc: str, url: str = "https://news.example.org/story/1") -> tuple[str | None, str | None]:
    meta = extract_metadata(parse_page(doc, url))
    return meta.date_published, meta.provenance.get("date_published")


# ------------------------------------------------------------------------- script state

# (language, the day the page shows, its script state, expected date_published)
STATE_PAGES = [
    (
        "de",
        "30.01.2024",
        '<script>window.__APOLLO__={"content":{"firstPublicationDate":"2024-01-30T14:13:12.269Z",'
        '"lastPublicationDate":"2024-01-30T16:00:00.000Z"}}</script>',
        "2024-01-30T14:13:12+00:00",
    ),
    (
        "en",
        "3 November 2025",
        '<script id="__NEXT_DATA__" type="application/json">{"props":{"article":'
        '{"title":"x","publishedAt":1762128000,"updatedAt":1762200000}}}</script>',
        "2025-11-03T00:00:00+00:00",
    ),
    (
        "en",
        "Published Aug 28, 2024 • Last updated 1 hour ago",
        '<script>window.Postmedia={"article":{"date":{"mod":"2024-08-28T10:01:24.097485+00:00",'
        '"pub":"2024-08-28T10:00:23+00:00","pub_timestamp":1724839223}}}</script>',
        "2024-08-28T10:00:23+00:00",
    ),
    (
        "fr",
        "29 novembre 2024",
        "<script>var dataLayer = {\n\t\t\tpubdate: '2024-11-29T11:31:54+01:00',"
        "\n\t\t\tsection: 'monde'}</script>",
        "2024-11-29T11:31:54+01:00",
    ),
    (
        "es",
        "25/10/2025",
        '<script>window.utag_data={"page_type":"article","date_published":"2025-10-25T12:10:35"}</script>',
        "2025-10-25T12:10:35+02:00",
    ),
    (
        "nl",
        "02/02/2025",
        '<script>window.__STATE__={"related":[{"publishedAt":"2025-02-01T08:00:00Z"}],'
        '"article":{"datePublished":"2025-02-02T19:07:46Z"}}</script>',
        "2025-02-02T19:07:46+00:00",
    ),
    (
        "en",
        "6 January 2026",
        # streamed page data: the state is a JSON string inside the script, its quotes escaped
        '<script>self.__next_f.push([1,"{\\"headline\\":\\"x\\",'
        '\\"datePublished\\":\\"2026-01-06T08:39:42Z\\"}"])</script>',
        "2026-01-06T08:39:42+00:00",
    ),
]


@pytest.mark.parametrize(("lang", "shown", "scripts", "expected"), STATE_PAGES)
def test_the_script_states_published_timestamp_is_the_date(
    lang: str, shown: str, scripts: str, expected: str
) -> None:
    assert _published(_page(lang, shown, scripts)) == (expected, "script-state")


def test_without_the_state_only_the_day_is_shown() -> None:
    meta = extract_metadata(parse_page(_page("de", "30.01.2024"), "https://news.example.org/story/1"))
    assert meta.date_published == "2024-01-30"  # (the article's date_published: None)


def test_a_key_naming_the_first_publication_beats_an_earlier_published_key() -> None:
    tree = html.fromstring(
        "<html><head><script>var s={'teasers':[{'published_at':'2024-05-01T10:00:00Z'}]};</script>"
        "<script>var a={'first_published_at':'2024-05-02T09:30:00+01:00'};</script></head></html>"
    )
    assert [d.iso() for d in state_dates(tree.iter("script"))] == [
        "2024-05-02T09:30:00+01:00",
        "2024-05-01T10:00:00+00:00",
    ]


@pytest.mark.parametrize(
    "script",
    [
        '<script>var a={"updatedAt":"2024-05-02T09:30:00Z","lastModified":"2024-05-02T09:30:00Z"}</script>',
        '<script>var a={"publishedAt":"2024-05-02"}</script>',  # a day: no timestamp
        '<script>var a={"publisher":"2024-05-02T09:30:00Z"}</script>',  # not a date's key
        '<script>var a={"publishedAt":"2024-05-02T09:30:00Z-x"}</script>',  # not a whole value
        '<script type="text/template">{"publishedAt":"2024-05-02T09:30:00Z"}</script>',
        '<script src="/a.js">{"publishedAt":"2024-05-02T09:30:00Z"}</script>',
    ],
)
def test_what_is_no_published_timestamp_of_the_state(script: str) -> None:
    assert state_dates(html.fromstring(f"<html><head>{script}</head></html>").iter("script")) == []


def test_a_declared_date_beats_the_state() -> None:
    head = '<meta property="article:published_time" content="2024-01-30T09:00:00+01:00">'
    scripts = '<script>var a={"firstPublicationDate":"2024-01-30T14:13:12Z"}</script>'
    assert _published(_page("de", "30.01.2024", scripts, head)) == ("2024-01-30T09:00:00+01:00", "meta")


def test_a_huge_state_is_read_up_to_its_key_budget() -> None:
    filler = ",".join(f'"publisher{i}":"x"' for i in range(2500))
    tree = html.fromstring(
        f'<html><head><script>var a={{{filler},"publishedAt":"2024-05-02T09:30:00Z"}}</script></head></html>'
    )
    assert state_dates(tree.iter("script")) == []
