"""The copy of the page that trafilatura sees: captions, credits and side boxes pruned, legacy
markup normalised. The original tree stays untouched for images/ and meta/."""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html import escape
from itertools import islice
from weakref import WeakKeyDictionary

from lxml import etree, html
from trafilatura.settings import DEFAULT_CONFIG

from newscrawl.extract.body.boxes import variant_boxes
from newscrawl.extract.body.breaks import (
    bold_outside,
    break_parts,
    breaks_out_of_formatting,
    paragraphs_from_breaks,
    paragraphs_from_sentence_lines,
    ruby_as_text,
    unwrap_layout_tables,
)
from newscrawl.extract.body.chrome import breadcrumb_trails, landmarks_from_roles, menus
from newscrawl.extract.body.columns import side_columns
from newscrawl.extract.body.footer import footers
from newscrawl.extract.body.headings import (
    STORY_CONTAINERS,
    PageHeading,
    StyledCandidate,
    bold_by_style,
    bold_lead_lines,
    drop_unshown,
    heading_candidates,
    heading_key,
    set_apart,
    styled_headings,
    unshown,
)
from newscrawl.extract.body.leaks import linked_cards, teaser_rows
from newscrawl.extract.body.root import mark_story_root
from newscrawl.extract.body.stories import (
    Pruned,
    live_blog,
    page_addresses,
    page_names,
    pruned_records,
    story_prunes,
)
from newscrawl.extract.body.threads import comment_threads
from newscrawl.extract.images.beside import page_captions
from newscrawl.extract.nodes import FIELD_TAGS, ChildIndex, first_in, reader_field, text_of
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import Page
from newscrawl.extract.rules import ExtractRules, prune_nodes
from newscrawl.extract.visible import element_text
from newscrawl.extract.words import any_piece
from newscrawl.extract.words.classes import (
    CAPTION_TOKENS,
    CHROME_TOKENS,
    CONSENT_TOKENS,
    DIALOG_TOKENS,
    EMBED_TOKENS,
)

_CAPTION_TAGS = frozenset({"div", "span", "p", "small", "cite"})
_CAPTION_WORDS = re.compile("|".join(map(re.escape, CAPTION_TOKENS)))  # any of them, one C scan

_CHROME_TAGS = frozenset({"div", "aside", "section", "form", "ul"})
_EMBED_TAGS = frozenset({"blockquote", "div"})
_CAPTION_ONLY_TAGS = _CAPTION_TAGS - _CHROME_TAGS - _EMBED_TAGS  # span, p, small, cite
_EMBED_WORDS = re.compile("|".join(map(re.escape, EMBED_TOKENS)))
_CHROME_WORDS = re.compile("|".join(map(re.escape, CHROME_TOKENS)))
_CONSENT_WORDS = re.compile("|".join(map(re.escape, CONSENT_TOKENS)))
_DIALOG_WORDS = re.compile("|".join(map(re.escape, DIALOG_TOKENS)))
# Any word of the three (``_name_words``) and of the two (``_class_words``), in one scan of a
# trie (``words.any_piece``): most names hold none, and are then read once instead of each time.
_SIDE_BOX_WORDS = any_piece((*CHROME_TOKENS, *DIALOG_TOKENS, *CONSENT_TOKENS))
_EMBED_OR_CAPTION_WORDS = any_piece((*EMBED_TOKENS, *CAPTION_TOKENS))
MAX_CHROME_PARAGRAPHS = 3
MAX_CHROME_CHARS = 1500

# A box around a form's fields (``_form_boxes``): the fields a reader fills in or ticks
# (``nodes.reader_field``: not hidden fields, not bare buttons), and the limits of the box
# grown around them.
MAX_FORM_BOX_CHARS = 1500
MAX_FORM_BOX_HEADINGS = 2
MAX_FORM_BOX_PROSE = 3  # paragraphs of 40 characters or more, outside the form's own fields
_PROSE_CHARS = 40
# What a paragraph written as a ``div`` holds besides its text (``_text_div``): inline elements.
_TEXT_DIV_INLINE = frozenset(
    {"a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup"}
    | {"time", "u"}
)
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
# A picture's properties in schema.org microdata that are its caption or credit, and the types
# they describe a picture in (``declared_caption``).
_MEDIA_PROPERTIES = frozenset({"description", "creditText", "copyrightHolder", "copyrightNotice", "creator"})
_PICTURE_TYPES = ("/ImageObject", "/Photograph")
# The page's own header, menus and footer: never in the body, so a form there (a search field,
# a footer's sign-up) is left to trafilatura, whose reading of the page they are part of.
_LANDMARK_TAGS = frozenset({"header", "nav", "footer"})
_LANDMARK_ROLES = frozenset({"banner", "navigation", "contentinfo", "search"})
# What marks the story: the page's headline, an article, the page's main part. A consent
# dialog that holds one wraps the page (``_consent_dialog``); a form's box grows no further
# than a block beside one (``_story_holders``).
_STORY_MARKS = ("h1", "article", "main")

