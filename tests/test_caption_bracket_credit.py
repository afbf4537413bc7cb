"""A caption written as a paragraph, with its credit in brackets after it (``body/cleaning.py``:
``_is_picture_caption``, ``_BRACKETED_CREDIT``).

A picture's alternative text that describes it (four words at least) said again in a paragraph
is the picture's caption written out beside it; so is that text with a credit run on. A credit
in brackets names whoever gave the picture in any form ("(NPA)", "(smolaw11/iStock)",
"[Reuters]"), with no label to tell it: after the caption, a short text in brackets is its
credit, and the paragraph is no body text.

* a paragraph of prose that opens with the same words stays, and so does one where the text in
  brackets is long (a sentence's aside, not a credit);

Pages are written for the test, in English, German, French and Spanish.
"""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

URL = "https://example.org/news/2024/05/harbour-123.html"

CASES = {
    "en": (
        "Fishing boats return to the harbour at dusk after the storm",
        "(Harbour Authority)",
        [
            "The fishing fleet returned to port on Tuesday evening after two days sheltering from the storm.",
            "Harbour officials said all forty boats were accounted for and no one had been hurt at sea.",
            "The catch was smaller than usual, but prices at the morning market held steady, traders said.",
        ],
    ),
    "de": (
        "Fischerboote kehren nach dem Sturm in der Dämmerung in den Hafen zurück",
        "[Hafenamt]",
        [
            "Die Fischereiflotte ist am Dienstagabend nach zwei Tagen Schutz vor dem Sturm zurückgekehrt.",
            "Nach Angaben des Hafenamts sind alle vierzig Boote wohlbehalten und niemand wurde verletzt.",
            "Der Fang war kleiner als sonst, doch die Preise auf dem Morgenmarkt blieben stabil, hieß es.",
        ],
    ),
    "fr": (
        "Les bateaux de pêche rentrent au port au crépuscule après la tempête",
        "(smolaw11/iStock)",
        [
            "La flotte de pêche est rentrée au port mardi soir après deux jours à l'abri de la tempête.",
            "Selon la capitainerie, les quarante bateaux sont rentrés et personne n'a été blessé en mer.",
            "La pêche a été plus maigre que d'habitude, mais les prix sont restés stables au marché.",
        ],
    ),
    "es": (
        "Los barcos pesqueros vuelven al puerto al atardecer después de la tormenta",
        "(Autoridad Portuaria)",
        [
            "La flota pesquera regresó al puerto el martes tras dos días a resguardo del temporal.",
            "Según la autoridad portuaria, los cuarenta barcos volvieron y nadie resultó herido en el mar.",
            "La captura fue menor que de costumbre, pero los precios del mercado se mantuvieron estables.",
        ],
    ),
}
IDS = list(CASES)


def _page(lang: str, line: str) -> str:
    alt, _, story = CASES[lang]
    body = "".join(f"<p>{text}</p>" for text in story)
    return (
        f"<html lang='{lang}'><head><title>Harbour</title></head><body><div class='story'>"
        f"<h1>Boats return after the storm</h1><p>{story[0]}</p>"
        f"<div class='pic'><div><img src='/boats.jpg' alt='{alt}'></div></div><p>{line}</p>"
        f"{body[len(f'<p>{story[0]}</p>') :]}</div></body></html>"
    )


@pytest.mark.parametrize("lang", IDS)
def test_a_caption_with_its_credit_in_brackets_is_no_body_text(lang: str) -> None:
    alt, credit, story = CASES[lang]
    text = extract_article(_page(lang, f"{alt}. {credit}"), URL).text
    assert alt not in text
    assert all(paragraph in text for paragraph in story)


@pytest.mark.parametrize("lang", IDS)
def test_a_paragraph_that_goes_on_after_the_captions_words_stays(lang: str) -> None:
    alt, credit, _ = CASES[lang]
    prose = f"{alt}, and the crews unloaded what they had caught before nightfall {credit}."
    assert prose in extract_article(_page(lang, prose), URL).text


@pytest.mark.parametrize("lang", IDS)
def test_a_long_text_in_brackets_is_no_credit(lang: str) -> None:
    alt, _, _ = CASES[lang]
    line = f"{alt} (the crews unloaded what they had caught before nightfall, the mayor said)"
    assert line in extract_article(_page(lang, line), URL).text
