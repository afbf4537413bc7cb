"""The story's own block on a page built of divs: the root trafilatura starts from.

trafilatura reads a page from its first ``<article>`` (else its ``<main>``, an element whose
ARIA role or ``itemprop`` says so, or a class it knows): what lies outside that block (the
site's header, menus and footer, pop-up dialogs, other stories' teasers) is never read. A page
with none of them is read whole (trafilatura's "wild text" pass over the whole page), and the
prose anywhere on it leaks in.

``story_root``: on a page that has no such root, the story's own block is the smallest element
that holds the story's headline (an ``<h1>`` that says what the page's declared names say,
``stories.page_names``) and at least half of the page's prose (paragraphs of
``MIN_PROSE_CHARS`` or more, little link text); never the page's body, nor a wrapper of nearly
all of the page's shown text. ``mark_story_root``
gives that block the ``<article>`` tag in the copy trafilatura reads, when some of the page's
prose lies outside it (else the root would keep nothing out, and only change trafilatura's
route through the block: with a root it reads headings, lists and lines of divs, chrome too).
Rooted, trafilatura reads what the block holds beyond its paragraphs, so out of it go:
``_head_out``, what precedes the story's first paragraph of prose and holds no paragraph (the
kicker, the headline, the byline and date line, a "key points" box); ``_cards_out``, other
stories' cards (a link of its own to another page, with at most a summary beside it);
``_pictures_out``, picture boxes (a picture with its caption and credit, no prose; a picture in
running text is left); ``_tail_out``, the block's last children that hold no prose (its tags,
share and print lines, "more on this" headings). A page that marks its root itself is left as
it is. A page that does not declare an article (``declares_article``: schema.org type or
og:type) gets its block too, unless it declares another kind (``declares_other``: a product, an
event, a list of pages) or less than ``MIN_UNDECLARED_PROSE_SHARE`` of the block's shown text is
its prose (``prose_share``: a shop's category page, a blurb above a list)."""

from __future__ import annotations

from lxml import etree, html

from newscrawl.extract.body.stories import page_addresses, page_names, url_key
from newscrawl.extract.jsonld import DECLARED_ARTICLE_TYPES, OTHER_TYPES
from newscrawl.extract.nodes import link_text_chars, text_chars, text_of
from newscrawl.extract.normalise import collapse, token_f1, word_counts
from newscrawl.extract.page import Page
from newscrawl.extract.visible import MAX_PROSE_LINK_SHARE, MIN_PROSE_CHARS

# What marks the story's block already: trafilatura starts from these (an ``<article>``, a
# ``<main>``, an ARIA role, schema.org's ``articleBody``).
# (The roles and itemprops found by their attributes: cheaper than testing every element.)
_ROOT_TAGS = ("article", "main")
_ROOT_ATTRIBUTES = etree.XPath(
    "boolean(descendant::*/@role[. = 'main' or . = 'article'] | descendant::*/@itemprop[. = 'articleBody'])"
)
# A paragraph of prose: at least ``MIN_PROSE_CHARS`` characters, at most
# ``MAX_PROSE_LINK_SHARE`` of them link text (``visible``'s measures of prose).
# The story's block holds at least this share of the page's prose, and this many characters.
MIN_ROOT_SHARE = 0.5
MIN_ROOT_CHARS = 400
# A block with more than this share of the page's shown text wraps the page (its header,
# menus and footer too): no story block.
MAX_PAGE_SHARE = 0.9
# The headline's ``<h1>`` says what one of the page's declared names says (token F1).
MIN_NAME_OVERLAP = 0.5
# The types that say a page is no story (``jsonld.OTHER_TYPES`` without a site's Organization
# and an author's Person, which sit on story pages too; with the types of a list of pages).
OTHER_KINDS = (OTHER_TYPES - {"person", "organization"}) | {
    "collectionpage",
    "searchresultspage",
    "profilepage",
}
# A page that declares no article: at least this share of its story's block's shown text is
# its prose (less: a list of products or links around a blurb, not a story).
MIN_UNDECLARED_PROSE_SHARE = 1 / 3
# The tag the block gets in the copy: where trafilatura starts.
ROOT_TAG = "article"
_TOP = frozenset({"html", "body"})
_CODE = ("script", "style")
_ALL_CHARS = etree.XPath("string-length()")


