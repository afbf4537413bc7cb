"""Boxes of the page written twice, found by their text and place, not by class words: the
page's class and id names may be hashed (CSS-in-JS) or say nothing we know ("c-7fa", a CMS in
another language), where the chrome-box rule and trafilatura's class patterns see nothing.

A page that serves one box in several states (a paywall's or sign-in box's offer for a
subscriber, a former subscriber, a reader not logged in; a newsletter box for a phone and for a
desktop) writes each state out and lets a script or its stylesheet show one. Read as text, the
states are the same lines two, three or four times over, in the middle of the story.

Variant boxes are two or more boxes (``div``, ``section``, ``aside``, ``ul``, ``form``) marked
up alike (the same tag and classes, whatever the classes are called: the scrambled and hashed
names are the same for the same box too) with the same text (white space and full stops aside),
close together: their nearest common ancestor at most ``MAX_VARIANT_LEVELS`` above each. Boxes
with no class, and more than ``MAX_ALIKE`` marked up alike (a list of cards), are not read:
most of a page's boxes have no twin, and cost no text. Each reads as a box and not as part
of a story: short (at most ``MAX_VARIANT_CHARS``), no line of it long prose
(``MAX_VARIANT_LINE``: a story's paragraph repeated, as a summary above the story or a
paywall's copy of the lead, is long prose, and far from its copy), no heading ``<h1>``-``<h3>``
of a story's part, less than half of it in links (a menu's copies are left to trafilatura's
link density), nothing in a table (a table of results repeats its rows).

* Where the copies are the same part of boxes that differ only in a little (their parents have
  the same children's tags and are the same for ``MIN_SHARED`` of their text: a state's own
  heading, "Subscribe for more" or "Register to unlock", above the same offer), those boxes are
  the states of one box, and all of them go.
* Where the copy is a pitch addressed to the reader (``words/prompts``' ``PITCH_WORDS`` and
  ``SECOND_PERSON``: "subscribe", "your"), every copy goes.
* Otherwise it is one box written twice (for two layouts), and the first copy stays: the text
  the reader sees is kept once, whatever it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice

from lxml import html

from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import collapse
from newscrawl.extract.visible import element_text, link_chars
from newscrawl.extract.words import joined
from newscrawl.extract.words.prompts import PITCH_WORDS, SECOND_PERSON

MIN_VARIANT_CHARS = 40
"""A variant box shows at least this much text ..."""
MAX_VARIANT_CHARS = 1500
"""... and at most this much."""
MAX_VARIANT_LINE = 200
"""No paragraph or list item of a variant box is longer: a story's paragraph is."""
MAX_VARIANT_LEVELS = 3
"""The copies' nearest common ancestor is at most this many levels above each."""
MAX_LINK_SHARE = 0.5
"""Less than this share of a variant box's text is in links."""
MAX_ALIKE = 12
"""At most this many boxes of the same tag and classes are read for copies (more are a list of
cards or a grid's cells, not the states of a box)."""
MIN_SHARED = 2 / 3
"""Boxes around the copies are states of one box when their children in the same places are
the same for at least this share of their text."""

MAX_RAW_CHARS = 3 * MAX_VARIANT_CHARS
"""A copy's raw text (scripts' too) is at most this long, before its shown text is read."""

_TITLE_TAGS = ("h1", "h2", "h3")
_LINE_TAGS = ("p", "li", "dd", "td", "blockquote")
_PITCH = re.compile(joined(PITCH_WORDS), re.IGNORECASE)
_ADDRESSED = re.compile(joined(SECOND_PERSON), re.IGNORECASE)


def variant_boxes(alike: Iterable[list[html.HtmlElement]]) -> list[html.HtmlElement]:
    """Which boxes of a page to prune as variants (module docstring): the outermost, in the
    order found. ``alike``: the page's boxes (``div``, ``section``, ``aside``, ``ul``,
    ``form``) that have a class, in groups of the same tag and classes, each in document order
    (``prepare``'s one pass over the page groups them)."""
    found: dict[html.HtmlElement, None] = {}  # (an ordered set)
    shown: dict[str, str | None] = {}  # a copy's letters -> its shown text, if it reads as a box
    for nodes in alike:
        if not 2 <= len(nodes) <= MAX_ALIKE:
            continue
        for letters, node, other in _copies(nodes):
            if letters not in shown:
                shown[letters] = None if _in_table(node) else _box_text(node)
            text = shown[letters]
            if text is None:
                continue
            box, other_box = _states(node, other)
            if _letters(text_of(box)) != _letters(text_of(other_box)) or _pitch(box, node, text):
                found.update(dict.fromkeys((box, other_box)))  # states of one box, or a pitch: all
            else:  # one box written twice: the first copy stays
                found[other_box] = None
    return [node for node in found if not any(above in found for above in node.iterancestors())]


