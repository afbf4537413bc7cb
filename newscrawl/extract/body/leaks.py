"""Rows of other stories' teasers, found by their structure on any site, not by class words.

When a page's class and id names say nothing (hashed, CSS-in-JS, another language),
trafilatura's content XPaths find no article container and it reads a wider part of the page:
a "breaking news" ticker, a sidebar's "most read" cards, the next posts of a blog. Each such
item is a card of one other page of the site: a title linked to that page, with a short summary,
a date, a picture or a category link beside it. A card is found from its title link up: the
largest element that links (by a title) to that page only. A row is an element with at least
``MIN_CARDS`` such cards among its children, each a card of a different page of the site, and
little text besides them (a box title); it is pruned before trafilatura reads the page. A long
row (``MIN_LONG_ROW_CARDS`` cards or more: a list page's teasers) allows each card a longer
summary, and its children shaped as its cards count as cards, not as text besides them (not a
``<p>``: a story's paragraphs stay its text when linked titles stand between them). Rows
side by side in one box (the tabs of a "Latest on:" box, each under its label) go with the box
when it holds nothing else but a short title and the labels (``_joined``).

Never a row that holds the page's headline (``<h1>``), nor one whose text outside its cards is
longer than a box title: a story whose paragraphs link to other stories keeps its paragraphs
(they are the row's own text), and so does a listicle whose items are headed by links. What
is different from ``stories.card_rows``: the cards are found by their links alone (no picture,
no heading, no class shared by the cards), and the row may stand anywhere on the page (before
the story, beside it), not only after its text."""

from __future__ import annotations

import re
from collections.abc import Collection

from lxml import etree, html

from newscrawl.extract.body.stories import site_host, url_key
from newscrawl.extract.nodes import text_of

MIN_CARDS = 3
"""Cards of other pages in a row, at the least. (Two were tried: scrambled traf-A with 0.965 ->
0.962, a story's pairs of links taken for rows.)"""
MIN_TITLE_CHARS = 20
MIN_TITLE_WORDS = 3
"""A title link's text: a headline, not a menu's word, a tag or an author's name. (15
characters were tried: real traf-B with 0.974 -> 0.972.)"""
MAX_CARD_TEXT = 400
"""A card's text besides its links (summary, date, labels), at most."""
MAX_ROW_REST = 120
"""A row's text outside its cards (its title: "Most read", "Breaking news"), at most."""
MIN_LONG_ROW_CARDS = 8
"""Cards of other pages in a long row (a list page's teasers, an archive's), at the least: in
such a row each card may carry a longer summary (``MAX_LONG_ROW_CARD_TEXT``), and the row's
children shaped as its cards are (the same tag and class: a teaser whose title link was not
read as one, beside an author's link) are no text outside them."""
MAX_LONG_ROW_CARD_TEXT = 1200
"""A card's text besides its links in a long row, at most (a list page's teaser summary)."""
MIN_JOINED_ROWS = 2
"""Rows side by side in one box (the tabs of a "Latest" box), at least, for the box to go with
them."""
MAX_LOOSE_CHARS = 12
"""The letters and digits of a row's text between its children, at most (separators, commas,
"Most read:"): a row's title stands in an element of its own; a paragraph's words that link
to other stories have the story's words between them."""

# Links with text as long as a title at least (one XPath in C: most links are short, and are
# passed over without reading their text in Python).
_LONG_LINKS = etree.XPath(
    f"descendant-or-self::a[@href][string-length(normalize-space()) >= {MIN_TITLE_CHARS}]"
)
_WORD = re.compile(r"\w+")
_BOX_TAGS = frozenset({"div", "section", "aside", "nav", "header", "footer", "ul", "ol", "li", "figure"})
_MANY = object()  # an element that holds title links to two pages or more


