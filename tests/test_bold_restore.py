"""Bold lines a formatting-less source lost come back bold (``body/bold.py``).

When trafilatura takes its justext fallback (or the body comes from JSON-LD ``articleBody``, or
from a blob read again by line), no block is bold, and sub-headings written as bold-only
paragraphs (``<p><strong>…</strong></p>``) would read as text. A block whose text is that of a
bold-only paragraph of the page, and of no paragraph of it that is not bold, is bold again; the
usual sub-heading rules then judge it. A body that kept any bold is left as read, but for the
blocks added as text alone, with no element of the source behind them (a split body's
paragraphs that ``recall.py`` put back): they lost their formatting all the same.

Pages are written for the test, in English, German, Polish and Spanish.
"""

from __future__ import annotations

import importlib

import pytest
from lxml import etree

from newscrawl.extract import extract_article
from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.bold import restore_bold
from newscrawl.extract.body.content import main_content
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

# (language, sub-headings, paragraphs: two under each sub-heading, two before the first)
CASES = [
    (
        "en",
        ["Where the money goes", "What the council said"],
        [
            "The city will spend most of the new budget on schools and on the old bridge over the river.",
            "Officials said the plan had been drawn up over two years with help from local residents.",
            "About half of the money is set aside for repairs that were put off during the last decade.",
            "The rest goes to new buses, longer library hours and a small fund for neighbourhood groups.",
            "Council members voted for the plan by a wide margin after a debate that ran past midnight.",
            "Two members said they would still press for a review of the bridge repairs next spring.",
        ],
    ),
    (
        "de",
        ["Wohin das Geld fließt", "Was der Stadtrat sagt"],
        [
            "Die Stadt gibt den größten Teil des neuen Haushalts für Schulen und die alte Brücke aus.",
            "Der Plan sei in zwei Jahren mit Hilfe der Bürgerinnen und Bürger entstanden, hieß es.",
            "Etwa die Hälfte des Geldes ist für Reparaturen gedacht, die lange aufgeschoben wurden.",
            "Der Rest geht an neue Busse, längere Öffnungszeiten der Bibliothek und Vereine im Viertel.",
            "Der Stadtrat stimmte nach einer langen Debatte bis nach Mitternacht mit großer Mehrheit zu.",
            "Zwei Mitglieder wollen im Frühjahr dennoch eine Prüfung der Brückenreparatur beantragen.",
        ],
    ),
    (
        "pl",
        ["Na co pójdą pieniądze", "Co mówią radni"],
        [
            "Miasto przeznaczy większość nowego budżetu na szkoły i na remont starego mostu na rzece.",
            "Urzędnicy mówią, że plan powstawał przez dwa lata przy udziale mieszkańców dzielnic.",
            "Około połowy pieniędzy trafi na naprawy, które odkładano przez ostatnią dekadę.",
            "Reszta pójdzie na nowe autobusy, dłuższe godziny bibliotek i fundusz dla stowarzyszeń.",
            "Radni przyjęli plan dużą większością głosów po debacie, która trwała do północy.",
            "Dwóch radnych zapowiedziało, że wiosną i tak będą domagać się kontroli remontu mostu.",
        ],
    ),
    (
        "es",
        ["Adónde va el dinero", "Qué dijo el concejo"],
        [
            "La ciudad gastará la mayor parte del nuevo presupuesto en escuelas y en el viejo puente.",
            "Los funcionarios dijeron que el plan se preparó durante dos años con ayuda de los vecinos.",
            "Cerca de la mitad del dinero se destina a reparaciones aplazadas durante la última década.",
            "El resto irá a autobuses nuevos, más horas de biblioteca y un fondo para asociaciones.",
            "El concejo aprobó el plan por amplia mayoría tras un debate que terminó pasada la medianoche.",
            "Dos concejales dijeron que pedirán una revisión de las obras del puente en primavera.",
        ],
    ),
]


def _page(lang: str, headings: list[str], paragraphs: list[str], bold: str = "strong") -> str:
    p = [f"<p>{text}</p>" for text in paragraphs]
    body = (
        p[0] + p[1] + f"<p><{bold}>{headings[0]}</{bold}></p>" + p[2] + p[3]
        + f"<p><{bold}>{headings[1]} </{bold}></p>" + p[4] + p[5]
    )  # fmt: skip
    return (
        f'<html lang="{lang}"><head><title>{headings[0]}!</title></head><body>'
        f'<div class="c1"><h1>A story about the city budget, {lang}</h1><div class="c2">{body}</div></div>'
        "</body></html>"
    )


