"""A heading that heads nothing (another heading of its rank, or the body's end, right after it)
leaves the record, and ``explain`` names it by the rule ``heads-nothing``: the cleaning never
throws away what trafilatura found without a recorded cause (issue 10's recall guard)."""

from __future__ import annotations

import pytest
from lxml import etree

from newscrawl.explain import explain_page
from newscrawl.extract import extract_article
from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.sections import HEADS_NOTHING, grouped_sections

pytestmark = pytest.mark.unit

PROSE = {
    "en": "The council approved the new budget on Tuesday evening after a debate that lasted for hours.",
    "de": "Der Rat hat am Dienstagabend nach einer stundenlangen Debatte den neuen Haushalt beschlossen.",
    "fr": "Le conseil a adopté mardi soir le nouveau budget après un débat qui a duré des heures.",
}
LONE = {
    "en": "A note on our sources",
    "de": "Ein Hinweis zu unseren Quellen",
    "fr": "Une note sur nos sources",
}


def test_grouped_sections_names_the_headings_left_out() -> None:
    blocks = [
        Block(text="First part", heading=True),
        Block(text="Second part", heading=True),
        Block(text="Text of the second part."),
        Block(text="Closing heading", heading=True),
    ]
    sections, left_out = grouped_sections(blocks)
    assert [(s.heading, s.paragraphs) for s in sections] == [("Second part", ["Text of the second part."])]
    assert [b.text for b in left_out] == ["First part", "Closing heading"]


def test_a_heading_over_a_lower_ranked_one_is_kept() -> None:
    part = Block(text="Part one", heading=True, node=etree.fromstring('<head rend="h2">Part one</head>'))
    sub = Block(text="Chapter", heading=True, node=etree.fromstring('<head rend="h3">Chapter</head>'))
    sections, left_out = grouped_sections([part, sub, Block(text="Text.")])
    assert [s.heading for s in sections] == ["Part one", "Chapter"]
    assert left_out == []


@pytest.mark.parametrize("lang", list(PROSE))
def test_explain_names_a_heading_over_nothing(lang: str) -> None:
    prose = PROSE[lang]
    page = (
        f"<html lang='{lang}'><head><title>Budget</title></head><body><main><article>"
        f"<h1>Budget</h1><p>{prose}</p><p>{prose} 2</p><h2>{LONE[lang]}</h2>"
        f"<h2>Mehr / More / Plus</h2><p>{prose} 3</p><p>{prose} 4</p>"
        "</article></main></body></html>"
    )
    url = "https://example.org/news/2024/05/budget.html"
    article = extract_article(page, url)
    assert LONE[lang] not in (article.text or "")
    assert all(section.heading != LONE[lang] for section in article.sections)
    explanation = explain_page(page.encode(), url)
    assert (HEADS_NOTHING, LONE[lang]) in explanation.dropped
