"""Is this page an article, a listing (home, section, tag, archive, calendar, search or author
page), or something else? Decided from the page's own signals, read-only over the parsed page.

Signals, each cheap and each recorded in the decision's reasons:

* what the page declares: a schema.org article type in JSON-LD (``NewsArticle``,
  ``BlogPosting`` ...), a listing type (``CollectionPage``, ``ItemList``, ``SearchResultsPage``,
  ``ProfilePage``), ``og:type``;
* the URL's shape: the site root, ``/tag/``, ``/category/``, ``/author/``, ``/search``,
  ``/page/2``, ``/2024/05/`` with nothing after it, ``?s=`` ...;
* the page's structure: how many links read like headlines (teasers), and how much of the page's
  shown text is link text;
* the text mass of what extraction kept: prose paragraphs (long, and not the text of a link)
  against teaser lines.

The rule is conservative, because losing an article is worse than keeping a listing: a page is a
listing only when its structure is a list of teasers *and* it has little prose of its own, and
a page with an article type and prose stays an article whatever else it shows. "other" is kept
narrow: a page that declares a type that is not an article (a product, a person, a video) and
has almost no text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from newscrawl.extract.jsonld import DECLARED_ARTICLE_TYPES, OTHER_TYPES
from newscrawl.extract.normalise import record_word_count as word_count
from newscrawl.extract.page import Page, canonical_url
from newscrawl.extract.visible import page_links
from newscrawl.extract.words.page_types import LISTING_PATH_WORDS

PageKind = Literal["article", "listing", "other"]

LISTING_LD_TYPES = frozenset(
    {"collectionpage", "itemlist", "searchresultspage", "profilepage", "blog", "website"}
)
"""JSON-LD types of a page that lists others (``WebSite`` counts only as the only type)."""

_LISTING_PATHS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *(
        (
            kind,
            re.compile(
                r"/(?:" + "|".join(map(re.escape, words)) + r")(?:/[^/]+)?(?:/page/\d+)?/?$",
                re.IGNORECASE,
            ),
        )
        for kind, words in LISTING_PATH_WORDS.items()
    ),
    ("page", re.compile(r"/page/\d+/?$", re.IGNORECASE)),
    ("calendar", re.compile(r"/(?:19|20)\d{2}(?:/[01]?\d(?:/[0-3]?\d)?)?/?$")),
)
"""URL path shapes of listing pages, (kind, pattern): a listing segment, a page number, or a
year, month or day with nothing after it."""
_SEARCH_PARAMS = frozenset({"s", "q", "query", "search", "keywords"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

TEASER_MIN_WORDS = 4
"""A link whose text has this many words reads like a headline (a teaser), not a menu item."""
MIN_TEASERS = 4
"""Fewer headline links than this is no list of stories (unless the text is nothing but links)."""
LINKED_TEXT = 0.8
"""Kept text that is this much link text is a list of links, whatever else the page says."""
FEW_OWN_WORDS = 15
"""Kept text with fewer words outside links than this has no text of its own."""
SOME_LINKED_TEXT = 0.5
LITTLE_OWN_TEXT = 60
"""With a listing URL or declaration, half link text or fewer own words than this is enough."""
MIN_HEADLINE_PARAGRAPHS = 4
"""Kept paragraphs that are headline links, alternating with blurbs: a list of teasers."""
MIN_PAGE_LINK_SHARE = 0.4
"""Without a listing URL or declaration, the shown text must also be this much link text."""
OTHER_MAX_WORDS = 40
CHECKED_CHARS = 20_000
"""How much of the kept text is checked for link text (a bound on the work per page)."""


@dataclass(frozen=True, slots=True)
class PageType:
    """The decision and what it rests on."""

    kind: PageKind
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_article(self) -> bool:
        return self.kind == "article"

    def detail(self) -> str:
        return f"a {self.kind} page ({'; '.join(self.reasons)})"


@dataclass(frozen=True, slots=True)
class Signals:
    """What the decision reads from a page and its extracted body."""

    declared_article: bool
    declared_listing: str | None
    declared_other: str | None
    url_kind: str | None
    teasers: int
    """Distinct link texts of at least ``TEASER_MIN_WORDS`` words (headline links)."""
    link_share_page: float
    """Share of the page's shown text that is link text."""
    link_share_text: float
    """Share of the kept text (characters) that is the text of links on the page."""
    own_words: int
    """Words of the kept text outside link texts."""
    headline_paragraphs: int
    """Kept paragraphs that are, or open with, a headline link's text."""
    paragraphs: int


