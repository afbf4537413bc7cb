"""Paragraphs of a split article body that trafilatura skipped (``body/recall.py``)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lxml import html

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.recall import _text_key, add_split_body_paragraphs
from newscrawl.extract.normalise import collapse, text_key
from newscrawl.extract.page import parse_page

PROSE_EN = (
    "The council voted on Tuesday to extend the night service on three lines during the festival week, "
    "citing record demand last year."
)
PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "generalise" / "body-recall-cards-it.html"


def test_the_story_parts_come_back_not_the_same_class_in_teaser_cards() -> None:
    page = parse_page(PAGE.read_bytes(), "https://example.org/notizie/teatro")
    first_part = page.tree.xpath("//div[@class='articolo-corpo']/div[@class='testo-ricco'][1]/p")
    blocks = [Block(text=collapse(p.text_content())) for p in first_part]
    texts = [block.text for block in add_split_body_paragraphs(page, blocks)]
    assert texts[:2] == [block.text for block in blocks]
    assert any(text.startswith("La nuova stagione comprende") for text in texts)
    assert any(text.startswith("Il sindaco ha ringraziato") for text in texts)
    assert not any("ponte vecchio" in text or "mercato del sabato" in text for text in texts)


def test_a_key_read_from_the_start_of_a_text_is_the_whole_texts() -> None:
    # _text_key reads up to a plain space past 80 characters; text_key reads the whole text.
    rng = random.Random(22)
    pieces = ["a", "B", " ", " ", ".", "\u0301", "\u00a0", "\u200b", "ß", "İ", "\u1100", "\u1161", "\u11a8"]
    pieces += ["Å", "\u030a", "\t", "ﬁ", "Σ", "\u0345", "\u00ad", "é"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(40, 200))) for _ in range(20000)]
    texts += ["x" * 79 + " \u0308" + "y" * 70, " ." * 60 + " z" * 40, "\u1100\u1161" * 45 + " \u11a8 ok"]
    texts += [PROSE_EN, PROSE_EN.upper(), " " * 100 + PROSE_EN]
    for text in texts:
        assert _text_key(text) == text_key(text, 60), text


def _hashed_page(lang: str, title: str, body: list[str], cards: list[tuple[str, str, str]]) -> str:
    """A story split in two same-class parts by an ad, and a row of other pages' teaser cards
    whose summaries stand in the body's class too; every class an opaque hash (no card words)."""
    first = "".join(f"<p>{text}</p>" for text in body[:2])
    second = "".join(f"<p>{text}</p>" for text in body[2:])
    row = "".join(
        f'<div class="k4f1"><div class="k9a2"><a href="{href}">{head}</a></div>'
        f'<div class="k0c7"><div class="x81b"><p>{summary}</p></div></div></div>'
        for href, head, summary in cards
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><div class="a1"><div class="b2"><h1>{title}</h1><div class="c3">'
        f'<div class="x81b">{first}</div><div class="d4"><span>Ad</span></div>'
        f'<div class="x81b">{second}</div></div></div>'
        f'<div class="e5"><div class="f6">{row}</div></div></div></body></html>'
    )


