"""A further story appended with its headline left out, after a story that stands in no
``<article>`` (``body/stories.py``: ``_blocks_after``, ``_articles_after_text``,
``_repeated_headline``, the ``<h2>`` headline under a site's ``<h1>``).

An endless page appends the next story below the one its address names; a feed may leave the
next story's headline out. When the named story stands in plain blocks, the next one (longer,
in a plain block or in an ``<article>``) must not become the record, nor be merged into it:

* a headless block with a story's text after the headline's own block (three real paragraphs
  at least) goes; a block set as the story's own (its parts), a story's sub-headed section (one
  that speaks of the story), and a block after a story of two paragraphs (too short to tell)
  stay;
* a headless ``<article>`` after the story's text goes also when the named ``<h1>`` heads no
  text of its own (it stands in a header block beside the site's ``<h1>``);
* a headline set twice in the same words (a sticky bar's copy) still names the story;
* a page that sets its site's name in ``<h1>`` names its story in the ``<h2>`` that states the
  page's name.

Pages are written for the test, in English, German, French and Spanish.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.stories import HEADLESS, story_prunes
from tests.story_pages import URL, check_own_story
from tests.story_pages import paragraphs as _paragraphs
from tests.story_pages import pruned as _pruned

pytestmark = pytest.mark.unit


class Case(NamedTuple):
    lang: str
    site: str
    headline: str
    story: list[str]
    other: list[str]


CASES = [
    Case(
        "en",
        "The Riverside Courier",
        "Council approves the new river bridge",
        [
            "The city council approved the plans for the new bridge across the river on Tuesday evening.",
            "Engineers said that construction could begin next spring if the regional funding arrives.",
            "Residents who opposed the design said they would keep pressing for a quieter route.",
        ],
        [
            "The town museum opened its doors again on Saturday after two years of repairs to its roof.",
            "Visitors queued in the rain to see the restored collection of old maps and river charts.",
            "The director thanked the volunteers who had catalogued every drawing during the closure.",
            "Entry stays free for children until the end of the summer, the museum said in a statement.",
            "A new wing for the collection of river charts is planned to open in the spring of next year.",
        ],
    ),
    Case(
        "de",
        "Der Flussbote",
        "Stadtrat stimmt für die neue Brücke",
        [
            "Der Stadtrat hat am Dienstagabend den Plänen für die neue Brücke über den Fluss zugestimmt.",
            "Die Ingenieure sagten, der Bau könne im nächsten Frühjahr beginnen, wenn das Geld kommt.",
            "Anwohner, die gegen den Entwurf waren, wollen sich weiter für eine ruhigere Route einsetzen.",
        ],
        [
            "Das Stadtmuseum hat am Samstag nach zwei Jahren Reparaturen am Dach wieder geöffnet.",
            "Die Besucher standen im Regen an, um die restaurierte Sammlung alter Karten zu sehen.",
            "Die Direktorin dankte den Freiwilligen, die in der Schließzeit jede Zeichnung erfasst haben.",
            "Der Eintritt bleibt für Kinder bis zum Ende des Sommers frei, teilte das Museum mit.",
            "Ein neuer Flügel für die Sammlung der Flusskarten soll im nächsten Frühjahr eröffnen.",
        ],
    ),
    Case(
        "fr",
        "Le Courrier du Fleuve",
        "Le conseil approuve le nouveau pont",
        [
            "Le conseil municipal a approuvé mardi soir les plans du nouveau pont sur la rivière.",
            "Les ingénieurs ont dit que les travaux pourraient commencer au printemps si les fonds arrivent.",
            "Les habitants opposés au projet disent qu'ils continueront à demander un tracé plus calme.",
        ],
        [
            "Le musée de la ville a rouvert ses portes samedi après deux ans de travaux sur sa toiture.",
            "Les visiteurs ont fait la queue sous la pluie pour voir la collection de cartes anciennes.",
            "La directrice a remercié les bénévoles qui ont catalogué chaque dessin pendant la fermeture.",
            "L'entrée reste gratuite pour les enfants jusqu'à la fin de l'été, a indiqué le musée.",
            "Une nouvelle aile pour la collection de cartes fluviales doit ouvrir au printemps prochain.",
        ],
    ),
    Case(
        "es",
        "El Correo del Río",
        "El consejo aprueba el nuevo puente",
        [
            "El concejo municipal aprobó el martes por la noche los planos del nuevo puente sobre el río.",
            "Los ingenieros dijeron que las obras podrían empezar en primavera si llegan los fondos.",
            "Los vecinos que se opusieron al proyecto dicen que seguirán pidiendo un trazado más tranquilo.",
        ],
        [
            "El museo de la ciudad volvió a abrir sus puertas el sábado tras dos años de obras en el techo.",
            "Los visitantes hicieron cola bajo la lluvia para ver la colección restaurada de mapas antiguos.",
            "La directora agradeció a los voluntarios que catalogaron cada dibujo durante el cierre.",
            "La entrada sigue siendo gratuita para los niños hasta el final del verano, dijo el museo.",
            "Una nueva ala para la colección de cartas del río abrirá en la primavera del año que viene.",
        ],
    ),
]
IDS = [case.lang for case in CASES]


def _page(case: Case, body: str) -> str:
    title = f"{case.headline} | {case.site}"
    return (
        f"<html lang='{case.lang}'><head><title>{title}</title>"
        f"<meta property='og:title' content='{case.headline}'></head>"
        f"<body><header class='k8'><a href='/'>{case.site}</a><nav><a href='/news'>News</a></nav></header>"
        f"<div class='k0'>{body}</div></body></html>"
    )


def _check(case: Case, page: str) -> None:
    check_own_story(page, case.story, case.other)


def _story(case: Case) -> str:
    return f"<div class='k1'><h1>{case.headline}</h1><div class='k2'>{_paragraphs(case.story)}</div></div>"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_headless_block_after_the_storys_block_goes(case: Case) -> None:
    _check(case, _page(case, _story(case) + f"<div class='k5'>{_paragraphs(case.other)}</div>"))


def test_a_headless_block_is_on_record_by_its_rule() -> None:
    case = CASES[0]
    other = f"<div class='k5'>{_paragraphs(case.other)}</div>"
    tree = html.document_fromstring(_page(case, _story(case) + other))
    found = story_prunes(tree, [case.headline])
    assert [(node.get("class"), rule) for node, rule in found] == [("k5", HEADLESS)]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_headless_block_after_the_column_of_the_story_goes(case: Case) -> None:
    # (the next story follows the column that holds the story's block, not the block itself)
    column = f"<div class='k3'>{_story(case)}<div class='k4'><a href='/share'>Share</a></div></div>"
    _check(case, _page(case, column + f"<section class='k5'>{_paragraphs(case.other)}</section>"))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_storys_own_parts_stay(case: Case) -> None:
    # A body split in blocks set alike (a page's parts, a "read on" half): one story.
    parts = f"<div class='k2'>{_paragraphs(case.story)}</div><div class='k2'>{_paragraphs(case.other)}</div>"
    page = _page(case, f"<div class='k1'><h1>{case.headline}</h1>{parts}</div>")
    assert _pruned(page) == []
    text = extract_article(page, URL).text
    assert all(paragraph in text for paragraph in case.story + case.other)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_sub_headed_section_after_the_story_stays(case: Case) -> None:
    # (one that speaks of the story: a section of another story's words alone goes,
    # ``test_stories_words.py``)
    section = f"<div class='k6'><h2>{case.site}</h2>{_paragraphs(case.story[:1] + case.other)}</div>"
    assert _pruned(_page(case, _story(case) + section)) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_block_after_a_story_of_two_paragraphs_stays(case: Case) -> None:
    # Two paragraphs under the headline may be its dek and lead: too little to tell a story by.
    lead = _paragraphs(case.story[:2])
    story = f"<div class='k1'><h1>{case.headline}</h1><div class='k2'>{lead}</div></div>"
    assert _pruned(_page(case, story + f"<div class='k5'>{_paragraphs(case.other)}</div>")) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_headless_article_after_a_headline_in_a_header_block_goes(case: Case) -> None:
    # The site's name in an <h1> too: the named <h1>'s own region holds no text, its story's
    # text follows in plain blocks, the next story in an <article> with no heading.
    page = (
        f"<div class='k7'><h1>{case.site}</h1></div>"
        f"<div class='k1'><header class='k3'><h1>{case.headline}</h1></header></div>"
        f"<div class='k2'>{_paragraphs(case.story)}</div>"
        f"<article class='k5'>{_paragraphs(case.other)}</article>"
    )
    _check(case, _page(case, page))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_headline_set_twice_names_the_story(case: Case) -> None:
    # A sticky bar repeats the headline in an <h1> of its own, with no text under it.
    bar = f"<div class='k9'><h1>{case.headline}</h1><a href='/share'>Share</a></div>"
    _check(case, _page(case, bar + _story(case) + f"<article class='k5'>{_paragraphs(case.other)}</article>"))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_an_h2_headline_under_the_sites_h1_names_the_story(case: Case) -> None:
    story = f"<div class='k1'><h2>{case.headline}</h2><div class='k2'>{_paragraphs(case.story)}</div></div>"
    other = f"<article class='k5'>{_paragraphs(case.other)}</article>"
    page = f"<div class='k7'><h1>{case.site}</h1></div>{story}{other}"
    _check(case, _page(case, page))
