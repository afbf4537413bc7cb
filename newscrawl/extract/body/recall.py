"""Recover body paragraphs trafilatura skipped in the other parts of a split article body.

Long articles are often cut into several containers of the same kind, with ads or widgets
between them (``<div class="body__container article__body">`` … ad row … the same div again).
trafilatura sometimes keeps only the first part. Containers that carry exactly the class of a
container whose paragraphs were kept are the same body, and their paragraphs belong to it.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from lxml import etree, html

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.leaks import linked_cards, teaser_rows
from newscrawl.extract.body.stories import live_blog, other_stories, page_addresses, page_names
from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import collapse, text_key
from newscrawl.extract.page import Page
from newscrawl.extract.visible import link_chars
from newscrawl.extract.words.classes import CARD_CLASS_TOKENS

MIN_PARAGRAPH_CHARS = 40
MIN_KEPT_IN_CONTAINER = 2
MIN_LINK_LINE_SHARE = 0.9
_KEY_CHARS = 60
# A longer text is keyed by its start: up to its first plain space past this many characters.
_KEY_READ = 80
_CHROME = frozenset({"nav", "footer", "aside", "header", "form", "a"})
# Elements whose text places a block that is no paragraph (a sub-heading) between them.
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CARD_CLASS = re.compile("|".join(CARD_CLASS_TOKENS), re.IGNORECASE)
# A paragraph's text nodes and line breaks, in page order (plain strings: no element held).
_TEXT_AND_BREAKS = etree.XPath(".//text() | .//br", smart_strings=False)


def add_split_body_paragraphs(page: Page, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the missing paragraphs of same-class body containers, in page order."""
    if not blocks:
        return blocks
    texts = {p: text for p in page.tree.iter("p") if len(text := text_of(p)) >= MIN_PARAGRAPH_CHARS}
    parents = {p: p.getparent() for p in texts}
    holders = {p: _holder(p, parent) for p, parent in parents.items()}
    if not (_repeated_containers(parents) or _repeated_containers(holders)):
        return blocks  # (no container's class is another's: no paragraph can be missing)
    _break_lines(page, texts)
    known = {_text_key(block.text) for block in blocks}
    paragraphs = list(texts)
    keys = {p: _text_key(text) for p, text in texts.items()}  # each paragraph's text read once
    kept = [p for p in paragraphs if keys[p] in known]
    # The containers are the paragraphs' parents; where each paragraph stands in a box of its
    # own, also the elements that hold those boxes (``_holder``). A boxed text the page shows
    # more than once is no part of the story's: a pitch repeated between its parts, an excerpt
    # of it in a box above.
    found = set(_missing(paragraphs, keys, known, kept, parents))
    if holders != parents:
        shown = Counter(keys.values())
        found.update(p for p in _missing(paragraphs, keys, known, kept, holders) if shown[keys[p]] == 1)
    missing = [p for p in paragraphs if p in found]
    if missing:
        # The same class in another story's card (a row of teasers below the story) is not
        # the story: no element between the paragraph and the story's part of the page may
        # be named as a card, teaser, related or promoted box.
        story = {ancestor for p in kept for ancestor in p.iterancestors()}
        missing = [p for p in missing if not _in_card(p, story)]
    if missing:
        # The same body class in a further story appended below is that story's text, and in a
        # row of other pages' teasers (``leaks.py``: pruned from the copy trafilatura read).
        urls, hosts = page_addresses(page)
        others = set(other_stories(page.tree, page_names(page), urls, live=live_blog(page), hosts=hosts))
        others.update(teaser_rows(page.tree, urls, hosts, list(others)))
        others.update(linked_cards(page.tree, urls, hosts, list(others)))
        missing = [p for p in missing if not any(a in others for a in (p, *p.iterancestors()))]
    if not missing:
        return blocks
    return _merge(page, blocks, [(p, keys[p]) for p in kept], [(p, texts[p]) for p in missing])


def _missing(
    paragraphs: list[html.HtmlElement],
    keys: dict[html.HtmlElement, str],
    known: set[str],
    kept: list[html.HtmlElement],
    containers: dict[html.HtmlElement, html.HtmlElement | None],
) -> list[html.HtmlElement]:
    """The paragraphs not read whose container (``containers``) has the tag and class of a
    container that holds two read paragraphs or more, and is none of those, nor in chrome.
    A paragraph that is all but wholly a link (a related story's title set among the text,
    ``MIN_LINK_LINE_SHARE``) tells nothing of its container: trafilatura reads such a line
    where it skipped the prose around it, and the container is no read one for it."""
    per_container: dict[html.HtmlElement, int] = {}
    for p in kept:
        parent = containers[p]
        if parent is not None and parent.get("class") and not _link_line(p):
            per_container[parent] = per_container.get(parent, 0) + 1
    body_classes = {
        (c.tag, c.get("class")) for c, count in per_container.items() if count >= MIN_KEPT_IN_CONTAINER
    }
    if not body_classes:
        return []
    return [
        p
        for p in paragraphs
        if keys[p] not in known
        and (parent := containers[p]) is not None
        and parent not in per_container
        and (parent.tag, parent.get("class")) in body_classes
        and not any(a.tag in _CHROME for a in parent.iterancestors())
    ]


def _link_line(p: html.HtmlElement) -> bool:
    """``p``'s text is all but wholly its links' (``MIN_LINK_LINE_SHARE``)."""
    text = collapse(text_of(p))
    return bool(text) and link_chars(p) >= MIN_LINK_LINE_SHARE * len(text)