# The rules that prune a region (never article text) before trafilatura reads the page, as
# ``explain`` names them (``stories.RULES`` prune other stories).
SITE_XPATH = "site-prune-xpath"  # the site's own ``prune_xpaths`` (sites file, publisher data)
HIDDEN = "hidden"  # hidden (``hidden``, ``aria-hidden``) nodes and templates
CAPTION = "caption"  # a figcaption, a caption- or credit-classed element
EMBED = "embedded-post"  # an embedded social post: another author's text
CHROME = "chrome-box"  # a small share, newsletter, recommendation or fact box (by class or id)
CONSENT = "consent-dialog"  # a consent or privacy dialog, of any size
BESIDE = "caption-beside-picture"  # a caption written as the paragraph after a bare picture
FORM = "form-box"  # a small box around a form's fields: a sign-up, log-in, consent or comment box
THREAD = "comment-thread"  # reader comments, found by their structure (``threads.py``)
VARIANTS = "variant-box"  # one box written out in several states, or twice (``boxes.py``)
TEASERS = "teaser-row"  # other pages' teaser cards in a row, found by their links (``leaks.py``)
CARDS = "linked-card"  # another page's teaser card written as one link: its title and summary (``leaks.py``)
MENU = "menu-list"  # a list of short links: a menu on a page built of divs (``chrome.py``)
TRAIL = "breadcrumb"  # a breadcrumb trail written as a line of links, whatever its class (``chrome.py``)
FOOTER = "site-footer"  # the block around the site's copyright notice, after the story (``footer.py``)
SIDE = "side-column"  # a column of titled boxes beside the story's block (``columns.py``)
REGION_RULES = (
    SITE_XPATH,
    HIDDEN,
    CAPTION,
    EMBED,
    CHROME,
    CONSENT,
    BESIDE,
    FORM,
    THREAD,
    VARIANTS,
    TEASERS,
    CARDS,
    MENU,
    TRAIL,
    FOOTER,
    SIDE,
)

# Hidden nodes and templates are never shown as article text. (Compiled once: tree.xpath()
# compiles its expression on every call. Found by their attributes, the parents of the
# descendants' ``hidden`` and ``aria-hidden`` attributes: cheaper than testing every element.)
_HIDDEN = etree.XPath(
    "(descendant::*/@hidden/.. | descendant::*/@aria-hidden[. = 'true']/..)[not(.//p)] | .//template"
)
# A <div> holding only one bold element is a sub-heading written as bold text. (Found from the
# bold elements up: fewer than the divs.)
_BOLD_DIVS = etree.XPath(
    "(descendant::b | descendant::strong)/parent::div[count(*) = 1][not(normalize-space(text()))]"
)
# trafilatura reads a page's text ``<div>``s as paragraphs only while the page's ``<p>``s hold
# less text than three times its minimum extract (``main_extractor._extract``: "no paragraphs
# containing text, or not enough"; three times at the balanced focus ``content.py`` asks for).
# A ``div`` made a ``p`` here must not push a page written in
# divs past that line: the story's div paragraphs beside it would be lost. (Such a page's bold
# divs are read as divs, their bold kept.)
_DIVS_READ_BELOW = 3 * DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
_P_TEXT = etree.XPath("//p//text()", smart_strings=False)  # (plain strings: only counted)

# ``_captions_and_side_boxes`` of each page's own tree (which never changes) while the page
# lives: read once, found again in each prepared copy by their places.
_PAGE_REGIONS: WeakKeyDictionary[html.HtmlElement, list[tuple[html.HtmlElement, str]]] = WeakKeyDictionary()
# The kinds of element that ``_captions_and_side_boxes`` and ``heading_candidates`` read (div,
# p, span and style): one walk of the page for both (``page_candidates``).
_WALK_TAGS = ("style", "figcaption", "blockquote", *_CAPTION_TAGS, *_CHROME_TAGS, *FIELD_TAGS)


