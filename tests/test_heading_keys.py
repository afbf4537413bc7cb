"""Keys that match a page heading to the body (``body/headings.py``: ``restore_headings``,
``heading_key``).

- A paragraph longer than a heading can be that starts with a long heading's text (the
  heading's words said again and carried on) does not stand for the heading: keyed by their
  first 80 characters, the two were one, and the heading trafilatura dropped stayed out.
- A block of heading length that starts with a long heading's first 80 characters is still
  marked a heading (strict xfails below): marking only by the whole text cost a judge page its
  text in session 35 (traf-B "with" 0.9750 -> 0.9736) and was not taken.
- A dropped heading goes over its own paragraph, found by the paragraph's whole text, not over
  an earlier one that merely starts with the same 80 characters; the first 80 characters still
  find a paragraph the body holds with another end.

Each page is written for the test, in several languages.
"""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.headings import MAX_HEADING_CHARS, PageHeading, heading_key, restore_headings

pytestmark = pytest.mark.unit

# (language, a heading of more than 80 characters, what a paragraph adds after its words (short
# enough for a heading's 25 words), four paragraphs of the story)
CASES = [
    (
        "en",
        "Why the council wants to close the old harbour bridge to cars before the summer season",
        " was the question. Nobody knew.",
        [
            "The council will vote on the plan next month, after two public hearings in the old town hall.",
            "Traders say nobody asked them before the first draft was written, and want a seat at the table.",
            "Engineers found cracks in two of the bridge's piers last winter and asked for a load limit.",
            "The mayor said the city would publish every submission it receives before the final vote.",
        ],
    ),
    (
        "de",
        "Warum der Stadtrat die alte Hafenbrücke noch vor der Sommersaison für Autos sperren will",
        " war die Frage. Niemand wusste es.",
        [
            "Der Stadtrat stimmt im nächsten Monat über den Plan ab, nach zwei Anhörungen im Rathaus.",
            "Die Händler sagen, niemand habe sie vor dem ersten Entwurf gefragt, und sie wollen mitreden.",
            "Ingenieure fanden im letzten Winter Risse in zwei Pfeilern der Brücke und rieten zu einer Last.",
            "Die Bürgermeisterin sagte, die Stadt werde jede Eingabe vor der Abstimmung veröffentlichen.",
        ],
    ),
    (
        "fr",
        "Pourquoi le conseil veut fermer le vieux pont du port aux voitures avant la saison d'été",
        " était la question. Personne ne savait.",
        [
            "Le conseil votera le projet le mois prochain, après deux audiences publiques à la mairie.",
            "Les commerçants disent ne pas avoir été consultés avant la première version du texte.",
            "Des ingénieurs ont trouvé des fissures dans deux piles du pont l'hiver dernier, disent-ils.",
            "La maire a dit que la ville publierait chaque contribution reçue avant le vote final.",
        ],
    ),
]
IDS = [case[0] for case in CASES]


def _page(lang: str, heading: str, said_again: str, paragraphs: list[str]) -> str:
    first, second, third, fourth = paragraphs
    return (
        f"<html lang='{lang}'><head><title>Harbour bridge</title></head><body><article>"
        f"<h1>Harbour bridge</h1><p>{first}</p><p>{second}</p>"
        f"<h2>{heading}</h2><p>{third}</p><p>{heading}{said_again}</p><p>{fourth}</p>"
        "</article></body></html>"
    )


NOT_TAKEN = pytest.mark.xfail(
    strict=True,
    reason="marking by the whole text only: measured in session 35 (traf-B 'with' fell), not taken",
)


@NOT_TAKEN
@pytest.mark.parametrize(("lang", "heading", "said_again", "paragraphs"), CASES, ids=IDS)
def test_paragraph_starting_with_a_heading_is_no_heading(
    lang: str, heading: str, said_again: str, paragraphs: list[str]
) -> None:
    assert len(heading) > 80
    article = extract_article(_page(lang, heading, said_again, paragraphs), "https://news.example.org/a/1")
    assert [section.heading for section in article.sections if section.heading] == [heading]
    texts = [paragraph for section in article.sections for paragraph in section.paragraphs]
    assert f"{heading}{said_again}" in texts


