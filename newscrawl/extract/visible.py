"""Reading what a page shows: short text blocks in document order, class/id tokens.

Shared by the headline, description, byline and dateline extractors, and by the page-type
reader (:func:`page_links`: the page's link texts, read in the same walk). Read-only over the tree.
Also what reads as prose and as a sub-heading's line (:func:`is_prose`, :func:`heading_line`,
:func:`link_chars`), for the standfirst's reader and the body's headings alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from lxml import etree, html

from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import clean_text, collapse, spaced_length, title_words

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
# Elements whose text page_type's link count leaves out (fewer than INVISIBLE_TAGS: it reads
# forms, their fields and buttons, and what a <meta> or <link> holds).
LINK_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "iframe"})
# Page furniture: navigation, footers, sidebars, comment sections.
FURNITURE_TAGS = frozenset({"nav", "footer", "aside"})
_NOT_SHOWN = INVISIBLE_TAGS | FURNITURE_TAGS
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
# A paragraph of prose (``is_prose``): at least this many characters, white space collapsed, and
# less than this share of them in links.
MIN_PROSE_CHARS = 80
MAX_PROSE_LINK_SHARE = 0.5
# A text that closes as a sentence does: a sentence's or a clause's mark (full-width marks too),
# a closing quote or bracket after it allowed.
SENTENCE_END = re.compile(r"[.!?…:;,。！？：；，]\s*[\"'”’“»«)」』]?$")  # („…“ and »…« close with “ and «)
# An e-mail or web address in a line: a contact note or a pointer ("Get in touch at
# news@example.com", "More at www.example.com"), never a sub-heading.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]*[a-z]|\bhttps?://|\bwww\.[\w-]+\.", re.IGNORECASE)
# A sub-heading's line (``heading_line``): at most this many words.
MAX_HEADING_LINE_WORDS = 15
# Text pieces are joined with a space (an element's edge may be a line's edge, and CSS often sets
# inline elements apart), except before a closing mark, after an opening one, and between two
# characters of a script written without spaces (Chinese, Japanese): no style puts a space
# there ("<span>Kicker</span><span>: </span><span>Title</span>" shows "Kicker: Title",
# "<a>link</a>, then" shows "link, then", "<span>会議</span><span>。</span>" shows "会議。").
_JOIN = "\x00"  # (the HTML parser drops NUL: no text holds it)
_UNSPACED = "\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
# Every alternative starts with the joint itself, so the regex engine scans for that one
# character (a leading lookbehind made it try every position of the text: 3x slower).
_TIGHT = re.compile(
    f"\x00(?:(?=[,.;:!?)\\]}}%\u2026])|(?<=[(\\[{{]\x00)|(?<=[{_UNSPACED}]\x00)(?=[{_UNSPACED}]))"
)


# Inline elements: their edges set no text apart unless the page puts white space there. Where
# a word runs on over such edges (a letter, then a lower-case one: "<a>Molly Woo<span>d</span></a>",
# "<b>W</b>ord") the walks put an empty piece, _GLUE, between the two pieces: no space there.
# Other edges (a block, a line break, an inline element styled as a block, a hidden element, a
# link: rows of tag or language links are written without white space) keep the space: a CSS
# block often stands where the HTML has none ("<span>Jane Doe</span><span>May 3</span>").
_INLINE_TAGS = frozenset(
    {"abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font"}
    | {"i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike"}
    | {"strong", "sub", "sup", "time", "tt", "u", "var"}
)
# An inline style that shows the element as a block (the headings' parts set apart read it too).
BLOCK_STYLE = re.compile(r"display\s*:\s*(?:block|flex|grid|table|list-item)", re.IGNORECASE)
_GLUE = ""
_WORD_END = ".,;:!?)]}\"'’”»…"


def join_pieces(pieces: Iterable[str]) -> str:
    """Text pieces as shown side by side: a space between two, none before a closing mark
    (",", ":", ")") or after an opening one ("("), none between Chinese or Japanese ones, none
    where a _GLUE piece stands (a word running on over inline elements' edges)."""
    joined = _JOIN.join(pieces)
    if _JOIN not in joined:
        return joined
    return _TIGHT.sub("", joined.replace(_JOIN + _JOIN, "")).replace(_JOIN, " ")


def _runs_on(last: str, piece: str, node: html.HtmlElement, at_start: bool) -> bool:
    """Whether text ``piece`` (``node``'s text if ``at_start``, else its tail) continues the word
    that the piece before it, ``last``, ends: ``last`` ends in a letter, ``piece`` starts with a
    lower-case one, and only the edges of shown inline elements stand between them (the cheap
    tests first, as most pieces fail them). The rest of the word must be letters
    ("<b>Jane Doe</b><a>jane@example.com</a>" is two)."""
    return (
        piece[0].islower()
        and last[-1:].isalpha()
        and piece.split(None, 1)[0].rstrip(_WORD_END).isalpha()
        and _inline_gap(node, at_start)
    )


def _inline_gap(node: html.HtmlElement, at_start: bool) -> bool:
    """Whether only shown inline elements' tags (and comments) stand between the text at
    ``node``'s start (its text; else its end: its tail) and the text before it, looked up
    backwards from ``node``, a few steps at most."""
    el: Any = node
    before_start = at_start  # True: just before el's start tag; False: just before its end tag
    for _ in range(12):
        if isinstance(el.tag, str) and (el.tag not in _INLINE_TAGS or _hidden_or_block(el)):
            return False  # crossing el's start (or end) tag: not an inline element's
        if before_start:
            previous = el.getprevious()
            if previous is None:  # before the parent's start, past its text
                el = el.getparent()
                text = None if el is None else el.text
            else:  # before the previous sibling's end (a comment's start), past its tail
                el, text = previous, previous.tail
                before_start = not isinstance(el.tag, str)  # a comment has no inside
            if el is None:
                break
        elif len(el):  # before the last child's end, past its tail
            el = el[-1]
            text = el.tail
            before_start = not isinstance(el.tag, str)
        else:  # before el's start, past its text
            text = el.text
            before_start = True
        if text:
            return True
    return False


def _hidden_or_block(el: html.HtmlElement) -> bool:
    """An inline element hidden by attribute, or styled as a block."""
    if not el.attrib:
        return False
    return (
        el.get("hidden") is not None
        or el.get("aria-hidden") == "true"
        or bool(HIDDEN_STYLE.search(style := el.get("style", "")) or BLOCK_STYLE.search(style))
    )


# A style that hides the element: not ``backface-visibility: hidden`` (a card's flip side in an
# animation, shown), nor ``overflow: hidden`` (a clipped box).
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|(?<![\w-])visibility\s*:\s*hidden", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
# The walk text_blocks reads while a page is extracted (see shared_walk).
_SHARED: ContextVar[VisibleText | None] = ContextVar("newscrawl_visible_walk", default=None)
# What the shared walk of a page read of its links, kept for page_links (by tree: per page).
_LINKS: WeakKeyDictionary[html.HtmlElement, tuple[list[str], int, int]] = WeakKeyDictionary()


def short_text(el: html.HtmlElement, limit: int) -> str | None:
    """The element's cleaned text, or None when empty or longer than ``limit`` characters."""
    parts: list[str] = []
    size = 0
    for piece in _itertext(el):
        parts.append(piece)
        size += len(piece)
        if size > limit * 3 + 200:
            return None
    text = clean_text(join_pieces(parts))
    if not text or len(text) > limit:
        return None
    return text


def element_text(el: html.HtmlElement) -> str | None:
    """The whole visible text of ``el``, cleaned. Inside :func:`shared_walk` of the page, a
    shown block of it is read from its one walk (the same text: see ``VisibleText.text``)."""
    shared = _SHARED.get()
    if shared is not None and (at := shared.block_at(el)) is not None:
        return shared.text(at)
    return clean_text(join_pieces(_itertext(el)))


def is_shown(el: html.HtmlElement) -> bool:
    """False inside invisible or furniture elements, or elements hidden by attribute/style."""
    return _shown(el, _NOT_SHOWN)


def is_displayed(el: html.HtmlElement) -> bool:
    """Like :func:`is_shown`, but page furniture (an <aside>, a <footer>) counts as shown: the
    browser shows it, it only is not the story's text."""
    return _shown(el, INVISIBLE_TAGS)


def _shown(el: html.HtmlElement, hiding: frozenset[str]) -> bool:
    """No element from ``el`` up is one of the ``hiding`` tags or hidden by attribute/style."""
    node: html.HtmlElement | None = el
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in hiding:
            return False
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return False
        if HIDDEN_STYLE.search(node.get("style", "")):
            return False
        node = node.getparent()
    return True


def is_prose(node: html.HtmlElement | None) -> bool:
    """A paragraph of real text, not a row of links: a ``<p>`` or ``<div>`` whose text (all its
    text nodes, white space collapsed) runs to ``MIN_PROSE_CHARS`` characters at least (text in
    Chinese or Japanese by its ``normalise.spaced_length``), less
    than ``MAX_PROSE_LINK_SHARE`` of them in its links. What stands beside a sub-heading (in
    the body's headings, and for the standfirst's reader, which leaves such a heading to the
    body)."""
    if node is None or node.tag not in ("p", "div"):
        return False
    text = collapse(text_of(node))
    if len(text) < MIN_PROSE_CHARS and (text.isascii() or spaced_length(text) < MIN_PROSE_CHARS):
        return False  # (a Chinese or Japanese paragraph counted by its words: ``spaced_length``)
    return link_chars(node) < MAX_PROSE_LINK_SHARE * len(text)


def link_chars(node: html.HtmlElement, *, in_page: bool = True) -> int:
    """How many characters of ``node``'s text are its links' (``node`` itself, if a link): the
    text of each (all its text nodes), white space collapsed. What a link share is counted in
    (``is_prose``; a bold first line's paragraph and a card's title in the body's headings).
    ``in_page=False``: links to a part of the page itself (``href="#…"``, a table of contents')
    left out: a heading that is such a link's text is the page's own, not another page's title."""
    return sum(
        len(collapse(text_of(link)))
        for link in node.iter("a")
        if in_page or not (link.get("href") or "").strip().startswith("#")
    )


def heading_line(text: str) -> bool:
    """A line a sub-heading may be: at most ``MAX_HEADING_LINE_WORDS`` words, not closed as a
    sentence (``SENTENCE_END``), no e-mail or web address in it (``holds_address``). Asked of
    a styled line or a bold first line in the body's headings, and of a classed line between
    two paragraphs of prose by the standfirst's reader, which leaves such a heading to the
    body."""
    return (
        title_words(text) <= MAX_HEADING_LINE_WORDS
        and not SENTENCE_END.search(text)
        and not holds_address(text)
    )


def holds_address(text: str) -> bool:
    """``text`` holds an e-mail or web address: a contact note or a pointer, no sub-heading."""
    return ("@" in text or "http" in text or "www." in text) and bool(_ADDRESS.search(text))


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
    raw size one subtraction. The same walk reads the page's links for the page-type reader
    (:func:`page_links`: a second walk of every element cost as much again). The tree must not
    change after the first call.
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
            el, position, _, _, before, after = self._blocks[index]
            if position >= high:
                break
            if after - before > cutoff:
                continue
            text = self._texts[index] if index in self._texts else self.text(index)
            if not text or len(text) > limit or text == last:
                continue
            last = text
            yield el, text

    def block_at(self, el: html.HtmlElement) -> int | None:
        """The index of ``el`` among the shown blocks of the walk (made now, if not yet); None
        when it is none of them."""
        if not self._index:
            self._walk()
        position = self._index.get(el)
        if position is None:
            return None
        at = bisect_left(self._starts, position)
        return at if at < len(self._starts) and self._starts[at] == position else None

    def text(self, at: int) -> str | None:
        """The cleaned text of the shown block at index ``at`` (read once): its pieces joined.
        What ``element_text`` reads of it: the walk's pieces inside a block are ``_itertext``'s
        of it, but for the empty piece (``_GLUE``) the walk may put first, where the block's
        text runs on from the text before it: a space at the start, which cleaning drops."""
        texts = self._texts
        if at not in texts:
            first, end = self._blocks[at][2:4]
            texts[at] = clean_text(join_pieces(self._pieces[first:end]))
        return texts[at]

    def _walk(self) -> None:  # noqa: PLR0912, PLR0915 -- one loop over every element, for two readers
        """Pieces in _itertext's order; the position of every element reached (not those inside
        invisible ones: none of their text is ever shown) and the shown blocks. Also what
        :func:`page_links` reads of the page's links, kept for it: over the same walk, the link
        rules (:func:`_count_links`) apply from the start of the <body> to its end.
        (Written for speed: it visits every element of the page. Most elements are neither a
        block nor hide what they hold: their end has nothing to close or restore.)"""
        pieces, index, blocks, starts = self._pieces, self._index, self._blocks, self._starts
        add, search = pieces.append, HIDDEN_STYLE.search
        total = position = 0
        visible = _shown_above(self._tree)
        # Per element being walked, what its end closes: None, or (its block entry or None,
        # whether its parent is shown) for a shown block or an element that hides its content.
        closing: list[tuple[list[Any] | None, bool] | None] = []
        push, pop = closing.append, closing.pop
        # The link count's region (page_links), whether the walk is inside it, the text pieces
        # of each link open around this point and the texts of the links closed.
        body = self._tree.find("body")
        region = body if body is not None else self._tree
        counting = False
        links: list[list[str]] = []
        texts: list[str] = []
        shown = linked = 0
        walker = etree.iterwalk(self._tree, events=("start", "end", "comment", "pi"))
        for event, node in walker:
            if event == "start":
                tag = node.tag
                if node is region:
                    counting = True
                state: tuple[list[Any] | None, bool] | None = None
                piece = None  # an invisible element's text is never shown
                if tag in INVISIBLE_TAGS:
                    walker.skip_subtree()  # its "end" still comes, for the tail
                    if counting and tag not in LINK_HIDDEN_TAGS and (len(node) or node.text):
                        # the link count reads what a form, a field or a button holds
                        more, more_linked = _count_links(node, links, texts)
                        shown += more
                        linked += more_linked
                else:
                    if visible:  # is_shown's test of this element (its attributes' names first)
                        names = node.keys()
                        if tag in FURNITURE_TAGS or (
                            names
                            and (
                                "hidden" in names
                                or ("aria-hidden" in names and node.get("aria-hidden") == "true")
                                or ("style" in names and search(node.get("style", "")))
                            )
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
                    if tag == "a" and counting:
                        links.append([])
                    piece = node.text
                push(state)
            elif event == "end":
                if (state := pop()) is not None:
                    closed, visible = state
                    if closed is not None:
                        closed[3], closed[5] = len(pieces), total
                if counting:
                    if links and node.tag == "a":
                        texts.append(" ".join(links.pop()))
                    if node is region:  # its tail is not counted: what it read is kept
                        counting = False
                        _LINKS[self._tree] = (texts, shown, linked)
                piece = node.tail
            else:  # a comment or a processing instruction: its tail is shown, not counted
                if tail := node.tail:
                    add(tail)
                    total += len(tail)
                continue
            # a shown element's text (at its start) or any element's tail (at its end)
            if piece:
                if piece[0].islower() and pieces and _runs_on(pieces[-1], piece, node, event == "start"):
                    add(_GLUE)
                add(piece)
                total += len(piece)
                if counting and (size := len(piece.strip())):
                    shown += size
                    if links:
                        for parts in links:
                            parts.append(piece)
                        linked += size

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


def page_links(tree: html.HtmlElement) -> tuple[list[str], int, int]:
    """(the text of each link of the page: its pieces joined by a space; characters of shown
    text; of them in links) over the <body> of ``tree`` (else all of it), by the rules of
    :func:`_count_links`. The shared walk of the page reads them and keeps them for this one
    call (``tree`` must not have changed since); else they are read now."""
    found = _LINKS.pop(tree, None)
    if found is None:
        body = tree.find("body")
        texts: list[str] = []
        shown, linked = _count_links(body if body is not None else tree, [], texts)
        found = (texts, shown, linked)
    return found


def _count_links(root: html.HtmlElement, links: list[list[str]], texts: list[str]) -> tuple[int, int]:
    """(characters of text in ``root``, of them in links): each text piece (an element's text
    or tail; not ``root``'s tail, nor what a comment holds or its tail) counts its characters
    but white space at either end; pieces inside LINK_HIDDEN_TAGS are left out. Each link's
    pieces go to ``links`` (the pieces of each link open around this point, one list a link,
    ``root``'s own open links first); a link's end joins them into ``texts``.
    (Written for speed: it visits every element of ``root``, and reads each element's tag,
    text and tail once at most: lxml makes a new string on every read. An invisible element's
    subtree is skipped, its tail read; the walk's "start" and "end" events come for elements
    only.)"""
    shown = linked = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag in LINK_HIDDEN_TAGS:
                walker.skip_subtree()  # its "end" still comes, for the tail
                continue
            if tag == "a":
                links.append([])
            piece = el.text
        else:
            if links and el.tag == "a":
                texts.append(" ".join(links.pop()))
            piece = el.tail if el is not root else None
        if piece and (size := len(piece.strip())):
            shown += size
            if links:
                for parts in links:
                    parts.append(piece)
                linked += size
    return shown, linked


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
    return frozenset(map(str.lower, filter(None, _TOKEN_SPLIT.split(raw))))


def _itertext(el: html.HtmlElement) -> Iterator[str]:
    """Text pieces of ``el`` in document order, skipping invisible elements (and the text of
    comments and processing instructions, not their tails). One walk in C (pages nest
    thousands of elements deep): an invisible element's subtree is skipped, its tail read. A
    comment or a processing instruction itself has no text to give."""
    if not isinstance(el.tag, str):
        return
    walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    last = ""  # the piece before (white space too)
    for event, node in walker:
        if event == "start":
            tag = node.tag
            if tag in INVISIBLE_TAGS:
                walker.skip_subtree()  # its "end" still comes, for the tail
                continue
            if tag in _LINE_BREAK_TAGS:
                yield " "
                last = " "
            if text := node.text:
                if last and _runs_on(last, text, node, True):
                    yield _GLUE
                yield text
                last = text
        elif node is not el and (tail := node.tail):  # an element's end, a comment or a pi
            if last and event == "end" and _runs_on(last, tail, node, False):
                yield _GLUE
            yield tail
            last = tail
