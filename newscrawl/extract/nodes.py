"""Reading elements cheaply: the first element of a kind below another, without reading the rest
of the subtree; an element's text in one C call. And what a form's field is (``FIELD_TAGS``):
one a reader fills in (``reader_field``), one the page shows (``shown_field``). A child's index
under its parent, each parent's children numbered once (``ChildIndex``).

lxml's ``iter(tag)`` and ``find(".//tag")`` look one match ahead: asking them for the first
``<h1>`` of a page that holds one walks the whole page for a second. ``etree.iterwalk`` stops
where it is left, so these helpers read only up to the first match (the same element, in the
same document order). An absent tag still costs a walk of the whole subtree, as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from lxml import etree, html

ElementT = TypeVar("ElementT", bound=etree._Element)


class ChildIndex:
    """``parent.index(child)``, each parent's children numbered once: lxml's ``index()`` (and
    ``len()``) count a parent's children on every call, quadratic for thousands of siblings."""

    def __init__(self) -> None:
        self._numbers: dict[etree._Element, dict[etree._Element, int]] = {}

    def __call__(self, parent: etree._Element, child: etree._Element) -> int:
        numbers = self._numbers.get(parent)
        if numbers is None:
            numbers = self._numbers[parent] = {node: i for i, node in enumerate(parent)}
        return numbers[child]


def first_in(node: html.HtmlElement, *tags: str) -> html.HtmlElement | None:
    """``next(node.iter(*tags), None)``: ``node`` itself when it has one of ``tags``, else its
    first descendant that has one, in document order."""
    if not isinstance(node.tag, str):  # a comment or a processing instruction holds no element
        return None
    for _, element in etree.iterwalk(node, events=("start",), tag=tags):
        return element
    return None


def first_below(node: html.HtmlElement, *tags: str, attribute: str | None = None) -> html.HtmlElement | None:
    """``node.find(".//tag")`` (with ``attribute``, ``.//tag[@attribute]``) for one tag or more:
    the first descendant of ``node`` (never ``node`` itself) with one of ``tags``, in
    document order."""
    if not isinstance(node.tag, str):
        return None
    for _, element in etree.iterwalk(node, events=("start",), tag=tags):
        if element is not node and (attribute is None or element.get(attribute) is not None):
            return element
    return None


def text_of(node: etree._Element) -> str:
    """``node.text_content()`` (its text nodes, not its tail, no comment's) in one C call: lxml
    serialises it as text (libxml2's node content, as XPath's string() reads it) without
    evaluating an XPath for each element, about three times as fast. A plain ``str``: a smart
    string would hold its element, and a text cache would hold the page.
    A node with no children (most links, many paragraphs) holds its text nodes alone: its
    ``.text`` (all of them, joined) is the same text, without the serialiser's cost per call."""
    if not len(node):
        return node.text or ""
    text: str = etree.tostring(node, method="text", encoding=str, with_tail=False)
    return text


_TEXT_CHARS = etree.XPath("string-length(normalize-space())")
_LINK_TEXTS = etree.XPath("descendant::a//text()", smart_strings=False)  # (plain strings: joined)


def text_chars(node: etree._Element) -> int:
    """The length of ``node``'s text with its white space collapsed (XPath's
    ``normalize-space()``), in one C call. (Of a node with no children too: reading its
    ``.text`` and collapsing it in Python costs twice the XPath's call.)"""
    return int(_TEXT_CHARS(node))


def link_text_chars(node: etree._Element) -> int:
    """The length of the text of ``node``'s links, joined and its white space collapsed: what of
    ``text_chars`` is link text (a menu's, a footer's, a card's). None in a node with no children."""
    if not len(node):
        return 0
    return len(" ".join(" ".join(_LINK_TEXTS(node)).split()))