@NOT_TAKEN
@pytest.mark.parametrize(("lang", "heading", "said_again", "paragraphs"), CASES, ids=IDS)
def test_marked_only_by_the_whole_text(
    lang: str, heading: str, said_again: str, paragraphs: list[str]
) -> None:
    blocks = [
        Block(text=paragraphs[0]),
        Block(text=heading + said_again),
        Block(text=heading),
        Block(text=paragraphs[1]),
    ]
    found = PageHeading(text=heading, next_paragraph=heading_key(paragraphs[1]))
    assert restore_headings(blocks, [found]) == [
        blocks[0],
        blocks[1],
        Block(text=heading, heading=True),
        blocks[3],
    ]


@pytest.mark.parametrize(("lang", "heading", "said_again", "paragraphs"), CASES, ids=IDS)
def test_restored_though_a_paragraph_starts_with_it(
    lang: str, heading: str, said_again: str, paragraphs: list[str]
) -> None:
    """trafilatura dropped the heading; the paragraph that says its words again (longer than a
    heading can be) does not stand for it."""
    again = f"{heading}{said_again} {paragraphs[3]} {paragraphs[1]}"
    assert len(again) > MAX_HEADING_CHARS
    blocks = [Block(text=paragraphs[0]), Block(text=paragraphs[2]), Block(text=again)]
    found = PageHeading(text=heading, next_paragraph=heading_key(paragraphs[2]))
    assert restore_headings(blocks, [found]) == [
        blocks[0],
        Block(text=heading, heading=True),
        blocks[1],
        blocks[2],
    ]


@pytest.mark.parametrize(("lang", "heading", "said_again", "paragraphs"), CASES, ids=IDS)
def test_goes_over_its_own_paragraph(lang: str, heading: str, said_again: str, paragraphs: list[str]) -> None:
    """Two paragraphs start with the same 80 characters; the heading heads the second."""
    earlier, own = heading + said_again, heading + " " + paragraphs[3]
    blocks = [Block(text=paragraphs[0]), Block(text=earlier), Block(text=own)]
    found = PageHeading(text=paragraphs[1][:40], next_paragraph=heading_key(own))
    assert restore_headings(blocks, [found]) == [
        blocks[0],
        blocks[1],
        Block(text=paragraphs[1][:40], heading=True),
        blocks[2],
    ]


@pytest.mark.parametrize(("lang", "heading", "said_again", "paragraphs"), CASES, ids=IDS)
def test_found_by_its_start_when_the_body_ends_it_otherwise(
    lang: str, heading: str, said_again: str, paragraphs: list[str]
) -> None:
    """The page's paragraph ends in a note the body left out: its first 80 characters find it."""
    own = heading + said_again
    blocks = [Block(text=paragraphs[0]), Block(text=own)]
    found = PageHeading(text=paragraphs[1][:40], next_paragraph=heading_key(own + " (Updated.)"))
    assert restore_headings(blocks, [found]) == [
        blocks[0],
        Block(text=paragraphs[1][:40], heading=True),
        blocks[1],
    ]


@pytest.mark.parametrize(("lang", "heading", "said_again", "paragraphs"), CASES, ids=IDS)
def test_heading_with_a_label_joined_to_it_is_still_the_heading(
    lang: str, heading: str, said_again: str, paragraphs: list[str]
) -> None:
    """trafilatura read the heading with a label after it into one block ("… | Video"): no
    sentence closes it, so it is the heading still, and the heading is not put in again."""
    joined = f"{heading} | Video 02:41"
    blocks = [Block(text=paragraphs[0]), Block(text=joined), Block(text=paragraphs[1])]
    found = PageHeading(text=heading, next_paragraph=heading_key(paragraphs[1]))
    assert restore_headings(blocks, [found]) == [blocks[0], Block(text=joined, heading=True), blocks[2]]
