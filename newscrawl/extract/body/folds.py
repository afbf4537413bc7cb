"""Fact boxes folded shut among the story's paragraphs.

A story may set a fact box beside its text: a title over a list of short facts ("Eunuch:", "What
we know", "Key figures"), with a line naming the source. The page shows it folded, its title and
a first line with a toggle ("Show more"), and says so: the box itself is ``aria-expanded="false"``
(the state screen readers announce), or a ``<details>`` that is not ``open``. On a page that sets
it in an ``<aside>`` trafilatura leaves it out; on a page built of divs it read the box's title as
one of the story's sub-headings and its facts as paragraphs.

``folded_fact_boxes`` finds such a box: folded shut, not a control (a toggle button, a link, a
summary), holding a title (a heading, or a ``<details>``'s summary) over a list of at least
``MIN_FACTS`` items, no paragraph of prose of its own (an FAQ's answer is prose, and the story's),
at most ``MAX_FACT_BOX_CHARS`` characters, and set among the story's prose: its parent holds a
paragraph of prose beside it. ``prepare`` prunes it from the copy trafilatura reads (rule
``fact-box``)."""

from __future__ import annotations

from lxml import etree, html

from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import collapse
from newscrawl.extract.visible import is_prose

MIN_FACTS = 2
MAX_FACT_BOX_CHARS = 1500
# The boxes folded shut: found by the attribute, then its element (cheaper than every element).
_FOLDED = etree.XPath("descendant::*/@aria-expanded[. = 'false']/.. | descendant::details[not(@open)]")
_BOX_TAGS = frozenset({"div", "section", "aside", "details"})
_TITLES = ("h2", "h3", "h4", "h5", "h6")
_STORY = ("h1", "article", "main")


def folded_fact_boxes(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The fact boxes folded shut among the story's paragraphs in ``tree`` (see above)."""
    return [box for box in _FOLDED(tree) if box.tag in _BOX_TAGS and _fact_box(box)]


def _fact_box(box: html.HtmlElement) -> bool:
    if len(collapse(text_of(box))) > MAX_FACT_BOX_CHARS or next(box.iter(*_STORY), None) is not None:
        return False
    title: html.HtmlElement | None = None
    facts: html.HtmlElement | None = None
    for node in box.iter(*_TITLES, "summary", "ul", "ol"):  # in document order
        if title is None:
            if node.tag in _TITLES or (node.tag == "summary" and box.tag == "details"):
                title = node if collapse(text_of(node)) else None
        elif node.tag in ("ul", "ol") and not any(above is title for above in node.iterancestors()):
            facts = node
            break
    if facts is None or len(facts.findall("li")) < MIN_FACTS:
        return False
    if any(is_prose(node) for node in box.iter("p")):
        return False
    parent = box.getparent()
    return parent is not None and any(is_prose(sibling) for sibling in parent if sibling is not box)
