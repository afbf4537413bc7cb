"""A sub-heading and the paragraph it heads with something set between them (``body/headings.py``:
``page_headings`` finds which paragraph a heading introduces, ``restore_headings`` puts a heading
trafilatura dropped back before it). A picture with its credit, a product's name and price, or an
ad slot's label may stand between; a row of links, a toolbar, a box holding the paragraph, a
teaser's linked title or another article's card may not. Each page is written for the test, built
of divs with opaque class names, in several languages."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.boilerplate import is_widget_heading
from newscrawl.extract.body.headings import heading_key, page_headings, restore_headings
from newscrawl.extract.page import Page, parse_page

pytestmark = pytest.mark.unit

# (language, heading, the paragraph under it, a credit, a product's name, its price, an ad's label)
CASES = [
    (
        "en",
        "The best tent for two",
        "This tent kept us dry through three nights of rain on the coast, and it packs down small enough.",
        "Photograph: Maker",
        "Trail Dome 2",
        "$189 at Shop",
        "Advertisement",
    ),
    (
        "de",
        "Das beste Zelt für zwei",
        "Dieses Zelt hielt uns drei regnerische Nächte an der Küste trocken und passt in jeden Rucksack.",
        "Foto: Hersteller",
        "Trail Dome 2",
        "189 € bei Shop",
        "Anzeige",
    ),
    (
        "fr",
        "La meilleure tente pour deux",
        "Cette tente nous a gardés au sec trois nuits de pluie sur la côte, et elle se range facilement.",
        "Photo : fabricant",
        "Trail Dome 2",
        "189 € chez Shop",
        "Publicité",
    ),
]
IDS = [case[0] for case in CASES]
INTRO = {
    "en": "The long weekend on the coast was the test for every piece of gear we took along this year.",
    "de": "Das lange Wochenende an der Küste war der Test für jedes Stück Ausrüstung, das wir dabeihatten.",
    "fr": "Le long week-end sur la côte a été le test de chaque pièce d'équipement emportée cette année.",
}


def _headings(
    lang: str, between: str, heading: str, paragraph: str, *, deeper: bool = False
) -> dict[str, str | None]:
    """The page's headings with the key of the paragraph each introduces; ``between`` set between
    the heading's block and its paragraph (``deeper``: the paragraph inside that block)."""
    after = (
        f"<div class='k4'><div class='k5'>{between}<p>{paragraph}</p></div></div>"
        if deeper
        else f"{between}<p>{paragraph}</p>"
    )
    body = (
        f"<div class='k1'><div class='k2'><p>{INTRO[lang]}</p>"
        f"<div><h2 class='k3'>{heading}</h2></div>{after}<p>{INTRO[lang]}</p></div></div>"
    )
    page = parse_page(f"<html lang='{lang}'><body>{body}</body></html>", "https://news.example.org/a/1")
    return {found.text: found.next_paragraph for found in page_headings(page)}


def _product(credit: str, name: str, price: str) -> str:
    return (
        "<div class='q1'><div class='q2'><a class='q3' href='https://shop.example.com/p/1'>"
        f"<span><picture><img src='/tent.jpg' alt=''></picture></span><p class='q4'>{credit}</p></a>"
        f"<div class='q5'><div class='q6'>{name}</div><div><div><a href='https://shop.example.com/p/1'>"
        f"<span><span>{price}</span></span></a></div></div></div></div></div>"
    )