@dataclass(frozen=True, slots=True)
class Prepared:
    """The prepared copy of the page and the other stories pruned from it (for ``explain`` and
    the recall guard)."""

    tree: html.HtmlElement
    pruned: list[Pruned] = field(default_factory=list)
    headings: list[PageHeading] = field(default_factory=list)
    """The bold first lines made headings of their own (``bold_lead_lines``), with the
    paragraph each heads: trafilatura may drop such a heading, and the page's own tree may not
    show it (text set in a cell with ``<br>``s, made paragraphs here)."""
    root: str | None = None
    """The block made the story's root on a page with none of its own (``root.py``), as
    ``explain`` names it."""


def _headings_as_shown(tree: html.HtmlElement) -> None:
    """Each heading of ``tree`` as the page shows it, its parts set apart ("2 Title", not
    "2Title": ``headings.apart_boxes``): one never shown (a screen reader's) taken out, and an
    icon's label or a screen reader's text inside one."""
    for heading in list(tree.iter(*_HEADING_TAGS)):
        if heading.getparent() is None:
            continue  # (a heading inside one before it, taken out with that one's unshown parts)
        if unshown(heading):  # (``headings.unshown``)
            heading.drop_tree()
            continue
        drop_unshown(heading)
        set_apart(heading)


def prepared_tree(
    page: Page, rules: ExtractRules, candidates: list[StyledCandidate] | None = None
) -> html.HtmlElement:
    """A pruned, normalised copy of ``page.tree``."""
    return prepare(page, rules, candidates).tree


def prepare(page: Page, rules: ExtractRules, candidates: list[StyledCandidate] | None = None) -> Prepared:
    """A pruned, normalised copy of ``page.tree``, with a record of each other story pruned.
    ``candidates``: the elements of ``page.tree`` that ``heading_candidates`` found
    (``page_candidates``: one walk per page, shared with ``page_headings`` and with the
    captions and side boxes pruned here); found in the copy when not given."""
    tree = deepcopy(page.tree)
    known: dict[html.HtmlElement, html.HtmlElement] = {}  # elements of the page found in the copy
    if candidates is not None:
        places = _same_nodes(page.tree, tree, [candidate.node for candidate in candidates], known)
        candidates = [
            replace(candidate, node=place)
            for candidate, place in zip(candidates, places, strict=True)
            if place is not None
        ]
    doomed = [(node, SITE_XPATH) for node in prune_nodes(tree, rules.prune_xpaths)]
    doomed += [(node, HIDDEN) for node in _HIDDEN(tree)]
    # Read from the page (once), found in the copy.
    boxes = _page_regions(page)
    places = _same_nodes(page.tree, tree, [node for node, _ in boxes], known)
    doomed += [(place, rule) for place, (_, rule) in zip(places, boxes, strict=True) if place is not None]
    urls, hosts = page_addresses(page)
    names = page_names(page)
    stories = story_prunes(tree, names, urls, live=live_blog(page), hosts=hosts)
    # Read from the page (once: its pictures are read by the same answer), found in the copy.
    captions = [caption for _, caption in page_captions(page)]
    doomed += [
        (caption, BESIDE) for caption in _same_nodes(page.tree, tree, captions, known) if caption is not None
    ]
    # Reader comment threads, by their structure (``threads.py``): read from the page, found in the copy.
    threads = _same_nodes(page.tree, tree, comment_threads(page), known)
    doomed += [(thread, THREAD) for thread in threads if thread is not None]
    # Rows of other pages' teasers, by their links (``leaks.py``): those the story rules found
    # (``story-cards``, under their title) are on record under theirs.
    gone = [node for node, _ in stories]
    rows = teaser_rows(tree, urls, hosts, gone)
    doomed += [(row, TEASERS) for row in rows]
    # Other pages' teaser cards written each as one link (``leaks.py``), alone or in a row too
    # short for the rows' rule.
    doomed += [(card, CARDS) for card in linked_cards(tree, urls, hosts, [*gone, *rows])]
    # A menu written as a plain list, a breadcrumb trail as a line of links (``chrome.py``).
    doomed += [(menu, MENU) for menu in menus(tree)] + [(trail, TRAIL) for trail in breadcrumb_trails(tree)]
    # A side column's titled boxes (``columns.py``).
    doomed += [(box, SIDE) for box in side_columns(tree, names)]
    regions: list[Pruned] = []
    for node, rule in doomed:
        if node.getparent() is not None:
            node.drop_tree()
            regions.append(Pruned(rule, nodes=(node,)))  # its text read only when asked
    # What is left of each story (its captions, hidden parts gone) is its record.
    stories = [(node, rule) for node, rule in stories if _in_tree(node, tree)]
    records = pruned_records(stories) + regions
    for node, _ in stories:
        node.drop_tree()
    landmarks_from_roles(tree)  # a div-built page's header, menus, footer and dialogs (``chrome.py``)
    _bold_as_shown(tree, candidates, _div_paragraphs(tree))
    _headings_as_shown(tree)
    unwrap_layout_tables(tree)
    breaks_out_of_formatting(tree)
    ruby_as_text(tree)
    paragraphs_from_breaks(tree)
    bold_outside(tree)  # <p><strong><em>…</em></strong></p>: trafilatura keeps the inner element alone
    # After the <br><br> text became paragraphs: "<b>Heading</b><br>text" in a Blogger post.
    headings: list[PageHeading] = []
    for bold in bold_lead_lines(tree):  # its own heading before the rest of its paragraph
        paragraph, line_break = bold.getparent(), bold.getnext()
        title = collapse(bold.text_content())
        paragraph.addprevious(html.fromstring(f"<h3>{escape(title)}</h3>"))
        paragraph.text = line_break.tail
        paragraph.remove(bold)
        paragraph.remove(line_break)
        headings.append(PageHeading(text=title, next_paragraph=heading_key(paragraph.text_content())))
    paragraphs_from_sentence_lines(tree)
    root = mark_story_root(tree, page)  # a div-built page's story block, where trafilatura starts
    return Prepared(tree=tree, pruned=records, headings=headings, root=root)


