"""Sub-headings recovered from the page's own heading hierarchy.

trafilatura sometimes drops an ``<h2>`` or flattens ``<h2><b>…</b></h2>`` into a paragraph. The
original tree still says which texts are headings and which paragraph each one introduces, so
headings are restored by that evidence rather than by guessing from the text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newscrawl.extract.blocks import Block
from newscrawl.extract.page import Page
from newscrawl.extract.text import collapse

_HEADINGS = (
    "//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or @role='heading']"
    "[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header or ancestor::a)]"
)
_NEXT_PARAGRAPH = "following-sibling::*[1][self::p][string-length(normalize-space()) > 40]"
MAX_HEADING_CHARS = 200
_KEY_CHARS = 80


@dataclass(frozen=True, slots=True)
class PageHeading:
    text: str
    next_paragraph: str | None
    """Key of the paragraph that directly follows the heading in the page, if substantial."""


def page_headings(page: Page) -> list[PageHeading]:
    """Sub-headings of the page's content area, in document order."""
    found: list[PageHeading] = []
    for node in page.tree.xpath(_HEADINGS):
        text = collapse(node.text_content())
        if not 2 < len(text) <= MAX_HEADING_CHARS:
            continue
        following = node.xpath(_NEXT_PARAGRAPH)
        next_key = _key(following[0].text_content()) if following else None
        found.append(PageHeading(text=text, next_paragraph=next_key))
    return found


def restore_headings(blocks: list[Block], headings: list[PageHeading]) -> list[Block]:
    """Mark paragraphs that are page headings as headings; re-insert dropped ones before the
    paragraph they introduce."""
    heading_keys = {_key(h.text) for h in headings}
    out = [
        replace(block, heading=True)
        if not block.heading and len(block.text) <= MAX_HEADING_CHARS and _key(block.text) in heading_keys
        else block
        for block in blocks
    ]
    present = {_key(block.text) for block in out}
    for heading in headings:
        if _key(heading.text) in present or heading.next_paragraph is None:
            continue
        for index, block in enumerate(out):
            if block.heading or _key(block.text) != heading.next_paragraph:
                continue
            if index > 0 and out[index - 1].heading:
                break
            out.insert(index, Block(text=heading.text, heading=True))
            present.add(_key(heading.text))
            break
    return out


def _key(text: str) -> str:
    return collapse(text).casefold()[:_KEY_CHARS]