def teaser_rows(
    tree: html.HtmlElement,
    urls: Collection[str],
    hosts: Collection[str],
    pruned: Collection[html.HtmlElement] = (),
) -> list[html.HtmlElement]:
    """The rows of other pages' teaser cards in ``tree`` (outermost first, document order).
    ``urls``: the keys (``stories.url_key``) of the page's own addresses; ``hosts``: its hosts
    (a link elsewhere is no card of the site); ``pruned``: elements pruned already (other
    stories): a row that is one, holds one or lies in one is left to them."""
    links = _title_links(tree, hosts)
    if len(links) < MIN_CARDS:
        return []
    found: list[html.HtmlElement] = []
    headline: set[html.HtmlElement] | None = None
    for row, cards in _cards(links).items():
        if len(cards) < MIN_CARDS or len({key for key in cards.values() if key not in urls}) < MIN_CARDS:
            continue
        if headline is None:
            headline = _headline_holders(tree)
        if row in headline or not _row(row, cards, headline):
            continue
        found.append(_box(row, headline))
    chosen = set(found)
    rows = [row for row in found if not any(a in chosen for a in row.iterancestors())]
    gone = set(pruned)
    if gone:
        rows = [row for row in rows if not _overlaps(row, gone)]
    return _joined(rows, headline or set(), gone) if len(rows) >= MIN_JOINED_ROWS else rows


def _joined(
    rows: list[html.HtmlElement], headline: set[html.HtmlElement], gone: set[html.HtmlElement]
) -> list[html.HtmlElement]:
    """``rows`` with the box that holds several of them side by side: a block (``_BOX_TAGS``)
    with ``MIN_JOINED_ROWS`` of the rows among its children and nothing else but a short title
    ("Latest on:", "Most read") and their tabs' labels (``MAX_ROW_REST`` in all), no headline and
    no other story pruned already (``gone``), grown on as one row is (``_box``); in document
    order, none inside another."""
    taken = list(rows)
    while True:
        siblings: dict[html.HtmlElement, list[html.HtmlElement]] = {}
        for row in taken:
            if (parent := row.getparent()) is not None:
                siblings.setdefault(parent, []).append(row)
        joined = [
            parent
            for parent, members in siblings.items()
            if len(members) >= MIN_JOINED_ROWS
            and parent.tag in _BOX_TAGS
            and parent not in headline
            and _chars_besides(parent, members) <= MAX_ROW_REST
            and not _overlaps(parent, gone)
        ]
        if not joined:
            return taken
        boxes = {_grown(parent, headline, gone) for parent in joined}
        taken = [row for row in taken if not any(above in boxes for above in row.iterancestors())] + list(
            boxes
        )
        taken.sort(key=_place)


def _place(node: html.HtmlElement) -> list[int]:
    """Where ``node`` stands in its document: the place of it and of each of its ancestors among
    their parent's children, from the top down. Sorted by it, elements are in document order (a
    few rows: not every element of the page numbered)."""
    places: list[int] = []
    while (parent := node.getparent()) is not None:
        places.append(parent.index(node))
        node = parent
    places.reverse()
    return places


def _title_links(tree: html.HtmlElement, hosts: Collection[str]) -> list[tuple[html.HtmlElement, str]]:
    """The links of ``tree`` whose text is a title (``_title``) to a page of the site, each with
    the page's key."""
    links: list[tuple[html.HtmlElement, str]] = []
    keys: dict[str, str] = {}  # (a page links the same addresses again and again)
    for link in _LONG_LINKS(tree):  # (the title first: most links are no title)
        href = link.get("href")
        if not href or not _title(link):
            continue
        key = keys.get(href)
        if key is None:
            key = keys[href] = _site_key(href, hosts)
        if key:
            links.append((link, key))
    return links


def _cards(links: list[tuple[html.HtmlElement, str]]) -> dict[html.HtmlElement, dict[html.HtmlElement, str]]:
    """The cards of the title links, by the element they stand in (a candidate row), each with
    its page's key: from each link up, the largest element whose title links all lead to that
    page."""
    targets: dict[html.HtmlElement, object] = {}  # the one page an element's titles lead to, or _MANY
    for link, key in links:
        node = link
        while node is not None:
            seen = targets.get(node)
            if seen is _MANY:
                break  # (so are all above it)
            if seen is None:
                targets[node] = key
            elif seen != key:
                targets[node] = _MANY
            node = node.getparent()
    rows: dict[html.HtmlElement, dict[html.HtmlElement, str]] = {}
    for link, key in links:
        card = link
        while (parent := card.getparent()) is not None and targets.get(parent) == key:
            card = parent
        if parent is not None:
            rows.setdefault(parent, {})[card] = key
    return rows


