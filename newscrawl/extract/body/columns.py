"""A side column of titled boxes beside the story, found by its structure, not by class words.

A site's pages set a column of boxes beside or below the story (a blog's sidebar, a footer's
widget row): "About" with the author's or the site's blurb, "Recent posts", "Categories", a
donation's account, the address and contact. Each box is a short title (``<h2>``-``<h6>``) over
a little text. A page that names them (``<aside>``, ``sidebar``, ``widget``) has them left out
by trafilatura; built of divs whose class names say nothing (hashed, CSS-in-JS, another
language), they are read as part of the story.

The story's block is the smallest element around the page's headline (``<h1>``) that holds at
least half of the page's prose (``root.story_root``'s measure, at any share of the page). A
titled box is a block that starts with its one title and holds at most ``MAX_BOX_CHARS`` of
shown text, no ``<h1>``. A column is an element with ``MIN_BOXES`` titled boxes or more among
its children, outside the story's block (in a branch beside the block or beside one of its
ancestors), holding no more prose than ``MAX_COLUMN_PROSE_SHARE`` of the story block's: its
titled boxes are pruned (``prepare``'s rule ``side-column``). So is a single titled box among
a column's titled lists (most read, an archive: blocks that start with a title and hold titles
of their own or much text), the column's prose counted whole. Never inside the story's block:
a story's own parts, each under its sub-heading, stay.

The headline is an ``<h1>`` that shows text; on a page whose only ``<h1>`` is its logo (an
image), the first title that says what the page names its story (``stories.page_names``)."""

from __future__ import annotations

from lxml import html

from newscrawl.extract.body.root import MIN_ROOT_CHARS, MIN_ROOT_SHARE, Names, page_prose, smallest_holder
from newscrawl.extract.nodes import text_chars, text_of
from newscrawl.extract.normalise import collapse

MAX_BOX_CHARS = 1000
"""A titled box's shown text (white space collapsed), at most."""
MAX_TITLE_CHARS = 80
"""A box's title, at most: a widget's name, not a story's sentence."""
MIN_BOXES = 2
"""Titled boxes among a column's children, at least."""
MAX_COLUMN_PROSE_SHARE = 0.25
"""A column's prose, at most this share of the story block's prose."""

_TITLES = ("h2", "h3", "h4", "h5", "h6")
_TOP = frozenset({"html", "body"})


def side_columns(tree: html.HtmlElement, names: list[str] | None = None) -> list[html.HtmlElement]:
    """The titled boxes of the side columns of ``tree`` (module docstring), in document order.
    ``names``: how the page names its story (``stories.page_names``), for a page whose only
    ``<h1>`` is its logo."""
    headings = list(tree.iter("h1", *_TITLES))  # (one walk of the page for both)
    headlines = _headlines(headings, names or [])
    if not headlines or len(headings) - len(headlines) < MIN_BOXES:
        return []
    prose = page_prose(tree)
    total = sum(prose.values())
    if total < MIN_ROOT_CHARS:
        return []
    best = smallest_holder(headlines, prose, max(MIN_ROOT_CHARS, MIN_ROOT_SHARE * total))
    if best is None or best[1].tag in _TOP:
        return []
    block = best[1]
    story_prose = sum(prose.get(p, 0) for p in block.iter("p"))
    # The story's path: the block and its ancestors (up to the body), each with the place of
    # the child on the path (the block's own branch) among its children.
    path: dict[html.HtmlElement, int] = {block: -1}
    node = block
    while node.tag not in _TOP and (parent := node.getparent()) is not None:
        path[parent] = parent.index(node)
        node = parent
    crowded = _crowded(headings, set(headlines))
    columns: dict[html.HtmlElement, list[html.HtmlElement]] = {}  # titled boxes by their parent
    seen: set[html.HtmlElement] = set()
    for title in headings:
        if title.tag == "h1" or title in headlines:
            continue
        branch = _branch_after(title, path)
        if branch is None:
            continue
        box = _titled_box(title, branch, crowded)
        if box is not None and box not in seen and (holder := box.getparent()) is not None:
            seen.add(box)
            columns.setdefault(holder, []).append(box)
    boxes: list[html.HtmlElement] = []
    for holder, members in columns.items():
        column_prose = _column_prose(holder, members, prose)
        if column_prose is None or column_prose > MAX_COLUMN_PROSE_SHARE * story_prose:
            continue
        boxes += members
    return boxes


