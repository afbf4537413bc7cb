"""Sub-headings written as ``<p>``s of a class that nothing on the page styles (its rule in an
external stylesheet): a class kept for short lines between paragraphs of prose, twice at least,
that no paragraph of prose shares (``headings._class_apart``). Must-contain / must-not-contain
cases in several languages, through the whole extraction."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.headings import styled_headings
from tests.bridge import PROSE, TITLES

pytestmark = pytest.mark.unit


@dataclass(frozen=True)
class Case:
    lang: str
    prose: list[str]
    titles: list[str]


CASES = [Case(lang, PROSE[lang], TITLES[lang]) for lang in ("en", "de", "es")]


def _article(lang: str, body: str):  # type: ignore[no-untyped-def]
    page = (
        f"<html lang='{lang}'><head><link rel='stylesheet' href='/site.css'><title>Bridge</title></head>"
        f"<body><div class='q1'><h1>The bridge, {lang}</h1><div class='q2'>{body}</div></div></body></html>"
    )
    return extract_article(page, "https://example.org/news/2024/05/bridge-123.html")


def _p(text: str, cls: str = "q7") -> str:
    return f"<p class='{cls}'>{text}</p>"


def _titled(case: Case, first: str = "q7") -> str:
    """The story's four paragraphs (the first of class ``first``) with its two titles, of
    class ``q9``, before the third and the fourth."""
    parts = [_p(case.prose[0], first), _p(case.prose[1])]
    for title, paragraph in zip(case.titles, case.prose[2:4], strict=True):
        parts += [_p(title, "q9"), _p(paragraph)]
    return "".join(parts)


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_a_class_kept_for_lines_between_prose_heads_sections(case: Case) -> None:
    article = _article(case.lang, _titled(case))
    assert [section.heading for section in article.sections] == [None, *case.titles]
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    assert paragraphs == case.prose[:4]  # every paragraph kept, no heading among them


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_one_such_line_is_no_heading(case: Case) -> None:
    # One short line of its own class could be anything (a note, a label): it stays text.
    body = _p(case.prose[0]) + _p(case.prose[1]) + _p(case.titles[0], "q9") + _p(case.prose[2])
    article = _article(case.lang, body)
    assert [section.heading for section in article.sections] == [None]
    assert case.titles[0] in article.text


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_a_class_that_a_paragraph_of_prose_shares_heads_nothing(case: Case) -> None:
    # The short lines share their class with a paragraph of the story: they are short
    # paragraphs, not a class kept for sub-headings.
    article = _article(case.lang, _titled(case, first="q9"))
    assert [section.heading for section in article.sections] == [None]
    assert all(title in article.text for title in case.titles)


def test_links_and_sentences_between_paragraphs_head_nothing() -> None:
    prose = CASES[0].prose
    teaser = "<p class='q9'>Read more: <a href='/news/other-story'>Bridge plans unveiled</a></p>"
    body = (
        _p(prose[0])
        + teaser
        + _p(prose[1])
        + teaser.replace("other-story", "third-story")
        + _p(prose[2])
        + _p("It was the third meeting this year.", "q8")
        + _p(prose[3])
        + _p("No one asked the traders.", "q8")
        + _p(prose[0])
    )
    tree = html.fromstring(f"<html><body><div>{body}</div></body></html>")
    assert styled_headings(tree) == []


def test_the_lines_must_stand_between_prose() -> None:
    prose = CASES[0].prose
    # Labels over a list and a box (no prose on both sides) are no sub-headings.
    body = (
        _p("Key facts", "q9")
        + "<ul><li>Length: 300 m</li><li>Cost: 40m</li></ul>"
        + _p(prose[0])
        + _p("Related", "q9")
        + "<div><a href='/a'>One</a> <a href='/b'>Two</a></div>"
    )
    tree = html.fromstring(f"<html><body><div>{body}</div></body></html>")
    assert styled_headings(tree) == []


QUESTIONS = {
    "en": ["Where will the bridge stand?", "Who pays for it?"],
    "de": ["Wo soll die Brücke stehen?", "Wer bezahlt sie?"],
    "es": ["¿Dónde estará el puente?", "¿Quién lo paga?"],
}


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_questions_of_such_a_class_over_two_paragraphs_each_head_sections(case: Case) -> None:
    first, second = QUESTIONS[case.lang]
    questions = {1: first, 3: second}  # before the second paragraph and the fourth
    body = "".join(
        (_p(questions[i], "q9") if i in questions else "") + _p(text) for i, text in enumerate(case.prose)
    )
    article = _article(case.lang, body)
    assert [section.heading for section in article.sections] == [None, first, second]


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_an_interviews_questions_of_such_a_class_stay_text(case: Case) -> None:
    # Each question followed by its one answer: an interview, whose questions are text.
    first, second = QUESTIONS[case.lang]
    asked = [first, second, first.replace("?", " now?")]  # one before each answer
    body = _p(case.prose[0]) + "".join(
        _p(q, "q9") + _p(a) for q, a in zip(asked, case.prose[1:4], strict=True)
    )
    article = _article(case.lang, body)
    assert [section.heading for section in article.sections] == [None]
    assert first in article.text and second in article.text
