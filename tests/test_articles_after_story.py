"""A further story appended as an ``<article>`` after a story that stands in none
(``body/stories.py``: ``_articles_after_text``).

An endless page appends the next story below the one its address names; when the named
headline's story is written in plain blocks, not an ``<article>``, and the next one comes as an
``<article>`` with its own heading and paragraphs (its headline left out or set as an ``<h2>``),
that article is another story: it never joins the record. But when the story's text itself
comes in an ``<article>`` set under the headline (a dek above it at most), that article is the
story's body and stays. A page that states its name in no ``<h1>`` or ``<h2>`` but in a lower
heading over its plain blocks (an ``<h4>``) names its story by that heading; a lower heading
saying only the first words of the name (a tag) names nothing. An ``<article>`` headed by an
``<h1>`` of its own after such a story is another story whatever it holds, a results table or a
run of short lines too: trafilatura reads from the first ``<article>``, and would read it instead.

Pages are written for the test, in English, German and French.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit


class Case(NamedTuple):
    lang: str
    headline: str
    story: list[str]
    dek: str
    other_title: str
    other: list[str]


CASES = [
    Case(
        "en",
        "Council approves the new river bridge",
        [
            "The city council approved the plans for the new bridge across the river on Tuesday evening.",
            "Engineers said that construction could begin next spring if the regional funding arrives.",
            "Residents who opposed the design said they would keep pressing for a quieter route.",
        ],
        "A long debate ends with a clear vote for the bridge.",
        "Museum reopens after two years",
        [
            "The town museum opened its doors again on Saturday after two years of repairs to its roof.",
            "Visitors queued in the rain to see the restored collection of old maps and river charts.",
        ],
    ),
    Case(
        "de",
        "Stadtrat stimmt für die neue Brücke",
        [
            "Der Stadtrat hat am Dienstagabend den Plänen für die neue Brücke über den Fluss zugestimmt.",
            "Die Ingenieure sagten, der Bau könne im nächsten Frühjahr beginnen, wenn das Geld kommt.",
            "Anwohner, die gegen den Entwurf waren, wollen sich weiter für eine ruhigere Route einsetzen.",
        ],
        "Eine lange Debatte endet mit einer klaren Mehrheit für die Brücke.",
        "Museum öffnet nach zwei Jahren wieder",
        [
            "Das Stadtmuseum hat am Samstag nach zwei Jahren Reparaturen am Dach wieder geöffnet.",
            "Die Besucher standen im Regen an, um die restaurierte Sammlung alter Karten zu sehen.",
        ],
    ),
    Case(
        "fr",
        "Le conseil approuve le nouveau pont",
        [
            "Le conseil municipal a approuvé mardi soir les plans du nouveau pont sur la rivière.",
            "Les ingénieurs ont dit que les travaux pourraient commencer au printemps si les fonds arrivent.",
            "Les habitants opposés au projet disent qu'ils continueront à demander un tracé plus calme.",
        ],
        "Un long débat se termine par un vote clair en faveur du pont.",
        "Le musée rouvre après deux ans",
        [
            "Le musée de la ville a rouvert ses portes samedi après deux ans de travaux sur sa toiture.",
            "Les visiteurs ont fait la queue sous la pluie pour voir la collection de cartes anciennes.",
        ],
    ),
]

URL = "https://example.org/news/2024/05/bridge-123.html"


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _page(case: Case, story: str, other: str) -> str:
    return (
        f"<html lang='{case.lang}'><head><title>{case.headline}</title></head><body>"
        f"<div class='k1'><div class='k2'><h1>{case.headline}</h1>{story}</div>{other}</div>"
        "</body></html>"
    )


def _other(case: Case) -> str:
    return f"<article class='k5'><h2>{case.other_title}</h2>{_paragraphs(case.other)}</article>"


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_an_article_after_a_story_in_plain_blocks_is_another_story(case: Case) -> None:
    page = _page(case, f"<div class='k3'>{_paragraphs(case.story)}</div>", _other(case))
    text = extract_article(page, URL).text
    assert all(paragraph in text for paragraph in case.story)
    assert not any(paragraph in text for paragraph in case.other)
    assert case.other_title not in text


def _table(case: Case) -> str:
    rows = "".join(
        f"<tr><td>{rank}.</td><td>{word} {rank}</td><td>{50 + rank},{rank}0</td></tr>"
        for rank, word in enumerate(case.other_title.split(), 1)
    )
    return f"<table>{rows}</table>"


@pytest.mark.parametrize("holds", ["table", "lines"])
@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_an_article_headed_by_its_own_h1_after_the_story_is_another_story_whatever_it_holds(
    case: Case, holds: str
) -> None:
    """No paragraph of a story's length in it (a results table, short lines): still another
    story, the ``<h1>`` of its own says so."""
    lines = "".join(f"<p>{word}</p>" for word in case.other[0].split()[:6])
    inner = _table(case) if holds == "table" else lines
    other = f"<article class='k5'><h1>{case.other_title}</h1>{inner}</article>"
    page = _page(case, f"<div class='k3'>{_paragraphs(case.story)}</div>", other)
    article = extract_article(page, URL)
    assert [paragraph for section in article.sections for paragraph in section.paragraphs] == case.story
    assert case.other_title not in article.text
    assert article.headline == case.headline


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_an_article_under_the_headline_and_its_dek_is_the_storys_body(case: Case) -> None:
    body = f"<p class='k4'>{case.dek}</p><article class='k3'>{_paragraphs(case.story)}</article>"
    text = extract_article(_page(case, body, ""), URL).text
    assert all(paragraph in text for paragraph in case.story)


@pytest.mark.parametrize("level", ["h3", "h4", "h5"])
@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_a_headline_set_as_a_lower_heading_names_the_story(case: Case, level: str) -> None:
    """No ``<h1>`` or ``<h2>`` states the page's name, a lower heading over the story's plain
    blocks does: the ``<article>`` appended after them is another story."""
    story = f"<{level}>{case.headline}</{level}><div class='k3'>{_paragraphs(case.story)}</div>"
    page = (
        f"<html lang='{case.lang}'><head><title>{case.headline}</title></head><body>"
        f"<div class='k1'><div class='k2'>{story}</div>{_other(case)}</div></body></html>"
    )
    text = extract_article(page, URL).text
    assert all(paragraph in text for paragraph in case.story)
    assert not any(paragraph in text for paragraph in case.other)


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_a_tag_that_starts_the_name_names_no_story(case: Case) -> None:
    """A lower heading that says only the first words of the page's name (a place's or a topic's
    tag in the masthead) names nothing: the story's ``<article>`` under an ``<h1>`` worded
    otherwise stays."""
    words = case.headline.split()
    first = next(" ".join(words[:n]) for n in range(1, len(words)) if len(" ".join(words[:n])) >= 12)
    story = [f"{p} {case.story[(i + 1) % len(case.story)]}" for i, p in enumerate(case.story)]
    page = (
        f"<html lang='{case.lang}'><head><title>{case.headline}</title></head><body>"
        f"<div class='k0'><a href='/'>Example News</a><h4>{first}</h4></div>"
        f"<article class='k1'><header><h1>{case.other_title}</h1>"
        "<p class='k6'>Jane Doe <time datetime='2024-05-03T10:00'>3.5.2024</time></p></header>"
        f"<div class='k3'>{_paragraphs(story)}</div></article></body></html>"
    )
    text = extract_article(page, URL).text
    assert all(paragraph in text for paragraph in story)


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_a_short_story_read_again_from_the_plain_page_leaves_the_other_story_out(case: Case) -> None:
    """The named story is short, so the plain page is read again (the pruning may have cut what
    trafilatura scores the story by); the other story's sub-headed paragraphs stay out of that
    reading too, though its text runs each heading into the paragraph under it."""
    long = [f"{paragraph} {case.other[(i + 1) % 2]} {paragraph}" for i, paragraph in enumerate(case.other)]
    parts = "".join(f"<h3>{n}. {case.other_title}</h3><p>{long[n % 2]} ({n})</p>" for n in range(8))
    other = f"<article class='k5'><h1>{case.other_title}</h1>{parts}</article>"
    page = _page(case, f"<div class='k3'>{_paragraphs(case.story[:2])}</div>", other)
    article = extract_article(page, URL)
    assert [paragraph for section in article.sections for paragraph in section.paragraphs] == case.story[:2]


def _unnamed_page(case: Case, before: str, article: str) -> str:
    """A page whose name (its site's, in <title>) names none of its headings."""
    return (
        f"<html lang='{case.lang}'><head><title>Example News</title></head><body>"
        f"<div class='k1'>{before}{article}</div></body></html>"
    )


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_after_a_story_in_no_article_an_unnamed_page_s_first_article_is_another_story(case: Case) -> None:
    """No heading states the page's name: the story's text in plain blocks comes first, the
    ``<article>`` headed by an ``<h1>`` of its own below it is the next story (trafilatura
    would start from it)."""
    before = f"<div class='k2'><h2>{case.headline}</h2><div class='k3'>{_paragraphs(case.story)}</div></div>"
    other = f"<article class='k5'><h1>{case.other_title}</h1>{_paragraphs(case.other)}</article>"
    text = extract_article(_unnamed_page(case, before, other), URL).text
    assert all(paragraph in text for paragraph in case.story)
    assert not any(paragraph in text for paragraph in case.other)


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_an_unnamed_page_s_article_under_a_dek_is_its_story(case: Case) -> None:
    """Only a standfirst before it, no story's text: the ``<article>`` is the page's story."""
    before = f"<p class='k4'>{case.dek}</p>"
    story = f"<article class='k5'><h1>{case.headline}</h1>{_paragraphs(case.story)}</article>"
    text = extract_article(_unnamed_page(case, before, story), URL).text
    assert all(paragraph in text for paragraph in case.story)
