"""Paragraphs written inside one ``<p>``, parted by ``<br><br>`` (older CMSs, blogs, text pasted
in): each part is a paragraph of its own, a bold line among them a line of its own; single
breaks (verse, an address) stay inside their paragraph (``breaks.paragraphs_from_breaks``).
Must-contain / must-not-contain cases in several languages, through the whole extraction."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.breaks import break_parts, paragraphs_from_breaks
from tests.bridge import PROSE, TITLES

pytestmark = pytest.mark.unit

STORIES = {lang: (PROSE[lang][:4], TITLES[lang][0]) for lang in ("en", "de", "tr")}


def _article(lang: str, body: str):  # type: ignore[no-untyped-def]
    page = (
        f"<html lang='{lang}'><head><title>Bridge</title></head><body><div class='q1'>"
        f"<h1>The bridge, {lang}</h1><div class='q2'>{body}</div></div></body></html>"
    )
    return extract_article(page, "https://example.org/news/2024/05/bridge-123.html")


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_paragraphs_parted_by_double_breaks_in_one_p_are_paragraphs(lang: str) -> None:
    prose, _ = STORIES[lang]
    article = _article(lang, "<p>" + "<br><br>\n".join(prose) + "</p>")
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    assert paragraphs == prose


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_bold_line_between_double_breaks_heads_what_follows(lang: str) -> None:
    prose, title = STORIES[lang]
    body = "<p>" + "<br><br>".join([prose[0], prose[1], f"<strong>{title}</strong>", prose[2], prose[3]])
    article = _article(lang, body + "</p>")
    assert [section.heading for section in article.sections] == [None, title]
    assert article.sections[1].paragraphs == prose[2:]
    assert title not in [p for section in article.sections for p in section.paragraphs]


def test_single_breaks_stay_inside_their_paragraph() -> None:
    tree = html.fromstring(
        "<div><p>Roses are red,<br>violets are blue,<br>sugar is sweet<br><br>"
        "and so are you, the old rhyme goes on, sung in every school yard.</p></div>"
    )
    paragraphs_from_breaks(tree)
    assert [html.tostring(p, encoding=str) for p in tree.iter("p")] == [
        "<p>Roses are red,<br>violets are blue,<br>sugar is sweet</p>",
        "<p>and so are you, the old rhyme goes on, sung in every school yard.</p>",
    ]


def test_the_space_between_two_inline_elements_is_kept() -> None:
    tree = html.fromstring(
        "<div><p><a href='/a'>Ruster</a> <a href='/b'>Hügelland</a> wine<br><br>"
        "The gentle slopes of the hills close round the town like an amphitheatre.</p>after</div>"
    )
    paragraphs_from_breaks(tree)
    assert [p.text_content() for p in tree.iter("p")] == [
        "Ruster Hügelland wine",
        "The gentle slopes of the hills close round the town like an amphitheatre.",
    ]
    assert tree.text_content().endswith("amphitheatre.after")


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Only one part<br><br></p>",
        "<p><br><br>Only one part</p>",
        "<p>One line<br>and another</p>",
        "<p>Text<br><img src='x.jpg'><br>more text</p>",
    ],
)
def test_a_p_without_text_on_both_sides_of_a_double_break_is_left_alone(markup: str) -> None:
    tree = html.fromstring(f"<div>{markup}</div>")
    before = html.tostring(tree)
    paragraphs_from_breaks(tree)
    assert html.tostring(tree) == before


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_story_box_of_br_paragraphs_under_a_side_box_class_stays(lang: str) -> None:
    # The box of the story's text has a class that names a side box ("paywall") and one <p>
    # whose paragraphs are parted by <br><br>: as many paragraphs as it will be (more than a
    # small box holds: ``prepare.MAX_CHROME_PARAGRAPHS``), no small box.
    prose, _ = STORIES[lang]
    article = _article(lang, "<div class='story-text paywalled'><p>" + "<br><br>".join(prose) + "</p></div>")
    assert [p for section in article.sections for p in section.paragraphs] == prose


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_small_side_box_of_one_p_still_goes(lang: str) -> None:
    prose, _ = STORIES[lang]
    box = "<div class='newsletter-box'><p>Sign up for our newsletter: the day's news in your inbox.</p></div>"
    body = "".join(f"<p>{p}</p>" for p in prose[:2]) + box + "".join(f"<p>{p}</p>" for p in prose[2:])
    article = _article(lang, body)
    assert [p for section in article.sections for p in section.paragraphs] == prose


@pytest.mark.parametrize(
    ("markup", "parts"),
    [
        ("<p>One.<br><br>Two.<br><br>Three.</p>", 3),
        ("<p>One line,<br>another line.</p>", 1),
        ("<p><span>One.</span><br> <br><em>Two.</em></p>", 2),
        ("<p><br><br>One.<br><br></p>", 1),
        ("<p></p>", 0),
    ],
)
def test_break_parts_counts_the_paragraphs_a_p_will_be(markup: str, parts: int) -> None:
    assert break_parts(html.fragment_fromstring(markup)) == parts