def _overlaps(row: html.HtmlElement, gone: set[html.HtmlElement]) -> bool:
    """``row`` is one of ``gone``, lies in one or holds one."""
    if row in gone or any(a in gone for a in row.iterancestors()):
        return True
    return any(node in gone for node in row.iterdescendants())


def _headline_holders(tree: html.HtmlElement) -> set[html.HtmlElement]:
    """The page's headlines (``<h1>``) and every element that holds one."""
    holders: set[html.HtmlElement] = set()
    for h1 in tree.iter("h1"):
        holders.add(h1)
        holders.update(h1.iterancestors())
    return holders


def _box(row: html.HtmlElement, headline: set[html.HtmlElement]) -> html.HtmlElement:
    """The row with its box: from the row up while the parent holds nothing else but a short
    title ("Most read", "Top stories") and no headline, a block (``_BOX_TAGS``: not the
    words around a name's pop-up card in a paragraph), never the page's body, main part or
    article."""
    while (parent := row.getparent()) is not None and parent.tag in _BOX_TAGS:
        if parent in headline or _chars_besides(parent, (row,)) > MAX_ROW_REST:
            break
        row = parent
    return row


def _grown(
    node: html.HtmlElement, headline: set[html.HtmlElement], gone: set[html.HtmlElement]
) -> html.HtmlElement:
    """``node`` grown to its box (``_box``), or ``node`` itself when the box holds another story
    pruned already (``gone``): that story is on record under its own rule."""
    box = _box(node, headline)
    return node if box is not node and gone and _overlaps(box, gone) else box


def _site_key(href: str, hosts: Collection[str]) -> str:
    """The key of a link to a page of the site (relative, or on one of ``hosts``), else ''."""
    key = url_key(href)
    if not key:
        return ""
    host = site_host(href)
    return key if not host or not hosts or host in hosts else ""


def _title(link: html.HtmlElement) -> bool:
    """The link's text is a headline: ``MIN_TITLE_WORDS`` words and ``MIN_TITLE_CHARS``
    characters at least, its white space collapsed (read from its words: most links are
    short, and fail before any collapsing)."""
    text = text_of(link)
    if len(text) < MIN_TITLE_CHARS:
        return False
    words = text.split()
    return len(words) >= MIN_TITLE_WORDS and sum(map(len, words)) + len(words) - 1 >= MIN_TITLE_CHARS


def _row(row: html.HtmlElement, cards: dict[html.HtmlElement, str], headline: set[html.HtmlElement]) -> bool:
    """The row's text outside its cards (its other children and the text between them) short,
    and hardly any of it between its children (a paragraph whose words link to three stories is
    the story's own); each card short besides its links, and no headline. In a long row
    (``MIN_LONG_ROW_CARDS`` pages), a card's text besides its links may be longer
    (``MAX_LONG_ROW_CARD_TEXT``), and children of a card's tag and class are no text besides."""
    loose = [row.text or "", *(child.tail or "" for child in row)]
    if sum(len(word) for text in loose for word in _WORD.findall(text)) > MAX_LOOSE_CHARS:
        return False
    limit = MAX_CARD_TEXT
    members: Collection[html.HtmlElement] = cards
    if len(set(cards.values())) >= MIN_LONG_ROW_CARDS:  # a long row: its cards' look-alikes are cards
        limit = MAX_LONG_ROW_CARD_TEXT
        # (Never a paragraph's shape: a story that sets a linked title between its paragraphs
        # has its other paragraphs as its text, not as cards.)
        shapes = {(card.tag, card.get("class")) for card in cards if card.tag != "p"}
        members = {child for child in row if child in cards or (child.tag, child.get("class")) in shapes}
    if _chars_besides(row, members) > MAX_ROW_REST:
        return False
    return not any(card in headline or _unlinked_chars(card) > limit for card in cards)


