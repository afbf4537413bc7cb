"""Bare pictures in blocks nested in one another (``images/figures.py``): the blocks around each
picture are read for a caption once for all the pictures, not once per picture (a block of
nested blocks with a picture in each was read again for each picture inside it: quadratic).
The fast path must find the same caption blocks as reading each block's shown text."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.images import beside
from newscrawl.extract.images.beside import picture_element
from newscrawl.extract.images.figures import (
    _MAX_CONTAINER_LEVELS,
    _PROSE_TAGS,
    _blank,
    _captioned_image_containers,
    _document_order,
    _reads_as_caption,
    _short_visible_text,
    _visible_text,
    classify_images,
)
from newscrawl.extract.normalise import collapse, shows_text
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/story"


def _old_containers(bare_images: list[html.HtmlElement], declared: frozenset[str]) -> list[html.HtmlElement]:
    """The definition before the fast path: each block's shown text read for each picture."""
    found: list[html.HtmlElement] = []
    for img in bare_images:
        container = picture_element(img).getparent()
        for _ in range(_MAX_CONTAINER_LEVELS):
            if container is None or container.tag in _PROSE_TAGS:
                break
            text = _visible_text(container)
            if text:
                if _reads_as_caption(container, text, declared):
                    found.append(container)
                break
            container = container.getparent()
    return found


# Pieces of a generated block: white space of several kinds, words (several languages, a
# zero-width space alone), a comment, hidden parts, a picture, a nested block.
_TEXTS = st.sampled_from(
    [
        *[
            "",
            " ",
            "\n\t",
            "\xa0",
            "\u200b",
            "Foto: AP",
            "Bild: dpa",
            "Photo : AFP",
            "写真",
            "x",
            "<!-- c -->",
        ],
        # longer than a credit line (300): some in ASCII, some hardly (a caption is read no further)
        "The harbour at dawn, seen from the old ferry pier. " * 7,
        "Ο λιμάνι την αυγή, από την παλιά προβλήτα. " * 8,
        "港の夜明け、古い桟橋から。" * 30,
        "Cafe\u0301 am Hafen \u00ad\u200b " * 25,
    ]
)
_LEAVES = st.sampled_from(
    [
        "<img src='/a.jpg'>",
        "<picture><source srcset='/b.jpg'><img src='/b.jpg'></picture>",
        "<span aria-hidden='true'>▲</span>",
        "<button>Enlarge image</button>",
        "<script>var a = 1;</script>",
        "<span> </span>",
        "<br>",
    ]
)


def _block(children: list[str]) -> str:
    return "<div>" + "".join(children) + "</div>"


_BLOCKS = st.recursive(
    st.one_of(_TEXTS, _LEAVES),
    lambda inner: st.lists(inner, min_size=1, max_size=5).map(_block),
    max_leaves=30,
)


def _bare_images(tree: html.HtmlElement) -> list[html.HtmlElement]:
    return [img for img in tree.iter("img") if next(img.iterancestors("figure"), None) is None]


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(_BLOCKS, min_size=1, max_size=4))
def test_fast_path_finds_the_blocks_the_old_definition_found(body: list[str]) -> None:
    tree = html.fromstring("<html><body><div>" + "".join(body) + "</div></body></html>")
    images = _bare_images(tree)
    assert _captioned_image_containers(images, frozenset()) == _old_containers(images, frozenset())
    blank: dict[html.HtmlElement, bool] = {}
    for element in tree.iter():
        if _blank(element, blank):  # blank: nothing shown (the converse need not hold)
            assert _visible_text(element) == ""


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(_BLOCKS, min_size=1, max_size=4), limit=st.sampled_from([0, 1, 8, 40, 300]))
def test_short_text_is_the_text_or_surely_longer(body: list[str], limit: int) -> None:
    """A block's text read no further than ``limit``: the whole text when it is that long at
    most; None only when it is longer (combining marks, zero-width characters, CJK, Greek)."""
    tree = html.fromstring("<html><body><div>" + "".join(body) + "</div></body></html>")
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        text = _visible_text(element)
        short = _short_visible_text(element, limit)
        assert short == text if len(text) <= limit or short is not None else len(text) > limit


