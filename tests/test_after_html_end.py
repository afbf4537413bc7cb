"""Markup after "</html>" (a page saved twice into one file, a truncated re-save, a fuzzed
page) can leave a second <html> element beside the page's root. Readers of the page's tree
never reach into it, and a node outside the tree is never looked for in the pruned copy
(found by the long fuzz run: an IndexError in ``prepare._same_nodes``). Pages written for the
test."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.prepare import _same_nodes
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

PROSE = "".join(
    f"<p>The council met on Monday to talk about the new bridge over the river and its cost, part {i}.</p>"
    for i in range(6)
)
FOOTER = (
    '<footer class="f2"><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a>'
    '</li><li><a href="/cookies">Cookie policy</a></li></ul><p>© 2023 Media Ltd. All rights reserved.</p>'
    "</footer>"
)
PAGE = (
    f"<html><head><title>Bridge</title></head><body><main><h1>A new bridge</h1>{PROSE}</main>{FOOTER}"
    f'</body></html>\nmore">tail</p>{PROSE}{FOOTER}</body></html>'
)


def test_the_page_parses_with_a_second_html_beside_its_root() -> None:
    page = parse_page(PAGE, "https://example.org/news/bridge")
    assert [sibling.tag for sibling in page.tree.itersiblings()] == ["html"]  # the case under test
    article = extract_article(PAGE, "https://example.org/news/bridge")
    assert article.headline == "A new bridge"
    assert "part 5." in article.text
    assert "Privacy policy" not in article.text
    assert "rights reserved" not in article.text


def test_a_node_outside_the_tree_is_not_looked_for_in_the_copy() -> None:
    page = parse_page(PAGE, "https://example.org/news/bridge")
    inside = page.tree.find(".//h1")
    outside = next(page.tree.itersiblings()).find(".//footer")
    assert inside is not None and outside is not None
    copy = html.fromstring(html.tostring(page.tree))
    found = _same_nodes(page.tree, copy, [inside, outside], {})
    assert found[0] is not None and found[0].text == "A new bridge"
    assert found[1] is None
