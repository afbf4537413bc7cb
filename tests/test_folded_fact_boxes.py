"""A fact box folded shut among the story's paragraphs (``body/folds.py``, ``prepare``'s rule
``fact-box``): its title is none of the story's sub-headings and its facts none of its
paragraphs. An FAQ's folded answers (prose), a box open on the page, and a titled list that
is not folded stay. Each page is written for the test, built of divs with opaque class names,
in several languages."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract.body.folds import folded_fact_boxes
from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import collapse

pytestmark = pytest.mark.unit

# (language, the box's title, its facts, its source line, its toggle, the story's paragraphs)
CASES = [
    (
        "en",
        "Eunuch:",
        [
            "A eunuch was a man who guarded a harem or a palace, and who had been castrated for that office.",
            "The aim was to weaken the sexual function and to make "
            "sure he could father no children in the harem.",
            "Once the testes are removed, the body stops producing testosterone and sperm for good.",
        ],
        "Source: Encyclopaedia",
        "Show more",
        [
            "The man was sentenced to life in prison on Thursday, with "
            "a minimum term of twenty-two years set by the judge.",
            "The court heard how he ran a website from his flat in "
            "north London that had thousands of paying members.",
            "Neighbours told reporters that they had seen ambulances "
            "outside the building several times in recent years.",
            "Police said the investigation had been long and complex "
            "because of the number of people involved in it.",
        ],
    ),
    (
        "de",
        "Eunuch:",
        [
            "Ein Eunuch war ein Haremswächter oder Palastwächter, "
            "dem für dieses Amt die Hoden entfernt worden waren.",
            "Ziel war es, die Sexualfunktion zu schwächen und zu verhindern, "
            "dass er Kinder der Frauen zeugen konnte.",
            "Sind die Hoden entfernt, bildet der Körper dauerhaft kein Testosteron und keine Spermien mehr.",
        ],
        "Quelle: Lexikon",
        "Mehr anzeigen",
        [
            "Der Mann wurde am Donnerstag zu lebenslanger Haft verurteilt, "
            "die Mindestdauer legte das Gericht auf 22 Jahre fest.",
            "Vor Gericht wurde geschildert, wie er aus seiner Wohnung in London "
            "eine Website mit Tausenden zahlenden Nutzern betrieb.",
            "Nachbarn erzählten Reportern, sie hätten in den vergangenen "
            "Jahren mehrmals Krankenwagen vor dem Haus gesehen.",
            "Die Polizei sagte, die Ermittlungen seien wegen der "
            "vielen Beteiligten lang und verwickelt gewesen.",
        ],
    ),
    (
        "no",
        "Evnukk:",
        [
            "En evnukk var en mann som var harems- eller palassvokter, og som hadde fått fjernet testiklene.",
            "Hensikten var å svekke seksualfunksjonen og å sørge "
            "for at han ikke kunne bli far til barn i haremet.",
            "Når testiklene er fjernet, bortfaller produksjonen av testosteron og spermier for godt.",
        ],
        "Kilde: Leksikon",
        "Vis mer",
        [
            "Mannen ble torsdag dømt til livstid i fengsel, med "
            "en minstetid på 22 år, melder britiske medier.",
            "I retten ble det fortalt hvordan han drev en nettside fra leiligheten "
            "sin i London med tusenvis av betalende brukere.",
            "Naboer har fortalt britiske medier at de flere ganger "
            "har sett ambulanser utenfor bygården de siste årene.",
            "Politiet sier etterforskningen har vært langvarig og utfordrende "
            "på grunn av antallet personer som var involvert.",
        ],
    ),
]
IDS = [case[0] for case in CASES]


def _page(lang: str, box: str, paragraphs: list[str]) -> str:
    """The story in two sections, the box at the end of the first, before the second's title."""
    first, second, third, fourth = paragraphs
    return (
        f"<html lang='{lang}'><head><title>Sentenced</title></head><body><div class='k0'>"
        "<h1 class='k1'>Sentenced to life</h1><div class='k2'>"
        f"<p>{first}</p><p>{second}</p><h2>{SECTIONS[lang][0]}</h2><p>{third}</p><p>{first} {second}</p>"
        f"{box}<h2>{SECTIONS[lang][1]}</h2><p>{fourth}</p><p>{third} {fourth}</p>"
        "</div></div></body></html>"
    )


SECTIONS = {
    "en": ("A huge number", "Neighbours saw ambulances"),
    "de": ("Riesige Zahl", "Nachbarn sahen Krankenwagen"),
    "no": ("Enormt antall", "Naboer så ambulanser"),
}


def _box(
    title: str, facts: list[str], source: str, toggle: str, *, folded: str = "aria-expanded='false'"
) -> str:
    items = "".join(f"<li>{fact}</li>" for fact in facts)
    return (
        f"<div class='f1' {folded}><h2 class='f2'>{title}</h2><ul>{items}</ul>"
        f"<p><span class='f3'>{source}</span></p><button class='f4'>{toggle}</button></div>"
    )


def _found(page: str) -> list[str]:
    """The titles of the boxes ``folded_fact_boxes`` finds in ``page``."""
    return [
        collapse(text_of(next(box.iter("h2", "h3", "summary"))))
        for box in folded_fact_boxes(html.fromstring(page))
    ]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_folded_fact_box_is_not_the_story(case: tuple[str, str, list[str], str, str, list[str]]) -> None:
    lang, title, facts, source, toggle, story = case
    assert _found(_page(lang, _box(title, facts, source, toggle), story)) == [title]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_closed_details_fact_box(case: tuple[str, str, list[str], str, str, list[str]]) -> None:
    lang, title, facts, source, _toggle, story = case
    items = "".join(f"<li>{fact}</li>" for fact in facts)
    box = f"<details class='f1'><summary>{title}</summary><ul>{items}</ul><p>{source}</p></details>"
    assert _found(_page(lang, box, story)) == [title]
    assert _found(_page(lang, box.replace("<details class='f1'>", "<details class='f1' open>"), story)) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_open_box_stays(case: tuple[str, str, list[str], str, str, list[str]]) -> None:
    """Not folded: nothing here tells it from the story's own titled list."""
    lang, title, facts, source, toggle, story = case
    assert _found(_page(lang, _box(title, facts, source, toggle, folded=""), story)) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_folded_prose_answer_stays(case: tuple[str, str, list[str], str, str, list[str]]) -> None:
    """An FAQ's question folded over its answer in prose: the answer is text to read."""
    lang, title, facts, _source, _toggle, story = case
    answer = f"<p>{story[0]}</p><ul><li>{facts[0]}</li><li>{facts[1]}</li></ul>"
    box = f"<div class='f1' aria-expanded='false'><h3>{title}</h3>{answer}</div>"
    assert _found(_page(lang, box, story)) == []
