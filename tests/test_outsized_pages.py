"""Pages too big for trafilatura's fallbacks (``body/content.py``): thousands of blocks in one
element, or tens of thousands of elements, are read by trafilatura's own extractor alone,
since jusText and readability-lxml read such pages in quadratic time. Ordinary pages, long
stories and big menus included, keep the fallbacks."""

from __future__ import annotations

import time

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.content import _CROWDED_CHILDREN, _MANY_ELEMENTS, outsized
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/story"
STORY = "<p>The harbour ferry returns to service after a winter of repairs, the city council said.</p>"


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour ferry returns</title></head><body>"
        f"<div><h1>Harbour ferry returns</h1>{STORY * 6}{body}{STORY * 3}</div></body></html>"
    )


def _blocks(count: int) -> str:
    block = "<div><img src='/p{i}.jpg'><span>Photo {i}: the harbour</span></div>"
    return "".join(block.format(i=i) for i in range(count))


def test_a_story_with_a_menu_and_pictures_keeps_the_fallbacks() -> None:
    menu = "<ul>" + "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(1_200)) + "</ul>"
    assert not outsized(parse_page(_page(menu + _blocks(40)), URL))


def test_one_element_with_too_many_children_is_outsized() -> None:
    assert not outsized(parse_page(_page(_blocks(_CROWDED_CHILDREN - 20)), URL))
    assert outsized(parse_page(_page(_blocks(_CROWDED_CHILDREN + 1)), URL))


def test_too_many_elements_in_small_groups_is_outsized() -> None:
    groups = (_MANY_ELEMENTS // 3) // 50 + 1  # blocks of 3 elements, 50 to a group
    body = "".join(f"<section>{_blocks(50)}</section>" for _ in range(groups))
    page = parse_page(_page(body), URL)
    assert page.elements > _MANY_ELEMENTS
    assert outsized(page)


def test_a_page_not_counted_is_counted_here() -> None:
    page = parse_page(_page(_blocks(_CROWDED_CHILDREN + 1)), URL)
    assert outsized(page.__class__(tree=page.tree, url=URL, base_url=URL))  # elements: 0


def test_thousands_of_picture_blocks_in_a_row_read_in_bounded_time() -> None:
    """3,000 picture blocks with a caption each in one block (6 s with the fallbacks; 16,000:
    minutes)."""
    html = _page(_blocks(3_000))
    start = time.process_time()
    article = extract_article(html, URL)
    assert time.process_time() - start < 30
    assert "harbour ferry returns to service" in article.text