@pytest.mark.parametrize("caption", ["Foto: dpa", "Photo: the harbour at dawn", "写真：共同通信", "Λιμάνι"])
def test_tables_of_pictures_find_the_blocks_reading_each_block_found(caption: str) -> None:
    """A table of pictures, each in a row with its caption in the next row, and a cell holding
    many pictures with one caption below: every picture's first block with text is the table,
    read once for all of them; the blocks found are those reading it for each picture found."""
    rows = "".join(
        f"<tr><td><img src='/p{i}.jpg'></td></tr><tr><td>{caption} {i}</td></tr>" for i in range(60)
    )
    cell = "".join(f"<img src='/c{i}.jpg'><br>" for i in range(60))
    for table in (
        f"<table>{rows}</table>",
        f"<table><tr><td>{cell}</td></tr><tr><td>{caption}</td></tr></table>",
        f"<table><tr><td><img src='/one.jpg'></td></tr><tr><td>{caption}</td></tr></table>",
    ):
        tree = html.fromstring(f"<html><body><div>{table}</div></body></html>")
        images = _bare_images(tree)
        assert _captioned_image_containers(images, frozenset()) == _old_containers(images, frozenset())
    # one picture with a short caption row: its table is its caption's block
    assert _captioned_image_containers(images, frozenset()) == [tree.find(".//table")]


@pytest.mark.parametrize(
    ("caption", "found"),
    [("Foto: dpa", True), ("Photo : AFP", True), ("写真：共同通信", True), ("", False), ("\u200b", False)],
)
def test_caption_below_nested_blank_blocks(caption: str, found: bool) -> None:
    """A credit line in the block around nested picture blocks is still found for the innermost
    picture, and a block with only white space (or a zero-width space) is no caption."""
    page = f"<div><div><div><img src='/a.jpg'></div></div><span>{caption}</span></div>"
    tree = html.fromstring(f"<html><body>{page}</body></html>")
    images = _bare_images(tree)
    assert bool(_captioned_image_containers(images, frozenset())) is found
    assert _captioned_image_containers(images, frozenset()) == _old_containers(images, frozenset())


def test_nested_pictures_are_read_in_linear_time() -> None:
    """1,000 blocks nested in one another with a picture in each: the caption search reads each
    block once (it read the whole nest again for each picture: about 10 s here)."""
    nest = "".join(f"<div><img src='/p{i}.jpg'>" for i in range(1000)) + "</div>" * 1000
    tree = html.fromstring(f"<html><body>{nest}</body></html>")
    images = _bare_images(tree)
    start = time.process_time()
    assert _captioned_image_containers(images, frozenset()) == []
    assert time.process_time() - start < 1.0


def test_page_of_nested_pictures_still_extracts() -> None:
    story = "<p>The harbour ferry returns to service after a winter of repairs, the city said.</p>" * 5
    nest = "".join(f"<div><img src='/p{i}.jpg'>" for i in range(200)) + "</div>" * 200
    page = f"<html><head><title>Ferry</title></head><body><h1>Ferry</h1>{story}{nest}</body></html>"
    article = extract_article(page, URL)
    assert "harbour ferry" in article.text


def test_document_order_numbers_many_children_as_index_does() -> None:
    """Pictures in sibling blocks (comments between them) sort in document order as ``index()``
    says, each parent's children numbered once (``_document_order``)."""
    blocks = "".join(f"<div><img src='/p{i}.jpg'><span>Photo {i}</span></div><!-- {i} -->" for i in range(99))
    page = parse_page(
        f"<html><body><div><p>Lead</p>{blocks}</div><div><img src='/z.jpg'></div></body></html>", URL
    )
    order = _document_order(page)
    images = list(page.tree.iter("img"))
    for img in images:
        path: list[int] = []
        node = img
        while (parent := node.getparent()) is not None:
            path.append(parent.index(node))
            node = parent
        assert order(img) == tuple(reversed(path))
    shuffled = images[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=order) == images
    assert order(html.fromstring("<div></div>")) == ()  # outside the page's tree: first