def declares_article(page: Page) -> bool:
    """The page says it is an article: a schema.org article type in its JSON-LD, or og:type."""
    return bool(_declared_types(page) & DECLARED_ARTICLE_TYPES)


def declares_other(page: Page) -> bool:
    """The page says it is something other than a story (``OTHER_KINDS``): a product, an event,
    a video, a recipe, a profile, a list of pages."""
    return bool(_declared_types(page) & OTHER_KINDS)


def _declared_types(page: Page) -> set[str]:
    """The page's schema.org types (its JSON-LD) and its og:type, lower case."""
    types = {(page.first_meta("og:type") or "").strip().lower()}
    for obj in page.json_ld:
        kinds = obj.get("@type")
        types.update(
            kind.lower() for kind in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(kind, str)
        )
    return types


def mark_story_root(tree: html.HtmlElement, page: Page) -> str | None:
    """Give the story's block of ``tree`` (a copy of ``page``'s, ``story_root``) the tag
    trafilatura starts from, when some of the page's prose lies outside it, and move out of it
    what is not the story's (in place): the block's label as it was (``tag#id.class``), or
    None. A page that declares no article gets a root too, unless it declares another kind
    (``declares_other``) or less than ``MIN_UNDECLARED_PROSE_SHARE`` of its block's shown text is
    prose (``prose_share``)."""
    declared = declares_article(page)
    if not declared and declares_other(page):
        return None
    if _has_root(tree):
        return None  # (``story_root`` finds none: the page's prose is not read)
    prose = page_prose(tree)  # (read once: moving blocks out changes no paragraph)
    root = story_root(tree, page_names(page), prose)
    if root is None or not _prose_outside(root, prose):
        return None
    if not declared and prose_share(root, prose) < MIN_UNDECLARED_PROSE_SHARE:
        return None
    label = _label(root)
    root.tag = ROOT_TAG
    _head_out(root, prose)
    _cards_out(root, page_addresses(page)[0], prose)
    _pictures_out(root, prose)
    _tail_out(root, prose)
    return label


def _label(node: html.HtmlElement) -> str:
    """Which block it is, for ``explain``: ``tag#id.class.class``."""
    name, classes = node.get("id"), (node.get("class") or "").split()[:2]
    return "".join((str(node.tag), f"#{name}" if name else "", *(f".{c}" for c in classes)))


def page_prose(tree: html.HtmlElement) -> dict[html.HtmlElement, int]:
    """``tree``'s paragraphs of prose, in document order, each with its characters
    (``_prose_chars``)."""
    return {p: chars for p in tree.iter("p") if (chars := _prose_chars(p))}


def story_root(
    tree: html.HtmlElement, names: list[str], prose: dict[html.HtmlElement, int] | None = None
) -> html.HtmlElement | None:
    """The story's block in ``tree`` (a page with no root of its own), under the ``<h1>`` that
    one of ``names`` names; None when there is none (or the page has a root). ``prose``:
    ``page_prose(tree)``, when the caller has it."""
    if _has_root(tree):
        return None
    declared = Names(names)
    headlines = [h1 for h1 in tree.iter("h1") if declared.named(collapse(text_of(h1)))]
    if not headlines:
        return None
    prose = page_prose(tree) if prose is None else prose
    total = sum(prose.values())
    if total < MIN_ROOT_CHARS:
        return None
    best = smallest_holder(headlines, prose, max(MIN_ROOT_CHARS, MIN_ROOT_SHARE * total))
    if best is None or best[1].tag in _TOP or _shown_chars(best[1]) > MAX_PAGE_SHARE * _shown_chars(tree):
        return None
    return best[1]


def _has_root(tree: html.HtmlElement) -> bool:
    """The page has a root of its own (an ``<article>`` or ``<main>``, or an element declared as one)."""
    return next(tree.iter(*_ROOT_TAGS), None) is not None or bool(_ROOT_ATTRIBUTES(tree))


