"""The page's chrome on a page built of divs (no ``<header>``, ``<nav>``, ``<footer>``,
``<aside>``): what those elements tell trafilatura, said again from what every site shares.

- ``landmarks_from_roles``: a block whose ARIA role names it the page's header, a menu, its
  footer, a side column or a dialog gets the tag that role stands for, in the copy trafilatura
  reads (trafilatura drops a ``<nav>``, ``<footer>``, ``<aside>`` and ``<dialog>``). Never a
  block that holds the story (its article, its main part, its body text).
- ``menus``: a list of short links (a menu), grown to the block of links around it (a menu
  bar, a footer's columns with their headings), beside the headline's path and before the
  headline or after the story's last paragraph of prose: pruned (``prepare``'s rule
  ``menu-list``). Only on a page with none of the landmark elements: a page that has them has
  said where its chrome is."""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree, html

from newscrawl.extract.nodes import link_text_chars, text_chars, text_of
from newscrawl.extract.normalise import collapse

# The landmark each ARIA role stands for.
ROLE_TAGS = {
    "banner": "header",
    "navigation": "nav",
    "contentinfo": "footer",
    "complementary": "aside",
    "dialog": "dialog",
    "alertdialog": "dialog",
}
# Only blocks: a role on a link or a button is a widget's, not a landmark.
_ROLE_BLOCKS = frozenset({"div", "section", "span", "ul", "ol", "table", "td", "form"})
# Found by their attribute, the parents of the descendants' ``role`` attributes (compiled once:
# cheaper than testing every element), then read by their role here.
_ROLED = etree.XPath("descendant::*/@role/..")
# What marks the story inside a block: its article, the page's main part, its body text.
_HOLDS_STORY = etree.XPath(
    "boolean(descendant::article | descendant::main | descendant::*[@role = 'main' or @role = 'article'"
    " or @itemprop = 'articleBody'])"
)

# A menu written as a plain list: at least ``MIN_MENU_ITEMS`` items, nearly each with a link
# (``MIN_LINKED_ITEMS``), short (``MAX_MENU_ITEM_CHARS`` on average), its text nearly all
# link text (``MIN_MENU_LINK_SHARE``), and no paragraph, heading or picture of its own.
MIN_MENU_ITEMS = 5
MIN_LINKED_ITEMS = 0.8
MAX_MENU_ITEM_CHARS = 30
MIN_MENU_LINK_SHARE = 0.75
_LISTS = etree.XPath("descendant::ul | descendant::ol")
_ITEMS = etree.XPath("count(li)")
_LINKED_ITEMS = etree.XPath("count(li[descendant::a])")
_NOT_IN_MENUS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "article", "main", "img")
# The block grown around a menu: of these tags, holding none of ``_NOT_IN_BLOCKS``, and no more
# text outside its links than ``MAX_BLOCK_OTHER_CHARS`` (or than its links' text).
_GROW_TAGS = frozenset({"div", "td", "tr", "tbody", "ul", "ol", "li", "span"})
_NOT_IN_BLOCKS = ("h1", "article", "main", "img", "picture", "video", "iframe", "form", "table")
MAX_BLOCK_OTHER_CHARS = 300
# Where the site's chrome is: before the page's (first) headline, or after the story's last
# paragraph of prose (a menu among the story's paragraphs may be the story's own links).
_BEFORE_HEADLINE = etree.XPath("boolean(following::h1) and not(preceding::h1 or ancestor::h1)")
_PROSE_AFTER = etree.XPath("boolean(following::p[string-length(normalize-space()) >= 80])")
# A page that marks its chrome with these has said where it is.
_LANDMARK_TAGS = ("nav", "footer", "header", "aside")
# The story's path: its headline, article or main part and the elements that hold them.
_SPINE_MARKS = ("h1", "article", "main")


def landmarks_from_roles(tree: html.HtmlElement) -> None:
    """Give each block of ``tree`` whose ARIA role names a landmark the landmark's tag (in
    place), unless it holds the story."""
    for node in _ROLED(tree):
        tag = ROLE_TAGS.get(node.get("role", ""))
        if tag is not None and node.tag in _ROLE_BLOCKS and not _HOLDS_STORY(node):
            node.tag = tag


