"""A byline above the story's text whose class names tell nothing: a short line, no sentence,
that holds the name of an author the page declares, run together with the writer's role, desk,
a handle or a date ("Tom Krisher, AP Auto Writer", "Daniel GroßertRedakteur", "News reporter
@TomGillespie1") is dropped (rule ``byline``); the story's lines that name the author, or a
short line naming someone else, stay. Each page is written for the test, its classes opaque."""

from __future__ import annotations

import json

import pytest

from newscrawl.extract import extract_article
from tests.bylinepages import SENTENCES, story

pytestmark = pytest.mark.unit

TITLE = {
    "en": "The budget is approved",
    "de": "Der Haushalt ist beschlossen",
    "nl": "De begroting is goedgekeurd",
    "es": "El presupuesto está aprobado",
    "tr": "Bütçe onaylandı",
}


def page(lang: str, author: str, line: str, after: str = "") -> str:
    """A page declaring ``author`` in JSON-LD, ``line`` a paragraph above the story."""
    declared = json.dumps(
        {"@type": "NewsArticle", "headline": TITLE[lang], "author": {"@type": "Person", "name": author}}
    )
    return (
        f"<html lang='{lang}'><head><title>{TITLE[lang]}</title>"
        f"<script type='application/ld+json'>{declared}</script></head><body>"
        f"<div class='c1a2'><h1>{TITLE[lang]}</h1><p class='c9f0'>{line}</p>"
        f"{story(SENTENCES[lang])}{after}</div></body></html>"
    )


DROPPED = [
    ("en", "Tom Krisher", "Tom Krisher, AP Auto Writer"),
    ("en", "Meg Kinnard", "Meg Kinnard and Errin Haines, Associated Press"),
    ("en", "Tom Gillespie", "News reporter @TomGillespie1"),
    ("en", "Bill Hoppe", "Bill Hoppe| Special to the Pioneer Press"),
    ("de", "Daniel Großert", "Daniel GroßertRedakteur"),
    ("nl", "Jan de Vries", "Jan de VriesRedacteur politiek"),
    ("es", "Juan Pérez", "Juan PérezCorresponsal en Madrid"),
    ("tr", "Ayşe Yılmaz", "Ayşe Yılmaz | Ankara Muhabiri"),
]


@pytest.mark.parametrize(("lang", "author", "line"), DROPPED)
def test_a_line_holding_the_authors_name_above_the_text_is_the_byline(
    lang: str, author: str, line: str
) -> None:
    article = extract_article(page(lang, author, line), "https://news.example.org/story/1")
    assert article.authors == [author]
    assert line not in article.text
    assert SENTENCES[lang] in article.text


KEPT = [
    # a short line naming someone else (a kicker, a place) is not the byline
    ("en", "Tom Krisher", "Interview with Jane Porter, mayor"),
    ("de", "Daniel Großert", "Ein Gespräch mit Anna Berger"),
    # a sentence naming the author is the story's
    ("en", "Tom Krisher", "Tom Krisher spent a week with the council before the vote."),
    ("es", "Juan Pérez", "Juan Pérez lo cuenta desde Madrid."),
]


@pytest.mark.parametrize(("lang", "author", "line"), KEPT)
def test_a_line_that_is_no_byline_stays(lang: str, author: str, line: str) -> None:
    article = extract_article(page(lang, author, line), "https://news.example.org/story/1")
    assert line in article.text


def test_the_authors_name_in_the_text_after_it_begins_stays() -> None:
    tail = "<p class='z3'>Tom Krisher, Detroit</p>"
    article = extract_article(page("en", "Tom Krisher", "", after=tail), "https://news.example.org/story/1")
    assert "Tom Krisher, Detroit" in article.text


def test_a_one_word_author_is_not_looked_for() -> None:
    line = "Vortex Cannon season three"
    article = extract_article(page("en", "Vortex", line), "https://news.example.org/story/1")
    assert line in article.text