def _chars_besides(node: html.HtmlElement, children: Collection[html.HtmlElement]) -> int:
    """The characters of ``node``'s text outside ``children`` (some of its children), its white
    space collapsed, counted up to just over ``MAX_ROW_REST`` (a page's large containers are
    not read to their end)."""
    chars = _chars(node.text)
    for child in node:
        if child not in children and isinstance(child.tag, str):
            chars += _chars(text_of(child))
        chars += _chars(child.tail)
        if chars > MAX_ROW_REST:
            break
    return chars


def _chars(text: str | None) -> int:
    """The characters of ``text``'s words and a space after each (the length of its collapsed
    text and a space)."""
    if not text:
        return 0
    words = text.split()
    return sum(map(len, words)) + len(words)


def _unlinked_chars(node: html.HtmlElement) -> int:
    """The characters of ``node``'s text outside its links (``_chars``)."""
    return _chars(text_of(node)) - sum(_chars(text_of(link)) for link in node.iter("a"))


MAX_LINKED_CARD_CHARS = MAX_LONG_ROW_CARD_TEXT
"""A teaser card written as one link holds at most this much text (its title, summary, date):
a link that holds more is no card (an unclosed ``<a>`` that swallowed the story after it)."""
MAX_LINKED_CARD_PARAGRAPHS = 3
"""Nor does it hold more ``<p>``\\s than a card's summary takes."""
MAX_TEXT_BEFORE_TITLE = 60
"""The text of a card before its title, at most: a kicker, a category or a date."""
# Links that hold a heading and a paragraph (found in C: few links hold either).
_HEADED_LINKS = etree.XPath(
    "descendant::a[@href][descendant::p][descendant::*[self::h1 or self::h2 or self::h3 or self::h4"
    " or self::h5 or self::h6]]"
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def linked_cards(
    tree: html.HtmlElement,
    urls: Collection[str],
    hosts: Collection[str],
    pruned: Collection[html.HtmlElement] = (),
) -> list[html.HtmlElement]:
    """Teaser cards of other pages written each as one link, alone or in a row of any length:
    an ``<a>`` to another page of the site (``urls``: the page's own keys; ``hosts``: its
    hosts) that holds a heading with text (the other page's title, after at most a kicker) and a
    summary ``<p>`` with text, and little else (``MAX_LINKED_CARD_CHARS``,
    ``MAX_LINKED_CARD_PARAGRAPHS``). HTML lets a link hold blocks, and card layouts write a
    related story's title and summary so ("Read also", "More on this"); a story's own text
    never stands inside a link to another page. Never the page's headline (its first ``<h1>``
    with text), nor a link within another story pruned already (``pruned``), nor one inside
    another card (outermost first, document order)."""
    links = _HEADED_LINKS(tree)
    if not links:
        return []
    headline = next((h1 for h1 in tree.iter("h1") if text_of(h1).strip()), None)
    gone = set(pruned)
    cards: list[html.HtmlElement] = []
    for link in links:
        if cards and any(a is cards[-1] for a in link.iterancestors()):
            continue  # inside the card before it
        key = _site_key(link.get("href") or "", hosts)
        if not key or key in urls or (gone and _overlaps(link, gone)):
            continue
        if headline is not None and any(a is link for a in headline.iterancestors()):
            continue
        if _chars(text_of(link)) > MAX_LINKED_CARD_CHARS:
            continue
        paragraphs = [p for p in link.iter("p") if text_of(p).strip()]
        if not paragraphs or len(paragraphs) > MAX_LINKED_CARD_PARAGRAPHS:
            continue
        title = next((h for h in link.iter(*_HEADINGS) if text_of(h).strip()), None)
        if title is None or _chars_before(link, title) > MAX_TEXT_BEFORE_TITLE:
            continue
        cards.append(link)
    return cards


def _chars_before(link: html.HtmlElement, title: html.HtmlElement) -> int:
    """The characters of ``link``'s text before ``title`` (an element inside it), counted up to
    just over ``MAX_TEXT_BEFORE_TITLE``."""
    chars = 0
    for event, node in etree.iterwalk(link, events=("start", "end")):
        if event == "start":
            if node is title:
                break
            chars += _chars(node.text)
        elif node is not link:
            chars += _chars(node.tail)
        if chars > MAX_TEXT_BEFORE_TITLE:
            break
    return chars