def _copies(nodes: list[html.HtmlElement]) -> Iterator[tuple[str, html.HtmlElement, html.HtmlElement]]:
    """Each two of ``nodes`` (in document order) whose texts are the same (``_letters``), of a
    variant box's size, neither inside the other and close together (their nearest common
    ancestor at most ``MAX_VARIANT_LEVELS`` above each): their letters, the first, the other."""
    copies: defaultdict[str, list[html.HtmlElement]] = defaultdict(list)
    for node in nodes:
        raw = text_of(node)
        if MIN_VARIANT_CHARS <= len(raw) <= MAX_RAW_CHARS:
            copies[_letters(raw)].append(node)
    for letters, same in copies.items():
        if len(same) < 2:
            continue
        near = [set(islice(node.iterancestors(), MAX_VARIANT_LEVELS)) for node in same]
        for index, node in enumerate(same):
            for other, above in zip(same[index + 1 :], near[index + 1 :], strict=True):
                if node not in above and not near[index].isdisjoint(above):
                    yield letters, node, other


def _pitch(box: html.HtmlElement, copy: html.HtmlElement, shown: str) -> bool:
    """``box`` (around ``copy``, whose shown text is ``shown``) pitches a subscription or a
    donation to the reader: a pitch word and the reader addressed."""
    text = shown if box is copy else element_text(box) or ""
    return _PITCH.search(text) is not None and _ADDRESSED.search(text) is not None


def _in_table(node: html.HtmlElement) -> bool:
    """``node`` is in a table (or is one): a table of results repeats its rows."""
    return node.tag == "table" or any(above.tag == "table" for above in node.iterancestors())


def _box_text(node: html.HtmlElement) -> str | None:
    """``node``'s shown text when it reads as a box, not part of a story: short, no line of it
    long prose, no heading ``<h1>``-``<h3>``, less than half of it in links; else None."""
    if next(node.iter(*_TITLE_TAGS), None) is not None:
        return None
    shown = element_text(node) or ""
    if len(shown) > MAX_VARIANT_CHARS:
        return None
    if any(len(collapse(text_of(line))) > MAX_VARIANT_LINE for line in node.iter(*_LINE_TAGS)):
        return None
    return shown if link_chars(node) < MAX_LINK_SHARE * max(len(shown), 1) else None


def _states(node: html.HtmlElement, other: html.HtmlElement) -> tuple[html.HtmlElement, html.HtmlElement]:
    """``node`` and ``other`` (copies), or their ancestors that are the states of one box (or
    copies too): parents (not one and the same) with the same children's tags, each read as a
    box (``_box_text``), whose children in the same places are the same for at least
    ``MIN_SHARED`` of their text."""
    while True:
        up, other_up = node.getparent(), other.getparent()
        if up is None or other_up is None or up is other_up:
            return node, other
        if [child.tag for child in up] != [child.tag for child in other_up]:
            return node, other
        if _box_text(up) is None or _box_text(other_up) is None:
            return node, other
        pairs = [
            (_letters(text_of(mine)), _letters(text_of(theirs)))
            for mine, theirs in zip(up, other_up, strict=True)
        ]
        shared = sum(len(mine) for mine, theirs in pairs if mine == theirs)
        whole = max(sum(len(mine) for mine, _ in pairs), sum(len(theirs) for _, theirs in pairs))
        if shared < MIN_SHARED * whole:
            return node, other
        node, other = up, other_up


def _letters(text: str) -> str:
    """``text`` without its white space and full stops: a list's items run together in its
    text, with or without a full stop between them."""
    return "".join(text.split()).replace(".", "")
