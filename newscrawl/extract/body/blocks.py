"""trafilatura's body XML -> a flat list of text blocks (headings and paragraphs), in order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from lxml import etree

from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import collapse, word_count

_BOLD_RENDS = frozenset({"#b", "#strong"})
# A list is a list of teasers when this share of its items link somewhere and items are short.
LINK_LIST_SHARE = 0.6
LINK_LIST_MAX_WORDS = 20
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+\)")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+(.+?)\s*#*\s*$")
_MARKDOWN_DIRECTIVE = re.compile(r"^\s*(?:\+\+\+[\w-]*|\{:[^}]*\}|-{3,}|\*{3,})\s*$")
# What a list item may hold that is read as blocks of their own (trafilatura's names and HTML's).
_ITEM_BLOCKS = frozenset({"head", "p", "quote", "table", "h2", "h3", "h4", "h5", "h6", "blockquote"})
MAX_PERMALINK_CHARS = 3
_SKIP = frozenset({"graphic", "lb", "fw", "note", "script", "style", "noscript"})
_HTML_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Children that make an element a container of blocks rather than a paragraph.
_BLOCK_CHILDREN = frozenset(
    {
        "p",
        "head",
        "list",
        "table",
        "quote",
        "div",
        "section",
        "article",
        "main",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figure",
    }
)


@dataclass(frozen=True, slots=True)
class Block:
    """One heading or paragraph of the body, with the cues the cleaner needs."""

    text: str
    heading: bool = False
    bold: bool = False
    """Every character of the text is bold: a candidate sub-heading."""
    link_ratio: float = 0.0
    """Share of the text inside links: teasers and related lists are mostly links."""
    list_item: bool = False
    """The block is an item of a list (summary boxes and link lists are lists)."""
    in_link_list: bool = False
    """An item of a list whose items are short and nearly all links: related-article teasers."""
    restored: bool = False
    """Put back by the recall guard (``guard.py``): text trafilatura found that was lost."""
    node: etree._Element | None = field(default=None, compare=False, repr=False)
    """The element of trafilatura's XML the block was read from (a paragraph, heading, list
    item, table row or quote), for ``body_html``; None for blocks from other sources."""


def blocks_from_xml(body: etree._Element) -> list[Block]:
    """Walk trafilatura's output; list items and table rows become paragraphs."""
    for line_break in body.iter("lb"):
        line_break.text = " "  # so itertext() keeps words on either side apart
    blocks: list[Block] = []
    for node in body:
        blocks.extend(_blocks(node))
    return [block for block in blocks if block.text]


def blocks_from_text(text: str) -> list[Block]:
    """Plain text (e.g. JSON-LD articleBody) split into paragraphs at line breaks. Some CMSs
    put Markdown there: links become their text, ``## Title`` a heading, directives go."""
    blocks: list[Block] = []
    for line in text.splitlines():
        if _MARKDOWN_DIRECTIVE.match(line):
            continue
        heading = _MARKDOWN_HEADING.match(line)
        clean = collapse(_MARKDOWN_LINK.sub(r"\1", heading.group(1) if heading else line))
        if clean:
            blocks.append(Block(text=clean, heading=heading is not None))
    return blocks


def _blocks(node: etree._Element) -> list[Block]:
    tag = node.tag
    if not isinstance(tag, str) or tag in _SKIP:
        return []
    if tag == "head" or tag in _HTML_HEADINGS:
        block = _paragraph(node, heading=True)
        if node.find("ref") is not None or node.find("a") is not None:
            block = replace(block, text=heading_text(node))
        return [block]
    if tag in ("list", "ul", "ol"):
        link_list = _is_link_list(node)
        return [
            replace(block, in_link_list=link_list)
            for item in node
            if item.tag in ("item", "li")
            for block in _list_item(item)
        ]
    if tag == "table":
        return [_row(row) for row in node.iter("row")]
    if any(isinstance(child.tag, str) and child.tag in _BLOCK_CHILDREN for child in node):
        return _container(node)
    return [_paragraph(node)]