def _bold_as_shown(tree: html.HtmlElement, candidates: list[StyledCandidate] | None, divs_read: bool) -> None:
    """Bold lines and styled sub-headings written as trafilatura reads them: a ``div`` of one bold
    element a ``<p>`` (``_BOLD_DIVS``), unless trafilatura reads the page's text divs
    (``divs_read``: ``_divs_built``); the style's sub-headings and bold lines
    (``_styled_as_shown``)."""
    if not divs_read:
        for node in _BOLD_DIVS(tree):
            node.tag = "p"
    _styled_as_shown(tree, candidates, divs_read)


def _styled_as_shown(
    tree: html.HtmlElement, candidates: list[StyledCandidate] | None, divs_read: bool
) -> None:
    """The sub-headings that their style or class marks made ``h3`` (``styled_headings``); the
    other lines their style shows bold written bold (``bold_by_style``). ``divs_read``:
    trafilatura reads the page's text divs (``_DIVS_READ_BELOW``), a bold one stays a div."""
    if candidates is None:
        candidates = heading_candidates(tree)
    made = styled_headings(tree, candidates)
    for node in made:
        node.tag = "h3"
    for node in bold_by_style(candidates, made):
        _embolden(node, divs_read)


def _embolden(node: html.HtmlElement, divs_read: bool) -> None:
    """``node``'s content wrapped in one ``<strong>`` (a ``div`` made a ``p``, as a ``div`` of one
    bold element is: ``_BOLD_DIVS``; not when trafilatura reads the page's text divs)."""
    strong = etree.SubElement(node, "strong")
    strong.text, node.text = node.text, None
    for child in list(node)[:-1]:
        strong.append(child)  # (its tail goes with it)
    if node.tag == "div" and not divs_read:
        node.tag = "p"


def page_candidates(page: Page) -> list[StyledCandidate]:
    """``heading_candidates(page.tree)``, from one walk of the page that also finds the
    captions and side boxes ``prepare`` prunes from its copies (kept while the page lives)."""
    walked = list(page.tree.iter(*_WALK_TAGS))
    _page_regions(page, walked)
    return heading_candidates(page.tree, walked)


def _page_regions(
    page: Page, walked: list[html.HtmlElement] | None = None
) -> list[tuple[html.HtmlElement, str]]:
    """``_captions_and_side_boxes`` of the page's own tree: read once per page. ``walked``: its
    elements of ``_WALK_TAGS``, when the caller has them. (Never the root itself: a root is
    never pruned, and held here it would keep its page's entry alive.)"""
    found = _PAGE_REGIONS.get(page.tree)
    if found is None:
        walked = list(page.tree.iter(*_WALK_TAGS)) if walked is None else walked
        regions = _captions_and_side_boxes(page.tree, walked)
        found = _PAGE_REGIONS[page.tree] = [(node, rule) for node, rule in regions if node is not page.tree]
    return found


