"""The dek as one sentence without its full stop, right under the headline and set apart from
the story's box, on a page that declares nothing and has no ``<header>``. Taking it
(``description._is_set_apart`` accepting ``_is_dek_line``) was measured and not taken (strict
xfail below). The same line inside the story's box is the story's first paragraph; a date line
or a label is no dek. Each page is written for the test, with opaque class names."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/story"

# (language, headline, dek line without its full stop, story sentence)
PAGES = [
    (
        "en",
        "Death toll in harbour fire rises to ten",
        "Police continue to search the debris after a blaze that consumed the building in an hour",
        "The fire began in one flat on Thursday afternoon and spread to the whole block, officials said",
    ),
    (
        "de",
        "Zahl der Toten nach Hafenbrand steigt auf zehn",
        "Die Polizei durchsucht weiter die Trümmer nach einem Brand, der das Haus in einer Stunde zerstörte",
        "Das Feuer brach am Donnerstagnachmittag in einer Wohnung aus und griff auf den Block über, hieß es",
    ),
    (
        "fr",
        "Le bilan de l'incendie du port s'élève à dix morts",
        "La police continue de fouiller les décombres après un incendie qui a ravagé l'immeuble en une heure",
        "Le feu a pris jeudi dans un appartement avant de gagner tout l'immeuble, selon les autorités",
    ),
    (
        "es",
        "El número de muertos en el incendio del puerto sube a diez",
        "La policía sigue buscando entre los escombros tras un incendio que consumió el edificio en una hora",
        "El fuego comenzó el jueves en un piso y se extendió al resto del bloque, según las autoridades",
    ),
]
IDS = [lang for lang, *_ in PAGES]


def _story(sentence: str, count: int = 5) -> str:
    return "".join(f"<p class='p1'>{sentence} ({i + 1}).</p>" for i in range(count))


def _page(lang: str, headline: str, body: str) -> str:
    return f"<html lang='{lang}'><head><title>{headline}</title></head><body>{body}</body></html>"


@pytest.mark.xfail(
    strict=True,
    reason="known gap: _is_set_apart accepting an unpunctuated dek line (_is_dek_line) fixed "
    "undeclared fundus-A TheGuardian and undeclared-plain TheMirror (description 0.7500 -> 0.8269 "
    "and 0.7115 -> 0.7500 with the headline fixes) but moved no undeclared fundus-B figure and cost "
    "scrambled fundus-B description 0.8333 -> 0.8125 (one page): not taken (branch s33-headline)",
)
@pytest.mark.parametrize(("lang", "headline", "dek", "sentence"), PAGES, ids=IDS)
def test_unpunctuated_dek_line_set_apart(lang: str, headline: str, dek: str, sentence: str) -> None:
    body = (
        f"<div class='w1'><h1 class='h9'>{headline}</h1><div class='d4'>{dek}</div>"
        f"<div class='b7'>{_story(sentence)}</div></div>"
    )
    article = extract_article(_page(lang, headline, body), URL)
    assert article.description == dek
    assert dek not in (article.text or "")


@pytest.mark.parametrize(("lang", "headline", "dek", "sentence"), PAGES, ids=IDS)
def test_line_inside_the_story_box_stays_body(lang: str, headline: str, dek: str, sentence: str) -> None:
    body = (
        f"<div class='w1'><h1 class='h9'>{headline}</h1>"
        f"<div class='b7'><p>{dek}</p>{_story(sentence)}</div></div>"
    )
    article = extract_article(_page(lang, headline, body), URL)
    assert article.description is None
    assert dek in (article.text or "")


@pytest.mark.parametrize(
    "line",
    [
        "Updated 3 May 2024 10:00 and revised again later that evening by the desk",
        "More on this story from our reporters across the region and abroad:",
    ],
)
def test_date_line_or_label_is_no_dek(line: str) -> None:
    lang, headline, _, sentence = PAGES[0]
    body = (
        f"<div class='w1'><h1 class='h9'>{headline}</h1><div class='d4'>{line}</div>"
        f"<div class='b7'>{_story(sentence)}</div></div>"
    )
    article = extract_article(_page(lang, headline, body), URL)
    assert article.description is None