def _column_prose(
    holder: html.HtmlElement, members: list[html.HtmlElement], prose: dict[html.HtmlElement, int]
) -> int | None:
    """The prose of the column of titled boxes ``members`` in ``holder``: its boxes' (two or
    more), or the whole holder's when it holds one box beside titled lists
    (``_titled_children``); None when it is no column."""
    if len(members) >= MIN_BOXES:
        return sum(prose.get(p, 0) for box in members for p in box.iter("p"))
    if _titled_children(holder) >= MIN_BOXES:
        return sum(prose.get(p, 0) for p in holder.iter("p"))
    return None


def _titled_children(holder: html.HtmlElement) -> int:
    """How many of ``holder``'s children start with a title (``<h2>``-``<h6>``, at most
    ``MAX_TITLE_CHARS``) over more text, of any size: a column's lists (most read, an archive)
    beside its boxes."""
    count = 0
    for child in holder:
        title = next(child.iter(*_TITLES), None)
        heading = collapse(text_of(title)) if title is not None else ""
        if not heading or len(heading) > MAX_TITLE_CHARS:
            continue
        text = collapse(text_of(child))
        if text.startswith(heading) and len(text) > len(heading):  # a title over something
            count += 1
    return count


def _headlines(headings: list[html.HtmlElement], names: list[str]) -> list[html.HtmlElement]:
    """The story's headlines among ``headings`` (the page's ``<h1>``-``<h6>``): its ``<h1>``s
    that show text; when none does (the only ``<h1>`` holds the site's logo, an image), the
    first title that says what the page names its story (``names``)."""
    headlines = [node for node in headings if node.tag == "h1" and collapse(text_of(node))]
    if headlines or not names:
        return headlines
    declared = Names(names)
    for node in headings:
        if node.tag != "h1" and declared.named(collapse(text_of(node))):
            return [node]
    return []


def _branch_after(title: html.HtmlElement, path: dict[html.HtmlElement, int]) -> html.HtmlElement | None:
    """The block beside the story's that holds ``title``: the child of an element on the story's
    path (``path``) that holds the title and stands after the path's own child; None when the
    title is in the story's block, before it, or above the body."""
    node = title
    for above in title.iterancestors():
        at = path.get(above)
        if at is not None:
            if at < 0 or above.tag == "html":
                return None  # in the story's block (or beside the body)
            return node if above.index(node) > at else None
        node = above
    return None


def _crowded(headings: list[html.HtmlElement], headlines: set[html.HtmlElement]) -> set[html.HtmlElement]:
    """The elements that hold a headline (an ``<h1>``, or one of ``headlines``) or two titles or
    more, of ``headings`` (the page's ``<h1>``-``<h6>``): from each heading up, until an element
    already counted twice (all above it are too)."""
    seen: dict[html.HtmlElement, int] = {}
    for heading in headings:
        for above in heading.iterancestors():
            count = seen.get(above, 0)
            if count >= 2:
                break
            seen[above] = 2 if heading.tag == "h1" or heading in headlines else count + 1
    return {node for node, count in seen.items() if count >= 2}


def _titled_box(
    title: html.HtmlElement, branch: html.HtmlElement, crowded: set[html.HtmlElement]
) -> html.HtmlElement | None:
    """The largest block from ``title`` up (to ``branch`` at most) that starts with it, holds
    no other title and no headline (``crowded``: the elements that do), and at most
    ``MAX_BOX_CHARS`` of text besides; None when the title is long, or when no block holds
    more than the title."""
    heading = collapse(text_of(title))
    if not heading or len(heading) > MAX_TITLE_CHARS:
        return None
    box: html.HtmlElement | None = None
    node = title
    while node is not branch and (parent := node.getparent()) is not None:
        if parent in crowded or text_chars(parent) > MAX_BOX_CHARS:
            break
        if not collapse(text_of(parent)).startswith(heading):
            break
        node = parent
        if text_chars(node) > len(heading):
            box = node
    return box