def _same_nodes(
    original: html.HtmlElement,
    copy: html.HtmlElement,
    nodes: list[html.HtmlElement],
    known: dict[html.HtmlElement, html.HtmlElement],
) -> list[html.HtmlElement | None]:
    """The elements of ``copy`` (a deep copy of ``original``, not yet changed) at the places of
    ``nodes`` in ``original``: found by their child indices from the root, or from the nearest
    ancestor already found; None for a node that is not in ``original`` (a reader that looked
    past the page's root: markup after "</html>" can leave a second <html> beside it).
    ``known``: the elements of ``original`` found in ``copy`` so far (filled in as they are
    found). Each parent on the way numbers its children once (``index()`` counts them on every
    call: thousands of boxes side by side, quadratic)."""
    found: list[html.HtmlElement | None] = []
    index = ChildIndex()
    for node in nodes:
        steps: list[tuple[html.HtmlElement, int]] = []
        place = node
        while place is not original and place not in known and (parent := place.getparent()) is not None:
            steps.append((place, index(parent, place)))
            place = parent
        if place is not original and place not in known:
            found.append(None)  # (the climb ended at another root)
            continue
        place = known.get(place, copy)
        for element, step in reversed(steps):
            place = known[element] = place[step]
        found.append(place)
    return found


def _in_tree(node: html.HtmlElement, tree: html.HtmlElement) -> bool:
    """``node`` is still part of ``tree`` (no ancestor of it was pruned)."""
    ancestors = list(node.iterancestors())
    return bool(ancestors) and ancestors[-1] is tree


def _captions_and_side_boxes(  # noqa: PLR0912 -- one loop over the walk, also groups the boxes
    tree: html.HtmlElement, walked: list[html.HtmlElement]
) -> list[tuple[html.HtmlElement, str]]:
    """One pass over the tree's elements of ``_WALK_TAGS`` (``walked``, in document order;
    class tests in Python are far cheaper than XPath translate()): each element found with its
    rule. (The same pass groups the boxes by tag and classes, where ``boxes.variant_boxes``
    looks for a box's copies.)"""
    found: list[tuple[html.HtmlElement, str]] = []
    fields: list[html.HtmlElement] = []
    divs_built = _divs_built(tree)
    alike: dict[tuple[str, str], list[html.HtmlElement]] = {}  # boxes by tag and classes (``boxes.py``)
    for node in walked:
        tag = node.tag
        if tag == "style":
            continue  # (walked for heading_candidates)
        if tag == "figcaption" or (node.get("itemprop") is not None and declared_caption(node)):
            found.append((node, CAPTION))
            continue
        if tag in FIELD_TAGS:
            fields.append(node)
            continue
        classes = node.get("class")
        if tag in _CAPTION_ONLY_TAGS:  # only its class can name it (a caption)
            if classes and _class_words(classes)[1]:
                found.append((node, CAPTION))
            continue
        if classes and tag in _CHROME_TAGS:
            alike.setdefault((tag, classes), []).append(node)
        name = node.get("id")
        if not classes and not name:
            continue  # no class, no id: nothing names it
        embed, caption = _class_words(classes) if classes else (False, False)
        if tag in _EMBED_TAGS and embed:
            found.append((node, EMBED))  # an embedded social post: another author's text, not the story
            continue
        if tag in _CAPTION_TAGS and caption:
            found.append((node, CAPTION))
        elif tag in _CHROME_TAGS:
            chrome, dialog, consent = _side_box_words(classes, name)
            if chrome and _small(node, divs_built) and not (divs_built and _text_div_run(node)):
                found.append((node, CHROME))
            elif consent and _consent_dialog(node, dialog):
                found.append((node, CONSENT))
    # (The fields a reader fills in or ticks: no hidden field, no bare button.)
    found += [(box, FORM) for box in _form_boxes([node for node in fields if reader_field(node)], tree)]
    found += [(box, VARIANTS) for box in variant_boxes(alike.values())]
    found += [(block, FOOTER) for block in footers(tree, walked)]  # by its copyright notice (``footer.py``)
    return found


