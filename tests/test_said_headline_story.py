"""A headline that says the name's words otherwise names its story (``body/stories.py``:
``story_prunes``, ``_says_name``).

When no heading states one of the page's names (its title, ``og:title``, JSON-LD headline),
the one ``<h1>`` that says ``MIN_SAID_SHARE`` of a name part's words, set otherwise ("New
river bridge: council approves" for "Council approves the new river bridge | Courier"), names
the story, so the rules of a named headline apply: the next story an endless page appends
below, under an ``<h1>`` of its own, goes, even when it speaks of the same council (its words
then do not tell it apart).

* with two ``<h1>``s that say the name's words, neither names the story;
* on a live blog, nothing is named this way (its posts are its own).

Pages are written for the test, in English, German, French and Spanish.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.stories import story_prunes
from tests.story_pages import URL, paragraphs

pytestmark = pytest.mark.unit


class Case(NamedTuple):
    lang: str
    title: str
    headline: str  # says the title's words, set otherwise
    story: list[str]
    next_headline: str
    other: list[str]  # the next story: of the same council, not of the bridge


CASES = [
    Case(
        "en",
        "Council approves the new river bridge | The Riverside Courier",
        "New river bridge: council approves",
        [
            "The city council approved the plans for the new bridge across the river on Tuesday evening.",
            "Engineers said that construction could begin next spring if the regional funding arrives.",
            "Residents who opposed the design said they would keep pressing for a quieter route.",
        ],
        "Budget vote delayed until June",
        [
            "The council put off its vote on next year's budget after a long debate on Thursday night.",
            "Several members asked for more time to study the cuts to libraries and swimming pools.",
            "The mayor said she regretted the delay but expected a majority for the plan in June.",
            "Unions had called for a protest outside the town hall before the meeting began.",
        ],
    ),
    Case(
        "de",
        "Stadtrat genehmigt die neue Flussbrücke | Der Flussbote",
        "Neue Flussbrücke: Stadtrat genehmigt Pläne",
        [
            "Der Stadtrat hat am Dienstagabend die Pläne für die neue Brücke über den Fluss gebilligt.",
            "Die Ingenieure sagten, der Bau könne im nächsten Frühjahr beginnen, wenn das Geld kommt.",
            "Anwohner, die gegen den Entwurf waren, wollen sich weiter für eine leisere Route einsetzen.",
        ],
        "Haushaltsabstimmung auf Juni vertagt",
        [
            "Der Stadtrat hat die Abstimmung über den Haushalt nach langer Debatte am Donnerstag vertagt.",
            "Mehrere Mitglieder wollten mehr Zeit, um die Kürzungen bei Bibliotheken zu prüfen.",
            "Die Bürgermeisterin bedauerte die Verzögerung, rechnet aber im Juni mit einer Mehrheit.",
            "Die Gewerkschaften hatten vor der Sitzung zu einer Kundgebung vor dem Rathaus aufgerufen.",
        ],
    ),
    Case(
        "fr",
        "Le conseil approuve le nouveau pont sur la rivière | Le Courrier",
        "Nouveau pont sur la rivière : le conseil approuve",
        [
            "Le conseil municipal a approuvé mardi soir les plans du nouveau pont sur la rivière.",
            "Les ingénieurs ont dit que les travaux pourraient commencer au printemps si les fonds arrivent.",
            "Les habitants opposés au projet continueront de demander un tracé plus calme, ont-ils dit.",
        ],
        "Le vote du budget reporté à juin",
        [
            "Le conseil a reporté jeudi soir le vote du budget de l'an prochain après un long débat.",
            "Plusieurs élus ont demandé plus de temps pour étudier les coupes dans les bibliothèques.",
            "La maire a regretté ce retard mais compte sur une majorité pour le budget en juin.",
            "Les syndicats avaient appelé à manifester devant la mairie avant le début de la séance.",
        ],
    ),
    Case(
        "es",
        "El consejo aprueba el nuevo puente sobre el río | El Correo",
        "Nuevo puente sobre el río: el consejo aprueba",
        [
            "El consejo municipal aprobó el martes por la noche los planos del nuevo puente sobre el río.",
            "Los ingenieros dijeron que las obras podrían empezar en primavera si llegan los fondos.",
            "Los vecinos que se oponían al diseño seguirán pidiendo un trazado más tranquilo, dijeron.",
        ],
        "La votación del presupuesto se aplaza a junio",
        [
            "El consejo aplazó el jueves la votación del presupuesto del año que viene tras un largo debate.",
            "Varios concejales pidieron más tiempo para estudiar los recortes en las bibliotecas.",
            "La alcaldesa lamentó el retraso pero espera una mayoría para el presupuesto en junio.",
            "Los sindicatos habían convocado una protesta ante el ayuntamiento antes de la sesión.",
        ],
    ),
]
IDS = [case.lang for case in CASES]


def _page(case: Case, *, again: bool = False) -> str:
    second = f"<div class='k4'><h1>{case.headline}</h1></div>" if again else ""
    return (
        f"<html lang='{case.lang}'><head><title>{case.title}</title></head>"
        "<body><header class='k8'><a href='/'>Home</a><nav><a href='/news'>News</a></nav></header>"
        f"<div class='k0'><div class='k1'><h1>{case.headline}</h1>{paragraphs(case.story)}</div>{second}"
        f"<div class='k2'><h1>{case.next_headline}</h1>{paragraphs(case.other)}</div></div>"
        "</body></html>"
    )


def _pruned(page: str, *, live: bool = False) -> list[str]:
    tree = html.document_fromstring(page)
    found = story_prunes(tree, [tree.findtext(".//title") or ""], live=live)
    return [node.get("class") or "" for node, _ in found]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_next_story_under_its_own_headline_goes(case: Case) -> None:
    assert _pruned(_page(case)) == ["k2"]
    article = extract_article(_page(case), URL)
    assert all(paragraph in article.text for paragraph in case.story)
    assert not any(paragraph in article.text for paragraph in case.other)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_two_headlines_that_say_the_names_words_name_none(case: Case) -> None:
    assert "k2" not in _pruned(_page(case, again=True))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_live_blog_names_nothing_by_words(case: Case) -> None:
    assert "k2" not in _pruned(_page(case), live=True)
