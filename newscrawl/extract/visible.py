"""Reading what a page shows: short text blocks in document order, class/id tokens.

Shared by the headline, description, byline and dateline extractors. Read-only over the tree.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from lxml import etree, html

from newscrawl.extract.normalise import clean_text

# Elements whose text is never shown as article metadata.
INVISIBLE_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "button",
        "select",
        "option",
        "form",
        "input",
        "textarea",
    }
)
# Page furniture: navigation, footers, sidebars, comment sections.
FURNITURE_TAGS = frozenset({"nav", "footer", "aside"})
# Block elements worth reading as one line of text.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "span",
        "time",
        "li",
        "address",
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "small",
        "strong",
        "em",
        "b",
        "section",
        "dd",
        "dt",
        "td",
        "figcaption",
        "ul",
    }
)
_LINE_BREAK_TAGS = frozenset({"br", "p", "div", "li"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
# The walk text_blocks reads while a page is extracted (see shared_walk).
_SHARED: ContextVar[VisibleText | None] = ContextVar("newscrawl_visible_walk", default=None)


def short_text(el: html.HtmlElement, limit: int) -> str | None:
    """The element's cleaned text, or None when empty or longer than ``limit`` characters."""
    parts: list[str] = []
    size = 0
    for piece in _itertext(el):
        parts.append(piece)
        size += len(piece)
        if size > limit * 3 + 200:
            return None
    text = clean_text(" ".join(parts))
    if not text or len(text) > limit:
        return None
    return text


def element_text(el: html.HtmlElement) -> str | None:
    """The whole visible text of ``el``, cleaned."""
    return clean_text(" ".join(_itertext(el)))


def is_shown(el: html.HtmlElement) -> bool:
    """False inside invisible or furniture elements, or elements hidden by attribute/style."""
    node: html.HtmlElement | None = el
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in INVISIBLE_TAGS or tag in FURNITURE_TAGS:
            return False
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return False
        if _HIDDEN_STYLE.search(node.get("style", "")):
            return False
        node = node.getparent()
    return True


def text_blocks(
    root: html.HtmlElement,
    limit: int = 200,
    start: html.HtmlElement | None = None,
) -> Iterator[tuple[html.HtmlElement, str]]:
    """Shown block elements whose text is at most ``limit`` chars, in document order.

    An element with the same text as its parent is skipped (the outermost one is yielded).
    With ``start``, only elements after ``start`` in document order (and outside it).
    Inside :func:`shared_walk` of the page, read from its one walk (same blocks, same order).
    """
    shared = _SHARED.get()
    if shared is not None:
        return shared.blocks(root, limit, start)
    return _walk_blocks(root, limit, start)


@contextmanager
def shared_walk(tree: html.HtmlElement) -> Iterator[None]:
    """Within this block, :func:`text_blocks` over ``tree`` reads one walk of it, made on first
    use and dropped at the end (see :class:`VisibleText`). ``tree`` must not change meanwhile."""
    token = _SHARED.set(VisibleText(tree))
    try:
        yield
    finally:
        _SHARED.reset(token)


def _walk_blocks(
    root: html.HtmlElement,
    limit: int,
    start: html.HtmlElement | None,
) -> Iterator[tuple[html.HtmlElement, str]]:
    """text_blocks by walking ``root``: each block's subtree is read again."""
    last: str | None = None
    started = start is None
    inside_start: set[Any] = set()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if not started:
            if start is not None and el is start:
                started = True
                inside_start = set(start.iter())
            continue
        if el in inside_start or el.tag not in BLOCK_TAGS:
            continue
        text = short_text(el, limit)
        if text is None or text == last or not is_shown(el):
            continue
        last = text
        yield el, text