# A form's fields: what a reader types in, picks from or ticks. (An <input> is also a page's
# hidden field or one of its buttons: its ``type`` says which.)
FIELD_TAGS = ("input", "select", "textarea")
# The <input> types a reader types in or ticks: the text-like fields ("": no type, a text
# field), check boxes and radio buttons. No hidden field, no button (submit, reset, image,
# button), no file, date, colour or range picker.
READER_INPUT_TYPES = frozenset(
    {"", "text", "email", "checkbox", "radio", "search", "password", "tel", "number", "url"}
)
# Every ``type`` HTML knows (the Living Standard's input states). A type outside it is in the
# Text state: browsers show a text field ("txt", "e-mail", "string" are real and common).
HTML_INPUT_TYPES = READER_INPUT_TYPES | {
    "hidden", "date", "month", "week", "time", "datetime-local", "range", "color", "file",
    "submit", "image", "reset", "button",
}  # fmt: skip


def input_type(node: etree._Element) -> str:
    """An ``<input>``'s ``type`` as written, in lower case ("" when it has none)."""
    return (node.get("type") or "").lower()


def reader_field(node: etree._Element) -> bool:
    """One of ``FIELD_TAGS`` that a reader fills in or ticks: a ``<select>``, a ``<textarea>``,
    or an ``<input>`` of one of ``READER_INPUT_TYPES`` (white space around the type forgiven)
    or of a type HTML does not know, which browsers show as a text field.
    Where a form's box grows from (``prepare``'s rule ``form-box``): a hidden field or a button
    alone (a player's, a poll's "Vote", a share bar's) is no box's field. Narrower than
    ``shown_field``, which counts the buttons too."""
    if node.tag != "input":
        return True
    kind = input_type(node).strip()
    return kind in READER_INPUT_TYPES or kind not in HTML_INPUT_TYPES


def shown_field(node: etree._Element) -> bool:
    """One of ``FIELD_TAGS`` that the page shows: any but an ``<input>`` whose type is "hidden"
    (any case; as written: with white space around it, it is no type HTML knows, and a browser
    shows a text field). What makes a heading's block an interactive box (``headings``' rule
    ``control-box``, with a ``<form>`` and a scripted button): there a sign-up's "Subscribe"
    or a consent prompt's "Accept" input is the box's control, while a box pruned before
    trafilatura reads the page grows only from a field a reader fills in (``reader_field``)."""
    return node.tag != "input" or input_type(node) != "hidden"


def deepest_holder(sizes: Mapping[ElementT, int], share: float, min_count: int = 1) -> ElementT | None:
    """The deepest ancestor of the elements ``sizes`` holds (each with its size, its text's
    length) that holds ``share`` of their total size and ``min_count`` of them at least: the
    story's block around its paragraphs. With ``share`` over a half, the elements that qualify
    are nested, so the deepest is the smallest of them. (Of two as deep, the one that holds the
    earlier element of ``sizes``.) Each ancestor is read once: the elements' sizes are added to
    their parents, then each ancestor's total to its parent's, deepest first (adding each size to
    every ancestor of its element took time quadratic in the depth of nested blocks)."""
    parent: dict[ElementT, ElementT | None] = {}  # every ancestor reached, with its parent
    first: dict[ElementT, int] = {}  # the position in ``sizes`` of the element that reached it
    chars: dict[ElementT, int] = {}
    count: dict[ElementT, int] = {}
    for at, (element, size) in enumerate(sizes.items()):
        above = element.getparent()
        if above is None:
            continue
        chars[above] = chars.get(above, 0) + size
        count[above] = count.get(above, 0) + 1
        while above is not None and above not in parent:
            parent[above] = above.getparent()
            first[above] = at
            above = parent[above]
    depth: dict[ElementT, int] = {}
    for node in parent:
        path: list[ElementT] = []
        known: ElementT | None = node
        while known is not None and known not in depth:
            path.append(known)
            known = parent[known]
        level = -1 if known is None else depth[known]
        for step in reversed(path):
            level += 1
            depth[step] = level
    for node in sorted(parent, key=depth.__getitem__, reverse=True):
        up = parent[node]
        if up is not None:
            chars[up] = chars.get(up, 0) + chars.get(node, 0)
            count[up] = count.get(up, 0) + count.get(node, 0)
    need = share * sum(sizes.values())
    best: ElementT | None = None
    for node in parent:
        if (
            chars.get(node, 0) >= need
            and count.get(node, 0) >= min_count
            and (best is None or (depth[node], -first[node]) > (depth[best], -first[best]))
        ):
            best = node
    return best