def _container(node: etree._Element) -> list[Block]:
    """A wrapper of blocks (trafilatura's fallback output keeps HTML divs): its blocks in
    order, with loose text between them as paragraphs of its own."""
    out = [Block(text=collapse(node.text or ""))]
    for child in node:
        out.extend(_blocks(child))
        out.append(Block(text=collapse(child.tail or "")))
    return out


def _is_link_list(node: etree._Element) -> bool:
    items = [item for item in node if item.tag in ("item", "li")]
    if len(items) < 2:
        return False
    linked = sum(
        1
        for item in items
        if item.find(".//ref[@target]") is not None or item.find(".//a[@href]") is not None
    )
    words = sum(word_count(_text(item)) for item in items) / len(items)
    return linked >= LINK_LIST_SHARE * len(items) and words <= LINK_LIST_MAX_WORDS


def _list_item(item: etree._Element) -> list[Block]:
    nested = [child for child in item if child.tag in ("list", "ul", "ol")]
    for sub in nested:
        item.remove(sub)
    if _holds_only_blocks(item):  # a listicle's <li><h3>…</h3><p>…</p></li>: its blocks, apart
        out = [block if block.heading else replace(block, list_item=True) for block in _container(item)]
    else:
        out = [_paragraph(item, list_item=True)]
    for sub in nested:
        out.extend(_blocks(sub))
    return out


def _holds_only_blocks(item: etree._Element) -> bool:
    """Every element of ``item`` is a heading, paragraph, quote or table, and it holds no text
    of its own beside them (one paragraph read as a whole would glue their texts together)."""
    children = [child for child in item if isinstance(child.tag, str)]
    return (
        bool(children)
        and all(child.tag in _ITEM_BLOCKS for child in children)
        and not collapse(item.text or "")
        and not any(collapse(child.tail or "") for child in children)
    )


def heading_text(node: etree._Element) -> str:
    """A heading's text without the permalink sign beside it: a link to the heading's own
    anchor on the page (``#…``) whose text is only a symbol ("#", "¶", "§", "🔗"), as blogs,
    documentation sites and heading-anchor plugins set it."""
    parts: list[str] = []
    _heading_pieces(node, parts)
    return collapse("".join(parts))


def _heading_pieces(element: etree._Element, parts: list[str]) -> None:
    """``element``'s text pieces into ``parts``, permalink signs left out. (A module function:
    a nested one calling itself is a reference cycle, garbage only the cyclic collector frees.)"""
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and not _is_permalink(child):
            _heading_pieces(child, parts)
        if child.tail:
            parts.append(child.tail)


def _is_permalink(element: etree._Element) -> bool:
    if element.tag not in ("ref", "a"):
        return False
    target = (element.get("target") or element.get("href") or "").strip()
    text = "".join(element.itertext()).strip()
    return target.startswith("#") and len(text) <= MAX_PERMALINK_CHARS and not any(c.isalnum() for c in text)


def _row(row: etree._Element) -> Block:
    cells = [_text(cell) for cell in row.iterfind("cell")]
    return Block(text=" | ".join(cell for cell in cells if cell), node=row)


def _paragraph(node: etree._Element, *, heading: bool = False, list_item: bool = False) -> Block:
    """The block of ``node`` read as one paragraph (a heading is never bold: it is one)."""
    text = _text(node)
    if not text:
        return Block(text="", heading=heading, list_item=list_item, node=node)
    bold = "".join(collapse(text_of(hi)) for hi in node.iter("hi") if hi.get("rend") in _BOLD_RENDS)
    linked = sum(len(collapse(text_of(ref))) for ref in node.iter("ref", "a"))
    plain = text.replace(" ", "")
    return Block(
        text=text,
        heading=heading,
        bold=not heading and bool(plain) and len(bold.replace(" ", "")) >= len(plain) * 0.95,
        link_ratio=min(1.0, linked / max(1, len(text))),
        list_item=list_item,
        node=node,
    )


def _text(node: etree._Element) -> str:
    return collapse(text_of(node))