def _repeated_containers(containers: dict[html.HtmlElement, html.HtmlElement | None]) -> bool:
    """Two elements or more of the same tag and class hold some of the paragraphs
    (``containers``: each paragraph's container): the split body a paragraph can be missing
    from."""
    seen: dict[tuple[str, str], html.HtmlElement] = {}
    for parent in containers.values():
        if (
            parent is not None
            and (name := parent.get("class"))
            and seen.setdefault((parent.tag, name), parent) is not parent
        ):
            return True
    return False


_WRAPPER_LEVELS = 2


def _holder(p: html.HtmlElement, parent: html.HtmlElement | None) -> html.HtmlElement | None:
    """The element that holds a paragraph's box when its ``parent`` is a ``<div>`` that wraps
    nothing but the paragraph (a page built of components writes each paragraph in a box of
    its own: the boxes, not the paragraphs, stand in the body's containers); two such boxes
    up at most. Otherwise the parent."""
    holder, inner = parent, p
    for _ in range(_WRAPPER_LEVELS):
        if holder is None or holder.tag != "div" or len(holder) != 1 or (holder.text or "").strip():
            break
        if (inner.tail or "").strip() or (outer := holder.getparent()) is None:
            break
        inner, holder = holder, outer
    return holder


def _break_lines(page: Page, texts: dict[html.HtmlElement, str]) -> None:
    """Read, in place, each of ``texts``' paragraphs that holds a line break with a space at
    the break (``<b>Knock, knock</b><br>Who's there?``), as trafilatura's reading of it has
    one: the same paragraph is then known by the same key, and one put back reads as written."""
    broken = {
        p for line_break in page.tree.iter("br") if (p := next(line_break.iterancestors("p"), None)) in texts
    }
    for p in broken:
        texts[p] = "".join(
            " " if isinstance(part, etree._Element) else str(part) for part in _TEXT_AND_BREAKS(p)
        )


def _text_key(text: str) -> str:
    """``text_key(text, _KEY_CHARS)``, read from the start of the text up to its first plain
    space past ``_KEY_READ`` characters when that start gives ``_KEY_CHARS`` characters of key
    (a paragraph is not collapsed and case folded whole for its first 60 characters). Nothing
    of a key before a plain space depends on what follows: white space is folded at it, case
    folding goes character by character, zero-width characters are dropped one by one, and
    NFC composes nothing across a space (a starter that composes with nothing before it)."""
    cut = text.find(" ", _KEY_READ)
    if cut > 0 and len(key := text_key(text[:cut])) >= _KEY_CHARS:
        return key[:_KEY_CHARS]
    return text_key(text, _KEY_CHARS)


def _in_card(paragraph: html.HtmlElement, story: set[html.HtmlElement]) -> bool:
    """Whether an element between ``paragraph`` and the nearest element that also holds the
    story's kept paragraphs is a card of another story (by its class)."""
    for ancestor in paragraph.iterancestors():
        if ancestor in story:
            return False
        if _CARD_CLASS.search(ancestor.get("class") or ""):
            return True
    return False


def _merge(
    page: Page,
    blocks: list[Block],
    kept: list[tuple[html.HtmlElement, str]],
    missing: list[tuple[html.HtmlElement, str]],
) -> list[Block]:
    """Place each missing paragraph after the last block that comes before it on the page
    (``kept``: paragraphs with their keys, in page order; ``missing``: with their text). A block
    is where its text stands on the page: a paragraph at its own element, a sub-heading at its
    heading element between the paragraphs around it, anything else just after the block before
    it. A text that stands on the page more than once (a lead repeated in a paywall teaser
    further down, a heading in a table of contents) is at its first copy past the block before
    it."""
    # One walk for the order of the page's paragraphs and sub-headings (only on a page with a
    # paragraph to put back).
    order: dict[html.HtmlElement, int] = {}
    headings: dict[str, list[int]] = {}
    for index, element in enumerate(page.tree.iter("p", *_HEADINGS)):
        order[element] = index
        if element.tag != "p" and (key := _text_key(text_of(element))):
            headings.setdefault(key, []).append(index)
    by_key: dict[str, list[int]] = {}
    for p, key in kept:
        by_key.setdefault(key, []).append(order[p])
    keys = [_text_key(block.text) for block in blocks]
    # The paragraphs first: each at its first copy past the paragraph before it.
    anchors: list[float | None] = []
    last = -1.0
    for key in keys:
        if (places := by_key.get(key)) is None:
            anchors.append(None)
        else:
            last = next((place for place in places if place > last), places[0])
            anchors.append(last)
    # A sub-heading at its own element between the paragraphs around it (not a copy of its
    # text further down, a kicker above the story that is also a section's heading).
    following: list[float] = []
    bound = math.inf
    for anchor in reversed(anchors):
        following.append(bound)
        bound = bound if anchor is None else anchor
    following.reverse()
    placed: list[tuple[float, int, Block]] = []
    last = -1.0
    for index, (block, key, anchor) in enumerate(zip(blocks, keys, anchors, strict=True)):
        if anchor is not None:
            last = anchor
        elif (places := headings.get(key)) is not None:
            last = next((place for place in places if last < place < following[index]), last + 1e-3)
        else:
            last += 1e-3
        placed.append((last, index, block))
    placed += [(order[p], len(blocks) + i, Block(text=collapse(text))) for i, (p, text) in enumerate(missing)]
    placed.sort(key=lambda entry: (entry[0], entry[1]))
    return [block for _, _, block in placed]
