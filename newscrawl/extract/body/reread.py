"""A second reading of the page when the cleaning empties trafilatura's main content.

trafilatura scores the page's containers and reads the best one. Sometimes the best scorer is
not the article: a sidebar widget full of server error output ("Warning: Use of undefined
constant … on line 928"), a cookie text, a list of links. The cleaning then drops every block
of it, rightly, and the record would say nothing, although the article is on the page. When
that happens, the region that held the dropped text (the smallest element holding every text
piece of it) is taken out of a copy of the page and the body is read again: trafilatura scores
the containers that are left. The region must be mostly that text (it is not the page's main
body with a few dropped lines in it), must not hold the page's ``<h1>``, and the second
reading wins only when its cleaned text is clearly longer. ``explain`` lists the region as
pruned, rule ``emptied-region``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace

from lxml import html

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.cleaning import Cleaned
from newscrawl.extract.body.sources import BodySource
from newscrawl.extract.body.stories import Pruned
from newscrawl.extract.nodes import first_below, text_of
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import Page

RULE = "emptied-region"
# A record with less kept text than this says nothing; the cleaning must have dropped at least
# as much for a second reading to be worth it.
EMPTY_CHARS = 150
# A text piece this short ("Warning", ":", "»") is in too many places to locate a region by.
MIN_PIECE_CHARS = 12
# The region holds at most this many times the dropped text (plus a little: its labels).
REGION_SLACK = 1.5
REGION_EXTRA_CHARS = 200
# The second reading wins with this much more kept text than the first.
GAIN_CHARS = 200


@dataclass(frozen=True, slots=True)
class Reread:
    """The second reading: its source and its cleaning."""

    source: BodySource
    cleaned: Cleaned


def emptied(cleaned: Cleaned) -> bool:
    """The cleaning kept (almost) nothing of what it was given, and dropped enough to matter."""
    kept = sum(len(block.text) for block in cleaned.kept)
    dropped = sum(len(text) for _, text in cleaned.dropped)
    return kept < EMPTY_CHARS and dropped >= EMPTY_CHARS


def read_again(
    page: Page,
    cleaned: Cleaned,
    body: Callable[[Page], BodySource],
    clean: Callable[[list[Block], Page], Cleaned],
) -> Reread | None:
    """The body read again without the region that held the dropped text, when the first
    reading was emptied by the cleaning and the second keeps clearly more; else None.
    ``body`` and ``clean`` are the same steps as the first reading's."""
    if not emptied(cleaned):
        return None
    tree = copy.deepcopy(page.tree)
    region = _region(tree, [text for _, text in cleaned.dropped])
    if region is None:
        return None
    region.drop_tree()  # (below the <body>: it has a parent)
    second = replace(page, tree=tree)
    source = body(second)
    again = clean(source.blocks, second)
    kept = sum(len(block.text) for block in again.kept)
    if kept < sum(len(block.text) for block in cleaned.kept) + GAIN_CHARS:
        return None
    pruned = Pruned(RULE, nodes=(region,))
    return Reread(replace(source, pruned=[pruned, *source.pruned]), again)


def _region(tree: html.HtmlElement, dropped: list[str]) -> html.HtmlElement | None:
    """The smallest element of ``tree`` holding every text piece found in ``dropped``, when it
    is mostly that text and holds no ``<h1>``."""
    body = first_below(tree, "body")
    if body is None:
        return None
    joined = "\n".join(collapse(text) for text in dropped)
    holders: list[html.HtmlElement] = []
    for piece in body.xpath(".//text()[string-length(normalize-space()) >= $n]", n=MIN_PIECE_CHARS):
        if collapse(piece) in joined:
            holder = piece.getparent()
            if piece.is_tail:
                holder = holder.getparent()
            if holder is not None:
                holders.append(holder)
    if not holders:
        return None
    region = _common_ancestor(holders)
    if region is None or region is body or region is tree:
        return None
    if region.tag == "h1" or first_below(region, "h1") is not None:
        return None
    size = len(collapse(text_of(region)))
    if size > REGION_SLACK * len(joined) + REGION_EXTRA_CHARS:
        return None
    return region


def _common_ancestor(nodes: list[html.HtmlElement]) -> html.HtmlElement | None:
    """The deepest element that is or holds every one of ``nodes``."""
    path = [nodes[0], *nodes[0].iterancestors()]
    depth = {id(node): index for index, node in enumerate(path)}
    lowest = 0
    for node in nodes[1:]:
        for ancestor in (node, *node.iterancestors()):
            if id(ancestor) in depth:
                lowest = max(lowest, depth[id(ancestor)])
                break
        else:
            return None
    return path[lowest]
