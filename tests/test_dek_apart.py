"""A dek shown apart from the story on a page built of divs (no ``<header>``): the paragraph
under the headline, agreeing with the declared description, that sits outside the box holding
the story's paragraphs is the description and not body text, as it is when a ``<header>``
holds it (``description._apart``). A lede inside the story's box, which <meta> repeats, stays
the body's first paragraph; so does one next to a quotation's paragraphs. Each page is written
for the test, with opaque class names, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/story"

# (language, headline, dek, story sentence)
PAGES = [
    (
        "en",
        "City council approves the new ferry budget",
        "The vote passed eleven to four after a three-hour debate on Tuesday night.",
        "The harbour ferry will run every twenty minutes from June, the council said after the vote",
    ),
    (
        "de",
        "Stadtrat beschließt den neuen Fährhaushalt",
        "Die Abstimmung endete nach drei Stunden Debatte mit elf zu vier Stimmen.",
        "Die Hafenfähre soll ab Juni alle zwanzig Minuten fahren, teilte der Rat nach der Abstimmung mit",
    ),
    (
        "fr",
        "Le conseil municipal adopte le nouveau budget du bac",
        "Le vote a été acquis par onze voix contre quatre après trois heures de débat.",
        "Le bac du port circulera toutes les vingt minutes dès juin, a indiqué le conseil après le vote",
    ),
    (
        "es",
        "El ayuntamiento aprueba el nuevo presupuesto del ferri",
        "La votación terminó con once votos a favor y cuatro en contra tras tres horas de debate.",
        "El ferri del puerto saldrá cada veinte minutos desde junio, informó el consejo tras la votación",
    ),
]


def _page(lang: str, headline: str, dek: str, body: str) -> str:
    head = f"<title>{headline}</title><meta property='og:description' content='{dek}'>"
    return f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


def _story(sentence: str, count: int = 5) -> str:
    return "".join(f"<p>{sentence} ({i + 1}).</p>" for i in range(count))


def _text(html_text: str) -> tuple[str, str]:
    article = extract_article(html_text, URL)
    return article.text or "", article.description or ""


@pytest.mark.parametrize(("lang", "headline", "dek", "sentence"), PAGES)
def test_a_dek_above_the_byline_in_the_headlines_box_is_no_body_text(
    lang: str, headline: str, dek: str, sentence: str
) -> None:
    body = (
        f"<div class='a1'><div class='h2x'><h1>{headline}</h1><p class='q7'>{dek}</p>"
        "<div class='m3'>Jane Doe</div></div>"
        f"<div class='b4'>{_story(sentence)}</div></div>"
    )
    text, description = _text(_page(lang, headline, dek, body))
    assert description == dek
    assert dek not in text
    assert sentence in text


@pytest.mark.parametrize(("lang", "headline", "dek", "sentence"), PAGES)
def test_a_dek_over_the_lead_picture_outside_the_storys_box_is_no_body_text(
    lang: str, headline: str, dek: str, sentence: str
) -> None:
    body = (
        f"<div class='a1'><h1>{headline}</h1><p class='q7'>{dek}</p>"
        "<div class='i1'><img src='/a.jpg' width='800' height='400'></div>"
        f"<div class='b4'>{_story(sentence)}</div></div>"
    )
    text, description = _text(_page(lang, headline, dek, body))
    assert description == dek
    assert dek not in text
    assert sentence in text


@pytest.mark.parametrize(("lang", "headline", "dek", "sentence"), PAGES)
def test_a_dek_beside_paragraphs_each_in_its_own_box_stays(
    lang: str, headline: str, dek: str, sentence: str
) -> None:
    # Their nearest common box holds the dek too: nothing tells it apart from a lede (kept as
    # it was; a known limit).
    paragraphs = "".join(f"<div class='r5'><p>{sentence} ({i + 1}).</p></div>" for i in range(5))
    body = f"<div class='a1'><h1>{headline}</h1><div class='k8'><p>{dek}</p></div>{paragraphs}</div>"
    text, description = _text(_page(lang, headline, dek, body))
    assert description == dek
    assert dek in text
    assert sentence in text


@pytest.mark.parametrize(("lang", "headline", "dek", "sentence"), PAGES)
def test_a_lede_in_the_storys_box_that_meta_repeats_stays_in_the_body(
    lang: str, headline: str, dek: str, sentence: str
) -> None:
    body = f"<div class='a1'><h1>{headline}</h1><div class='b4'><p>{dek}</p>{_story(sentence)}</div></div>"
    text, _ = _text(_page(lang, headline, dek, body))
    assert dek in text
    assert sentence in text


@pytest.mark.parametrize(("lang", "headline", "dek", "sentence"), PAGES)
def test_a_lede_before_a_quotation_stays_in_the_body(
    lang: str, headline: str, dek: str, sentence: str
) -> None:
    # the next two paragraphs are a quotation's: its box is not the story's
    quote = f"<blockquote><p>{sentence} (a).</p><p>{sentence} (b).</p></blockquote>"
    story = _story(sentence)
    body = f"<div class='a1'><h1>{headline}</h1><div class='b4'><p>{dek}</p>{quote}{story}</div></div>"
    text, _ = _text(_page(lang, headline, dek, body))
    assert dek in text