def menus(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The site's menus in ``tree``: each list written as a menu (``_menu``), grown to the
    block of links around it (``_menu_block``), whose parent is on the story's path (a block
    beside it, never inside the story's own blocks), before the headline or after the story's
    prose; none inside another. None on a page with landmark elements."""
    if next(tree.iter(*_LANDMARK_TAGS), None) is not None:
        return []
    found: list[html.HtmlElement] = []
    grown: set[html.HtmlElement] = set()  # every block grown so far, taken or not: read once
    spine: set[html.HtmlElement] | None = None
    for node in _LISTS(tree):
        if any(ancestor in grown for ancestor in node.iterancestors()) or not _menu(node):
            continue
        if spine is None:
            spine = _spine(tree)
        block = _menu_block(node, spine)
        grown.add(block)
        if block.getparent() in spine and (_BEFORE_HEADLINE(block) or not _PROSE_AFTER(block)):
            found.append(block)
    taken = set(found)
    return [block for block in found if not any(ancestor in taken for ancestor in block.iterancestors())]


def _menu(node: html.HtmlElement) -> bool:
    """``node`` (a list) is a menu: many short items, nearly each a link, nearly all link text."""
    if len(node) < MIN_MENU_ITEMS:
        return False
    items = int(_ITEMS(node))
    if items < MIN_MENU_ITEMS or next(node.iter(*_NOT_IN_MENUS), None) is not None:
        return False
    chars = float(text_chars(node))
    return (
        float(_LINKED_ITEMS(node)) >= MIN_LINKED_ITEMS * items
        and chars <= MAX_MENU_ITEM_CHARS * items
        and link_text_chars(node) >= MIN_MENU_LINK_SHARE * chars
    )


def _spine(tree: html.HtmlElement) -> set[html.HtmlElement]:
    """The page's headlines, articles and main parts and every element that holds one."""
    spine: set[html.HtmlElement] = set()
    for node in tree.iter(*_SPINE_MARKS):
        place = node
        while place is not None and place not in spine:
            spine.add(place)
            place = place.getparent()
    return spine


def _menu_block(node: html.HtmlElement, spine: set[html.HtmlElement]) -> html.HtmlElement:
    """The largest block around the menu ``node``, off the story's path (``spine``), with no
    headline, picture, form or table, and little text outside its links: a menu bar, or a
    footer with its columns' headings and its blurb, pruned as one (a menu pruned alone would
    leave the rest of its block, which then no longer reads as links to trafilatura)."""
    block = node
    parent = node.getparent()
    while parent is not None and parent not in spine and parent.tag in _GROW_TAGS:
        if next(parent.iter(*_NOT_IN_BLOCKS), None) is not None:
            break
        text = text_chars(parent)
        links = link_text_chars(parent)
        if text - links > max(MAX_BLOCK_OTHER_CHARS, links):
            break
        block, parent = parent, parent.getparent()
    return block


# A breadcrumb trail written as a line of links ("Home » News » Headline"): its items set apart
# by these marks, at most this long in all and each; a "You are here:" label before it at most
# ``MAX_TRAIL_LABEL_CHARS`` long, ending with a colon.
TRAIL_MARKS = "\u00bb\u203a>\u2192"  # a right guillemet, a single one, a greater-than sign, an arrow
MAX_TRAIL_CHARS = 250
MAX_TRAIL_ITEM_CHARS = 80
MAX_TRAIL_LABEL_CHARS = 25
MIN_TRAIL_LINKS = 2
_TRAIL_TAGS = frozenset({"p", "div", "span", "ol", "ul", "li", "small"})
_TRAIL_LEVELS = 4  # how far up from a link its trail's element may stand
_TRAIL_SPLIT = re.compile(rf"\s*[{TRAIL_MARKS}]\s*")
_TRAIL_MARK = re.compile(f"[{TRAIL_MARKS}]")
_NOT_IN_TRAILS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "img", "picture", "figure", "table", "form")


def breadcrumb_trails(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The page's breadcrumb trails written as a line of links, whatever their classes: an
    element (``_TRAIL_TAGS``, found up from its links) whose text is two links or more and
    perhaps the current page's name, each item short, set apart only by trail marks
    (``TRAIL_MARKS``: guillemets, angle brackets, arrows), with at most a short label ending
    with a colon before it ("Sie sind hier:"); no heading, paragraph or picture inside it.
    trafilatura drops a trail by its class or its ``<nav>``; on a page whose classes name
    nothing ("c7f3a") or that is built of divs, the trail was read as the body's first
    paragraph. Only on a page with none of the landmark elements, as for ``menus``: a page
    that has them has said where its chrome is (and a trail stands in its ``<nav>``)."""
    if next(tree.iter(*_LANDMARK_TAGS), None) is not None:
        return []
    found: list[html.HtmlElement] = []
    seen: set[html.HtmlElement] = set()
    for link in tree.iter("a"):
        if not _marked_near(link):
            continue  # (most links have no trail mark beside them: read no further)
        for node in islice(link.iterancestors(), _TRAIL_LEVELS):
            if node in seen:
                break
            seen.add(node)
            if node.tag in _TRAIL_TAGS and _trail(node):
                found.append(node)
                break
    taken = set(found)
    return [node for node in found if not any(a in taken for a in node.iterancestors())]


def _marked_near(link: html.HtmlElement) -> bool:
    """A trail mark stands beside ``link``: in its tail or the tail of the element before it,
    or in the text of the element after it; or so beside its parent (a crumb in a ``<span>`` or
    ``<li>`` of its own, the mark in one of its own)."""
    node: html.HtmlElement | None = link
    for _ in range(2):
        if node is None:
            return False
        before, after = node.getprevious(), node.getnext()
        if (
            _TRAIL_MARK.search(node.tail or "")
            or (before is not None and _TRAIL_MARK.search(before.tail or ""))
            or (after is not None and _TRAIL_MARK.search(after.text or ""))
        ):
            return True
        node = node.getparent()
    return False


def _trail(node: html.HtmlElement) -> bool:
    """``node``'s text is a breadcrumb trail of its links (``breadcrumb_trails``)."""
    if next(node.iterdescendants(*_NOT_IN_TRAILS), None) is not None:
        return False  # (asked first: a large block holding a paragraph is told at once)
    text = collapse(text_of(node))
    if not text or len(text) > MAX_TRAIL_CHARS:
        return False
    named = [name for a in node.iter("a") if a.get("href") and (name := collapse(text_of(a)))]
    if len(named) < MIN_TRAIL_LINKS:
        return False
    # A label ("You are here:") before the trail: a colon before any trail mark, soon.
    colon = text.find(":")
    rest = text
    if 0 <= colon <= MAX_TRAIL_LABEL_CHARS and not any(mark in text[:colon] for mark in TRAIL_MARKS):
        rest = text[colon + 1 :]
    items = [item.strip() for item in _TRAIL_SPLIT.split(rest)]
    if len(items) < MIN_TRAIL_LINKS or not all(0 < len(item) <= MAX_TRAIL_ITEM_CHARS for item in items):
        return False
    # Every item but the last is a link's text; the last is one too, or the current page.
    return len(items) - 1 <= len(named) and all(item in named for item in items[:-1])
