"""A further story appended as an ``<article>``, told by the story's own ``<article>``
(``body/stories.py``: ``_names``, ``_named_article``, ``_h1_stories``, ``_articles_after_text``).

An endless page appends the next story below the one its address names, often as an
``<article>`` of its own and often without its headline (a feed that leaves it out, or sets it
as a lower heading). The named story is told by:

* its ``<h1>`` stating the page's name, also when the name carries a kicker ("Kenia: Nairobi
  von unten" over an ``<h1>`` "Nairobi von unten"), and when a soft hyphen splits the
  ``<h1>``'s words;
* the ``<article>`` holding that ``<h1>`` (also when the story carries its own address, as a
  ``data-url``), or, when the ``<h1>`` stands above the articles, the article whose own heading
  states the page's name again, or else the first article with a story's text under the
  ``<h1>``.

Every other ``<article>`` with a story's text is pruned: one with a heading wherever it stands,
one without a heading only after the story, and only when it is at most twice as long as the
story read before it (captions written as paragraphs are no story of their own). A site's name
in an ``<h1>`` ("The Example Blog") never names the page by the part of a title after a kicker.

Pages are written for the test, in English, German, French and Spanish.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.stories import _names
from tests.story_pages import URL, check_own_story
from tests.story_pages import paragraphs as _paragraphs
from tests.story_pages import pruned as _pruned

pytestmark = pytest.mark.unit


class Case(NamedTuple):
    lang: str
    kicker: str
    headline: str
    story: list[str]
    other_title: str
    other: list[str]


CASES = [
    Case(
        "en",
        "Harbour",
        "Council approves the new river bridge",
        [
            "The city council approved the plans for the new bridge across the river on Tuesday evening.",
            "Engineers said that construction could begin next spring if the regional funding arrives.",
            "Residents who opposed the design said they would keep pressing for a quieter route.",
        ],
        "Museum reopens after two years",
        [
            "The town museum opened its doors again on Saturday after two years of repairs to its roof.",
            "Visitors queued in the rain to see the restored collection of old maps and river charts.",
        ],
    ),
    Case(
        "de",
        "Kenia",
        "Stadtrat stimmt für die neue Brücke",
        [
            "Der Stadtrat hat am Dienstagabend den Plänen für die neue Brücke über den Fluss zugestimmt.",
            "Die Ingenieure sagten, der Bau könne im nächsten Frühjahr beginnen, wenn das Geld kommt.",
            "Anwohner, die gegen den Entwurf waren, wollen sich weiter für eine ruhigere Route einsetzen.",
        ],
        "Museum öffnet nach zwei Jahren wieder",
        [
            "Das Stadtmuseum hat am Samstag nach zwei Jahren Reparaturen am Dach wieder geöffnet.",
            "Die Besucher standen im Regen an, um die restaurierte Sammlung alter Karten zu sehen.",
        ],
    ),
    Case(
        "fr",
        "Urbanisme",
        "Le conseil approuve le nouveau pont",
        [
            "Le conseil municipal a approuvé mardi soir les plans du nouveau pont sur la rivière.",
            "Les ingénieurs ont dit que les travaux pourraient commencer au printemps si les fonds arrivent.",
            "Les habitants opposés au projet disent qu'ils continueront à demander un tracé plus calme.",
        ],
        "Le musée rouvre après deux ans",
        [
            "Le musée de la ville a rouvert ses portes samedi après deux ans de travaux sur sa toiture.",
            "Les visiteurs ont fait la queue sous la pluie pour voir la collection de cartes anciennes.",
        ],
    ),
    Case(
        "es",
        "Ciudad",
        "El consejo aprueba el nuevo puente",
        [
            "El concejo municipal aprobó el martes por la noche los planos del nuevo puente sobre el río.",
            "Los ingenieros dijeron que las obras podrían empezar en primavera si llegan los fondos.",
            "Los vecinos que se opusieron al proyecto dicen que seguirán pidiendo un trazado más tranquilo.",
        ],
        "El museo reabre tras dos años",
        [
            "El museo de la ciudad volvió a abrir sus puertas el sábado tras dos años de obras en el techo.",
            "Los visitantes hicieron cola bajo la lluvia para ver la colección restaurada de mapas antiguos.",
        ],
    ),
]
IDS = [case.lang for case in CASES]


def _page(case: Case, body: str, *, title: str | None = None) -> str:
    name = title or case.headline
    return (
        f"<html lang='{case.lang}'><head><title>{name}</title>"
        f"<meta property='og:title' content='{name}'></head>"
        f"<body><div class='k0'>{body}</div></body></html>"
    )


def _other(case: Case, *, heading: bool = True) -> str:
    """The next story; without its heading, with a story's length of text (three times its
    paragraphs: a card's teaser of two is no story)."""
    if heading:
        return f"<article class='k5'><h3>{case.other_title}</h3>{_paragraphs(case.other)}</article>"
    return f"<article class='k5'>{_paragraphs(case.other * 3)}</article>"