def declared_caption(node: html.HtmlElement) -> bool:
    """An element the page's schema.org microdata declares a caption or a credit, whatever its
    tag and class: ``itemprop="caption"`` (a picture's or a video's: ``<p itemprop="caption">``
    under a player), or a picture's description or credit (``description``, ``creditText``,
    ``copyrightHolder``, ``copyrightNotice``, ``creator`` of an ``ImageObject``). Not a heading,
    nor a block of several paragraphs, nor the text of a slide: a picture whose item has a
    heading of its own (a slideshow's slide, whose captions are the page's story)."""
    names = (node.get("itemprop") or "").split()
    caption = "caption" in names
    if not caption and not _MEDIA_PROPERTIES.intersection(names):
        return False
    scope = next(
        (ancestor for ancestor in node.iterancestors() if ancestor.get("itemscope") is not None), None
    )
    if not caption and (
        scope is None or not (scope.get("itemtype") or "").rstrip("/").endswith(_PICTURE_TYPES)
    ):
        return False
    if scope is not None and next(scope.iter("h1", *_HEADING_TAGS), None) is not None:
        return False  # a slide with its title
    return next(node.iter("h1", *_HEADING_TAGS), None) is None and sum(1 for _ in node.iter("p")) <= 2


@lru_cache(maxsize=4096)
def _class_words(classes: str) -> tuple[bool, bool]:
    """Whether classes (any case) name an embedded post, and a caption. Pages repeat the same
    class strings on many elements: each read once."""
    classes = classes.lower()
    if _EMBED_OR_CAPTION_WORDS.search(classes) is None:
        return False, False
    return bool(_EMBED_WORDS.search(classes)), bool(_CAPTION_WORDS.search(classes))


def _side_box_words(classes: str | None, name: str | None) -> tuple[bool, bool, bool]:
    """Whether an element's class or id names a side box, a dialog, and consent or privacy
    (``_name_words``; each read apart: no word spans the space between the two)."""
    chrome, dialog, consent = _name_words(classes) if classes else (False, False, False)
    if not name:
        return chrome, dialog, consent
    by_id = _name_words(name)
    return chrome or by_id[0], dialog or by_id[1], consent or by_id[2]


@lru_cache(maxsize=16384)  # (class strings and ids)
def _name_words(names: str) -> tuple[bool, bool, bool]:
    """Whether class or id names (any case) name a side box (``CHROME_TOKENS``), a dialog, and
    consent or privacy."""
    names = names.lower()
    if _SIDE_BOX_WORDS.search(names) is None:
        return False, False, False
    return (
        bool(_CHROME_WORDS.search(names)),
        bool(_DIALOG_WORDS.search(names)),
        bool(_CONSENT_WORDS.search(names)),
    )


def _form_boxes(fields: list[html.HtmlElement], tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The boxes around form fields: a newsletter sign-up, a log-in or registration wall, an
    embed's consent switch, a comment form, a poll. From each field up, the largest element
    that holds at most 1,500 characters, two headings and three paragraphs of prose, and
    whose parent holds neither the page's headline (``<h1>``) nor is the article or page
    itself: a small story's container beside its headline is never taken for a box. Fields in
    the page's header, menus or footer are left alone. ``tree``: the page the fields are in.

    ``fields``: the fields a reader fills in or ticks (``nodes.reader_field``: no button).
    Narrower than what makes a heading's block an interactive box (``headings``' rule
    ``control-box``, ``nodes.shown_field``: its buttons too): a box starts here, with no
    heading to bound it."""
    boxes: list[html.HtmlElement] = []
    taken: set[html.HtmlElement] = set()
    story = _story_holders(tree) if fields else set()
    small: dict[html.HtmlElement, bool] = {}
    for field_node in fields:
        box = None
        node = field_node.getparent()
        while node is not None and node not in taken:
            if _is_landmark(node):
                box = node = None  # the page's header, menus or footer: left alone
                break
            parent = node.getparent()
            if (
                parent is None
                or node.tag in STORY_CONTAINERS
                or parent.tag in STORY_CONTAINERS
                or parent in story
            ):
                break
            if not _box_like(node, small):
                break
            box, node = node, parent
        if node is not None and node in taken:
            continue  # inside a box already found
        if box is not None and not _in_landmark(box):
            boxes.append(box)
            taken.add(box)
    return [box for box in boxes if not any(ancestor in taken for ancestor in box.iterancestors())]


def _in_landmark(node: html.HtmlElement) -> bool:
    """``node`` is in the page's header, menus or footer (``_is_landmark``, it or an ancestor)."""
    return any(_is_landmark(place) for place in (node, *node.iterancestors()))


def _is_landmark(node: html.HtmlElement) -> bool:
    """``node`` is the page's header, a menu or its footer: by tag or ARIA role."""
    return node.tag in _LANDMARK_TAGS or node.get("role") in _LANDMARK_ROLES