class VisibleText:
    """The shown block elements of a tree and their texts, from one walk of it.

    Walking each block's subtree again (:func:`_walk_blocks`), for each of the headline,
    standfirst, byline and dateline readers, was the largest cost of the metadata. Here the
    tree is walked once, on first use: every visible text piece goes into one list, and each
    shown block notes its range of pieces and of characters, so its text is one join and its
    raw size one subtraction. The tree must not change after the first call.
    """

    __slots__ = ("_blocks", "_index", "_pieces", "_starts", "_texts", "_tree")

    def __init__(self, tree: html.HtmlElement) -> None:
        self._tree = tree
        self._pieces: list[str] = []  # _itertext's pieces of the whole tree, in order
        self._index: dict[Any, int] = {}  # element -> its position in walk order
        # Shown block elements, in document order: [el, position, first piece, end piece,
        # characters before, characters at the end].
        self._blocks: list[list[Any]] = []
        self._starts: list[int] = []  # their positions, for bisect
        self._texts: dict[int, str | None] = {}  # block index -> cleaned text, once read

    def blocks(
        self,
        root: html.HtmlElement,
        limit: int = 200,
        start: html.HtmlElement | None = None,
    ) -> Iterator[tuple[html.HtmlElement, str]]:
        """What ``text_blocks(root, limit, start)`` yields, read from the one walk."""
        if not self._index:
            self._walk()
        span = (0, len(self._index)) if root is self._tree and self._index else self._span(root)
        after = None if start is None else self._span(start)
        if span is None or (start is not None and after is None):
            yield from _walk_blocks(root, limit, start)  # not walked: hidden, or another tree
            return
        low, high = span
        if after is not None:
            position, end = after
            if not low <= position < high:
                return  # start outside root: nothing comes after it
            low = end
        cutoff = limit * 3 + 200  # short_text's bound on the raw text
        last: str | None = None
        for index in range(bisect_left(self._starts, low), len(self._blocks)):
            el, position, first, end, before, after = self._blocks[index]
            if position >= high:
                break
            if after - before > cutoff:
                continue
            if index not in self._texts:
                self._texts[index] = clean_text(" ".join(self._pieces[first:end]))
            text = self._texts[index]
            if not text or len(text) > limit or text == last:
                continue
            last = text
            yield el, text

    def _walk(self) -> None:
        """Pieces in _itertext's order; the position of every element reached (not those inside
        invisible ones: none of their text is ever shown) and the shown blocks.
        (Written for speed: it visits every element of the page. Most elements are neither a
        block nor hide what they hold: their end has nothing to close or restore.)"""
        pieces, index, blocks, starts = self._pieces, self._index, self._blocks, self._starts
        add, search = pieces.append, _HIDDEN_STYLE.search
        total = position = 0
        visible = _shown_above(self._tree)
        # Per element being walked, what its end closes: None, or (its block entry or None,
        # whether its parent is shown) for a shown block or an element that hides its content.
        closing: list[tuple[list[Any] | None, bool] | None] = []
        push, pop = closing.append, closing.pop
        walker = etree.iterwalk(self._tree, events=("start", "end", "comment", "pi"))
        for event, node in walker:
            if event == "start":
                tag = node.tag
                state: tuple[list[Any] | None, bool] | None = None
                if tag in INVISIBLE_TAGS:
                    walker.skip_subtree()  # its "end" still comes, for the tail
                else:
                    if visible:  # is_shown's test of this element
                        get = node.get
                        style = get("style")
                        if (
                            tag in FURNITURE_TAGS
                            or get("hidden") is not None
                            or get("aria-hidden") == "true"
                            or (style and search(style))
                        ):
                            state = (None, True)
                            visible = False
                        elif tag in BLOCK_TAGS:
                            entry = [node, position, len(pieces), 0, total, 0]
                            blocks.append(entry)
                            starts.append(position)
                            state = (entry, True)
                    index[node] = position
                    position += 1
                    if tag in _LINE_BREAK_TAGS:
                        add(" ")
                        total += 1
                    if text := node.text:
                        add(text)
                        total += len(text)
                push(state)
                continue
            if event == "end" and (state := pop()) is not None:
                closed, visible = state
                if closed is not None:
                    closed[3], closed[5] = len(pieces), total
            if tail := node.tail:  # after an element's end, a comment or a processing instruction
                add(tail)
                total += len(tail)

    def _span(self, el: html.HtmlElement) -> tuple[int, int] | None:
        """(position, end) of a walked element: its place in walk order, and the place of the
        first element walked after its subtree (found among what follows it and each of its
        ancestors'; an element not walked holds none that is); None when not walked."""
        position = self._index.get(el)
        if position is None:
            return None
        node = el
        while node is not self._tree:
            following = node.getnext()
            while following is not None:
                if (end := self._index.get(following)) is not None:
                    return position, end
                following = following.getnext()
            node = node.getparent()
        return position, len(self._index)


def _shown_above(node: html.HtmlElement) -> bool:
    parent = node.getparent()
    return parent is None or is_shown(parent)


def class_tokens(el: html.HtmlElement) -> frozenset[str]:
    """Lower-case words of the class, id, itemprop, data-testid and role attributes (the split
    of each distinct string is made once and shared: a frozenset)."""
    raw = " ".join(
        [
            el.get("class", ""),
            el.get("id", ""),
            el.get("itemprop", ""),
            el.get("data-testid", ""),
            el.get("role", ""),
        ]
    )
    return _words(raw)


@lru_cache(maxsize=4096)
def _words(raw: str) -> frozenset[str]:
    """Pages repeat the same class strings on many elements: split each once."""
    return frozenset(t.lower() for t in _TOKEN_SPLIT.split(raw) if t)


def _itertext(el: html.HtmlElement) -> Iterator[str]:
    """Text pieces of ``el`` in document order, skipping invisible elements (and the text of
    comments and processing instructions, not their tails). One walk in C (pages nest
    thousands of elements deep): an invisible element's subtree is skipped, its tail read. A
    comment or a processing instruction itself has no text to give."""
    if not isinstance(el.tag, str):
        return
    walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            tag = node.tag
            if tag in INVISIBLE_TAGS:
                walker.skip_subtree()  # its "end" still comes, for the tail
                continue
            if tag in _LINE_BREAK_TAGS:
                yield " "
            if text := node.text:
                yield text
        elif node is not el and (tail := node.tail):  # an element's end, a comment or a pi
            yield tail
