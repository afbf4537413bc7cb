"""Sub-headings recovered from the page's own heading hierarchy.

trafilatura sometimes drops an ``<h2>`` or flattens ``<h2><b>…</b></h2>`` into a paragraph. The
original tree still says which texts are headings and which paragraph each one introduces, so
headings are restored by that evidence rather than by guessing from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import html

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.normalise import collapse, text_key, word_count
from newscrawl.extract.page import Page
from newscrawl.extract.words.classes import SUBHEADING_CLASS_WORDS

_HEADINGS = (
    "//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or @role='heading']"
    "[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::a"
    " or ancestor::header[not(ancestor::article)])]"
)
_NEXT_PARAGRAPH = "following::p[string-length(normalize-space()) > 40][1]"
# The paragraph a heading introduces sits in the same block: at most this many levels up.
_MAX_SHARED_LEVELS = 3
_MAX_ELEMENTS_BETWEEN = 6
MAX_HEADING_CHARS = 200
_KEY_CHARS = 80


# A sub-heading written as a styled element: bold by its inline style, or named so by its class
# ("crosshead", "intertitre"); short, no sentence, and a real paragraph follows it.
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_SUBHEADING_CLASS = re.compile("|".join(map(re.escape, SUBHEADING_CLASS_WORDS)))
_INLINE = frozenset({"b", "strong", "i", "em", "span", "a", "br"})
MAX_STYLED_HEADING_WORDS = 15
MIN_FOLLOWING_CHARS = 80
_SENTENCE_END = re.compile(r"[.!?…:;,。！？：；，]\s*[\"'”’»)」』]?$")  # full-width marks too


def styled_headings(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """Plain elements that are sub-headings by their style or class, between paragraphs
    (``prepare.py`` makes them headings for trafilatura; ``page_headings`` counts them)."""
    found: list[html.HtmlElement] = []
    for node in tree.iter("div", "p", "span"):
        style, classes = node.get("style") or "", (node.get("class") or "").lower()
        if not (_BOLD_STYLE.search(style) or (classes and _SUBHEADING_CLASS.search(classes))):
            continue
        if any(isinstance(child.tag, str) and child.tag not in _INLINE for child in node):
            continue
        text = collapse(node.text_content())
        if not text or word_count(text) > MAX_STYLED_HEADING_WORDS or _SENTENCE_END.search(text):
            continue
        following = node.getnext()
        if (
            following is not None
            and following.tag in ("p", "div")
            and len(collapse(following.text_content())) >= MIN_FOLLOWING_CHARS
        ):
            found.append(node)
    return found


@dataclass(frozen=True, slots=True)
class PageHeading:
    text: str
    next_paragraph: str | None
    """Key of the first substantial paragraph after the heading, when both share a block."""


def page_headings(page: Page) -> list[PageHeading]:
    """Sub-headings of the page's content area, in document order."""
    found: list[PageHeading] = []
    nodes = page.tree.xpath(_HEADINGS)
    styled = styled_headings(page.tree)
    order = {node: index for index, node in enumerate(page.tree.iter())} if nodes or styled else {}
    if styled:
        nodes = sorted([*nodes, *styled], key=lambda node: order.get(node, 0))
    for node in nodes:
        text = collapse(node.text_content())
        if not 2 < len(text) <= MAX_HEADING_CHARS:
            continue
        following = node.xpath(_NEXT_PARAGRAPH)
        next_key = (
            text_key(following[0].text_content(), _KEY_CHARS)
            if following and _near(node, following[0], order)
            else None
        )
        found.append(PageHeading(text=text, next_paragraph=next_key))
    return found


def restore_headings(blocks: list[Block], headings: list[PageHeading]) -> list[Block]:
    """Mark paragraphs that are page headings as headings; re-insert dropped ones before the
    paragraph they introduce."""
    heading_keys = {text_key(h.text, _KEY_CHARS) for h in headings}
    out = [
        replace(block, heading=True)
        if not block.heading
        and len(block.text) <= MAX_HEADING_CHARS
        and text_key(block.text, _KEY_CHARS) in heading_keys
        else block
        for block in blocks
    ]
    present = {text_key(block.text, _KEY_CHARS) for block in out}
    for heading in headings:
        if text_key(heading.text, _KEY_CHARS) in present or heading.next_paragraph is None:
            continue
        for index, block in enumerate(out):
            if block.heading or text_key(block.text, _KEY_CHARS) != heading.next_paragraph:
                continue
            if index > 0 and out[index - 1].heading:
                break
            out.insert(index, Block(text=heading.text, heading=True))
            present.add(text_key(heading.text, _KEY_CHARS))
            break
    return out


def _near(heading: html.HtmlElement, paragraph: html.HtmlElement, order: dict[html.HtmlElement, int]) -> bool:
    """Heading and paragraph share a block and little stands between them."""
    if order.get(paragraph, 0) - order.get(heading, 0) > _MAX_ELEMENTS_BETWEEN:
        return False
    paragraph_ancestors = set(paragraph.iterancestors())
    container = heading.getparent()
    for _ in range(_MAX_SHARED_LEVELS):
        if container is None:
            return False
        if container in paragraph_ancestors:
            return True
        container = container.getparent()
    return False