def _story_holders(tree: html.HtmlElement) -> set[html.HtmlElement]:
    """The page's headlines (``<h1>``), articles and main parts and every element that holds
    one (one walk, in C)."""
    holders: set[html.HtmlElement] = set()
    for node in tree.iter(*_STORY_MARKS):
        place = node
        while place is not None and place not in holders:  # (one found: its ancestors are in)
            holders.add(place)
            place = place.getparent()
    return holders


def _box_like(node: html.HtmlElement, memo: dict[html.HtmlElement, bool]) -> bool:
    """Small enough for a form's box: its headings, its paragraphs of prose outside the form's
    fields and its shown text (scripts and styles not counted; read last, when the others
    pass: a page's large blocks fail on their headings or paragraphs first)."""
    if node not in memo:
        headings = islice(node.iter(*_HEADING_TAGS), MAX_FORM_BOX_HEADINGS + 1)
        prose = (
            paragraph
            for paragraph in node.iter("p")
            if next(paragraph.iter(*FIELD_TAGS), None) is None
            and len(collapse(text_of(paragraph))) >= _PROSE_CHARS
            and not _hidden_within(paragraph, node)
        )
        memo[node] = (
            sum(1 for _ in headings) <= MAX_FORM_BOX_HEADINGS
            and sum(1 for _ in islice(prose, MAX_FORM_BOX_PROSE + 1)) <= MAX_FORM_BOX_PROSE
            and len(element_text(node) or "") <= MAX_FORM_BOX_CHARS
        )
    return memo[node]


def _hidden_within(paragraph: html.HtmlElement, box: html.HtmlElement) -> bool:
    """``paragraph`` is hidden (``hidden``, ``aria-hidden``), by itself or by an element between
    it and ``box``: a sign-up box's message for after the form is sent ("Thanks for signing
    up", an error), which is no prose a reader sees beside the form."""
    place: html.HtmlElement | None = paragraph
    while place is not None and place is not box:
        if place.get("hidden") is not None or place.get("aria-hidden") == "true":
            return True
        place = place.getparent()
    return False


def _consent_dialog(node: html.HtmlElement, dialog_words: bool) -> bool:
    """A consent or privacy dialog, of any size: its class or id names consent (asked by the
    caller), and a dialog (``dialog_words``) or its role or ``aria-modal`` says it is one;
    never one that holds the page's headline or its article (a wrapper of the whole page)."""
    dialog = node.get("role") in ("dialog", "alertdialog") or node.get("aria-modal") == "true" or dialog_words
    return dialog and first_in(node, *_STORY_MARKS) is None


def _small(node: html.HtmlElement, divs_built: bool) -> bool:
    """At most ``MAX_CHROME_PARAGRAPHS`` paragraphs and ``MAX_CHROME_CHARS`` of text. A ``<p>``
    parted by double line breaks counts as the paragraphs it will be (``breaks.break_parts``:
    a story's text written as ``<br><br>`` lines is no small box). On a page built of divs
    (``_divs_built``) its text divs count as paragraphs too (``_text_div``)."""
    paragraphs = sum(max(1, break_parts(p)) for p in node.iter("p"))
    if divs_built:
        paragraphs += sum(1 for div in node.iter("div") if div is not node and _text_div(div, 1))
    return paragraphs <= MAX_CHROME_PARAGRAPHS and len(" ".join(text_of(node).split())) < MAX_CHROME_CHARS


def _p_chars(tree: html.HtmlElement) -> int:
    """The characters of text in the page's ``<p>``s."""
    return len("".join(_P_TEXT(tree)))


def _divs_built(tree: html.HtmlElement) -> bool:
    """The page writes its text in ``<div>``s, not ``<p>``s: its ``<p>``s hold less text than
    trafilatura needs before it stops reading text divs (``_DIVS_READ_BELOW``)."""
    return _p_chars(tree) < _DIVS_READ_BELOW


def _text_div(node: html.HtmlElement, least: int = _PROSE_CHARS) -> bool:
    """A paragraph written as a ``div``: only text and inline elements in it (no block, no
    line break: ``_line_div``), and ``least`` characters or more of it (prose: ``_PROSE_CHARS``)."""
    return _line_div(node, breaks=0) and len(collapse(text_of(node))) >= least


