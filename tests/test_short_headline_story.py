"""A short headline names its story by the title's part beside the site's name
(``body/stories.py``: ``_title_heads``).

An ``<h1>`` names the page's story when it states one of the page's names, or the start of one
at least ``MIN_NAME_CHARS`` long ("Headline | Site"): a short headline ("About bugs", "Rathaus")
stated before a longer site name was named by nothing, and the story rules (an ``<article>``
appended after the story's is another story) never ran, so the longer appended story became
the record. When another part of the title spells the site's name (its host's), the ``<h1>``
that states a whole other part is the headline, however short:

* an appended ``<article>`` without a heading after the short-headlined story goes;
* an ``<h1>`` that states the site's part (a logo) names nothing, and neither does any heading
  when the host does not spell the site's name (nothing tells which part is the site's).

Pages are written for the test, in English, German, French and Spanish.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.stories import _title_heads, _words, story_prunes
from tests.story_pages import paragraphs

pytestmark = pytest.mark.unit


class Case(NamedTuple):
    lang: str
    host: str
    site: str
    headline: str
    story: list[str]
    other: list[str]


CASES = [
    Case(
        "en",
        "vortexcannon.org",
        "Vortex Cannon Entertainment",
        "About bugs",
        [
            "No game ships without bugs: some show up at once in testing, others only months later.",
            "Our testers keep a list of every report, and the team looks at each of them every week.",
            "If you find one, write to us with the steps that led to it and the version you played.",
        ],
        [
            "Police arrested six people on Monday during an investigation of a house on Elm Street.",
            "Officers said they had watched the house for several weeks after neighbours complained.",
            "The six were taken to the county jail and are due to appear in court later this month.",
            "A spokesman said more arrests were possible as the investigation went on this summer.",
            "Residents said they were relieved and thanked the officers for their patience and work.",
        ],
    ),
    Case(
        "de",
        "stadt-ulmenhausen.de",
        "Stadt Ulmenhausen",
        "Rathaus",
        [
            "Das Rathaus am Marktplatz wurde im Jahr 1482 gebaut und nach dem Krieg wieder aufgebaut.",
            "Heute sitzen hier der Bürgermeister, der Gemeinderat und das Bürgerbüro der ganzen Stadt.",
            "Führungen durch den Festsaal und den Turm gibt es jeden ersten Samstag im Monat um elf Uhr.",
        ],
        [
            "Die Feuerwehr wurde am Dienstagabend zu einem Brand in einer Scheune am Ortsrand gerufen.",
            "Als die ersten Einsatzkräfte eintrafen, stand das Dach bereits vollständig in Flammen.",
            "Verletzt wurde niemand, die Tiere konnten rechtzeitig aus dem Stall gebracht werden.",
            "Die Polizei schätzt den Schaden auf mehrere hunderttausend Euro und ermittelt weiter.",
            "Die Straße zwischen den beiden Dörfern blieb bis zum späten Abend für den Verkehr gesperrt.",
        ],
    ),
    Case(
        "fr",
        "ville-de-marnay.fr",
        "Ville de Marnay",
        "La médiathèque",
        [
            "La médiathèque de la ville prête des livres, des disques et des films à tous les habitants.",
            "Elle est ouverte du mardi au samedi, et le mercredi toute la journée pour les enfants.",
            "L'inscription est gratuite pour les habitants de la commune sur présentation d'un justificatif.",
        ],
        [
            "Le conseil départemental a voté mardi un plan de rénovation des routes pour cinq ans.",
            "Les travaux commenceront au printemps sur les axes les plus fréquentés du département.",
            "Les maires des petites communes ont salué un effort attendu depuis de longues années.",
            "L'opposition a regretté que les pistes cyclables ne soient pas davantage financées.",
            "Le premier chantier concernera la route qui relie les deux vallées au nord du département.",
        ],
    ),
    Case(
        "es",
        "revista-ondas.es",
        "Revista Ondas",
        "Contacto",
        [
            "Puede escribirnos a la redacción para enviar sus cartas, sus fotos o sus propuestas de temas.",
            "Respondemos a todos los mensajes en un plazo de una semana, de lunes a viernes por la mañana.",
            "Para anunciarse, escriba al departamento comercial de la revista con los datos de su empresa.",
        ],
        [
            "El ayuntamiento aprobó el jueves el presupuesto del año que viene con los votos de la mayoría.",
            "El alcalde destacó la inversión en escuelas y en la reforma del mercado municipal del centro.",
            "La oposición criticó la subida de las tasas de basura y pidió más dinero para los barrios.",
            "Los vecinos podrán presentar alegaciones durante un mes antes de la aprobación definitiva.",
            "El presupuesto crece un cinco por ciento respecto al del año pasado, según el consistorio.",
        ],
    ),
]
IDS = [case.lang for case in CASES]


def _page(case: Case, *, title: str | None = None, logo: bool = False) -> str:
    title = title or f"{case.headline} – {case.site}"
    masthead = f"<h1>{case.site}</h1>" if logo else f"<a href='/'>{case.site}</a>"
    return (
        f"<html lang='{case.lang}'><head><title>{title}</title>"
        f"<meta property='og:title' content='{title}'></head>"
        f"<body><header class='site'>{masthead}<nav><a href='/a'>A</a> <a href='/b'>B</a></nav></header>"
        f"<main><article class='post post-1'><header><h1>{case.headline}</h1></header>"
        f"<div class='entry'>{paragraphs(case.story)}</div></article>"
        f"<article class='post post-2'><div class='entry'>{paragraphs(case.other)}</div></article>"
        "</main></body></html>"
    )


def _url(case: Case) -> str:
    return f"https://www.{case.host}/page/"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_story_of_a_short_headline_is_the_record(case: Case) -> None:
    text = extract_article(_page(case), _url(case)).text
    assert all(paragraph in text for paragraph in case.story)
    assert not any(paragraph in text for paragraph in case.other)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_appended_story_is_pruned_by_its_rule(case: Case) -> None:
    tree = html.document_fromstring(_page(case))
    title = tree.findtext(".//title") or ""
    found = story_prunes(tree, [title], hosts={case.host})
    assert [node.get("class") for node, _ in found] == ["post post-2"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_sites_part_names_no_heading(case: Case) -> None:
    tree = html.document_fromstring(_page(case, logo=True))
    title = tree.findtext(".//title") or ""
    logo, headline = tree.iter("h1")
    heads = _title_heads([title], {case.host})
    assert _words(logo.text_content()) not in heads
    assert _words(headline.text_content()) in heads


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_title_whose_site_part_the_host_does_not_spell_names_nothing(case: Case) -> None:
    tree = html.document_fromstring(_page(case))
    title = tree.findtext(".//title") or ""
    headline = next(tree.iter("h1"))
    assert _title_heads([title], {"example.net"}) == set()
    assert _words(headline.text_content()) not in _title_heads([f"{case.headline} – Weekly"], {case.host})
