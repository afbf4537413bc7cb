"""Blocks a page built of divs shows after the story, outside the story's block, with no heading
over them (what a ``<footer>`` or ``<aside>`` would hold): a sign-up prompt, a comment
section's rules, an author box, the site's address lines. They are no body text
(``headings._shown_after``); a line the story's block shows, and the story's last paragraph set
in a box of its own beside the story's block, stay. So are the blocks shown only before the
headline, outside the story's block (a menu's labels: ``headings._shown_before``). Each page
is written for the test, with opaque class names, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/story"

# (language, headline, story sentence, what follows the story outside its block)
PAGES = [
    (
        "en",
        "City council approves the new ferry budget",
        "The harbour ferry will run every twenty minutes from June, the council said after the vote",
        [
            "Registration is a free and easy way to support our journalism.",
            "Please be respectful of other commenters and keep the conversation civil and on topic.",
            "Harbour Media Ltd, 12 Quay Street, Portsmouth PO1 2AB, Tel. 023 9200 0000",
        ],
    ),
    (
        "de",
        "Stadtrat beschließt den neuen Fährhaushalt",
        "Die Hafenfähre soll ab Juni alle zwanzig Minuten fahren, teilte der Rat nach der Abstimmung mit",
        [
            "Registrieren Sie sich kostenlos und lesen Sie weiter.",
            "Bitte bleiben Sie in den Kommentaren sachlich und respektvoll gegenüber anderen Lesern.",
            "Hafen Medien GmbH, Kaistraße 12, 20457 Hamburg, Tel.: +49 40 123 456",
        ],
    ),
    (
        "fr",
        "Le conseil municipal adopte le nouveau budget du bac",
        "Le bac du port circulera toutes les vingt minutes dès juin, a indiqué le conseil après le vote",
        [
            "Inscrivez-vous gratuitement pour continuer votre lecture.",
            "Merci de rester courtois envers les autres lecteurs dans les commentaires.",
            "Port Médias SAS, 12 quai du Port, 13002 Marseille, Tél. 04 91 00 00 00",
        ],
    ),
    (
        "es",
        "El ayuntamiento aprueba el nuevo presupuesto del ferri",
        "El ferri del puerto saldrá cada veinte minutos desde junio, informó el consejo tras la votación",
        [
            "Regístrate gratis para seguir leyendo.",
            "Por favor, sé respetuoso con los demás lectores en los comentarios.",
            "Puerto Medios S.L., Calle del Muelle 12, 29001 Málaga, Tel. 952 00 00 00",
        ],
    ),
]


def _page(lang: str, headline: str, body: str) -> str:
    return f"<html lang='{lang}'><head><title>{headline}</title></head><body>{body}</body></html>"


def _story(sentence: str, count: int = 6) -> str:
    return "".join(f"<p>({i + 1}) {sentence}.</p>" for i in range(count))


def _text(html_text: str) -> str:
    return extract_article(html_text, URL).text or ""


@pytest.mark.parametrize(("lang", "headline", "sentence", "after"), PAGES)
def test_blocks_after_the_story_outside_its_block_are_no_body_text(
    lang: str, headline: str, sentence: str, after: list[str]
) -> None:
    prompt, rules, address = after
    body = (
        f"<div class='w1'><div class='a2'><h1>{headline}</h1><div class='b3'>{_story(sentence)}</div>"
        f"<div class='s4'><p>{prompt}</p></div><div class='c5'><div>{rules}</div></div></div>"
        f"<div class='f6'><div>{address}</div></div></div>"
    )
    text = _text(_page(lang, headline, body))
    assert f"(6) {sentence}." in text
    for line in after:
        assert line not in text


@pytest.mark.parametrize(("lang", "headline", "sentence", "after"), PAGES)
def test_a_line_the_storys_block_shows_too_stays(
    lang: str, headline: str, sentence: str, after: list[str]
) -> None:
    prompt = after[0]
    # the same line inside the story's block, after its last paragraph: the story's own
    body = (
        f"<div class='w1'><div class='a2'><h1>{headline}</h1>"
        f"<div class='b3'>{_story(sentence)}<p class='n1'>{prompt}</p></div>"
        f"<div class='s4'><p>{prompt}</p></div></div></div>"
    )
    text = _text(_page(lang, headline, body))
    assert prompt in text


@pytest.mark.parametrize(("lang", "headline", "sentence", "after"), PAGES)
def test_the_storys_last_paragraph_in_a_box_beside_its_block_stays(
    lang: str, headline: str, sentence: str, after: list[str]
) -> None:
    closing = f"{sentence}, and the first ferry leaves the quay at six in the morning (last)."
    body = (
        f"<div class='w1'><div class='a2'><h1>{headline}</h1><div class='b3'>{_story(sentence, 12)}</div>"
        f"<div class='ad9'><span>Anzeige</span></div><div class='b4'><p>{closing}</p></div></div>"
        f"<div class='f6'><div>{after[2]}</div></div></div>"
    )
    text = _text(_page(lang, headline, body))
    assert closing in text
    assert after[2] not in text


# ------------------------------------------------------------------ before the headline

# (language, labels shown before the headline, outside the story's block: a menu's, an app's banner)
MENUS = [
    ("en", ["Sections", "Weather Advertisement", "The new News App: all the news, anytime, anywhere."]),
    ("de", ["Ressorts", "Gutscheine Anzeige", "Die neue News-App: alle Nachrichten, jederzeit und überall."]),
    (
        "fr",
        [
            "Rubriques",
            "Bons plans Publicité",
            "La nouvelle appli : toute l'actualité, partout et à tout moment.",
        ],
    ),
    (
        "es",
        [
            "Secciones",
            "Cupones Publicidad",
            "La nueva app: todas las noticias, en cualquier momento y lugar.",
        ],
    ),
]


def _menu(labels: list[str]) -> str:
    *items, banner = labels
    rows = "".join(f"<p>{item}</p>" for item in items)
    return f"<div class='n1'>{rows}</div><div class='p2'><p>{banner} <a href='/app'>App</a></p></div>"


@pytest.mark.parametrize(("page", "menu"), list(zip(PAGES, MENUS, strict=True)))
def test_blocks_shown_only_before_the_headline_outside_the_story_are_no_body_text(
    page: tuple[str, str, str, list[str]], menu: tuple[str, list[str]]
) -> None:
    lang, headline, sentence, _ = page
    labels = menu[1]
    body = (
        f"<div class='w1'><div class='t0'>{_menu(labels)}</div>"
        f"<div class='a2'><h1>{headline}</h1><div class='b3'>{_story(sentence)}</div></div></div>"
    )
    text = _text(_page(lang, headline, body))
    assert f"(1) {sentence}." in text
    for label in labels:
        assert label not in text


@pytest.mark.parametrize(("page", "menu"), list(zip(PAGES, MENUS, strict=True)))
def test_a_line_shown_before_the_headline_and_in_the_story_stays(
    page: tuple[str, str, str, list[str]], menu: tuple[str, list[str]]
) -> None:
    lang, headline, sentence, _ = page
    label = menu[1][0]
    # the same short line above the headline and inside the story's block, before its prose
    body = (
        f"<div class='w1'><div class='t0'><p>{label}</p></div>"
        f"<div class='a2'><h1>{headline}</h1>"
        f"<div class='b3'><p>{label}</p>{_story(sentence)}</div></div></div>"
    )
    text = _text(_page(lang, headline, body))
    assert label in text