HASHED_PAGES = {
    "de": (
        "Stadtrat beschließt neue Nachtbuslinien",
        [
            "Der Stadtrat hat am Dienstag drei neue Nachtbuslinien für die Außenbezirke beschlossen.",
            "Die Kosten von zwei Millionen Euro im Jahr teilen sich Stadt und Verkehrsverbund.",
            "Die Linien fahren am Wochenende im Halbstundentakt, unter der Woche stündlich.",
            "Der Fahrgastverband begrüßte den Beschluss und forderte Anschluss für die Kliniken.",
        ],
        [
            (
                "/lokales/brand",
                "Brand in einer Lagerhalle im Hafengebiet",
                "Die Feuerwehr war mit vierzig Kräften vor Ort.",
            ),
            (
                "/lokales/kneipe",
                "Traditionskneipe schließt nach vierzig Jahren",
                "Die Nachfolger wollen im Frühjahr öffnen.",
            ),
            (
                "/lokales/arkaden",
                "Neuer Belag für die Arkaden am Rathaus",
                "Die Arbeiten beginnen im kommenden Monat.",
            ),
        ],
    ),
    "en": (
        "Council approves three new night bus routes",
        [
            "The council voted on Tuesday to add three night bus routes for the outer districts.",
            "The cost of two million a year will be shared by the city and the transport authority.",
            "Buses will run every half hour at weekends and hourly on weekdays, after midnight.",
            "The passengers' association welcomed the decision and asked for links to the hospitals.",
        ],
        [
            (
                "/local/fire",
                "Fire breaks out at a warehouse by the docks",
                "Forty firefighters kept the flames back.",
            ),
            (
                "/local/pub",
                "Landmark pub closes its doors after forty years",
                "New owners plan to reopen in the spring.",
            ),
            (
                "/local/arcade",
                "New paving for the arcade at the town hall",
                "Work on the floor starts next month.",
            ),
        ],
    ),
    "fr": (
        "Le conseil adopte trois lignes de bus de nuit",
        [
            "Le conseil municipal a voté mardi trois nouvelles lignes de bus de nuit vers la périphérie.",
            "Le coût de deux millions par an sera partagé entre la ville et l'autorité des transports.",
            "Les bus passeront toutes les demi-heures le week-end et toutes les heures en semaine.",
            "L'association des usagers salue la décision et demande une desserte des hôpitaux.",
        ],
        [
            (
                "/local/incendie",
                "Incendie dans un entrepôt près du port",
                "Quarante pompiers ont contenu les flammes.",
            ),
            (
                "/local/bistrot",
                "Le bistrot du quartier ferme après quarante ans",
                "Les repreneurs rouvriront au printemps.",
            ),
            (
                "/local/arcades",
                "Nouveau pavage pour les arcades de la mairie",
                "Les travaux commencent le mois prochain.",
            ),
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(HASHED_PAGES))
def test_a_teaser_rows_summaries_in_the_body_class_are_not_recalled(lang: str) -> None:
    title, body, cards = HASHED_PAGES[lang]
    page = parse_page(_hashed_page(lang, title, body, cards).encode(), "https://example.org/news/story")
    blocks = [Block(text=text) for text in body[:2]]
    texts = [block.text for block in add_split_body_paragraphs(page, blocks)]
    assert texts == body  # the story's second part comes back ...
    assert not any(summary in text for _, _, summary in cards for text in texts)  # ... not the cards'


def _boxed(page: str) -> str:
    """The page with every paragraph in a box of its own, as pages built of components write
    them (``<div class="k2w"><p>…</p></div>``)."""
    return page.replace("<p>", '<div class="k2w"><p>').replace("</p>", "</p></div>")


@pytest.mark.parametrize("lang", sorted(HASHED_PAGES))
def test_a_split_body_of_boxed_paragraphs_comes_back_not_the_cards(lang: str) -> None:
    # Each paragraph in its own box: the boxes, not the paragraphs, stand in the body's two
    # same-class parts; the part trafilatura skipped comes back, the teaser cards' summaries
    # (boxed in the body's class too) do not.
    title, body, cards = HASHED_PAGES[lang]
    page = parse_page(
        _boxed(_hashed_page(lang, title, body, cards)).encode(), "https://example.org/news/story"
    )
    blocks = [Block(text=text) for text in body[:2]]
    texts = [block.text for block in add_split_body_paragraphs(page, blocks)]
    assert texts == body
    assert not any(summary in text for _, _, summary in cards for text in texts)


def test_boxes_that_hold_more_than_their_paragraph_are_containers_themselves() -> None:
    # A box with a label beside its paragraph is no paragraph's box: its paragraph is not the
    # body's (one kept paragraph per box: no container holds two).
    title, body, _ = HASHED_PAGES["en"]
    parts = "".join(f'<div class="k2w"><span>Note</span><p>{text}</p></div>' for text in body)
    page = parse_page(
        f'<html lang="en"><body><h1>{title}</h1><div class="c3">{parts}</div></body></html>'.encode(),
        "https://example.org/news/story",
    )
    blocks = [Block(text=text) for text in body[:2]]
    assert [block.text for block in add_split_body_paragraphs(page, blocks)] == body[:2]


@pytest.mark.parametrize("lang", sorted(HASHED_PAGES))
def test_a_boxed_text_shown_twice_is_not_put_back(lang: str) -> None:
    # A pitch repeated between the story's boxed paragraphs, in the story's own boxes: no part
    # of the story (the story's paragraphs are each shown once).
    title, body, cards = HASHED_PAGES[lang]
    pitch = "Support independent journalism: become a member today and read every story first."
    second = f"<p>{body[2]}</p><p>{pitch}</p><p>{body[3]}</p><p>{pitch}</p>"
    page_html = _hashed_page(lang, title, body, cards).replace(f"<p>{body[2]}</p><p>{body[3]}</p>", second)
    page = parse_page(_boxed(page_html).encode(), "https://example.org/news/story")
    blocks = [Block(text=text) for text in body[:2]]
    assert [block.text for block in add_split_body_paragraphs(page, blocks)] == body


LINK_LINE_BODIES = {
    "en": [
        "The council voted on Tuesday to extend the night service on three lines during the festival.",
        "Last year the buses were full until well after two in the morning on every weekend night.",
        "The extra journeys will cost the city about two hundred thousand pounds, the council said.",
        "The transport union welcomed the decision but asked for more drivers to be hired for it.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek o przedłużeniu nocnej komunikacji na trzech liniach.",
        "W ubiegłym roku autobusy były pełne do późnej nocy w każdy weekend trwania festiwalu.",
        "Dodatkowe kursy będą kosztować miasto około miliona złotych rocznie, podał urząd miasta.",
        "Związek zawodowy przyjął decyzję z zadowoleniem, ale domaga się zatrudnienia kierowców.",
    ],
}


@pytest.mark.parametrize("lang", sorted(LINK_LINE_BODIES))
def test_a_link_line_read_in_a_part_does_not_make_that_part_read(lang: str) -> None:
    # The second part of a split body holds a related story's title as a link line: trafilatura
    # read that line but not the part's prose; the part's paragraphs still come back.
    body = LINK_LINE_BODIES[lang]
    link = "<p><a href='/news/other-story'>A related story of the same site, read it here now</a></p>"
    page = parse_page(
        f"<html lang='{lang}'><body><div class='a1'><h1>Night buses</h1>"
        f"<div class='x81b'><p>{body[0]}</p><p>{body[1]}</p></div><div class='d4'><span>Ad</span></div>"
        f"<div class='x81b'><p>{body[2]}</p>{link}<p>{body[3]}</p></div></div></body></html>".encode(),
        "https://example.org/news/night-buses",
    )
    line = collapse(html.fragment_fromstring(link).text_content())
    read = [Block(text=body[0]), Block(text=body[1]), Block(text=line)]
    texts = [block.text for block in add_split_body_paragraphs(page, read)]
    assert body[2] in texts
    assert body[3] in texts
