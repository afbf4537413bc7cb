"""The body as a small, safe subset of HTML (``Article.body_html``), consistent with ``sections``.

Built from the same blocks as ``sections`` and ``text``, in the same order: every heading and
paragraph of ``sections`` is one element here, with the same text. Where a block was read from
trafilatura's XML, that element gives its structure: list items become ``<li>`` in ``<ul>`` or
``<ol>``, table rows ``<tr>`` with ``<td>``/``<th>`` cells (the ``" | "``-joined paragraph of
``sections``), quotes ``<blockquote>``, heading levels ``<h2>``-``<h4>``, links ``<a href>``
(http and https only). Nothing else: no attributes but ``href``, no scripts, no styles; every
text is escaped. Pictures are in ``images`` (their place in the body is not known).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html import escape
from urllib.parse import urlsplit

from lxml import etree

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.normalise import collapse
from newscrawl.items import Section

Resolve = Callable[[str | None], str | None]
"""Makes a link target absolute against the page (``Page.absolute``), or None."""

_LIST_ITEMS = frozenset({"item", "li"})
_QUOTES = frozenset({"quote", "blockquote"})


def body_html(sections: list[Section], kept: list[Block], resolve: Resolve) -> str:
    """``sections`` as HTML, each paragraph marked up by the kept block it came from."""
    out: list[str] = []
    open_group: tuple[str, str] | None = None  # (closing tag, the container's path in its tree)
    for kind, text, block in _aligned(sections, kept):
        group = _group(block) if kind == "p" else None
        # lxml makes a new proxy object for an element on each access: compare tree paths
        where = group[2].getroottree().getpath(group[2]) if group else None
        if open_group and (group is None or where != open_group[1]):
            out.append(open_group[0])
            open_group = None
        if group and where and open_group is None:
            out.append(group[0])
            open_group = (group[1], where)
        out.append(_element(kind, text, block, resolve, in_group=open_group is not None))
    if open_group:
        out.append(open_group[0])
    return "".join(out)


def _aligned(sections: list[Section], kept: list[Block]) -> Iterator[tuple[str, str, Block | None]]:
    """("h" or "p", text, the kept block with that text) in order; None when no block matches
    (a heading promoted from a bold paragraph keeps its block; text from elsewhere has none)."""
    position = 0
    for section in sections:
        items = ([("h", section.heading)] if section.heading else []) + [("p", p) for p in section.paragraphs]
        for kind, text in items:
            match = next((i for i in range(position, len(kept)) if kept[i].text == text), None)
            if match is None:
                yield kind, text, None
                continue
            position = match + 1
            yield kind, text, kept[match]


def _group(block: Block | None) -> tuple[str, str, etree._Element] | None:
    """(opening tags, closing tags, container) for a block that belongs to a list, table or quote."""
    node = block.node if block is not None else None
    if node is None:
        return None
    parent = node.getparent()
    if node.tag in _LIST_ITEMS and parent is not None:
        ordered = parent.tag == "ol" or parent.get("rend") in ("ol", "ordered")
        tag = "ol" if ordered else "ul"
        return f"<{tag}>", f"</{tag}>", parent
    if node.tag == "row" and parent is not None:
        return "<table>", "</table>", parent
    quote = next((a for a in node.iterancestors() if a.tag in _QUOTES), None)
    if node.tag in _QUOTES:
        quote = node
    if quote is not None:
        return "<blockquote>", "</blockquote>", quote
    return None


def _element(kind: str, text: str, block: Block | None, resolve: Resolve, *, in_group: bool) -> str:
    node = block.node if block is not None else None
    if kind == "h":
        level = _level(node)
        return f"<h{level}>{_inline(node, text, resolve)}</h{level}>"
    if node is not None and node.tag == "row":
        row = _row(node, text, resolve)
        if row is not None:
            return row
    if node is not None and node.tag in _LIST_ITEMS and in_group:
        return f"<li>{_inline(node, text, resolve)}</li>"
    return f"<p>{_inline(node, text, resolve)}</p>"


def _level(node: etree._Element | None) -> int:
    """h2 to h4: the heading's level on the page (``rend="h3"``), the article's own title being h1."""
    name = ""
    if node is not None:
        name = str(node.get("rend") or node.tag)
    digit = name[-1:] if name[:1] in ("h", "#") else ""
    return min(4, max(2, int(digit))) if digit.isdigit() else 2


def _row(row: etree._Element, text: str, resolve: Resolve) -> str | None:
    cells = [cell for cell in row.iterfind("cell") if collapse("".join(cell.itertext()))]
    if " | ".join(collapse("".join(cell.itertext())) for cell in cells) != text:
        return None
    parts = []
    for cell in cells:
        tag = "th" if cell.get("role") == "head" else "td"
        parts.append(f"<{tag}>{_inline(cell, collapse(''.join(cell.itertext())), resolve)}</{tag}>")
    return f"<tr>{''.join(parts)}</tr>"


def _inline(node: etree._Element | None, text: str, resolve: Resolve) -> str:
    """The node's text with its links kept, if that gives exactly ``text``; else ``text``."""
    if node is None:
        return escape(text, quote=True)
    pieces: list[tuple[str, str | None]] = []  # (text, link target)
    _walk(node, None, pieces, resolve, top=True)
    plain = collapse("".join(piece for piece, _ in pieces))
    if plain != text:
        return escape(text, quote=True)
    html = "".join(
        f'<a href="{escape(href, quote=True)}">{escape(piece)}</a>' if href else escape(piece)
        for piece, href in _merge(pieces)
    )
    return collapse(html)


def _walk(
    node: etree._Element,
    href: str | None,
    pieces: list[tuple[str, str | None]],
    resolve: Resolve,
    *,
    top: bool = False,
) -> None:
    if node.tag in ("ref", "a") and not top:
        target = resolve(node.get("target") or node.get("href"))
        if target and urlsplit(target).scheme in ("http", "https"):
            href = target
    if node.text:
        pieces.append((node.text, href))
    for child in node:
        if isinstance(child.tag, str) and child.tag not in ("list", "ul", "ol", "graphic"):
            _walk(child, href, pieces, resolve)
        if child.tail:
            pieces.append((child.tail, href))  # a tail is outside the child, inside this node


def _merge(pieces: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    merged: list[tuple[str, str | None]] = []
    for piece, href in pieces:
        if merged and merged[-1][1] == href:
            merged[-1] = (merged[-1][0] + piece, href)
        else:
            merged.append((piece, href))
    return merged
