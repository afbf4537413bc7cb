"""Unit tests of a heading set right over the story from outside its block (``body/headings.py``
``off_story_headings``, ``_heading_over``): the headline's kicker and title set again as an ``<h2>``,
a dek set as a heading, both over the story's first paragraph (or over the description shown
above it). Such a heading heads none of the story: it leaves the body. A section title over the
story with the body's text above it (a fact check's claim, then "Origin") stays. A dek set as
a heading (of one piece: no kicker's element beside a title's) is the description when the
page declares none. Also: a heading's
text on the page is read without the style sheets set inside it (a page styled per component).
Every class name here is opaque; no landmark element marks the header."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.headings import off_story_headings
from newscrawl.extract.page import parse_page
from tests.test_off_story_headings import DE, EN

pytestmark = pytest.mark.unit

RU = (
    "Во вторник вечером городской совет обсудил планы строительства нового моста через реку, о котором "
    "жители просят с тех пор, как перестал ходить старый паром.",
    "Инженеры заявили, что работы могут начаться следующей весной, если деньги будут выделены, и что "
    "строительство займёт около двух лет.",
    "Владельцы магазинов на обоих берегах приветствовали решение: по их словам, путь до соседнего моста "
    "годами стоил им покупателей.",
    "Мэр пообещал провести в марте публичные слушания, на которых покажут проекты и жители смогут "
    "задать вопросы инженерам.",
)


def _story(paragraphs: tuple[str, ...], inner: str = "") -> str:
    return f"<div class='t'>{inner}" + "".join(f"<p>{text}</p>" for text in paragraphs) + "</div>"


def _kept(body: str, blocks: list[Block], description: str | None = None) -> list[str]:
    page = parse_page(f"<html><body>{body}</body></html>", "https://example.org/news/bridge")
    return [block.text for block in off_story_headings(blocks, page, None, description)]


def _blocks(heading: str, paragraphs: tuple[str, ...], *between: str) -> list[Block]:
    return [
        Block(text=heading, heading=True),
        *(Block(text=text) for text in between),
        *(Block(text=text) for text in paragraphs),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "kicker", "title"),
    [
        (EN, "Town news", "A bridge at last"),
        (DE, "Kreis und quer", "Streber und faule Socken"),
        (RU, "Городские новости", "Мост наконец построят"),
    ],
)
def test_the_headline_set_again_over_the_story_leaves_the_body(
    paragraphs: tuple[str, ...], kicker: str, title: str
) -> None:
    """A kicker and a title in an ``<h2>`` of the header, over the byline and the story's block."""
    heading = f"{kicker} {title}"
    body = (
        f"<div class='h'><h2><span>{kicker}</span> <span>{title}</span></h2>"
        "<span class='b'>By Jo Bloggs</span></div>" + _story(paragraphs)
    )
    assert _kept(body, _blocks(heading, paragraphs)) == list(paragraphs)


def test_a_dek_set_as_a_heading_over_the_story_leaves_the_body() -> None:
    dek = "Как развеселили себя президент России и премьер Малайзии"
    body = f"<div class='h'><h1>Легкий троннинг</h1><h2>{dek}</h2></div>" + _story(RU)
    assert _kept(body, _blocks(dek, RU)) == list(RU)


def test_a_heading_over_the_description_and_the_story_leaves_the_body() -> None:
    """The description shown between the heading and the story's first paragraph."""
    title = "Kreis und quer: Streber und faule Socken"
    dek = "Ob Radler oder Politiker - zwei Rankings lassen wieder tief blicken."
    body = f"<div class='h'><h2>{title}</h2><p>{dek}</p></div>" + _story(DE)
    assert _kept(body, _blocks(title, DE, dek), description=dek) == [dek, *DE]
    # a line that is no description keeps the heading: it heads that line
    assert _kept(body, _blocks(title, DE, dek)) == [title, dek, *DE]


def test_a_section_title_under_the_bodys_text_stays() -> None:
    """A fact check's claim over the story, then "Origin" over the story from outside its block:
    the claim's text stands above it in the body, so it is a section title."""
    claim = "A former ambassador has a fortune of seventeen million dollars."
    body = (
        f"<div class='c'><h3>Claim</h3><p>{claim}</p></div><div class='w'><h3>Origin</h3>{_story(EN)}</div>"
    )
    blocks = [Block(text="Claim", heading=True), Block(text=claim), *_blocks("Origin", EN)]
    assert _kept(body, blocks) == ["Claim", claim, "Origin", *EN]


def test_a_sub_heading_inside_the_story_block_stays() -> None:
    body = _story(EN[2:], inner=f"<p>{EN[0]}</p><h2>Costs</h2><p>{EN[1]}</p>")
    blocks = [Block(text=EN[0]), Block(text="Costs", heading=True), *(Block(text=t) for t in EN[1:])]
    assert _kept(body, blocks) == [EN[0], "Costs", *EN[1:]]


def test_an_opening_section_title_inside_the_story_block_stays() -> None:
    """The story's first sub-heading, set inside its block, over its first paragraph."""
    body = _story(EN, inner="<h2>What was decided</h2>")
    assert _kept(body, _blocks("What was decided", EN)) == ["What was decided", *EN]