@pytest.mark.parametrize(
    ("line", "credit"), [("Photos: AP", "AP"), ("Fotos: dpa", "dpa"), ("写真：共同通信", "共同通信")]
)
def test_a_block_found_for_each_of_its_pictures_gives_one_picture(line: str, credit: str) -> None:
    """A cell of pictures with one credit line below: the table is each picture's block (read
    once for all of them, ``classify_images``); it gives its first picture with the credit, the
    further finds of the same block are copies of it."""
    cell = "".join(f"<picture><source srcset='/p{i}.webp'><img src='/p{i}.jpg'></picture>" for i in range(5))
    page = parse_page(
        f"<html><body><div><p>Story</p><table><tr><td>{cell}</td></tr><tr><td>{line}</td></tr></table>"
        "</div></body></html>",
        URL,
    )
    kept, dropped = classify_images(page)
    assert [(image.url, image.caption, image.credit) for image in kept] == [
        ("https://news.example.org/p0.webp", None, credit)
    ]
    assert [reason for reason, _ in dropped] == ["duplicate"] * 4


def _old_figure_text(figure: html.HtmlElement, wrapper: html.HtmlElement) -> list[html.HtmlElement] | None:
    """``beside._figure_text`` before its children were read once per figure."""
    if figure.tag not in beside._FIGURE_TAGS or collapse(figure.text or "") or collapse(wrapper.tail or ""):
        return None
    blocks: list[html.HtmlElement] = []
    after = False
    for child in figure:
        if child is wrapper:
            after = True
        elif collapse(child.tail or ""):
            return None
        elif (
            not isinstance(child.tag, str)
            or child.tag in beside._SILENT
            or not shows_text(child.text_content())
        ):
            continue
        elif not after:
            return None
        else:
            found = beside._text_blocks(child, beside.MAX_FIGURE_DEPTH)
            if found is None:
                return None
            blocks += found
    return blocks


def _figure_verdict(blocks: list[html.HtmlElement] | None) -> list[html.HtmlElement] | None:
    """What ``figure_like_blocks`` reads of it: none, too many, or the blocks."""
    return blocks if blocks and len(blocks) <= beside.MAX_FIGURE_BLOCKS else None


_FIGURE_PIECES = st.sampled_from(
    [
        "<img src='/a.jpg'>",
        "<span><img src='/b.jpg'></span>",
        "<picture><source srcset='/c.webp'><img src='/c.jpg'></picture>",
        "<p>Foto: AP</p>",
        "<p>Το λιμάνι την αυγή</p>",
        "<div><p>港の夜明け</p><p>Bild: dpa</p></div>",
        "<span>x</span>",
        " ",
        "loose text",
        "<!-- c -->",
        "<button>Zoom</button>",
        "<h2>Title</h2>",
        "<br>",
        "<div></div>",
        "\u200b",
        "<a href='/x'>link</a>",
    ]
)


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_FIGURE_PIECES, min_size=1, max_size=10))
def test_figure_children_read_once_give_what_reading_them_per_picture_gave(pieces: list[str]) -> None:
    """Pictures side by side in one block with text blocks among them: the block's children,
    read once for all its pictures (``beside._figure_text``), give each picture the text blocks
    reading them for that picture gave (or, as before, none or too many for a figure)."""
    tree = html.fromstring("<html><body><div>" + "".join(pieces) + "</div></body></html>")
    parts: dict[html.HtmlElement, beside._FigureParts] = {}
    for img in tree.iter("img"):
        wrapper = beside._picture_wrapper(img)
        figure = wrapper.getparent()
        assert figure is not None
        expected = _figure_verdict(_old_figure_text(figure, wrapper))
        assert _figure_verdict(beside._figure_text(figure, wrapper, parts)) == expected
        assert _figure_verdict(beside._figure_text(figure, wrapper)) == expected
