"""A link that shows no text (an anchor ``<a name>``, an icon link, a link around a picture)
inside a paragraph: the sentence after it is the paragraph's own text, not a link's, so the
paragraph stays in the body. trafilatura 2.3 moves the tail of an element with neither text
nor children into it (``body/content.py``, ``_drop_textless_links``); such links are dropped from
the copy it reads. A real link keeps its text; a row of linked teasers still reads as one. Each
page is written for the test, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.content import _drop_textless_links
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

URL = "https://blog.example.org/2024/05/recipe"

# (language, headline, first sentence, story sentence)
PAGES = [
    (
        "en",
        "Braised beef with apples and onions",
        "It is as wintry outside as it has not been for years.",
        "Cut the onions into thin rings and let them soften in butter over a low heat for a while",
    ),
    (
        "de",
        "Rinderleber mit Apfel und Zwiebel",
        "So schön winterlich ist es wie schon lange nicht mehr.",
        "Die Zwiebeln in dünne Ringe schneiden und in Butter bei kleiner Hitze glasig werden lassen",
    ),
    (
        "fr",
        "Foie de bœuf aux pommes et aux oignons",
        "Il fait aussi froid dehors que nous ne l'avions pas vu depuis des années.",
        "Émincer les oignons en fines rondelles et les faire fondre dans le beurre à feu doux un moment",
    ),
    (
        "es",
        "Hígado de ternera con manzana y cebolla",
        "Hace tanto frío fuera como no lo habíamos visto en muchos años.",
        "Cortar las cebollas en aros finos y dejarlas pochar en mantequilla a fuego lento un buen rato",
    ),
]

# What stands before the first sentence inside its paragraph: links that show no text.
TEXTLESS = [
    '<a href="/uploads/beef-1.jpg"></a><a href="/uploads/beef-2.jpg"></a>',
    '<a name="top"></a>',
    '<a href="/uploads/beef.jpg"><img src="/uploads/beef.jpg" alt=""></a>',
    '<a href="/share" class="icon"><span class="glyph"></span></a>',
]


def _page(lang: str, headline: str, first: str, sentence: str, before: str) -> str:
    story = "".join(f"<p>{sentence} ({i + 1}).</p>" for i in range(4))
    body = f"<article><h1>{headline}</h1><div class='entry'><p>{before}{first}</p>{story}</div></article>"
    return f"<html lang='{lang}'><head><title>{headline}</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("before", TEXTLESS)
@pytest.mark.parametrize(("lang", "headline", "first", "sentence"), PAGES)
def test_sentence_after_a_textless_link_stays(
    lang: str, headline: str, first: str, sentence: str, before: str
) -> None:
    article = extract_article(_page(lang, headline, first, sentence, before), URL)
    paragraphs = (article.text or "").split("\n\n")
    assert paragraphs[0] == first
    assert len(paragraphs) == 5


@pytest.mark.parametrize(("lang", "headline", "first", "sentence"), PAGES)
def test_a_real_link_keeps_its_text(lang: str, headline: str, first: str, sentence: str) -> None:
    words = first.split()
    linked = f'{" ".join(words[:2])} <a href="/winter">{" ".join(words[2:5])}</a> {" ".join(words[5:])}'
    article = extract_article(_page(lang, headline, linked, sentence, '<a name="top"></a>'), URL)
    assert (article.text or "").split("\n\n")[0] == first


def test_a_row_of_teaser_links_still_leaves_the_body() -> None:
    lang, headline, first, sentence = PAGES[0]
    teasers = "".join(
        f'<li><a href="/2024/05/other-{i}"><img src="/t{i}.jpg" alt=""></a>'
        f'<a href="/2024/05/other-{i}">Another recipe for a cold evening number {i}</a></li>'
        for i in range(5)
    )
    page = _page(lang, headline, first, sentence, "")
    page = page.replace("</div></article>", f"<ul>{teasers}</ul></div></article>")
    text = extract_article(page, URL).text or ""
    assert first in text
    assert "Another recipe" not in text


def test_which_links_show_no_text() -> None:
    page = parse_page(
        "<html><body><p>"
        '<a id="a1" name="top"></a>one '
        '<a id="a2" href="/x"><img src="/x.jpg"><span></span></a>two '
        '<a id="a3" href="/x"> </a>three '
        '<a id="a4" href="/x"><img src="/x.jpg"> </a>four '
        '<a id="a5" href="/x">text</a>five '
        '<a id="a6" href="/x"><b>bold</b></a>six '
        '<a id="a7" name="end"></a> '
        "</p></body></html>",
        URL,
    )
    _drop_textless_links(page.tree)
    # a3, a4: white space inside (trafilatura keeps their tail apart); a7: nothing after it
    assert [a.get("id") for a in page.tree.iter("a")] == ["a3", "a4", "a5", "a6", "a7"]
    assert page.tree.find(".//p").text == "one two "


def test_links_in_a_row_go_together() -> None:
    page = parse_page('<html><body><p>Vorne <a href="/1"></a><a href="/2"></a>hinten.</p></body></html>', URL)
    _drop_textless_links(page.tree)
    paragraph = page.tree.find(".//p")
    assert len(paragraph) == 0
    assert paragraph.text == "Vorne hinten."