def _check(case: Case, page: str) -> None:
    check_own_story(page, case.story, case.other)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_headline_under_a_kicker_names_the_story(case: Case) -> None:
    story = f"<article class='k1'><h1>{case.headline}</h1>{_paragraphs(case.story)}</article>"
    _check(case, _page(case, story + _other(case), title=f"{case.kicker}: {case.headline}"))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_story_with_its_own_address_prunes_the_next_article(case: Case) -> None:
    story = (
        f"<article class='k1' data-url='{URL}'><h1>{case.headline}</h1>{_paragraphs(case.story)}</article>"
    )
    _check(case, _page(case, story + _other(case)))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_article_restating_the_headline_is_the_story(case: Case) -> None:
    # (the headline above both articles; the story's article sets it again as an <h2>)
    story = f"<article class='k1'><h2>{case.headline}</h2>{_paragraphs(case.story)}</article>"
    _check(case, _page(case, f"<h1>{case.headline}</h1>{story}{_other(case)}"))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_an_article_without_a_heading_after_the_storys_article(case: Case) -> None:
    story = f"<article class='k1'><h1>{case.headline}</h1>{_paragraphs(case.story)}</article>"
    _check(case, _page(case, story + _other(case, heading=False)))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_an_article_after_the_body_under_the_headline(case: Case) -> None:
    # (the headline above; the first article under it is the story's body, the next one is not)
    story = f"<article class='k1'>{_paragraphs(case.story)}</article>"
    _check(case, _page(case, f"<h1>{case.headline}</h1>{story}{_other(case, heading=False)}"))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_much_longer_article_after_plain_blocks_stays(case: Case) -> None:
    # Two captions written as paragraphs under the headline are no story before the article
    # that is the story's body, more than twice as long.
    captions = f"<div class='k2'>{_paragraphs(case.other)}</div>"
    body = f"<article class='k1'>{_paragraphs(case.story * 2)}</article>"
    page = _page(case, f"<div class='k3'><h1>{case.headline}</h1>{captions}</div>{body}")
    assert _pruned(page) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_much_longer_article_after_the_storys_article_goes(case: Case) -> None:
    story = f"<article class='k1'><h1>{case.headline}</h1>{_paragraphs(case.story[:2])}</article>"
    other = _other(case, heading=False).replace("</article>", _paragraphs(case.other * 3) + "</article>")
    _check(case._replace(story=case.story[:2]), _page(case, story + other))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_live_blogs_posts_stay(case: Case) -> None:
    posts = "".join(f"<article class='post'>{_paragraphs([text, text])}</article>" for text in case.story)
    page = _page(case, f"<h1>{case.headline}</h1><div class='k2'>{posts}</div>")
    assert _pruned(page) == []


def test_a_soft_hyphen_splits_no_word_of_the_headline() -> None:
    case = CASES[1]
    hyphenated = case.headline.replace("Stadtrat", "Stadt\u00adrat")
    story = f"<article class='k1'><h1>{hyphenated}</h1>{_paragraphs(case.story)}</article>"
    _check(case, _page(case, story + _other(case, heading=False)))


def test_a_site_name_after_a_kicker_names_no_story() -> None:
    case = CASES[0]
    page = _page(
        case,
        f"<h1>The Example Blog</h1><article class='k1'><h1>{case.headline}</h1>"
        f"{_paragraphs(case.story)}</article>",
        title=f"{case.kicker}: {case.headline} - The Example Blog",
    )
    tree = html.document_fromstring(page)
    first, second = tree.iter("h1")
    names = [tree.findtext(".//title") or ""]
    assert not _names(first, names)
    assert _names(second, [f"{case.kicker}: {case.headline}"])


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_an_article_headed_by_its_own_h1_after_the_headline(case: Case) -> None:
    # The named headline and its text in plain blocks whose paragraphs are short (no story's
    # text of its own to tell); the next story in an <article> under an <h1> of its own.
    short = "".join(f"<div class='k2'>{text}</div>" for text in case.story)
    other = f"<article class='k5'><h1>{case.other_title}</h1>{_paragraphs(case.other)}</article>"
    page = _page(case, f"<div class='k1'><h1>{case.headline}</h1>{short}{other}</div>")
    assert _pruned(page) == ["k5"]
    text = extract_article(page, URL).text
    assert not any(paragraph in text for paragraph in case.other)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_headline_part_of_a_title_names_the_story(case: Case) -> None:
    # "Site - Section - Headline": the longest part is the headline.
    story = f"<article class='k1'><h1>{case.headline}</h1>{_paragraphs(case.story)}</article>"
    _check(case, _page(case, story + _other(case), title=f"Example - News - {case.headline}"))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_much_longer_article_after_a_story_in_plain_blocks_goes(case: Case) -> None:
    # Three real paragraphs in plain blocks are a story's text, not captions: the longer
    # article after them (the next story, its headline left out) is another story.
    story = f"<div class='k1'><h1>{case.headline}</h1><div class='k2'>{_paragraphs(case.story)}</div></div>"
    other = _other(case, heading=False).replace("</article>", _paragraphs(case.other * 3) + "</article>")
    _check(case, _page(case, story + other))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_card_without_a_heading_after_the_story_stays(case: Case) -> None:
    # Two teaser lines in an <article> with no heading: a card, left to the teaser rules.
    story = f"<article class='k1'><h1>{case.headline}</h1>{_paragraphs(case.story)}</article>"
    card = f"<div class='k6'><article class='k5'>{_paragraphs(case.other)}</article></div>"
    assert _pruned(_page(case, story + card)) == []
