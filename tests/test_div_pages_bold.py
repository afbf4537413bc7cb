"""A page written in ``<div>``s, with bold divs among them (``body/prepare.py``: ``_DIVS_READ_BELOW``).

trafilatura reads a page's text divs as paragraphs only while the page's ``<p>``s hold little
text. The prepared copy writes a div of one bold element (a sub-heading, an interview's
question, a bold lead) as ``<p><strong>``; on a page written in divs, that alone must not
push the page past trafilatura's line, or every answer and paragraph in a plain div beside
those bold lines is lost. Such a page's bold divs stay divs: all its text is read, the bold
lines still bold.

Each page is written for the test (an interview with ten bold questions), in several languages.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from trafilatura import bare_extraction

from newscrawl.extract import extract_article
from newscrawl.extract.body.prepare import prepared_tree
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import NO_RULES

pytestmark = pytest.mark.unit


class Case(NamedTuple):
    lang: str
    title: str
    lead: str
    questions: list[str]
    answers: list[str]


def _ten(template: str, count: int = 10) -> list[str]:
    return [template.format(n=n) for n in range(1, count + 1)]


CASES = [
    Case(
        "en",
        "Ten questions for the harbour master",
        "For thirty years she has watched every ship that comes into the old harbour, in storms and "
        "in calm weather, and she has kept a diary of each of them since her very first day on the job.",
        _ten("Question {n}: what did you learn about the sea, the ships and their crews in that year?"),
        _ten(
            "Answer {n}. I learned that every crew arrives tired and hungry, and that a kind word at "
            "the quay matters more to them than any rule we write down in the office."
        ),
    ),
    Case(
        "de",
        "Zehn Fragen an die Hafenmeisterin",
        "Seit dreißig Jahren beobachtet sie jedes Schiff, das in den alten Hafen einläuft, bei Sturm "
        "und bei Flaute, und sie führt seit ihrem ersten Arbeitstag ein Tagebuch über jedes davon.",
        _ten("Frage {n}: Was haben Sie in diesem Jahr über das Meer und die Schiffe gelernt?"),
        _ten(
            "Antwort {n}. Ich habe gelernt, dass jede Besatzung müde und hungrig ankommt und dass ein "
            "freundliches Wort am Kai mehr bedeutet als jede Regel, die wir im Büro aufschreiben."
        ),
    ),
    Case(
        "es",
        "Diez preguntas a la capitana del puerto",
        "Desde hace treinta años observa cada barco que entra en el viejo puerto, con tormenta y con "
        "calma, y desde su primer día de trabajo lleva un diario de cada uno de ellos.",
        _ten("Pregunta {n}: ¿qué aprendió usted ese año sobre el mar, los barcos y sus tripulaciones?"),
        _ten(
            "Respuesta {n}. Aprendí que cada tripulación llega cansada y hambrienta, y que una palabra "
            "amable en el muelle vale más que cualquier norma que escribimos en la oficina."
        ),
    ),
]


def _page(case: Case, *, paragraphs: bool = False) -> str:
    tag = "p" if paragraphs else "div"
    body = f"<div><strong>{case.lead}</strong></div>"
    for question, answer in zip(case.questions, case.answers, strict=True):
        body += f"<div><strong>{question}</strong></div><{tag}>{answer}</{tag}>"
    return (
        f'<html lang="{case.lang}"><head><title>{case.title}</title></head><body>'
        '<div class="top"><a href="/">Home</a> <a href="/news">News</a></div>'
        f'<div class="main"><h1>{case.title}</h1><div class="story">{body}</div></div>'
        '<div class="bottom"><a href="/about">About</a> <a href="/contact">Contact</a></div>'
        "</body></html>"
    )


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_answers_in_divs_are_kept_beside_bold_questions(case: Case) -> None:
    article = extract_article(_page(case), f"https://example.{case.lang}/interview")
    text = article.text or ""
    for answer in case.answers:
        assert answer in text
    for question in case.questions:
        assert question in text  # a bold line is not dropped either


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_trafilatura_reads_every_div_of_the_prepared_copy(case: Case) -> None:
    # trafilatura's own extractor alone (its fallbacks may rescue the text on one page and not
    # on the next): the prepared copy must not have stopped it reading the page's text divs.
    page = parse_page(_page(case), f"https://example.{case.lang}/interview")
    document = bare_extraction(prepared_tree(page, NO_RULES), output_format="xml", fast=True)
    assert document is not None and document.body is not None
    text = " ".join(document.body.itertext())
    for answer in case.answers:
        assert answer in text


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_answers_in_paragraphs_are_kept_as_before(case: Case) -> None:
    article = extract_article(_page(case, paragraphs=True), f"https://example.{case.lang}/interview")
    text = article.text or ""
    for answer in case.answers:
        assert answer in text
    for question in case.questions:
        assert question in text
