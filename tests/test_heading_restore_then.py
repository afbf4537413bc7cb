"""A heading's text as the page shows it, and where a heading trafilatura dropped goes back
(``body/headings.py``: ``page_headings``, ``restore_headings``).

- An icon drawn inline as SVG inside a heading carries a ``<title>`` for screen readers; no
  browser shows it, and trafilatura's copy of the body leaves every SVG out. The heading's text
  is read without it ("Hinweis", not "Information Hinweis").
- A dropped heading goes before the paragraph it heads. When the body holds no free copy of
  that paragraph (trafilatura dropped it, or kept only a copy an earlier heading stands over: a
  paragraph the page shows twice, as the dek and again in the story), it goes before the
  paragraph after it, when that one is near the heading too and no other heading comes first.

Each page is written for the test, built of divs with opaque class names, in several languages.
"""

from __future__ import annotations

import pytest

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.headings import PageHeading, heading_key, page_headings, restore_headings
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

# (language, the icon's label, the heading's shown text, three paragraphs of the story)
CASES = [
    (
        "en",
        "Information",
        "What happens next",
        [
            "The council will vote on the plan next month, after two public hearings in the old town hall.",
            "Traders say they were not asked before the first "
            "draft was written, and want a seat at the table.",
            "The mayor said the city would publish every submission it receives before the final vote.",
        ],
    ),
    (
        "de",
        "Information",
        "Wie es weitergeht",
        [
            "Der Stadtrat stimmt im nächsten Monat über den Plan "
            "ab, nach zwei öffentlichen Anhörungen im Rathaus.",
            "Die Händler sagen, niemand habe sie vor dem ersten Entwurf gefragt, und sie wollen mitreden.",
            "Die Bürgermeisterin sagte, die Stadt werde jede Eingabe "
            "vor der endgültigen Abstimmung veröffentlichen.",
        ],
    ),
    (
        "fr",
        "Info",
        "Et maintenant",
        [
            "Le conseil votera le projet le mois prochain, après "
            "deux audiences publiques à l'ancienne mairie.",
            "Les commerçants disent ne pas avoir été consultés avant "
            "la première version et veulent être entendus.",
            "La maire a dit que la ville publierait chaque contribution reçue avant le vote final.",
        ],
    ),
]
IDS = [case[0] for case in CASES]


def _icon(label: str) -> str:
    return (
        f"<svg class='i1' role='img' viewBox='0 0 24 24'><title>{label}</title>"
        "<path d='M12 2a10 10 0 1 0 0 20'/></svg>"
    )


def _page(lang: str, heading: str, paragraphs: list[str], *, icon: str = "") -> str:
    first, second, third = paragraphs
    return (
        f"<html lang='{lang}'><body><div class='k1'><div class='k2'>"
        f"<p>{third}</p>"
        f"<div class='k3'><h2 class='k4'>{icon}<span class='k5'>{heading}</span></h2></div>"
        f"<p>{first}</p><p>{second}</p>"
        "</div></div></body></html>"
    )


@pytest.mark.parametrize(("lang", "label", "heading", "paragraphs"), CASES, ids=IDS)
def test_icon_label_is_not_heading_text(lang: str, label: str, heading: str, paragraphs: list[str]) -> None:
    page = parse_page(_page(lang, heading, paragraphs, icon=_icon(label)), "https://news.example.org/a/1")
    texts = [found.text for found in page_headings(page)]
    assert texts == [heading]


@pytest.mark.parametrize(("lang", "label", "heading", "paragraphs"), CASES, ids=IDS)
def test_heading_knows_the_paragraph_after_its_first(
    lang: str, label: str, heading: str, paragraphs: list[str]
) -> None:
    page = parse_page(_page(lang, heading, paragraphs), "https://news.example.org/a/1")
    (found,) = page_headings(page)
    assert found.next_paragraph == heading_key(paragraphs[0])
    assert found.then == heading_key(paragraphs[1])


@pytest.mark.parametrize(("lang", "label", "heading", "paragraphs"), CASES, ids=IDS)
def test_no_paragraph_after_another_heading(
    lang: str, label: str, heading: str, paragraphs: list[str]
) -> None:
    first, second, third = paragraphs
    page = parse_page(
        f"<html lang='{lang}'><body><div class='k1'><p>{third}</p><h2>{heading}</h2><p>{first}</p>"
        f"<h2>{label} {heading}</h2><p>{second}</p></div></body></html>",
        "https://news.example.org/a/1",
    )
    found = {found.text: found for found in page_headings(page)}
    assert found[heading].next_paragraph == heading_key(first)
    assert found[heading].then is None  # the next heading heads that one


@pytest.mark.parametrize(("lang", "label", "heading", "paragraphs"), CASES, ids=IDS)
def test_goes_over_the_next_paragraph_when_its_own_is_gone(
    lang: str, label: str, heading: str, paragraphs: list[str]
) -> None:
    first, second, third = paragraphs
    blocks = [Block(text=third), Block(text=second)]  # the body lost the heading's first paragraph
    found = PageHeading(text=heading, next_paragraph=heading_key(first), then=heading_key(second))
    assert restore_headings(blocks, [found]) == [
        Block(text=third),
        Block(text=heading, heading=True),
        blocks[1],
    ]
    # Without the paragraph after it on record, the heading stays out, as before.
    alone = PageHeading(text=heading, next_paragraph=heading_key(first))
    assert restore_headings(blocks, [alone]) == blocks


@pytest.mark.parametrize(("lang", "label", "heading", "paragraphs"), CASES, ids=IDS)
def test_paragraph_shown_twice_keeps_both_headings(
    lang: str, label: str, heading: str, paragraphs: list[str]
) -> None:
    """The page shows the first paragraph twice, under a label over the dek and under the
    heading in the story; the body keeps one copy, which the label takes."""
    first, second, third = paragraphs
    blocks = [Block(text=first), Block(text=third), Block(text=second)]
    found = [
        PageHeading(text=label, next_paragraph=heading_key(first)),
        PageHeading(text=heading, next_paragraph=heading_key(first), then=heading_key(second)),
    ]
    assert restore_headings(blocks, found) == [
        Block(text=label, heading=True),
        blocks[0],
        blocks[1],
        Block(text=heading, heading=True),
        blocks[2],
    ]
