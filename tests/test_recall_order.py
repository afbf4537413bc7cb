"""The split-body recall (``body/recall.py``) puts a paragraph back where the page has it: after
the block before it on the page, with a text that stands twice (a lead repeated in a paywall
teaser further down) at its first copy, and a sub-heading at its own element."""

from __future__ import annotations

import pytest

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.recall import add_split_body_paragraphs
from newscrawl.extract.page import parse_page

# (title, heading, six paragraphs) per language; every class on the pages is an opaque hash.
STORIES = {
    "en": (
        "Council approves three new night bus routes",
        "Who pays for the buses",
        [
            "The council voted on Tuesday to add three night bus routes for the outer districts.",
            "The cost of two million a year will be shared by the city and the transport authority.",
            "Buses will run every half hour at weekends and hourly on weekdays, after midnight.",
            "The passengers' association welcomed the decision and asked for links to the hospitals.",
            "Drivers' unions said they would need forty more drivers before the routes can start.",
            "The first route is planned to open in March, the other two before the summer holidays.",
        ],
    ),
    "de": (
        "Stadtrat beschließt neue Nachtbuslinien",
        "Wer die Busse bezahlt",
        [
            "Der Stadtrat hat am Dienstag drei neue Nachtbuslinien für die Außenbezirke beschlossen.",
            "Die Kosten von zwei Millionen Euro im Jahr teilen sich Stadt und Verkehrsverbund.",
            "Die Linien fahren am Wochenende im Halbstundentakt, unter der Woche stündlich.",
            "Der Fahrgastverband begrüßte den Beschluss und forderte Anschluss für die Kliniken.",
            "Die Gewerkschaft sagt, vor dem Start würden vierzig weitere Fahrer gebraucht.",
            "Die erste Linie soll im März starten, die beiden anderen noch vor den Sommerferien.",
        ],
    ),
    "pl": (
        "Rada miasta zatwierdza trzy nowe nocne linie autobusowe",
        "Kto zapłaci za autobusy",
        [
            "Radni przegłosowali we wtorek trzy nowe nocne linie autobusowe do dzielnic peryferyjnych.",
            "Koszt dwóch milionów złotych rocznie podzielą między siebie miasto i zarząd transportu.",
            "Autobusy będą kursować co pół godziny w weekendy i co godzinę w dni powszednie.",
            "Stowarzyszenie pasażerów przyjęło decyzję z zadowoleniem i prosi o dojazd do szpitali.",
            "Związki zawodowe kierowców mówią, że przed startem potrzeba czterdziestu kierowców.",
            "Pierwsza linia ma ruszyć w marcu, dwie pozostałe jeszcze przed wakacjami letnimi.",
        ],
    ),
}


def _page(lang: str, title: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><div class="a1"><div class="b2"><h1>{title}</h1><div class="c3">{body}</div></div>'
        "</div></body></html>"
    ).encode()


def _ps(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_lead_repeated_in_a_teaser_box_below_stays_first(lang: str) -> None:
    title, heading, paragraphs = STORIES[lang]
    lead, *rest = paragraphs
    # The story's first part (lead, sub-heading, two paragraphs), an ad, its second part, and a
    # paywall teaser box below that repeats the lead.
    body = (
        f'<div class="x81b"><p>{lead}</p><h2>{heading}</h2>{_ps(rest[:2])}</div>'
        '<div class="d4"><span>Ad</span></div>'
        f'<div class="x81b">{_ps(rest[2:])}</div>'
        f'<div class="q7"><div class="w2"><p>{lead}</p></div><a href="/subscribe">Subscribe</a></div>'
    )
    page = parse_page(_page(lang, title, body), "https://example.org/news/story")
    blocks = [Block(text=text) for text in (lead, heading, *rest[:2])]
    texts = [block.text for block in add_split_body_paragraphs(page, blocks)]
    assert texts == [lead, heading, *rest]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_paragraph_put_back_before_a_sub_heading_goes_before_it(lang: str) -> None:
    title, heading, paragraphs = STORIES[lang]
    # A part of the story that trafilatura skipped stands between two read parts, before the
    # sub-heading that opens the third part.
    body = (
        f'<div class="x81b">{_ps(paragraphs[:2])}</div>'
        f'<div class="x81b">{_ps(paragraphs[2:3])}</div>'
        f"<h2>{heading}</h2>"
        f'<div class="x81b">{_ps(paragraphs[3:])}</div>'
    )
    page = parse_page(_page(lang, title, body), "https://example.org/news/story")
    blocks = [Block(text=text) for text in (*paragraphs[:2], heading, *paragraphs[3:])]
    texts = [block.text for block in add_split_body_paragraphs(page, blocks)]
    assert texts == [*paragraphs[:3], heading, *paragraphs[3:]]


def test_a_block_not_on_the_page_stays_after_the_block_before_it() -> None:
    title, _, paragraphs = STORIES["en"]
    body = f'<div class="x81b">{_ps(paragraphs[:2])}</div><div class="x81b">{_ps(paragraphs[2:4])}</div>'
    page = parse_page(_page("en", title, body), "https://example.org/news/story")
    note = "Correction: an earlier version of this story misstated the cost."
    blocks = [Block(text=text) for text in (*paragraphs[:2], note)]
    texts = [block.text for block in add_split_body_paragraphs(page, blocks)]
    assert texts == [*paragraphs[:2], note, *paragraphs[2:4]]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_kicker_that_is_also_a_later_sections_heading_stays_on_top(lang: str) -> None:
    title, heading, paragraphs = STORIES[lang]
    kicker = paragraphs[4].split(" ")[0] + " " + paragraphs[5].split(" ")[1]
    # The kicker over the story (no heading element) is also the heading of a later section.
    body = (
        f'<div class="k1"><span>{kicker}</span></div><h2>{heading}</h2>'
        f'<div class="x81b">{_ps(paragraphs[:2])}</div>'
        f'<div class="x81b">{_ps(paragraphs[2:3])}</div>'
        f"<h3>{kicker}</h3>"
        f'<div class="x81b">{_ps(paragraphs[3:])}</div>'
    )
    page = parse_page(_page(lang, title, body), "https://example.org/news/story")
    blocks = [Block(text=text) for text in (kicker, heading, *paragraphs[:2], *paragraphs[3:])]
    texts = [block.text for block in add_split_body_paragraphs(page, blocks)]
    assert texts == [kicker, heading, *paragraphs]
