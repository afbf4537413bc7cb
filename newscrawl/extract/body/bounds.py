"""Whether trafilatura's reading of a page stayed in the block the page marks as its story's.

trafilatura reads a page from the story's block the page marks (schema.org's ``articleBody``,
an ``<article>``, ARIA's ``article`` role: its own first choices) and, when what it read there
is short, tries readings of the whole page besides: readability, jusText, and a re-read "for
recall" when the text is short against the whole page's (trafilatura 2.3's escalation). On a
page built of plain divs, where no ``<header>``, ``<footer>``, ``<nav>`` or ``<aside>`` tells the
page's chrome apart, the whole page's text is long, so a short story (two paragraphs of satire
above a sign-up wall) sets off the escalation, and jusText's reading of the whole page wins: the
sign-up wall's questions, the reader comments, a pop-up's menu. The story's block the page marks
said where the story was.

``story_block``: the element trafilatura's own reading starts from among those the page marks by
structure (its first ``itemprop="articleBody"``, else its first ``<article>``, else its first
``role="article"``), when it holds at least ``MIN_BLOCK_CHARS`` of text. ``mostly_outside``:
less than ``MIN_INSIDE_SHARE`` of a reading's text is text of that block (its white space left
out: trafilatura's lines join an element's pieces without the page's spaces). ``content.py``
reads such a page again with trafilatura's own extractor alone, and keeps that reading when it
stays in the block.
"""

from __future__ import annotations

from lxml import etree, html

from newscrawl.extract.nodes import text_of

# A block with less text than this is no story's: trafilatura's own reading of it is short by
# right, and the page's other readings may be the story.
MIN_BLOCK_CHARS = 250
# A reading with less than this share of its text in the story's block read the page around it.
MIN_INSIDE_SHARE = 0.5
# The elements that mark a story's block, in one walk: ``<article>`` elements and the attributes
# of the others (in document order).
_MARKS = etree.XPath("//article | //@itemprop[. = 'articleBody'] | //@role[. = 'article']")


def story_block(tree: html.HtmlElement) -> str | None:
    """The text (white space left out) of the story's block ``tree`` marks by structure, when it
    holds at least ``MIN_BLOCK_CHARS`` of it; None when none does."""
    marks = _MARKS(tree)
    block = None
    for rank in ("itemprop", "article", "role"):  # trafilatura's order
        block = next((_element(mark) for mark in marks if _kind(mark) == rank), None)
        if block is not None:
            break
    if block is None:
        return None
    text = _squeezed(text_of(block))
    return text if len(text) >= MIN_BLOCK_CHARS else None


def _kind(mark: etree._Element | etree._ElementUnicodeResult) -> str:
    return mark.attrname if isinstance(mark, etree._ElementUnicodeResult) else "article"


def _element(mark: etree._Element | etree._ElementUnicodeResult) -> etree._Element:
    return mark.getparent() if isinstance(mark, etree._ElementUnicodeResult) else mark


def mostly_outside(body: etree._Element, block: str) -> bool:
    """Less than ``MIN_INSIDE_SHARE`` of the text of ``body`` (trafilatura's XML: its elements'
    texts) is text of ``block`` (``story_block``'s)."""
    inside = total = 0
    for element in body:
        text = _squeezed("".join(element.itertext()))
        total += len(text)
        if text in block:
            inside += len(text)
    return inside < MIN_INSIDE_SHARE * total


def _squeezed(text: str) -> str:
    return "".join(text.split())