class Names:
    """The page's declared names: ``named(text)`` when ``text`` says what one of them says (the
    token F1 of ``normalise.word_overlap``, at least ``MIN_NAME_OVERLAP``). Each name's words
    are counted once and ``text`` weighed only against the names it shares a word with, each
    text once (weighed against every name, thousands of headings and thousands of ``<title>``s,
    an icon set's, were quadratic)."""

    def __init__(self, names: list[str]) -> None:
        self._counts = [word_counts(name) for name in names]
        self._sizes = [sum(counts.values()) for counts in self._counts]
        self._by_word: dict[str, list[int]] = {}
        for at, counts in enumerate(self._counts):
            for word in counts:
                self._by_word.setdefault(word, []).append(at)
        self._known: dict[str, bool] = {}

    def named(self, text: str) -> bool:
        if text not in self._known:
            self._known[text] = bool(text) and self._weigh(text)
        return self._known[text]

    def _weigh(self, text: str) -> bool:
        words = word_counts(text)
        shared: dict[int, int] = {}
        for word, count in words.items():
            for at in self._by_word.get(word, ()):
                shared[at] = shared.get(at, 0) + min(count, self._counts[at][word])
        size = sum(words.values())
        return any(
            token_f1(common, size, self._sizes[at]) >= MIN_NAME_OVERLAP for at, common in shared.items()
        )


def _prose_chars(paragraph: html.HtmlElement) -> int:
    """The paragraph's characters if it is prose (long enough, little link text), else 0."""
    chars = text_chars(paragraph)
    if chars < MIN_PROSE_CHARS:
        return 0
    links = link_text_chars(paragraph)
    return chars if links <= MAX_PROSE_LINK_SHARE * chars else 0


def smallest_holder(
    headlines: list[html.HtmlElement], prose: dict[html.HtmlElement, int], need: float
) -> tuple[int, html.HtmlElement] | None:
    """The deepest of the nearest ancestors of each of ``headlines`` that holds ``need``
    characters of ``prose`` (the first headline's on a tie), with its depth (the page's root is
    1); None when none does. Each element is read about once, however many headlines and
    paragraphs share their ancestors (read per headline and per paragraph, thousands of
    headlines, or paragraphs deep in thousands of nested blocks, were quadratic)."""
    depth: dict[html.HtmlElement, int] = {}  # the headlines' ancestors
    for h1 in headlines:
        path = []
        node = h1.getparent()
        while node is not None and node not in depth:
            path.append(node)
            node = node.getparent()
        level = depth[node] if node is not None else 0
        for node in reversed(path):
            level += 1
            depth[node] = level
    # Each paragraph's characters go to its nearest ancestor among them (the way up shared by
    # the paragraphs beside it: ``nearest``) ...
    held = dict.fromkeys(depth, 0)
    nearest: dict[html.HtmlElement, html.HtmlElement | None] = {}
    for paragraph, chars in prose.items():
        path = []
        node = paragraph.getparent()
        while node is not None and node not in held and node not in nearest:
            path.append(node)
            node = node.getparent()
        target = node if node is None or node in held else nearest[node]
        nearest.update(dict.fromkeys(path, target))
        if target is not None:
            held[target] += chars
    # ... and to every ancestor of that one (from the deepest up) ...
    for node in sorted(depth, key=depth.__getitem__, reverse=True):
        parent = node.getparent()
        if parent is not None and parent in held:
            held[parent] += held[node]
    # ... so the nearest that holds enough is the element's own, or its parent's (from the top down).
    holder: dict[html.HtmlElement, html.HtmlElement | None] = {}
    for node in sorted(depth, key=depth.__getitem__):
        parent = node.getparent()
        holder[node] = node if held[node] >= need else holder.get(parent) if parent is not None else None
    best: tuple[int, html.HtmlElement] | None = None
    for h1 in headlines:
        parent = h1.getparent()
        found = holder.get(parent) if parent is not None else None
        if found is not None and (best is None or depth[found] > best[0]):
            best = depth[found], found
    return best


def _shown_chars(node: html.HtmlElement) -> float:
    """The characters of ``node``'s text, its scripts' and style sheets' left out."""
    return float(_ALL_CHARS(node)) - sum(float(_ALL_CHARS(code)) for code in node.iter(*_CODE))


def prose_share(node: html.HtmlElement, prose: dict[html.HtmlElement, int] | None = None) -> float:
    """The share of ``node``'s shown text that is in its paragraphs of prose (``prose``:
    ``page_prose`` of its page, when the caller has it)."""
    prose = page_prose(node) if prose is None else prose
    shown = _shown_chars(node)
    return sum(prose.get(p, 0) for p in node.iter("p")) / shown if shown else 0.0