def page_type(page: Page, paragraphs: Iterable[str]) -> PageType:
    """Article, listing or other, for ``page`` whose extracted body is ``paragraphs``."""
    return decide(read_signals(page, list(paragraphs)))


def decide(s: Signals) -> PageType:
    """The conservative rule over the signals (see the module docstring)."""
    if s.declared_article:
        return PageType("article", ("declares an article type",))
    if (
        s.declared_other
        and not s.declared_listing
        and s.own_words < OTHER_MAX_WORDS
        and s.headline_paragraphs == 0
    ):
        return PageType("other", (f"declares {s.declared_other}", f"{s.own_words} words of its own"))
    only_links = s.link_share_text >= LINKED_TEXT or s.own_words < FEW_OWN_WORDS
    headline_list = s.headline_paragraphs >= MIN_HEADLINE_PARAGRAPHS
    teaser_text = headline_list and 3 * s.headline_paragraphs >= s.paragraphs
    some_links = s.link_share_text >= SOME_LINKED_TEXT or s.own_words < LITTLE_OWN_TEXT
    enough_teasers = s.teasers >= MIN_TEASERS or (only_links and s.teasers >= 2)
    named = s.url_kind or s.declared_listing
    if not enough_teasers:
        return PageType("article", ())
    if s.declared_listing:
        listing = only_links or headline_list or some_links
    elif s.url_kind:  # a URL shape is weaker than a declaration: /topic/<slug> may be a story
        listing = only_links or headline_list or s.link_share_text >= SOME_LINKED_TEXT
    else:
        listing = (only_links or teaser_text) and s.link_share_page >= MIN_PAGE_LINK_SHARE
    if not listing:
        return PageType("article", ())
    reasons = [
        f"{s.teasers} headline links",
        f"{s.link_share_text:.0%} of its kept text is link text",
        f"{s.own_words} words of its own",
    ]
    if named:
        reasons.insert(0, f"a {s.url_kind} URL" if s.url_kind else f"declares {s.declared_listing}")
    return PageType("listing", tuple(reasons))


def read_signals(page: Page, paragraphs: list[str]) -> Signals:
    types = _declared_types(page)
    og_type = (page.first_meta("og:type") or "").strip().lower()
    declared_article = bool(types & DECLARED_ARTICLE_TYPES) or og_type == "article"
    listing = sorted(types & (LISTING_LD_TYPES - {"website"}))
    if not listing and types == {"website"}:
        listing = ["website"]
    other = sorted((types | {og_type}) & OTHER_TYPES)
    anchors, shown_chars, link_chars = _links(page)
    headlines = {text for text in anchors if word_count(text) >= TEASER_MIN_WORDS}
    keys = []
    budget = CHECKED_CHARS
    for paragraph in paragraphs:
        key = _key(paragraph)[:budget]
        budget -= len(key)
        if key:
            keys.append(key)
    # A link text that stands in no key never covers any of it (see _covered): left out at once.
    # It is looked for as whole words (see _needles): each of its words must be a word of a key
    # (a set lookup, not a search of the keys; Chinese and Japanese, any substring, searched).
    kept = "\n".join(keys)
    words = set(" ".join(keys).split(" "))
    found = (
        a
        for a in anchors
        if len(a) >= 3 and (a in kept if _CJK.search(a) else words.issuperset(a.split(" ")))
    )
    # Longest first; link texts of one length in their own order, not the set's (which changes
    # with the interpreter's string hashing from run to run: two overlapping texts of one length
    # would cover a paragraph differently in two runs).
    needles = _needles(sorted(found, key=lambda text: (-len(text), text)))
    sizes = sorted({len(h) for h in headlines})
    total = linked = own = headline_paragraphs = 0
    for key in keys:
        # the key is a headline, or opens with one at least a third of its length long
        if key in headlines or any(
            key[:size] in headlines
            for size in sizes[bisect_left(sizes, len(key) / 3) : bisect_right(sizes, len(key))]
        ):
            headline_paragraphs += 1
        covered, rest = _covered(key, needles)
        total += len(key.replace(" ", ""))
        linked += covered
        own += word_count(rest)
    return Signals(
        declared_article=declared_article,
        declared_listing=listing[0] if listing else None,
        declared_other=other[0] if other else None,
        url_kind=url_kind(page.url if _is_web(page.url) else _declared_location(page)),
        teasers=len(headlines),
        link_share_page=link_chars / shown_chars if shown_chars else 0.0,
        link_share_text=linked / total if total else 0.0,
        own_words=own,
        headline_paragraphs=headline_paragraphs,
        paragraphs=sum(1 for p in paragraphs if p.strip()),
    )


