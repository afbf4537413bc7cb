"""Reader prompts a page built of divs sets inside the story's block: a box that holds none of the
story's paragraphs, a control (a button, a form, a field, a dialog) and no heading of the body,
over, among or after the story's paragraphs (a sign-up, a subscription offer, a share dialog, a
donation appeal). Its text is no body text (``headings._prompt_box``, ``_prompts_within``,
``_shown_after``, ``_without_prompts``). A fold's toggle
(``aria-expanded``) and a control hidden from assistive technology (a carousel's arrows beside
the story's last paragraph) are no such control.
Each page is written for the test, with opaque class names, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.headings import _bare_key

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/story"

# (language, headline, story sentence, a prompt's line, its button, a donation appeal's sentence)
PAGES = [
    (
        "en",
        "City council approves the new ferry budget",
        "The harbour ferry will run every twenty minutes from June, the council said after the vote",
        "Print subscribers get unlimited online access included with their subscription.",
        "Activate now",
        "Our reporters work every day to bring you the facts, and that work is far from free to produce",
    ),
    (
        "de",
        "Stadtrat beschließt den neuen Fährhaushalt",
        "Die Hafenfähre soll ab Juni alle zwanzig Minuten fahren, teilte der Rat nach der Abstimmung mit",
        "Als Abonnent der Zeitung lesen Sie alle Artikel auch online ohne Aufpreis.",
        "Jetzt freischalten",
        "Unsere Reporter recherchieren jeden Tag für Sie, und diese Arbeit kostet viel Geld und Zeit",
    ),
    (
        "fr",
        "Le conseil municipal adopte le nouveau budget du bac",
        "Le bac du port circulera toutes les vingt minutes dès juin, a indiqué le conseil après le vote",
        "Les abonnés au journal papier profitent de l'accès illimité au site sans frais.",
        "Activer maintenant",
        "Nos journalistes enquêtent chaque jour pour vous informer, et ce travail coûte cher à produire",
    ),
    (
        "es",
        "El ayuntamiento aprueba el nuevo presupuesto del ferri",
        "El ferri del puerto saldrá cada veinte minutos desde junio, informó el consejo tras la votación",
        "Los suscriptores de la edición impresa tienen acceso ilimitado a la web sin coste.",
        "Activar ahora",
        "Nuestros periodistas trabajan cada día para informarte, y ese trabajo cuesta mucho producirlo",
    ),
]


def _page(lang: str, headline: str, body: str) -> str:
    return f"<html lang='{lang}'><head><title>{headline}</title></head><body>{body}</body></html>"


def _paragraphs(sentence: str, first: int, count: int) -> str:
    return "".join(f"<p>({i}) {sentence}.</p>" for i in range(first, first + count))


def _text(html_text: str) -> str:
    return extract_article(html_text, URL).text or ""


def _article(headline: str, inner: str) -> str:
    return f"<div class='w1'><div class='a2'><h1>{headline}</h1><div class='b3'>{inner}</div></div></div>"


@pytest.mark.parametrize("page", PAGES)
def test_a_prompt_box_among_and_after_the_storys_paragraphs_is_no_body_text(page: tuple[str, ...]) -> None:
    lang, headline, sentence, prompt, button, _appeal = page
    offer = (
        f"<div class='o7'><div class='o8'><p>{prompt}</p></div><button type='button'>{button}</button></div>"
    )
    share = (
        f"<div class='s9'><p>{prompt.split(maxsplit=1)[0]} {headline}</p>"
        f"<div role='dialog'><a href='/share'>{button}</a></div></div>"
    )
    inner = f"{_paragraphs(sentence, 1, 2)}{offer}{_paragraphs(sentence, 3, 5)}{share}"
    text = _text(_page(lang, headline, _article(headline, inner)))
    for i in range(1, 8):
        assert f"({i}) {sentence}." in text
    assert prompt not in text
    assert f"{prompt.split(maxsplit=1)[0]} {headline}" not in text


@pytest.mark.parametrize("page", PAGES)
def test_a_folds_toggle_and_a_hidden_control_keep_their_text(page: tuple[str, ...]) -> None:
    lang, headline, sentence, prompt, button, _appeal = page
    fold = f"<div class='f2'><p>{prompt} (fold)</p><button aria-expanded='false'>{button}</button></div>"
    carousel = (
        f"<div class='k3'><p>(9) {sentence}, and more to come.</p>"
        f"<div class='k4'><button aria-hidden='true'></button><a href='/next'>{button}</a></div></div>"
    )
    inner = f"{_paragraphs(sentence, 1, 6)}{fold}{carousel}"
    text = _text(_page(lang, headline, _article(headline, inner)))
    assert f"{prompt} (fold)" in text
    assert f"(9) {sentence}, and more to come." in text


def test_a_blocks_key_on_the_page_and_in_the_body_is_the_same_without_spaces() -> None:
    # the page shows "… ANYWHERE DOWNLOAD" (two inline pieces); the body reads "…ANYWHEREDOWNLOAD"
    assert _bare_key("The News App: ANYWHERE DOWNLOAD") == _bare_key("The News App: ANYWHEREDOWNLOAD")
    assert _bare_key("Überall  lesen.") == _bare_key("überall lesen")