def _tail_out(root: html.HtmlElement, prose: dict[html.HtmlElement, int]) -> None:
    """``root``'s children after the last one that holds prose, moved out after it (in order)."""
    children = [child for child in root if isinstance(child.tag, str)]
    last = max(
        (at for at, child in enumerate(children) if any(p in prose for p in child.iter("p"))), default=None
    )
    if last is None:
        return
    for child in reversed(children[last + 1 :]):
        root.addnext(child)


def _has_paragraph(node: html.HtmlElement) -> bool:
    """``node`` holds a paragraph with text (of any length)."""
    return any(text_chars(p) for p in node.iter("p"))


def _head_out(root: html.HtmlElement, prose: dict[html.HtmlElement, int]) -> None:
    """What comes before the story's first paragraph of prose, at every level from ``root``
    down to it, that holds no paragraph (of any length): moved out before ``root`` (in order)."""
    first = next((p for p in root.iter("p") if p in prose), None)
    if first is None:
        return
    path = [first, *first.iterancestors()]
    path = path[: path.index(root)]
    for node in reversed(path):  # from the top down: document order
        for sibling in list(node.itersiblings(preceding=True))[::-1]:
            if isinstance(sibling.tag, str) and not _has_paragraph(sibling):
                _move_out(sibling, root, before=True)


# A link that is a block of its own (not in running text, a list, a heading or a quote).
_INLINE_HOLDERS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dd"})
MIN_CARD_LINK_CHARS = 20
MIN_CARD_LINK_WORDS = 3
MAX_CARD_EXTRA_CHARS = 500


def _cards_out(root: html.HtmlElement, urls: frozenset[str], prose: dict[html.HtmlElement, int]) -> None:
    """Other stories' cards inside the story's block: a link of its own to another page, with
    at most one paragraph of prose beside it (its summary), moved out after ``root``."""
    cards: list[html.HtmlElement] = []
    taken: set[html.HtmlElement] = set()  # (a set: a list of thousands of cards was quadratic)
    sizes = _Sizes(prose)
    # Read once per element, not once per link: whether a link's parent holds running text, and
    # whether an element lies in a paragraph, a heading, a quote or a cell (``_inline_above``;
    # asked per link, thousands of links in one parent or in nested blocks were quadratic).
    alone: dict[html.HtmlElement | None, bool] = {}
    inline: dict[html.HtmlElement, bool] = {}
    for link in root.iter("a"):
        key = url_key(link.get("href") or "")
        if not key or key in urls:
            continue
        text = collapse(text_of(link))
        if len(text) < MIN_CARD_LINK_CHARS or len(text.split()) < MIN_CARD_LINK_WORDS:
            continue
        parent = link.getparent()
        if parent not in alone:
            alone[parent] = _stands_alone(link)
        if not alone[parent] or _inline_above(parent, root, inline):
            continue
        card = link
        for ancestor in link.iterancestors():
            if (
                ancestor is root
                or sizes.prose(ancestor) > 1
                or sizes.headline(ancestor)
                or sizes.chars(ancestor) > len(text) + MAX_CARD_EXTRA_CHARS
            ):
                break
            card = ancestor
        if card not in taken and not _taken_above(card, root, taken):
            cards.append(card)
            taken.add(card)
    for card in cards:
        if card.getparent() is not None:
            _move_out(card, root)


def _inline_above(
    node: html.HtmlElement | None, root: html.HtmlElement, known: dict[html.HtmlElement, bool]
) -> bool:
    """``node`` or one of its ancestors below ``root`` is a paragraph, a heading, a quote or a
    cell (``_INLINE_HOLDERS``); ``known`` holds the answers found so far, shared by the walks."""
    path = []
    while node is not None and node is not root and node not in known:
        if node.tag in _INLINE_HOLDERS:
            known[node] = True
            break
        path.append(node)
        node = node.getparent()
    found = node is not None and node is not root and known[node]
    known.update(dict.fromkeys(path, found))
    return found


def _taken_above(node: html.HtmlElement, root: html.HtmlElement, taken: set[html.HtmlElement]) -> bool:
    """One of ``node``'s ancestors below ``root`` is in ``taken``."""
    for above in node.iterancestors():
        if above is root:
            return False
        if above in taken:
            return True
    return False