def _needles(anchors: list[str]) -> list[str]:
    """What ``_covered`` looks for, in order: a link text as whole words (any substring for
    Chinese and Japanese, written without spaces). Made once per page, not once per paragraph."""
    return [anchor if _CJK.search(anchor) else f" {anchor} " for anchor in anchors]


def _covered(key: str, needles: list[str]) -> tuple[int, str]:
    """(non-space characters of ``key`` inside link texts, the text outside them); ``needles``
    from ``_needles``, longest link text first. (A needle matches only where its link text
    stands in ``key`` itself: a replacement leaves " \x00 ", which no link text holds.)"""
    rest = f" {key} "
    for needle in needles:
        if needle in rest:
            rest = rest.replace(needle, " \x00 ")
    left = rest.replace("\x00", " ")
    return len(key.replace(" ", "")) - len(left.replace(" ", "")), left


def url_kind(url: str | None) -> str | None:
    """The kind of listing the URL's shape names ("home", "tag", "search" ...), or None."""
    if not _is_web(url):
        return None
    parts = urlsplit(url or "")
    path = parts.path or "/"
    query = {key.lower() for key, _ in parse_qsl(parts.query)}
    if query & _SEARCH_PARAMS:
        return "search"
    if path.rstrip("/") in ("", "/index.html", "/index.htm", "/index.php", "/home"):
        return "home" if not parts.query else None
    for kind, pattern in _LISTING_PATHS:
        if pattern.search(path):
            return kind
    return None


def _declared_location(page: Page) -> str | None:
    """Where a saved page says it was published (canonical, else og:url); not ``<base href>``,
    which often names the site's root."""
    return canonical_url(page) or page.absolute(page.first_meta("og:url"))


def _is_web(url: str | None) -> bool:
    return bool(url) and urlsplit(url or "").scheme in ("http", "https")


def _declared_types(page: Page) -> set[str]:
    found: set[str] = set()
    for obj in page.json_ld:
        value = obj.get("@type")
        values = value if isinstance(value, list) else [value]
        found.update(v.lower() for v in values if isinstance(v, str))
    # a site's WebSite / Organization object sits on every page: it names no page type
    if found - {"website", "organization", "newsmediaorganization", "searchaction", "imageobject"}:
        found -= {"website"}
    return found


def _links(page: Page) -> tuple[set[str], int, int]:
    """(normalised texts of the page's links, characters of shown text, of them in links), read
    by ``visible.page_links`` (with the page's shared walk of its shown text, when it made one)."""
    texts, shown, linked = page_links(page.tree)
    # (each text keyed once: pages repeat their link texts)
    return {key for text in dict.fromkeys(texts) if (key := _key(text))}, shown, linked


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()  # str.split() folds the same white space as \s
