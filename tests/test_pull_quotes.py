"""Pull quotes: a line of the story said again, set large between its paragraphs (a
``<blockquote>``, an aside, a styled box), is no paragraph of its own: the story has it once
(``cleaning._pull_quotes``, rule ``pull-quote``). A quote that says something the text does not
stays. Must-contain / must-not-contain cases in several languages, through the whole
extraction."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from tests.bridge import PROSE

pytestmark = pytest.mark.unit

URL = "https://example.org/news/2024/05/bridge-123.html"

STORIES = {lang: PROSE[lang] for lang in ("en", "de", "fr")}


# A second sentence for each paragraph. (The story stands in an <article>: trafilatura's main
# pass reads it; a page it finds no content element in goes to its recovery of loose text,
# which drops a repeated line itself.)
MORE = {
    "en": [
        "Around forty people came to the town hall, more than at any meeting this year.",
        "They said the old bridge would need repairs costing almost as much as a new one.",
        "A petition against the plans has been signed by more than two thousand people so far.",
        "Until then, the plans will be shown in the library and on the council's website.",
        "The state has not yet said how much it is willing to pay towards the project.",
    ],
    "de": [
        "Rund vierzig Menschen kamen ins Rathaus, mehr als zu jeder anderen Sitzung in diesem Jahr.",
        "Die alte Brücke müsse sonst für fast so viel Geld saniert werden wie ein Neubau koste.",
        "Gegen die Pläne haben bisher mehr als zweitausend Menschen unterschrieben.",
        "Bis dahin sollen die Pläne in der Stadtbibliothek und im Internet zu sehen sein.",
        "Wie viel das Land zu dem Vorhaben beitragen will, ist noch nicht bekannt.",
    ],
    "fr": [
        "Une quarantaine de personnes sont venues à la mairie, plus qu'à toute autre séance cette année.",
        "Sinon, l'ancien pont devrait être réparé pour presque le prix d'un pont neuf.",
        "Une pétition contre le projet a déjà recueilli plus de deux mille signatures.",
        "D'ici là, les plans seront présentés à la bibliothèque et sur le site de la ville.",
        "L'État n'a pas encore dit combien il était prêt à payer pour le projet.",
    ],
}


def _story(lang: str) -> list[str]:
    return [f"{first} {second}" for first, second in zip(STORIES[lang], MORE[lang], strict=True)]


def _article(lang: str, box: str):  # type: ignore[no-untyped-def]
    return _page(lang, _story(lang), box)


def _page(lang: str, prose: list[str], box: str):  # type: ignore[no-untyped-def]
    """The story's paragraphs in an <article>, ``box`` after the third."""
    body = "".join(f"<p>{p}</p>" for p in prose[:3]) + box + "".join(f"<p>{p}</p>" for p in prose[3:])
    page = (
        f"<html lang='{lang}'><head><title>Bridge</title></head><body><div class='q1'>"
        f"<article><h1>The bridge, {lang}</h1><div class='q2'>{body}</div></article></div></body></html>"
    )
    return extract_article(page, URL)


def _paragraphs(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [p for section in article.sections for p in section.paragraphs]


def _first_sentence(text: str) -> str:
    return text.split(". ", maxsplit=1)[0] + "."


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize(
    "box",
    [
        "<blockquote class='q5'><p>{}</p></blockquote>",
        "<aside class='q6'><p>“{}”</p></aside>",
        "<div class='q7' style='font-size:1.6em'>{}</div>",
    ],
)
def test_a_line_of_the_story_said_again_between_its_paragraphs_is_no_paragraph(lang: str, box: str) -> None:
    prose = _story(lang)
    article = _article(lang, box.format(_first_sentence(prose[1])))
    assert _paragraphs(article) == prose


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_quote_that_says_something_new_stays(lang: str) -> None:
    quote = {
        "en": "We will not let the old town drown in traffic, whatever the engineers say.",
        "de": "Wir lassen die Altstadt nicht im Verkehr ertrinken, was immer die Ingenieure sagen.",
        "fr": "Nous ne laisserons pas la vieille ville se noyer dans le trafic, quoi qu'on en dise.",
    }[lang]
    article = _article(lang, f"<blockquote><p>{quote}</p></blockquote>")
    assert _paragraphs(article) == [*_story(lang)[:3], quote, *_story(lang)[3:]]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_short_line_said_again_is_too_short_to_tell_and_stays(lang: str) -> None:
    prose = _story(lang)
    short = prose[0].split()[:3]
    article = _article(lang, f"<p>{' '.join(short)}</p>")
    assert " ".join(short) in _paragraphs(article)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_bold_sub_heading_quoting_the_paragraph_it_heads_stays_a_sub_heading(lang: str) -> None:
    prose = _story(lang)
    quoted = "“" + " ".join(prose[3].split()[1:10]).rstrip(",") + "”"  # words of the paragraph it heads
    assert len(quoted) > 40
    article = _article(lang, f"<p><strong>{quoted}</strong></p>")
    assert [section.heading for section in article.sections] == [None, quoted]
    assert _paragraphs(article) == prose


# A short sentence (MIN_SENTENCE_QUOTE_CHARS to MIN_PULL_QUOTE_CHARS long) opening a paragraph.
SHORT = {
    "en": "It looked laudable to many.",
    "de": "Das sah lobenswert aus.",
    "fr": "Cela semblait louable.",
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_short_line_inside_a_sentence_of_the_story_stays(lang: str) -> None:
    # The words end a sentence of the paragraph but do not start one: a quote of its own.
    prose = _story(lang)
    words = prose[1].split(". ")[0].split()
    tail = " ".join(words[-6:]).rstrip(".") + "."
    assert 20 <= len(tail) < 40
    article = _page(lang, prose, f"<blockquote class='q5'><p>{tail}</p></blockquote>")
    assert tail in _paragraphs(article)


# An interview's question, a paragraph of one sentence.
QUESTION = {
    "en": "What do you make of that solution, then?",
    "de": "Was halten Sie von dieser Lösung, Frau Berg?",
    "fr": "Que pensez-vous de cette solution, Madame ?",
}


# What the story's third paragraph becomes, and the line a quotation block says again beside it:
# a short sentence opening it, or the whole paragraph (one sentence).
QUOTED = {
    "short-sentence": lambda lang, paragraph: (f"{SHORT[lang]} {paragraph}", SHORT[lang]),
    "one-sentence-paragraph": lambda lang, _: (QUESTION[lang], QUESTION[lang]),
}


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("case", sorted(QUOTED))
def test_a_line_said_again_in_a_quote_beside_its_paragraph_is_there_once(lang: str, case: str) -> None:
    prose = _story(lang)
    prose[2], line = QUOTED[case](lang, prose[2])
    article = _page(lang, prose, f"<blockquote class='q5'><p>{line}</p></blockquote>")
    assert _paragraphs(article) == prose