class _Sizes:
    """What ``_cards_out`` and ``_pictures_out`` ask of a link's or a picture's ancestors, read
    once per element: many links of one list share their ancestors (asked per link, a list of
    thousands of links was quadratic)."""

    def __init__(self, prose: dict[html.HtmlElement, int]) -> None:
        self._paragraphs = prose  # the page's paragraphs of prose (``page_prose``)
        self._prose: dict[html.HtmlElement, int] = {}
        self._headline: dict[html.HtmlElement, bool] = {}
        self._chars: dict[html.HtmlElement, int] = {}

    def prose(self, node: html.HtmlElement) -> int:
        """The paragraphs of prose in ``node``."""
        if node not in self._prose:
            self._prose[node] = sum(1 for p in node.iter("p") if p in self._paragraphs)
        return self._prose[node]

    def headline(self, node: html.HtmlElement) -> bool:
        """``node`` holds an ``<h1>``."""
        if node not in self._headline:
            self._headline[node] = next(node.iter("h1"), None) is not None
        return self._headline[node]

    def chars(self, node: html.HtmlElement) -> int:
        """``node``'s text, its white space collapsed."""
        if node not in self._chars:
            self._chars[node] = text_chars(node)
        return self._chars[node]


def _stands_alone(link: html.HtmlElement) -> bool:
    """No running text beside ``link`` in its parent: a link of its own, not a word in a sentence."""
    parent = link.getparent()
    if parent is None:
        return False
    return not (parent.text or "").strip() and not any((child.tail or "").strip() for child in parent)


MAX_PICTURE_TEXT_CHARS = 400


def _pictures_out(root: html.HtmlElement, prose: dict[html.HtmlElement, int]) -> None:
    """A picture's box inside the story's block (the picture with its caption and credit):
    the largest element around an ``<img>`` with little text and no paragraph of prose,
    moved out after ``root``."""
    boxes: list[html.HtmlElement] = []
    taken: set[html.HtmlElement] = set()
    sizes = _Sizes(prose)
    ends: dict[html.HtmlElement, html.HtmlElement | None] = {}
    for img in root.iter("img"):
        box = _box_above(img.getparent(), root, sizes, ends)
        if box is not None and sizes.chars(box) and box not in taken and not _taken_above(box, root, taken):
            boxes.append(box)
            taken.add(box)
    for box in boxes:
        if box.getparent() is not None:
            _move_out(box, root)


_STOP = html.Element("stop")  # (in ``_box_above``'s answers: no box from here up)


def _box_above(
    node: html.HtmlElement | None,
    root: html.HtmlElement,
    sizes: _Sizes,
    ends: dict[html.HtmlElement, html.HtmlElement | None],
) -> html.HtmlElement | None:
    """The largest element from ``node`` up with little text, no prose and no headline, below
    ``root`` and no paragraph (a picture in running text is left as it is): a picture's box, or
    None. ``ends`` holds each element's answer (``_STOP`` when none from it up), shared by the
    pictures under it (walked up per picture, pictures in nested blocks were quadratic)."""
    path = []
    end: html.HtmlElement | None
    while True:
        if node is None:
            end = _STOP
            break
        if node in ends:
            end = ends[node]
            break
        if node is root or node.tag == "p":
            end = None
            break
        if sizes.prose(node) or sizes.chars(node) > MAX_PICTURE_TEXT_CHARS or sizes.headline(node):
            end = ends[node] = _STOP
            break
        path.append(node)
        node = node.getparent()
    for node in reversed(path):  # from the top down: a box's elements all answer with it
        end = None if end is None else node if end is _STOP else end
        ends[node] = end
    return None if end is _STOP else end


def _move_out(node: html.HtmlElement, root: html.HtmlElement, before: bool = False) -> None:
    """Move ``node`` out after (or before) ``root``, the text that follows it left in place."""
    if tail := node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent = node.getparent()
            if parent is not None:
                parent.text = (parent.text or "") + tail
        node.tail = None
    if before:
        root.addprevious(node)
    else:
        root.addnext(node)


def _prose_outside(root: html.HtmlElement, prose: dict[html.HtmlElement, int]) -> bool:
    """Some of the page's prose (``prose``: ``page_prose``) lies outside ``root``: what the root
    keeps out (without any, the root would only change trafilatura's route through the story's
    own block)."""
    # (a set: the root looked for among each paragraph's ancestors, deep nesting was quadratic)
    inside = set(root.iterdescendants("p"))
    return any(p not in inside for p in prose)
