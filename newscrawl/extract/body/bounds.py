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
``role="article"``). ``mostly_outside``: less than ``MIN_INSIDE_SHARE`` of a reading's text is
text of that block (its white space left out: trafilatura's lines join an element's pieces
without the page's spaces). When the block holds a story's prose (``holds_story``: at least
``root.MIN_ROOT_CHARS`` in paragraphs of prose, the measure of a story's block on a page with no
marks; a block with less is a summary or a card, and the story may well be elsewhere),
``content.py`` reads the page again with trafilatura's own extractor alone, and keeps that
reading when it stays in the block.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree, html

from newscrawl.extract.body.root import MIN_ROOT_CHARS, page_prose
from newscrawl.extract.nodes import text_of

# A reading with less than this share of its text in the story's block read the page around it.
MIN_INSIDE_SHARE = 0.5
# The elements that mark a story's block, in one walk: ``<article>`` elements and the attributes
# of the others (in document order).
_MARKS = etree.XPath("//article | //@itemprop[. = 'articleBody'] | //@role[. = 'article']")


@dataclass(frozen=True, slots=True)
class StoryBlock:
    """The block a page marks as its story's, and its text with its white space left out."""

    node: etree._Element
    text: str

    def holds_story(self) -> bool:
        """The block holds at least ``root.MIN_ROOT_CHARS`` of prose (``root.page_prose``'s
        paragraphs): a story's, not a summary's or a card's."""
        return sum(page_prose(self.node).values()) >= MIN_ROOT_CHARS


def story_block(tree: html.HtmlElement) -> StoryBlock | None:
    """The story's block ``tree`` marks by structure (trafilatura's order: its first
    ``itemprop="articleBody"``, else its first ``<article>``, else its first ``role="article"``),
    or None when it marks none or the block has less than ``root.MIN_ROOT_CHARS`` of text."""
    marks = _MARKS(tree)
    block = None
    for rank in ("itemprop", "article", "role"):
        block = next((_element(mark) for mark in marks if _kind(mark) == rank), None)
        if block is not None:
            break
    if block is None:
        return None
    text = text_of(block)
    return StoryBlock(block, _squeezed(text)) if len(text) >= MIN_ROOT_CHARS else None


def _kind(mark: etree._Element | etree._ElementUnicodeResult) -> str:
    return mark.attrname if isinstance(mark, etree._ElementUnicodeResult) else "article"


def _element(mark: etree._Element | etree._ElementUnicodeResult) -> etree._Element:
    return mark.getparent() if isinstance(mark, etree._ElementUnicodeResult) else mark


def mostly_outside(body: etree._Element, block: StoryBlock) -> bool:
    """Less than ``MIN_INSIDE_SHARE`` of the text of ``body`` (trafilatura's XML: its elements'
    texts) is text of ``block``."""
    inside = total = 0
    for element in body:
        text = _squeezed("".join(element.itertext()))
        total += len(text)
        if text in block.text:
            inside += len(text)
    return inside < MIN_INSIDE_SHARE * total


def _squeezed(text: str) -> str:
    return "".join(text.split())