def _text_div_run(node: html.HtmlElement) -> bool:
    """``node`` is a text div (``_text_div``) among others of the same classes under its parent:
    the paragraphs of a div-built story whose class names a side box word (a paywall's, a page
    builder's), not one box."""
    if node.tag != "div" or not _text_div(node):
        return False
    classes, parent = node.get("class"), node.getparent()
    return parent is not None and any(
        sibling is not node
        and sibling.tag == "div"
        and sibling.get("class") == classes
        and _text_div(sibling)
        for sibling in parent
    )


# The direct text of a ``div`` that holds blocks too, from which on a page built of divs its
# text divs stay divs (``_div_paragraphs``): trafilatura would no longer read its text.
_MIXED_DIV_TEXT = 200
_LINE_INLINE = _TEXT_DIV_INLINE | {"br"}
_LINKED_SHARE = 2  # a text div whose links hold half its text is no paragraph (``_linked``)
_SAID_OFTEN = 3  # a short line said this often on the page is a label ("Article content")
_PICTURE_TAGS = ("img", "picture", "amp-img")  # a picture's box (``_picture_line``)


def _div_paragraphs(tree: html.HtmlElement) -> bool:
    """On a page built of divs (``_divs_built``), each div that holds only text and inline
    elements (and line breaks) written as the ``<p>`` it is shown as: trafilatura reads such a
    page's text divs too, but runs of them as one paragraph. Not when a div that holds blocks
    has text of its own (``_MIXED_DIV_TEXT``): with the page's paragraphs written as ``<p>``s
    trafilatura reads no div's text; nor when its ``<p>``s hold more prose than its text divs.
    Returns ``_divs_built(tree)`` of the tree as it leaves it (counted again only when a div
    became a ``<p>``)."""
    written = _p_chars(tree)
    if written >= _DIVS_READ_BELOW:
        return False
    leaves = []
    for node in tree.iter("div"):
        if not _line_div(node):
            own = (node.text or "") + "".join(
                (child.text_content() if child.tag in _LINE_INLINE else "") + (child.tail or "")
                for child in node
            )
            if len(own.strip()) >= _MIXED_DIV_TEXT:
                return True
        elif text := collapse(text_of(node)):
            leaves.append((node, text))
    prose = {node for node, text in leaves if len(text) >= _PROSE_CHARS and not _linked(node, text)}
    if sum(len(text) for node, text in leaves if node in prose) <= written:
        return True  # the page's prose is in its <p>s: its text divs are lines beside it
    said = Counter(text for _, text in leaves)
    lines = {node for node, _ in leaves}
    made = False
    for node, text in leaves:
        if _picture_line(node, lines):
            continue
        if node in prose or (
            said[text] < _SAID_OFTEN and sum(child in prose for child in node.getparent()) >= 2
        ):
            node.tag = "p"  # a short one only among paragraphs: a widget's line stays a div
            made = True
    return _divs_built(tree) if made else True


def _picture_line(node: html.HtmlElement, lines: set[html.HtmlElement]) -> bool:
    """``node`` is the one line of text in a picture's box: its parent holds a picture (an
    ``<img>`` or ``<picture>``, or an element around one) and no other text div, nor anything
    else with a prose line's text (a credit may stand beside it). That is the picture's
    caption, written as a div; made a ``<p>`` it would be read as the story's first paragraph,
    beyond the reach of the caption rules, which read the page as written."""
    parent = node.getparent()
    if parent is None:
        return False
    pictured = False
    for child in parent:
        if child is node or not isinstance(child.tag, str):
            continue
        if child in lines or len(collapse(text_of(child))) >= _PROSE_CHARS:
            return False
        if child.tag in _PICTURE_TAGS or next(child.iter(*_PICTURE_TAGS), None) is not None:
            pictured = True
    return pictured


def _linked(node: html.HtmlElement, text: str) -> bool:
    """Half or more of ``text`` (``node``'s) is the text of links: a row of links or a link
    with its label ("Previous article"), no paragraph."""
    linked = sum(len(collapse(text_of(link))) for link in node.iter("a"))
    return linked * _LINKED_SHARE >= len(text)


def _line_div(node: html.HtmlElement, breaks: int = 1) -> bool:
    """``node`` holds only text, inline elements and at most ``breaks`` line breaks: one
    paragraph. (Text split by ``<br><br>`` is made paragraphs by
    ``breaks.paragraphs_from_breaks``.)"""
    for child in node.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.tag == "br":
            breaks -= 1
            if breaks < 0:
                return False
        elif child.tag not in _TEXT_DIV_INLINE:
            return False
    return True