def _plain_blocks(texts: list[str]) -> list[Block]:
    return [Block(text=text) for text in texts]


@pytest.mark.parametrize(("lang", "headings", "paragraphs"), CASES)
def test_bold_only_paragraphs_come_back_bold(lang: str, headings: list[str], paragraphs: list[str]) -> None:
    tree = parse_page(_page(lang, headings, paragraphs), "https://example.com/a/1").tree
    blocks = _plain_blocks(
        [paragraphs[0], paragraphs[1], headings[0], paragraphs[2], headings[1], paragraphs[3]]
    )
    got = restore_bold(blocks, tree)
    assert [block.text for block in got if block.bold] == headings
    assert not any(block.bold for block in got if block.text in paragraphs)


@pytest.mark.parametrize(("lang", "headings", "paragraphs"), CASES)
def test_a_body_that_kept_bold_is_left_as_read(lang: str, headings: list[str], paragraphs: list[str]) -> None:
    tree = parse_page(_page(lang, headings, paragraphs), "https://example.com/a/1").tree
    read = [Block(text=text, node=etree.Element("p")) for text in (headings[0], paragraphs[2])]
    blocks = [Block(text=paragraphs[0], bold=True), *read]
    assert restore_bold(blocks, tree) == blocks
    assert not any(block.bold for block in restore_bold(blocks, tree)[1:])


@pytest.mark.parametrize(("lang", "headings", "paragraphs"), CASES)
def test_text_added_without_its_element_comes_back_bold_beside_kept_bold(
    lang: str, headings: list[str], paragraphs: list[str]
) -> None:
    """A block with no element behind it (a split body's paragraph put back) in a body that kept
    its bold: its bold-only line on the page is bold again; the blocks read stay as read."""
    tree = parse_page(_page(lang, headings, paragraphs), "https://example.com/a/1").tree
    read = Block(text=headings[0], node=etree.Element("p"))
    blocks = [Block(text=paragraphs[0], bold=True), read, *_plain_blocks([headings[1], paragraphs[4]])]
    got = restore_bold(blocks, tree)
    assert [block.text for block in got if block.bold] == [paragraphs[0], headings[1]]


def test_a_text_the_page_also_shows_plain_stays_plain() -> None:
    """The same words bold in a side box and plain in the story: not known to be bold."""
    _, headings, paragraphs = CASES[0]
    page = _page("en", headings, paragraphs).replace(
        "</body>", f"<div class='c9'><p>{headings[0]}</p></div></body>"
    )
    tree = parse_page(page, "https://example.com/a/1").tree
    got = restore_bold(_plain_blocks([paragraphs[0], headings[0], headings[1], paragraphs[4]]), tree)
    assert [block.text for block in got if block.bold] == [headings[1]]


def test_partly_bold_paragraphs_list_items_and_headings_stay() -> None:
    page = (
        "<html><body><div><p><b>Note:</b> the museum is closed on Mondays and on public holidays.</p>"
        "<ul><li><b>Opening hours</b></li></ul><h2><b>Tickets</b></h2><div><b>Getting there</b></div>"
        "</div></body></html>"
    )
    tree = parse_page(page, "https://example.com/a/1").tree
    blocks = [
        Block(text="Note: the museum is closed on Mondays and on public holidays."),
        Block(text="Opening hours", list_item=True),
        Block(text="Tickets", heading=True),
        Block(text="Getting there"),
    ]
    got = restore_bold(blocks, tree)
    assert [block.text for block in got if block.bold] == ["Getting there"]  # a div of bold text only


@pytest.mark.parametrize("bold", ["strong", "b"])
@pytest.mark.parametrize(("lang", "headings", "paragraphs"), CASES)
def test_sub_headings_survive_a_source_without_formatting(
    monkeypatch: pytest.MonkeyPatch, bold: str, lang: str, headings: list[str], paragraphs: list[str]
) -> None:
    """The body read as justext reads it (no formatting): the sub-headings are still found."""

    def without_formatting(*args: object, **kwargs: object) -> etree._Element | None:
        xml = main_content(*args, **kwargs)  # type: ignore[arg-type]
        if xml is not None:
            etree.strip_tags(xml, "hi")
        return xml

    html = _page(lang, headings, paragraphs, bold=bold)
    with_formatting = extract_article(html.encode(), "https://example.com/a/1")
    monkeypatch.setattr(
        importlib.import_module("newscrawl.extract.body.sources"), "main_content", without_formatting
    )
    article = extract_article(html.encode(), "https://example.com/a/1")
    assert [section.heading for section in article.sections] == [None, *headings]
    assert article.sections == with_formatting.sections
