"""A title's length counts its words, not the marks set apart by spaces in it
(``normalise.title_words``): "A sound like a saw — then a smell" is eight words, so a
sub-heading of fifteen words with a spaced dash or bar in it is no longer than fifteen words
(``visible.heading_line``, the styled and bold sub-heading rules of ``body/headings.py`` and
``body/sections.py``). Pages are written for the test, in English, German and French.
"""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.normalise import title_words, word_count
from newscrawl.extract.visible import MAX_HEADING_LINE_WORDS, heading_line

pytestmark = pytest.mark.unit

STYLE = "<style>.k3{font-weight:700;font-size:1.3em}</style>"

# (language, three paragraphs of prose, a title of fifteen words with a spaced dash or bar, a line
# of more words)
CASES = [
    (
        "en",
        [
            "The city council met on Tuesday evening to discuss the plans for the new bridge over the river.",
            "Engineers told the meeting that construction could begin next year if the funding is approved.",
            "Several residents spoke against the design, saying it would bring traffic to the old town.",
        ],
        "Residents could hear the old ferry from every street — then the engines stopped for good",
        "Residents could hear the old ferry from every street in town and then the engines stopped for good",
    ),
    (
        "de",
        [
            "Der Stadtrat hat am Dienstagabend über die Pläne für die neue Brücke über den Fluss beraten.",
            "Die Ingenieure erklärten, der Bau könne nächstes Jahr beginnen, wenn das Geld bewilligt ist.",
            "Mehrere Anwohner sprachen sich gegen den Entwurf aus, weil er Verkehr in die Altstadt bringe.",
        ],
        "Die Anwohner hörten die alte Fähre in jeder Straße – dann blieben die Motoren still stehen",
        "Die Anwohner hörten die alte Fähre in jeder Straße der Stadt und dann blieben die Motoren stehen",
    ),
    (
        "fr",
        [
            "Le conseil municipal s'est réuni mardi soir pour discuter des plans du nouveau pont.",
            "Les ingénieurs ont expliqué que les travaux pourraient commencer l'an prochain.",
            "Plusieurs habitants se sont opposés au projet, qui amènerait du trafic dans la vieille ville.",
        ],
        "Les habitants entendaient le vieux bac dans chaque rue | puis les moteurs se sont tus",
        "Les habitants entendaient le vieux bac dans chaque rue de la ville puis les moteurs se sont tus",
    ),
]


def _headings(lang: str, prose: list[str], title: str) -> list[str | None]:
    body = f"<p>{prose[0]}</p><p>{prose[1]}</p><div class='k3'>{title}</div><p>{prose[2]}</p>"
    page = (
        f"<html lang='{lang}'><head>{STYLE}<title>Bridge</title></head><body>"
        f"<div class='k1'><h1>The bridge, {lang}</h1><div class='k2'>{body}</div></div></body></html>"
    )
    article = extract_article(page, "https://example.org/news/2024/05/bridge-123.html")
    return [section.heading for section in article.sections]


def test_marks_set_apart_are_no_words() -> None:
    assert title_words("A sound like a saw — then a smell") == 8
    assert word_count("A sound like a saw — then a smell") == 9
    assert title_words("Police: 378 arrests - and more to come | Live") == 8
    assert title_words("Saw—then a smell") == 3  # a dash inside a word is part of it
    assert title_words("— · |") == 0


@pytest.mark.parametrize(("lang", "prose", "title", "longer"), CASES, ids=[case[0] for case in CASES])
def test_a_fifteen_word_title_with_a_spaced_dash_is_a_sub_heading(
    lang: str, prose: list[str], title: str, longer: str
) -> None:
    assert title_words(title) == MAX_HEADING_LINE_WORDS and heading_line(title)
    assert _headings(lang, prose, title) == [None, title]


@pytest.mark.parametrize(("lang", "prose", "title", "longer"), CASES, ids=[case[0] for case in CASES])
def test_a_line_of_more_words_than_a_title_has_is_text(
    lang: str, prose: list[str], title: str, longer: str
) -> None:
    assert title_words(longer) > MAX_HEADING_LINE_WORDS and not heading_line(longer)
    assert longer not in _headings(lang, prose, longer)