def _ad(label: str) -> str:
    slot = "<div class='r3'><div class='r4'><span></span></div></div>"
    return f"<div class='r1'><div class='r2'>{label}</div>{slot}</div>"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_picture_credit_name_and_price_between_heading_and_paragraph(case: tuple[str, ...]) -> None:
    lang, heading, paragraph, credit, name, price, _ = case
    found = _headings(lang, _product(credit, name, price), heading, paragraph)
    assert found[heading] == heading_key(paragraph)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_an_ad_slot_with_its_label_between_heading_and_paragraph(case: tuple[str, ...]) -> None:
    lang, heading, paragraph, *_, label = case
    found = _headings(lang, _ad(label) + "<div class='r5'><div><span></span></div></div>", heading, paragraph)
    assert found[heading] == heading_key(paragraph)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_heading_above_all_the_text(case: tuple[str, ...]) -> None:
    """A label or date line over the story (a section's name, a picture's counter and credit),
    with no paragraph before it: no sub-heading of the text after a box."""
    lang, heading, paragraph, credit, name, price, _ = case
    body = (
        f"<div class='k1'><div class='k2'><div><h2 class='k3'>{heading}</h2></div>"
        f"{_product(credit, name, price)}<p>{paragraph}</p><p>{INTRO[lang]}</p></div></div>"
    )
    page = parse_page(f"<html lang='{lang}'><body>{body}</body></html>", "https://news.example.org/a/1")
    assert {found.text: found.next_paragraph for found in page_headings(page)}[heading] is None


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_row_of_links_between_heading_and_paragraph(case: tuple[str, ...]) -> None:
    """Topics, share links: the heading is the row's title, not the paragraph's."""
    lang, heading, paragraph, *_ = case
    links = "".join(f"<a href='/topic/{i}'>Topic number {i}</a>" for i in range(4))
    row = f"<div class='s1'><div class='s2'>{links}</div></div>" * 3
    assert _headings(lang, row, heading, paragraph)[heading] is None


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_toolbar_between_heading_and_paragraph(case: tuple[str, ...]) -> None:
    lang, heading, paragraph, credit, *_ = case
    buttons = "".join("<button class='t3'><img src='/icon.svg' alt=''></button>" for _ in range(3))
    bar = f"<div class='t1'><div class='t2'>{credit}</div><div><div>{buttons}</div></div></div>"
    assert _headings(lang, bar, heading, paragraph)[heading] is None


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_paragraph_inside_the_box_under_the_heading(case: tuple[str, ...]) -> None:
    """A box's title over its picture, caption and text (a magazine issue, a book): the text is
    the box's, not a section of the story."""
    lang, heading, paragraph, credit, *_ = case
    cover = "<picture><source srcset='/c.webp'><source srcset='/c.avif'><img src='/c.jpg' alt=''></picture>"
    caption = f"<div><p>{credit}</p></div>"
    box = f"<div class='u1'><div class='u2'><div><span>{cover}</span></div>{caption}</div></div>"
    assert _headings(lang, box, heading, paragraph, deeper=True)[heading] is None


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_linked_title_over_its_card(case: tuple[str, ...]) -> None:
    """A teaser's title (a link to another page) over its picture: its summary is the card's."""
    lang, heading, paragraph, credit, name, price, _ = case
    linked = f"<a href='https://news.example.org/b/2'>{heading}</a>"
    found = _headings(lang, _product(credit, name, price), linked, paragraph)
    assert found[heading] is None


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_paragraph_in_another_article(case: tuple[str, ...]) -> None:
    lang, heading, paragraph, credit, *_ = case
    body = (
        f"<article><p>{INTRO[lang]}</p><h3>{heading}</h3><article class='v1'><a href='/b/2'>"
        f"<img src='/b.jpg' alt=''></a><div><a href='/share'>{credit}</a></div><div><div><span></span></div>"
        f"</div><p>{paragraph}</p></article></article>"
    )
    page = parse_page(f"<html lang='{lang}'><body>{body}</body></html>", "https://news.example.org/a/1")
    assert {found.text: found.next_paragraph for found in page_headings(page)}[heading] is None


def _simple(lang: str, heading: str, paragraph: str) -> Page:
    story = f"<div><p>{INTRO[lang]}</p><h2>{heading}</h2><p>{paragraph}</p></div>"
    return parse_page(f"<html lang='{lang}'><body>{story}</body></html>")


def _contents(target: str, heading: str) -> Block:
    item = html.fromstring(f"<li><a href='{target}'><strong>{heading}</strong></a></li>")
    return Block(text=heading, heading=True, link_ratio=1.0, list_item=True, in_link_list=True, node=item)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_contents_entry_does_not_stand_for_the_heading(case: tuple[str, ...]) -> None:
    """The table of contents names the heading with a link to it ("#part-2"); trafilatura
    dropped the heading itself: it goes back before its paragraph all the same."""
    lang, heading, paragraph, *_ = case
    blocks = [_contents("#part-2", heading), Block(text=INTRO[lang]), Block(text=paragraph)]
    page = _simple(lang, heading, paragraph)
    restored = restore_headings(blocks, page_headings(page))
    assert [block.text for block in restored if block.heading] == [heading, heading]
    assert restored[2].text == heading and restored[3].text == paragraph


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_link_to_another_page_stands_for_the_heading(case: tuple[str, ...]) -> None:
    """The same text linked to another page is a teaser of that story: no second copy put back."""
    lang, heading, paragraph, *_ = case
    blocks = [
        _contents("https://news.example.org/b/2", heading),
        Block(text=INTRO[lang]),
        Block(text=paragraph),
    ]
    page = _simple(lang, heading, paragraph)
    restored = restore_headings(blocks, page_headings(page))
    assert [block.text for block in restored] == [heading, INTRO[lang], paragraph]


@pytest.mark.parametrize(
    ("text", "widget"),
    [
        ("Você pode gostar...", True),
        ("Você também pode gostar", True),
        ("Pode gostar também:", True),
        ("Você pode gostar de futebol e de música", False),
    ],
)
def test_portuguese_you_may_like(text: str, widget: bool) -> None:
    assert is_widget_heading(text) is widget
