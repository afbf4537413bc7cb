"""A line its style shows bold (a class of the page's stylesheet, an inline style), or in larger
type than the text after it, with prose after it, is read as a bold paragraph is
(``headings.bold_by_style``): the body's rules for ``<p><strong>…</strong></p>`` judge it.
Class names here are opaque."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract.article import extract_article
from newscrawl.extract.body.headings import bold_by_style, heading_candidates, styled_headings
from tests.test_heading_shapes import PROSE  # the same stories, en/de/fr

pytestmark = pytest.mark.unit

QUESTIONS = {
    "en": ("What do the engineers say?", "Why are residents divided?"),
    "de": ("Was sagen die Ingenieure?", "Warum sind die Anwohner gespalten?"),
    "fr": ("Que disent les ingénieurs ?", "Pourquoi les habitants sont-ils divisés ?"),
}
BOLD = "<style>.k7f2{font-weight:700;margin:1em 0}</style>"
URL = "https://example.org/news/2024/05/bridge-123.html"


def _page(lang: str, body: str, style: str = BOLD) -> str:
    return (
        f"<html lang='{lang}'><head><title>Bridge</title>{style}</head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<main><article><h1>Bridge</h1>{body}</article></main>"
        "<footer><p>© Example Media</p></footer></body></html>"
    )


def _headings(page: str) -> list[str]:
    article = extract_article(page, URL)
    return [section.heading for section in article.sections if section.heading]


def _story(lang: str, line: str, titles: tuple[str, ...]) -> str:
    """Two paragraphs, then each title (set by ``line``, a format string of ``{h}``) over two."""
    prose = PROSE[lang]
    body = f"<p>{prose[0]}</p><p>{prose[1]}</p>"
    for number, title in enumerate(titles):
        body += f"{line.format(h=title)}<p>{prose[2 + 2 * number]}</p><p>{prose[3 + 2 * number]}</p>"
    return body


@pytest.mark.parametrize("lang", list(QUESTIONS))
@pytest.mark.parametrize("line", ["<p class='k7f2'>{h}</p>", "<div class='k7f2'>{h}</div>"])
def test_questions_bold_by_a_class_head_their_sections_as_bold_paragraphs_do(lang: str, line: str) -> None:
    """A bold question over two paragraphs or more heads a section (``<p><strong>`` as well)."""
    titles = QUESTIONS[lang]
    assert _headings(_page(lang, _story(lang, line, titles))) == list(titles)
    strong = _story(lang, "<p><strong>{h}</strong></p>", titles)
    assert _headings(_page(lang, strong, style="")) == list(titles)


@pytest.mark.parametrize("lang", list(QUESTIONS))
def test_an_interview_s_questions_bold_by_a_class_stay_text(lang: str) -> None:
    """Each bold question followed by one answer: an interview, as with ``<p><strong>``."""
    prose, (first, second) = PROSE[lang], QUESTIONS[lang]
    body = f"<p>{prose[0]}</p><p>{prose[1]}</p><p class='k7f2'>{first}</p><p>{prose[2]}</p>"
    body += f"<p class='k7f2'>{second}</p><p>{prose[3]}</p>"
    article = extract_article(_page(lang, body), URL)
    assert [section.heading for section in article.sections if section.heading] == []
    assert first in [paragraph for section in article.sections for paragraph in section.paragraphs]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_sentence_bold_by_a_class_between_paragraphs_is_no_heading(lang: str) -> None:
    prose = PROSE[lang]
    note = {"en": "Follow our coverage below.", "de": "Mehr dazu lesen Sie unten."}[lang]
    body = "".join(f"<p>{text}</p>" for text in prose[:3]) + f"<p class='k7f2'>{note}</p>"
    body += "".join(f"<p>{text}</p>" for text in prose[3:])
    assert _headings(_page(lang, body)) == []


def test_bold_by_style_finds_the_lines_over_prose_styled_headings_left_and_no_bold_markup() -> None:
    prose = "<p>" + PROSE["en"][0] + "</p>"
    tree = html.document_fromstring(
        "<html><head><style>.b{font-weight:bold}.big{font-size:2em}</style></head><body>"
        f"<p class='b'>Why now?</p>{prose}"  # bold by its class: a question
        f"<div style='font-weight:700'>Is it <em>late</em>?</div>{prose}"  # bold inline, inline markup inside
        f"<p class='b'><strong>Already bold</strong></p>{prose}"  # its markup says so already
        f"<p class='big'>Only larger?</p>{prose}"  # not bold, larger than the text after it
        f"<p style='font-size:16px'>Not larger</p>{prose}"
        "<p class='b'>Sign in</p><p class='b'>Subscribe</p>"  # no prose after it: a menu's entries
        f"<div class='b'><p>A block inside</p></div>{prose}"
        f"<p><span class='b'>Within</span> a sentence that goes on.</p>{prose}"
        "</body></html>"
    )
    candidates = heading_candidates(tree)
    found = bold_by_style(candidates, styled_headings(tree, candidates))
    assert [node.text_content() for node in found] == ["Why now?", "Is it late?", "Only larger?"]


@pytest.mark.parametrize("lang", list(QUESTIONS))
def test_questions_in_larger_type_by_a_class_head_their_sections(lang: str) -> None:
    """Larger type than the text sets a line apart as bold does: read as a bold line."""
    titles = QUESTIONS[lang]
    page = _page(
        lang, _story(lang, "<p class='q3'>{h}</p>", titles), style="<style>.q3{font-size:1.3em}</style>"
    )
    assert _headings(page) == list(titles)


@pytest.mark.parametrize(("lang", "word"), [("en", "Background"), ("de", "Hintergrund"), ("fr", "Contexte")])
def test_one_word_in_larger_type_between_paragraphs_heads_its_section(lang: str, word: str) -> None:
    prose = PROSE[lang]
    body = f"<p>{prose[0]}</p><p>{prose[1]}</p><div style='font-size:22px'>{word}</div>"
    body += "".join(f"<p>{text}</p>" for text in prose[2:])
    assert _headings(_page(lang, body, style="")) == [word]


def test_a_line_no_larger_than_the_text_after_it_stays_text() -> None:
    prose = PROSE["en"]
    body = f"<p>{prose[0]}</p><p>{prose[1]}</p><p style='font-size:16px'>Background</p>"
    body += "".join(f"<p style='font-size:16px'>{text}</p>" for text in prose[2:])
    assert _headings(_page("en", body, style="")) == []
