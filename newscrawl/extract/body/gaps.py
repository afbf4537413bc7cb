"""Lists and sub-headings trafilatura skipped between the story's own paragraphs.

When trafilatura finds no container it knows by its class or id (hashed class names, CSS-in-JS,
names in other languages, a page of divs), it gathers the page's loose paragraphs instead, and
that reading keeps paragraphs, code, quotes and tables only: the story's lists and sub-headings
between them are lost. Its body then holds no list and no heading at all
(``skipped_lists_possible``).

Here they come back. The story's container is the deepest element that holds most of the kept
paragraphs' text; a list or a heading in it that stands beside the story's paragraphs (a child
of an element holding one of them; or a list of points or a heading wrapped alone in divs or a
table's cell, in a child of a block that holds them: a box's list, a pros-and-cons panel, sits
under its own title in a box), between two kept paragraphs that follow each other in
trafilatura's body, and is nowhere in the body, is read as blocks of its own, in its place. So
is a list of points beside the story's first kept paragraph, before it, when nothing longer
than a line stands before that paragraph in the body (the story's key points). A list comes
back whole: when one of its items is nowhere in the body, every item that is not a block of the
body comes back (a short point's words may stand in a paragraph too). A list of points holds
text, not mostly links to other pages, and no cards, quotes or pictures in its items. A
heading comes back only over what it heads: a kept paragraph or a list that comes back.

The story's end: what comes back after the last kept paragraph (a list beside the story's
paragraphs) waits for no paragraph after it; it comes back when nothing else with text follows
it in the container and the body ends with that paragraph.

The blocks go through the same cleaning rules as every other block (a list of links is one of
teasers there).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field

from lxml import etree, html

from newscrawl.extract.body.blocks import Block, blocks_from_xml
from newscrawl.extract.nodes import deepest_holder, text_chars, text_of
from newscrawl.extract.normalise import text_key
from newscrawl.extract.visible import link_chars

# A paragraph of the body is found on the page by its text when it is at least this long.
MIN_MATCH_CHARS = 40
# The story's container holds at least this many of the kept paragraphs, and this share of
# their text.
MIN_MATCHED = 2
CONTAINER_SHARE = 0.8
# A heading that is this much a link's text titles another page (a teaser), not a part.
LINKED_HEADING_SHARE = 0.8
_LISTS = frozenset({"ul", "ol"})
# A list of points holds its items' text: items holding these are cards, boxes, quotes or pictures.
_NOT_IN_POINTS = (
    "p", "div", "blockquote", "table", "img", "picture", "figure", "video", "iframe",
    "h1", "h2", "h3", "h4", "h5", "h6",
)  # fmt: skip
# Where a list before the story's first kept paragraph waits for it; it comes back just before
# that paragraph's block (after the block before it: -1, before the body's first, is this too).
_LEAD = -1
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Elements with text of their own between a heading and what comes back under it: the heading
# heads them (a box's text), not what follows.
_TEXT_BLOCKS = frozenset({"p", "div", "table", "blockquote", "pre", "section", "li", "dl"})
_CODE = ("script", "style", "noscript", "template", "svg")  # (trafilatura leaves SVG out too)
# Blocks of text after the story's last kept paragraph that keep what follows them from closing it.
_CLOSED = _LISTS | _HEADINGS | _TEXT_BLOCKS


def skipped_lists_possible(content: etree._Element | None) -> bool:
    """trafilatura's body XML ``content`` holds paragraphs but no list and no heading: the
    reading of loose paragraphs that leaves them out."""
    if content is None or len(content) < MIN_MATCHED:
        return False
    return next(content.iter("list", "head"), None) is None


@dataclass(slots=True)
class _Walk:
    """The lists and headings found so far in the story's container, in the page's order."""

    body: _BodyText
    found: list[tuple[int, list[Block]]] = field(default_factory=list)
    """(index of the kept block they follow, their blocks): confirmed, between two."""
    pending: list[tuple[int, list[Block]]] = field(default_factory=list)
    """Since the last kept paragraph: confirmed when a kept paragraph follows."""
    heading: tuple[int, list[Block]] | None = None
    """A heading waiting for what it heads."""
    closing: bool = True
    """Nothing with text but what waits has followed the last kept paragraph so far (what
    waits may close the story: see ``finish``)."""
    waiting: set[html.HtmlElement] = field(default_factory=set)
    """The lists and headings that wait since the last kept paragraph."""
    within: set[html.HtmlElement] = field(default_factory=set)
    """The elements visited since the last kept paragraph inside one that waits (marked from
    the parent down, as the walk goes in document order: no walk up each element's ancestors)."""

    def missing(self, element: html.HtmlElement) -> list[Block]:
        """The blocks of ``element`` that are nowhere in the body. A list's items come back
        together: when one of them is nowhere in the body, each that is not a block of the body
        comes back (a short item's words may stand in a paragraph of the story too: "…, and a
        strong community." in the lead, "a strong community" as the list's last point)."""
        blocks = _read(element)
        keys = [text_key(block.text) for block in blocks]
        if element.tag in _LISTS and any(key and not self.body.holds(key) for key in keys):
            return [
                block for block, key in zip(blocks, keys, strict=True) if key and key not in self.body.known
            ]
        return [block for block, key in zip(blocks, keys, strict=True) if key and not self.body.holds(key)]

    def paragraph(self, blocks: list[Block], after: int) -> int:
        """At a kept paragraph (its block's index ``after``): what waits before it stands
        between two (or before the first) when the body has it right after the block they
        follow. Returns ``after``."""
        self.take_heading()
        if self.pending and _next_to(blocks, self.pending[0][0], after):
            self.found += [(after - 1 if place == _LEAD else place, run) for place, run in self.pending]
        self.pending = []
        self.closing = True
        self.waiting = set()
        self.within = set()
        return after

    def finish(self, blocks: list[Block]) -> None:
        """After the story's last kept paragraph: what waits comes back when nothing else with
        text follows it in the story's container (what waits stands beside the story's
        paragraphs) and the body ends with that paragraph (what follows it there, if anything,
        is a heading or a short line)."""
        if self.closing:
            self.take_heading()
            if self.pending and _next_to(blocks, self.pending[0][0], len(blocks)):
                self.found += self.pending
        self.pending = []

    def visit(
        self,
        element: html.HtmlElement,
        previous: int | None,
        beside: Callable[[html.HtmlElement], bool],
    ) -> None:
        """An element of the container that is no kept paragraph, after the kept block
        ``previous`` (None: before the first)."""
        parent = element.getparent()
        if parent is not None and (parent in self.waiting or parent in self.within):
            self.within.add(element)
        self.take(element, previous, beside)
        if self.closing and previous is not None:
            self.close(element)

    def take(
        self,
        element: html.HtmlElement,
        previous: int | None,
        beside: Callable[[html.HtmlElement], bool],
    ) -> None:
        """``element``, a list or heading beside the story's paragraphs, waits (or comes back
        before the first); another block of text ends what a heading heads."""
        tag = element.tag
        if previous is None:  # before the first kept paragraph: a list of the story's points
            if tag in _LISTS and _points(element) and beside(element) and (missing := self.missing(element)):
                self.pending.append((_LEAD, missing))
        elif tag not in _LISTS and tag not in _HEADINGS:
            if self.heading is not None and tag in _TEXT_BLOCKS and text_of(element).strip():
                self.heading = None  # the heading heads something not taken: a box's own
        elif beside(element):
            self.waiting.add(element)  # the story's own, in the body or coming back
            missing = self.missing(element)
            if tag in _HEADINGS:
                if _linked(element):
                    missing = []  # another page's title (a teaser's), not a sub-heading
                self.heading = (previous, missing) if missing else None
                return
            self.take_heading()
            if missing:
                self.pending.append((previous, missing))

    def close(self, element: html.HtmlElement) -> None:
        """``element`` comes after the last kept paragraph so far: a block of text that does
        not wait (nor stands in what waits) keeps what waits from closing the story."""
        if (
            element not in self.waiting
            and element.tag in _CLOSED
            and element not in self.within
            and text_of(element).strip()
        ):
            self.closing = False

    def take_heading(self) -> None:
        if self.heading is not None:
            self.pending.append(self.heading)
            self.heading = None


def add_skipped_lists(tree: html.HtmlElement, blocks: list[Block]) -> list[Block]:
    """``blocks`` (trafilatura's, of the page ``tree`` it read) with the lists and headings of
    the story's container that stand between two of its kept paragraphs and are missing, and
    the lists that stand beside its first kept paragraph, before it (the story's key points)."""
    matched = _matched_paragraphs(tree, blocks)
    container = _container(matched) if len(matched) >= MIN_MATCHED else None
    if container is None:
        return blocks
    walk = _Walk(_BodyText({text_key(block.text) for block in blocks}))
    flow = {paragraph.getparent() for paragraph in matched}  # where the story's paragraphs stand
    holders = _holders(matched, container)
    previous: int | None = None
    for element in container.iter():
        if element in matched:
            previous = walk.paragraph(blocks, matched[element])
        elif isinstance(element.tag, str):
            walk.visit(element, previous, lambda node: _beside(node, flow, holders))
    walk.finish(blocks)
    return _merged(blocks, walk.found)


class _BodyText:
    """The keys of the body's blocks, asked whether a text stands in one of them: the blocks
    that can hold it are found by its words (a key is words between single spaces, and all but
    its first and last word stand in a block that holds it as whole words; its first word ends
    a word there, its last begins one), so a page of thousands of headings missing from a long
    body is not one search of the whole body per heading."""

    def __init__(self, keys: set[str]) -> None:
        self.known = keys
        self.keys = sorted(keys)
        self.joined = "\n".join(self.keys)
        self.blocks: dict[str, list[int]] = {}
        for index, key in enumerate(self.keys):
            for word in set(key.split(" ")):
                self.blocks.setdefault(word, []).append(index)
        self.words = sorted(self.blocks)
        self.reversed = sorted((word[::-1], word) for word in self.blocks)

    def holds(self, key: str) -> bool:
        """``key`` is the key of a block or stands inside one."""
        words = key.split(" ")
        if key in self.known:
            return True
        if len(words) == 1:
            return key in self.joined  # it may stand inside a word
        if inner := words[1:-1]:
            found = min((self.blocks.get(word, []) for word in inner), key=len)
        else:  # two words: a word ending in the first, then one beginning with the second
            found = min(self._ending(words[0]), self._beginning(words[1]), key=len)
        return any(key in self.keys[index] for index in found)

    def _beginning(self, start: str) -> list[int]:
        out: list[int] = []
        for at in range(bisect_left(self.words, start), len(self.words)):
            if not (word := self.words[at]).startswith(start):
                break
            out += self.blocks[word]
        return out

    def _ending(self, end: str) -> list[int]:
        backwards = end[::-1]
        out: list[int] = []
        for at in range(bisect_left(self.reversed, (backwards, "")), len(self.reversed)):
            reversed_word, word = self.reversed[at]
            if not reversed_word.startswith(backwards):
                break
            out += self.blocks[word]
        return out


def _holders(matched: dict[html.HtmlElement, int], container: html.HtmlElement) -> set[html.HtmlElement]:
    """``container`` and every element between it and one of the ``matched`` paragraphs: the
    blocks that hold the story's paragraphs."""
    holders = {container}
    for paragraph in matched:
        for ancestor in paragraph.iterancestors():
            if ancestor in holders:
                break
            holders.add(ancestor)
    return holders


def _beside(element: html.HtmlElement, flow: set[html.HtmlElement], holders: set[html.HtmlElement]) -> bool:
    """``element`` (a list or a heading) stands beside the story's paragraphs: a child of an
    element holding one of them, or a list of points or a heading wrapped (in elements holding
    nothing else: a page builder's divs, a table's cell) in a child of a block that holds them.
    A box's list, under its own title line in the box, is not."""
    parent = element.getparent()
    if parent in flow:
        return True
    if not _points(element):
        return False
    chars = text_chars(element)
    node = element
    while parent is not None and parent not in holders:
        node, parent = parent, parent.getparent()
        if text_chars(node) > chars:
            return False  # the wrapper holds more than the list: a box of its own
    return parent is not None


def _points(element: html.HtmlElement) -> bool:
    """``element`` has text, not mostly links to other pages, and (a list) items of text only,
    not cards, quotes or pictures."""
    chars = text_chars(element)
    if not chars or link_chars(element, in_page=False) >= LINKED_HEADING_SHARE * chars:
        return False
    return element.tag not in _LISTS or next(element.iter(*_NOT_IN_POINTS), None) is None


def _matched_paragraphs(tree: html.HtmlElement, blocks: list[Block]) -> dict[html.HtmlElement, int]:
    """The page's paragraphs that are kept blocks of the body (by their text), each with the
    index of its block."""
    kept: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if not block.heading and len(block.text) >= MIN_MATCH_CHARS:
            kept.setdefault(text_key(block.text), index)
    matched: dict[html.HtmlElement, int] = {}
    if len(kept) < MIN_MATCHED:
        return matched
    for paragraph in tree.iter("p"):
        text = text_of(paragraph)
        if len(text) >= MIN_MATCH_CHARS and (place := kept.get(text_key(text))) is not None:
            matched.setdefault(paragraph, place)
    return matched


def _merged(blocks: list[Block], found: list[tuple[int, list[Block]]]) -> list[Block]:
    """``blocks`` with each found run inserted after the kept block it follows."""
    if not found:
        return blocks
    after: dict[int, list[Block]] = {}
    for place, missing in found:
        after.setdefault(place, []).extend(missing)
    out: list[Block] = list(after.get(_LEAD, ()))  # before the body's first block
    for index, block in enumerate(blocks):
        out.append(block)
        out.extend(after.get(index, ()))
    return out


def _next_to(blocks: list[Block], before: int, after: int) -> bool:
    """The kept blocks ``before`` and ``after`` follow each other in trafilatura's body (what
    stands between them, if anything, is a heading or a short line): the page's paragraphs
    around a gap are the body's, in the body's order."""
    return after > before and all(
        block.heading or len(block.text) < MIN_MATCH_CHARS for block in blocks[before + 1 : after]
    )


def _container(matched: dict[html.HtmlElement, int]) -> html.HtmlElement | None:
    """The deepest element that holds ``CONTAINER_SHARE`` of the matched paragraphs' text
    and ``MIN_MATCHED`` of them."""
    return deepest_holder({p: len(text_of(p)) for p in matched}, CONTAINER_SHARE, MIN_MATCHED)


def _linked(heading: html.HtmlElement) -> bool:
    """Most of ``heading``'s text is a link to somewhere else than the page's own anchors."""
    text = len(text_of(heading).strip())
    return bool(text) and link_chars(heading, in_page=False) >= LINKED_HEADING_SHARE * text


def _read(element: html.HtmlElement) -> list[Block]:
    """The blocks of a list or heading of the page, as trafilatura's XML would give them (its
    code left out, its line breaks kept as spaces)."""
    copy = deepcopy(element)
    copy.tail = None
    for code in list(copy.iter(*_CODE)):
        code.drop_tree()
    for line_break in copy.iter("br"):
        line_break.tail = " " + (line_break.tail or "")
    wrapper = etree.Element("body")
    wrapper.append(copy)
    return [block for block in blocks_from_xml(wrapper) if block.text]