def test_a_heading_with_style_sheets_inside_is_found_by_its_shown_text() -> None:
    """``<style>`` elements inside the heading (styled per component) are no text of it."""
    title = "Kreis und quer: Streber und faule Socken"
    body = (
        "<div class='h'><h2><style>.x{font-weight:700;display:block}</style><span class='x'>Kreis und quer"
        "</span><style>.y{font-size:27px}</style>: <span class='y'>Streber und faule Socken</span></h2></div>"
        + _story(DE)
    )
    assert _kept(body, _blocks(title, DE)) == list(DE)


def test_on_a_whole_page_the_kicker_and_title_heading_is_no_sub_heading() -> None:
    title = "Deutscher Aggressor beeindruckt, Frankreich hadert"
    html = (
        "<html><head><title>Olympia</title></head><body><div class='p'>"
        f"<div class='h'><h2><span>Basketball</span> <span>{title}</span></h2>"
        "<span class='b'>Von Jo Bloggs, 05.08.2024, 20:59 Uhr</span></div>"
        f"<div class='t'><p>{DE[0]}</p><p>{DE[1]}</p><h3>Kritik aus der Opposition</h3>"
        f"<p>{DE[2]}</p><p>{DE[3]}</p></div></div></body></html>"
    )
    article = extract_article(html, "https://example.org/sport/basketball-123.html")
    assert [section.heading for section in article.sections] == [None, "Kritik aus der Opposition"]
    assert article.sections[0].paragraphs[:2] == [DE[0], DE[1]]


def test_menu_labels_and_the_description_above_the_heading_do_not_make_it_a_section_title() -> None:
    """Above the heading: a menu's labels the page shows only before its headline, and the
    description; neither is text of the body."""
    title = "Basketball: Deutscher Aggressor beeindruckt"
    dek = "Deutschland steht nach einer starken Vorrunde im Viertelfinale."
    body = (
        "<div class='m'><ul><li>Ressorts</li><li>Gutscheine</li></ul></div>"
        f"<div class='h'><h1>Olympia</h1><p>{dek}</p><h2>{title}</h2></div>" + _story(DE)
    )
    blocks = [Block(text="Ressorts"), Block(text="Gutscheine"), Block(text=dek), *_blocks(title, DE)]
    assert _kept(body, blocks, description=dek) == [dek, *DE]


@pytest.mark.parametrize(
    ("paragraphs", "headline", "dek"),
    [
        (RU, "Легкий троннинг", "Как развеселили себя президент России и премьер Малайзии"),
        (EN, "A bridge at last", "Residents have waited ten years for a crossing to replace the old ferry."),
        (
            DE,
            "Endlich eine Brücke",
            "Die Anwohner warten seit zehn Jahren auf einen Ersatz für die alte Fähre.",
        ),
    ],
)
def test_a_dek_set_as_a_heading_is_the_description_when_none_is_declared(
    paragraphs: tuple[str, ...], headline: str, dek: str
) -> None:
    html = (
        "<html><body><div class='p'>"
        f"<div class='h'><h1>{headline}</h1><h2>{dek}</h2></div>"
        f"<div class='t'>{''.join(f'<p>{text}</p>' for text in paragraphs)}</div>"
        "</div></body></html>"
    )
    article = extract_article(html, "https://example.org/news/bridge-123.html")
    assert article.description == dek
    assert [section.heading for section in article.sections] == [None]


def test_a_kicker_and_title_over_the_story_are_no_description() -> None:
    """The heading set in two pieces (a kicker's element and a title's): not a dek."""
    html = (
        "<html><body><div class='p'>"
        "<div class='h'><h1>Olympia</h1><h2><span>Basketball</span> "
        "<span>Deutscher Aggressor beeindruckt, Frankreich hadert</span></h2></div>"
        f"<div class='t'>{''.join(f'<p>{text}</p>' for text in DE)}</div>"
        "</div></body></html>"
    )
    article = extract_article(html, "https://example.org/sport/basketball-123.html")
    assert article.description is None
    assert [section.heading for section in article.sections] == [None]


def test_a_declared_description_stays() -> None:
    dek = "Residents have waited ten years for a crossing to replace the old ferry."
    html = (
        "<html><head><meta name='description' content='The council approved the new bridge.'></head>"
        "<body><div class='p'>"
        f"<div class='h'><h1>A bridge at last</h1><h2>{dek}</h2></div>"
        f"<div class='t'>{''.join(f'<p>{text}</p>' for text in EN)}</div>"
        "</div></body></html>"
    )
    article = extract_article(html, "https://example.org/news/bridge-123.html")
    assert article.description == "The council approved the new bridge."


@pytest.mark.parametrize(
    "label", ["See also", "Elizabeth Gibney", "Sejarah Pecahnya Islam jadi Sunni dan Syiah"]
)
def test_a_label_a_name_or_a_title_over_the_story_is_no_description(label: str) -> None:
    """Not a sentence (fewer than eight words, no sentence's mark): no dek."""
    html = (
        "<html><body><div class='p'>"
        f"<div class='h'><h1>A bridge at last</h1><h3>{label}</h3></div>"
        f"<div class='t'>{''.join(f'<p>{text}</p>' for text in EN)}</div>"
        "</div></body></html>"
    )
    article = extract_article(html, "https://example.org/news/bridge-123.html")
    assert article.description is None
    assert [section.heading for section in article.sections] == [None]
