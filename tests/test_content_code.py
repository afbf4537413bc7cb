"""What ``content.py`` deletes from a copy before trafilatura reads it (scripts but JSON-LD,
styles, links, metas): one walk of the tree answers as the XPath that reads the document."""

from __future__ import annotations

from copy import deepcopy

import pytest

from newscrawl.extract.body.content import _CODE, _code_elements
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit

PAGES = [
    """<html><head><title>t</title><meta charset="utf-8"><link rel="canonical" href="/a">
<style>p { color: red }</style><script>var a = 1;</script>
<script type="application/ld+json">{"@type": "NewsArticle"}</script>
<script type="application/LD+JSON">{}</script><script type="module">b()</script></head>
<body><article><h1>Title</h1><p>Text <script>c()</script> more.</p><style>.x {}</style>
<svg><style>.y {}</style></svg><noscript><link rel="stylesheet" href="/s.css"></noscript>
</article></body></html>""",
    "<html><body><p>x</p></body></html><script type='module'>a</script>",  # markup after </html>
    "<!DOCTYPE html><html><body><p>x</p></body></html>\n<script>b</script><link rel=x>",
    "<html><body><p>no code at all</p></body></html>",
]


@pytest.mark.parametrize("page", PAGES)
def test_code_elements_are_the_xpaths(page: str) -> None:
    tree = parse_page(page.encode()).tree
    for copy in (tree, deepcopy(tree)):
        assert _code_elements(copy) == list(_CODE(copy))


def test_json_ld_stays_and_other_scripts_go() -> None:
    tree = parse_page(PAGES[0].encode()).tree
    found = _code_elements(tree)
    scripts = [node.get("type") for node in found if node.tag == "script"]
    assert scripts == [None, "application/LD+JSON", "module", None]
    others = [node.tag for node in found if node.tag != "script"]
    assert others == ["meta", "link", "style", "style", "style", "link"]
