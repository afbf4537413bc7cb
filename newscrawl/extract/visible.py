"""Reading what a page shows: short text blocks in document order, class/id tokens.

Shared by the headline, description, byline and dateline extractors. Read-only over the tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import html

from newscrawl.extract.normalise import clean_text

# Elements whose text is never shown as article metadata.
INVISIBLE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link",
     "iframe", "button", "select", "option", "form", "input", "textarea"}
)
# Page furniture: navigation, footers, sidebars, comment sections.
FURNITURE_TAGS = frozenset({"nav", "footer", "aside"})
# Block elements worth reading as one line of text.
BLOCK_TAGS = frozenset(
    {"p", "div", "span", "time", "li", "address", "a", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "small", "strong", "em", "b", "section", "dd", "dt", "td", "figcaption", "ul"}
)
_LINE_BREAK_TAGS = frozenset({"br", "p", "div", "li"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")


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
    root: html.HtmlElement, limit: int = 200, start: html.HtmlElement | None = None,
) -> Iterator[tuple[html.HtmlElement, str]]:
    """Shown block elements whose text is at most ``limit`` chars, in document order.

    An element with the same text as its parent is skipped (the outermost one is yielded).
    With ``start``, only elements after ``start`` in document order (and outside it).
    """
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


def class_tokens(el: html.HtmlElement) -> set[str]:
    """Lower-case words of the class, id, itemprop and data-testid attributes."""
    raw = " ".join(el.get(a, "") for a in ("class", "id", "itemprop", "data-testid", "role"))
    return {t.lower() for t in _TOKEN_SPLIT.split(raw) if t}


def _itertext(el: html.HtmlElement) -> Iterator[str]:
    """Text pieces of ``el`` in document order, skipping invisible elements (iterative: pages
    nest thousands of elements deep)."""
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node is not el and node.tail:
                yield node.tail
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag or tag in INVISIBLE_TAGS:
            if node is not el and node.tail:
                yield node.tail
            continue
        if tag in _LINE_BREAK_TAGS:
            yield " "
        if node.text:
            yield node.text
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
