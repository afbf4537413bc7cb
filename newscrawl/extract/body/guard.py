"""The recall guard: cleaning never silently throws away what trafilatura found.

trafilatura's main content of the page is computed once (``content.py``). After the body's
blocks are read from it and cleaned, every piece of its text should be either kept or dropped
by a named rule (``explain`` lists those). When the kept and the named drops together come to
much less than trafilatura's text, something was lost without a cause (a block shape the reader
does not know, a heading with nothing under it): trafilatura's own lines that are nowhere in the
body come back, through the same cleaning rules, in trafilatura's order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.stories import PrunedText
from newscrawl.extract.normalise import collapse

# The guard looks closer when the kept and the named drops cover less than this share of
# trafilatura's text, and at least this many of its characters are unaccounted for.
ACCOUNTED_SHARE = 0.85
MIN_LOST_CHARS = 200
# Lines shorter than this are only matched whole (a substring test on "1." means nothing).
MIN_SUBSTRING_CHARS = 25
# Elements that end a line of trafilatura's text (its own XML, and HTML it passes through).
_LINE_TAGS = frozenset(
    {"p", "head", "item", "row", "list", "table", "quote", "code", "lb", "div", "tr", "li", "br"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "section"}
)
_CELL_TAGS = frozenset({"cell", "td", "th"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Lost:
    """Lines of trafilatura's text that neither the kept blocks nor a named drop account for."""

    lines: list[str] = field(default_factory=list)
    after: list[int] = field(default_factory=list)
    """For each line: how many kept blocks come before it (where it goes back in)."""
    pruned: list[tuple[str, str]] = field(default_factory=list)
    """(rule, line) of trafilatura's lines that are part of what was pruned from the page
    before it read it (another story, a caption, a hidden node, …): dropped with that cause."""


def _all_accounted(found: int, accounted: int) -> bool:
    """The kept blocks and the named drops (``accounted`` characters) leave too little of
    ``found`` characters unaccounted for to look closer (true for any smaller ``found`` too)."""
    return found - accounted < MIN_LOST_CHARS or accounted >= ACCOUNTED_SHARE * found


def lost_lines(
    content: etree._Element | None, kept: list[Block], dropped: list[str], pruned: PrunedText | None = None
) -> Lost:
    """What of ``content`` (trafilatura's body XML) went missing without a cause, when that is
    much of it; nothing otherwise. A line of what was pruned from the page before trafilatura
    read it (``pruned``: another story, a region of chrome) has its cause on record: when
    trafilatura read the plain page, such lines are in ``content`` but not the story's; they
    stay out, each with its rule (``Lost.pruned``). (Pruned text does not count as accounted
    for: trafilatura's reading of the prepared page never held it.)"""
    if content is None:
        return Lost()
    raw = "".join(content.itertext())
    accounted = sum(len(block.text) for block in kept) + sum(len(text) for text in dropped)
    if _all_accounted(len(raw), accounted) and (raw.isascii() or unicodedata.is_normalized("NFC", raw)):
        # ``collapse`` of an NFC text only takes characters out: its length is at most the
        # text's, and the test below holds for it too (most pages: no collapse of the body)
        return Lost()
    if _all_accounted(len(collapse(raw)), accounted):
        return Lost()
    kept_keys = [_key(block.text) for block in kept]
    known = set(kept_keys) | {_key(text) for text in dropped}
    joined = "\n".join(known)
    position = {key: index for index, key in enumerate(kept_keys)}
    lines: list[str] = []
    after: list[int] = []
    causes: list[tuple[str, str]] = []
    placed = 0
    for line in _lines(content):
        key = _key(line)
        if not key:
            continue
        if key in position:
            placed = max(placed, position[key] + 1)
            continue
        if key in known or (len(key) >= MIN_SUBSTRING_CHARS and key in joined):
            continue
        if pruned is not None and (cause := pruned.cause(line)) is not None:
            causes.append((cause.rule, line))
            continue
        lines.append(line)
        after.append(placed)
    return Lost(lines=lines, after=after, pruned=causes)


def put_back(kept: list[Block], restored: list[tuple[int, Block]]) -> list[Block]:
    """``kept`` with each restored block inserted after the first ``n`` kept blocks."""
    out: list[Block] = []
    pending = sorted(restored, key=lambda entry: entry[0])
    index = 0
    for position, block in enumerate(kept):
        while index < len(pending) and pending[index][0] <= position:
            out.append(pending[index][1])
            index += 1
        out.append(block)
    out.extend(block for _, block in pending[index:])
    return out


def _lines(content: etree._Element) -> list[str]:
    """trafilatura's text as lines: one per paragraph, heading, list item or table row."""
    chunks: list[str] = []
    _walk(content, chunks)
    return [line for line in (collapse(part) for part in "".join(chunks).split("\n")) if line]


def _walk(element: etree._Element, chunks: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if element.text and tag:
        chunks.append(element.text)
    for child in element:
        _walk(child, chunks)
    if tag in _LINE_TAGS:
        chunks.append("\n")
    elif tag in _CELL_TAGS:
        chunks.append(" ")
    if element.tail:
        chunks.append(element.tail)


def _key(text: str) -> str:
    """Words only, case folded: a table row read as "a | b" and as "a b" is the same line."""
    return " ".join(_WORD.findall(text.casefold()))
