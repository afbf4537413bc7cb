"""trafilatura's raw-tree prune XPaths with their plain pieces tested first (``raw_prune.py``):
in place of trafilatura's own (in 2.3, the version they were written against), and finding the
same nodes, in the same order."""

from __future__ import annotations

import pytest
from lxml import etree, html
from trafilatura import __version__ as trafilatura_version
from trafilatura import xpaths

import newscrawl.extract.body.content  # noqa: F401  (puts them in place)
from newscrawl.extract.body.raw_prune import _REGEXP, FASTER, prefilter_raw_prune

pytestmark = pytest.mark.unit

# ids and classes each regex takes or leaves (case, "commentary", a piece inside a word, no h1)
NAMES = [
    "comments",
    "Comments",
    "comment-list",
    "commentary",
    "Commentary-box",
    "the-comments",
    "article-comments",
    "post-comments",
    "post-Comments",
    "comol",
    "xcomol",
    "disqus_thread",
    "dsq-comments",
    "nocomment",
    "mvp-post-add-box",
    "mvp-post-add-wrap",
    "mvp-post-add-boxes",
    "x mvp-post-add-wrap",
    "infinite-scroll",
    "infinitescroll",
    "infinite_scroll",
    "Infinite-scroll",
    "elementor-share-buttons",
    "",
]
TAGS = ["div", "section", "aside", "details", "ol", "ul", "p"]


def _page() -> html.HtmlElement:
    parts = []
    for tag in TAGS:
        for name in NAMES:
            for attribute in ("id", "class"):
                inner = "<h1>T</h1>" if len(parts) % 3 == 0 else "<p>x</p>"
                parts.append(f'<{tag} {attribute}="{name}">{inner}<div class="{name}">y</div></{tag}>')
    return html.document_fromstring("<html><body>" + "".join(parts) + "</body></html>")


def test_trafilaturas_expressions_are_replaced_in_the_version_they_were_written_for() -> None:
    expressions = xpaths.RAW_TREE_PRUNE_XPATH + xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH
    paths = [expression.path for expression in expressions]
    replaced = sum(path in FASTER.values() for path in paths)
    if trafilatura_version.startswith("2.3."):
        assert replaced == 2
    else:  # another version of the pinned range keeps its own expressions, or has the same
        assert replaced in (0, 2)
    assert not any(path in FASTER for path in paths)
    assert prefilter_raw_prune() == 0  # again: nothing left to replace


@pytest.mark.parametrize("original", list(FASTER))
def test_the_same_nodes_in_the_same_order(original: str) -> None:
    tree = _page()
    old = etree.XPath(original, namespaces=_REGEXP)(tree)
    new = etree.XPath(FASTER[original], namespaces=_REGEXP)(tree)
    assert old  # (the page holds some of each)
    assert new == old
