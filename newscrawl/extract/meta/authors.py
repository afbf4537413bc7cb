"""The article's authors, from every place a page names them.

Sources, first that yields a name wins: JSON-LD author (string, Person object, list, @id
reference; an author typed Organization that is not a news agency only when no source names a person),
<meta> author tags (not URLs), shown elements marked as author (rel=author, itemprop=author,
class byline/author), shown byline lines ("By Jane Doe and John Roe") or a byline word on a line
of its own with the names after it ("<span>By</span><ul><li>Jane Doe</li>…</ul>", "Author of the
article:"), a bold name line opening the story ("<p><strong>Jane Doe/John Roe</strong></p>"), names
linked to author profile pages ("/author/jane-doe/") or to a page whose address names them, shown
with their portrait or a tooltip that credits them ("/av/jane-doe/", not a topic page's
"/topics/jane-doe") between the headline and the story, then a line of names beside the story's
date or running into it ("Jane Doe 28.04.2024 | 09:36") or beside the author's portrait (a picture
named after them). A source that only names the
publication itself is skipped while another source names a person or agency (a site name is
not a byline when a byline exists); when none does, the publication that JSON-LD or <meta>
declares as author is the author (a desk byline); when it declares none either, a news agency
the page credits on a line of its own near the headline ("Quelle: dpa", "dpa 25.10.2025 - 15:26 Uhr",
``_agency_line_authors``). A CMS house account (a JSON-LD author whose
profile is /author/admin/) is skipped. Names linked to author pages are read past a standfirst
paragraph right under the headline.
Declared lists are often shorter than the shown byline: when the page's author elements name
everyone JSON-LD names and more, the shown list wins (on a page no <article> bounds, only the
author elements in the byline's own block: ``_byline_block``).
A shown name ends where its link or line ends (``_held_names``); when nothing is declared, only
the story's own author elements are read (``_shown_author_elements``), not those under another
story's heading while one is under the headline's (a related card, the next story of an endless page).
No name in the page's reader comment threads is read (``body.threads.comment_threads``, found
by their structure): a commenter ("comment-author", a guest's "Gast" / "Гость") is no author.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree, html

from newscrawl.extract.meta.bylines import MAX_BYLINE_CHARS, looks_like_byline, split_authors
from newscrawl.extract.meta.datelines import undated
from newscrawl.extract.meta.dates import find_dates
from newscrawl.extract.meta.names import (
    BYLINE_PREFIX,
    clean_name,
    is_agency,
    is_name_shaped,
    is_role,
    split_names,
)
from newscrawl.extract.normalise import clean_text, dedupe
from newscrawl.extract.page import Page
from newscrawl.extract.visible import (
    class_tokens,
    element_text,
    is_shown,
    short_text,
    text_blocks,
)
from newscrawl.extract.words import joined
from newscrawl.extract.words.bylines import (
    AUTHOR_PATH_WORDS,
    BYLINE_CREDIT_LINKS,
    HOUSE_ACCOUNT_SLUGS,
    TOPIC_PATH_WORDS,
)
from newscrawl.extract.words.classes import AUTHOR_CLASS_WORDS, CARD_CLASS_TOKENS, NOT_AUTHOR_CLASS_WORDS
from newscrawl.extract.words.meta_tags import AUTHOR_META
from newscrawl.extract.words.names import NAME_CONJUNCTIONS
from newscrawl.extract.words.notes import SOURCE_LABELS
from newscrawl.extract.words.page_types import LISTING_PATH_WORDS

_LD_KEYS = ("author", "creator")
# Sources where the page declares its author, not text that may merely mention the site.
_DECLARED = frozenset({"json-ld", "meta"})
_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})
# Profile URLs of shared CMS accounts ("/author/admin/"): whoever posted, not who wrote.
_HOUSE_ACCOUNT = re.compile(r"/(?:" + joined(HOUSE_ACCOUNT_SLUGS) + r")/?$", re.IGNORECASE)
# A bold name line opening the story: names of 2-4 words, separated as bylines are.
_LEAD_NAME_WORDS = (2, 4)
_LEAD_BLOCKS = 40  # inline elements count too
_LEAD_BODY_CHARS = 100
_MAX_AUTHORS = 12
# An author profile page's address: "/author/jane-doe/", "/autoren/anna-berger.html", or by its
# number only: "/authors/3", "/autor/123/".
_PROFILE_PATH = re.compile(
    r"/(?:" + "|".join(AUTHOR_PATH_WORDS) + r")/(?:[^/?#]*[^\W\d_]|\d+(?![^/?#]))", re.IGNORECASE
)
_MAX_LINK_NAME_WORDS = 5
_ALNUM = re.compile(r"[\W_]+")


def extract_authors(
    page: Page,
    articles: list[dict[str, Any]],
    sites: list[str],
    region: html.HtmlElement | None,
    anchor: html.HtmlElement | None = None,
    *,
    comments: Sequence[html.HtmlElement] = (),
) -> tuple[list[str], str | None]:
    """(authors, provenance). ``region`` holds the article; ``anchor`` is its headline;
    ``comments`` are the page's reader comment threads (``body.threads.comment_threads``)."""
    root = region if region is not None else page.tree
    threads = _comment_regions(comments)
    people, organisations = _ld_authors(page, articles)
    sources: tuple[tuple[str, Callable[[], list[str]]], ...] = (
        ("json-ld", people.copy),
        ("meta", partial(_meta_authors, page)),
        ("author-element", partial(_shown_author_elements, root, threads, _heading_anchor(anchor))),
        ("byline", partial(_byline_authors, root, threads, _headline_element(region, anchor))),
        ("byline", partial(_label_line_authors, root, anchor)),
        ("byline", partial(_lead_name_authors, root, anchor)),
        ("author-element", partial(_profile_link_authors, root, anchor)),
        ("byline", partial(_name_line_authors, root, anchor)),
    )
    site_keys = {_ALNUM.sub("", s).casefold() for s in sites} - {""}
    # An organisation JSON-LD names as author (a desk, the publication) counts only when no
    # source names a person or agency.
    publication: tuple[list[str], str | None] = (
        (dedupe(organisations)[:_MAX_AUTHORS], "json-ld") if organisations else ([], None)
    )
    for source, get in sources:
        found = get()
        names = _not_sites(found, site_keys)
        if names:
            if source == "json-ld":
                shown = _not_sites(
                    _element_authors(root, marked_only=True, skip_cards=True, threads=threads), site_keys
                )
                if region is None and _adds_names(names, shown):
                    # No <article> bounds the story: other stories' bylines are on the page too.
                    block = _byline_block(root, names)
                    found = (
                        []
                        if block is None
                        else _element_authors(block, marked_only=True, skip_cards=True, threads=threads)
                    )
                    shown = _not_sites(found, site_keys)
                names = _with_shown(names, shown)
            return names[:_MAX_AUTHORS], source
        if found and publication[1] is None and source in _DECLARED:
            publication = (dedupe(found)[:_MAX_AUTHORS], source)
    # No person named anywhere: the organisation or publication the page declares as author is
    # the author (a desk or house byline: "DER SPIEGEL", "ndr.de"); when it declares none, a news
    # agency the page credits on a line of its own ("Quelle: dpa").
    if publication[1] is None:
        agencies = _agency_line_authors(root, anchor)
        if agencies:
            return agencies[:_MAX_AUTHORS], "byline"
    return publication


def _comment_regions(threads: Sequence[html.HtmlElement]) -> frozenset[html.HtmlElement]:
    """The page's reader comment threads (``body.threads.comment_threads``: found by their
    structure, on any site), each with the list that holds two or more of them (its pingbacks and the
    comments the run left out are the readers' too) unless that list holds the headline: a
    commenter's name is no author's, however the site marks it ("comment-author", a guest's
    "Guest" / "Gast" / "Гость")."""
    if not threads:
        return frozenset()
    parents = Counter(parent for thread in threads if (parent := thread.getparent()) is not None)
    lists = [
        parent for parent, count in parents.items() if count >= 2 and next(parent.iter("h1"), None) is None
    ]
    return frozenset([*threads, *lists])


def _in_threads(el: html.HtmlElement, threads: frozenset[html.HtmlElement]) -> bool:
    return bool(threads) and (el in threads or any(a in threads for a in el.iterancestors()))


def _not_sites(names: list[str], site_keys: set[str]) -> list[str]:
    return [n for n in dedupe(names) if is_agency(n) or not _is_site(n, site_keys)]


def _with_shown(declared: list[str], shown: list[str]) -> list[str]:
    """The shown byline when it names every declared author and more, else the declared."""
    return shown if _adds_names(declared, shown) else declared


def _adds_names(declared: list[str], shown: list[str]) -> bool:
    shown_keys = {n.casefold() for n in shown}
    return len(shown) > len(declared) and all(n.casefold() in shown_keys for n in declared)


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _byline_block(root: html.HtmlElement, declared: list[str]) -> html.HtmlElement | None:
    """The block of the story's byline on a page that no <article> bounds: around the first
    author element (rel / itemprop author) that names a declared author, the largest element
    that holds no heading. Co-authors are named together in it; the names in other stories'
    cards (each under its own title) and in lists of the site's writers are not in it."""
    wanted = {n.casefold() for n in declared}
    for el in _MARKED_AUTHOR(root):
        if not isinstance(el.tag, str) or el.tag == "meta":
            continue
        text = short_text(el, MAX_BYLINE_CHARS)
        if text is None or not any(n.casefold() in wanted for n in split_authors(text)):
            continue
        block = el
        for ancestor in el.iterancestors():
            if ancestor is root or next(ancestor.iter(*_HEADING_TAGS), None) is not None:
                break
            block = ancestor
        return block
    return None


def _is_site(name: str, site_keys: set[str]) -> bool:
    """The publication's own name: "DER SPIEGEL" ~ og:site_name, "Deutsche Welle" ~ dw.com."""
    key = _ALNUM.sub("", name).casefold()
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", name)).casefold()
    return bool(key) and any(
        key == s or (len(s) >= 4 and (s in key or key in s)) or (len(initials) >= 2 and initials == s)
        for s in site_keys
    )


def _ld_authors(page: Page, articles: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(people, organisations) JSON-LD names as authors: the first article object and key that
    names a person (or a news agency), and every other organisation named (schema.org
    Organization: a desk, the publication, a partner), which is only a fallback."""
    by_id = {o["@id"]: o for o in page.json_ld if isinstance(o.get("@id"), str)}
    organisations: list[str] = []
    for obj in articles:
        for key in _LD_KEYS:
            names = _ld_names(obj.get(key), by_id, organisations)
            if names:
                return names, organisations
    return [], organisations


def _ld_names(value: Any, by_id: dict[str, dict[str, Any]], organisations: list[str]) -> list[str]:
    if isinstance(value, str):
        return split_authors(value, shown=False)
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v, by_id, organisations)]
    if not isinstance(value, dict) or _is_house_account(value):
        return []
    name = value.get("name")
    if isinstance(name, list):
        name = " and ".join(n for n in name if isinstance(n, str))
    if not isinstance(name, str) or not clean_text(name):
        given, family = value.get("givenName"), value.get("familyName")
        name = " ".join(n for n in (given, family) if isinstance(n, str)) or None
    if name is None and isinstance(value.get("@id"), str):
        target = by_id.get(value["@id"])
        if target is not None and target is not value:
            return _ld_names({k: v for k, v in target.items() if k != "@id"}, by_id, organisations)
    if name and _is_organisation(value) and not is_agency(name):
        organisations.append(clean_text(name) or name)  # a name as written ("ndr.de"), not split
        return []
    return split_authors(name, shown=False) if name else []


def _is_organisation(value: dict[str, Any]) -> bool:
    types = value.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.casefold() in _ORGANISATION_TYPES for t in types)


def _is_house_account(value: dict[str, Any]) -> bool:
    links = (value.get(key) for key in ("url", "@id"))
    return any(isinstance(link, str) and _HOUSE_ACCOUNT.search(link) for link in links)


def _links_house_account(el: html.HtmlElement) -> bool:
    links = [*el.iter("a"), *el.iterancestors("a")]
    return bool(links) and all(_HOUSE_ACCOUNT.search(a.get("href") or "") for a in links)


def _meta_authors(page: Page) -> list[str]:
    for key in AUTHOR_META:
        names = [n for value in page.meta.get(key, ()) for n in split_authors(value, shown=False)]
        if names:
            return names
    return []


# Containers of other stories' cards, whose bylines are theirs: related, teaser, summary lists.
_CARD_CLASS = re.compile("|".join(CARD_CLASS_TOKENS), re.IGNORECASE)
# Elements explicitly marked as naming an author (no class guessing): cheap to find in C.
# (The test of both attributes' presence first spares libxml2 two translate() calls on every
# other element: half the time; "descendant::*" is ".//*" as one axis, a little faster.)
_MARKED_AUTHOR = etree.XPath(
    "descendant::*[@rel or @itemprop]"
    "[contains(concat(' ', translate(@rel, 'AUTHOR', 'author'), ' '), ' author ')"
    " or translate(@itemprop, 'AUTHOR', 'author') = 'author']"
)


def _element_authors(
    root: html.HtmlElement,
    marked_only: bool = False,
    skip_cards: bool = False,
    threads: frozenset[html.HtmlElement] = frozenset(),
) -> list[str]:
    """Names in author elements: rel=author, itemprop=author, and (unless ``marked_only``)
    elements classed byline/author; with ``skip_cards``, none from list items or story cards;
    none in ``threads`` (reader comments)."""
    return [n for _, names in _author_elements(root, marked_only, skip_cards, threads) for n in names]


_PICTURE_TAGS = ("figure", "figcaption")


def _shown_author_elements(
    root: html.HtmlElement,
    threads: frozenset[html.HtmlElement] = frozenset(),
    anchor: html.HtmlElement | None = None,
) -> list[str]:
    """The names of the story's own author elements (the source when nothing is declared):
    not a picture's credit (an author element in a <figure>), not another story's (in an
    <article> inside the story's, or in a story card when an author element outside cards
    names someone), and not a word an author element inside it holds among other words but
    does not read as a name ("<div class=author><p class=author-name>Jane Doe</p><p class=author-role>
    Correspondent in Athens</p></div>": not "Athens", which the outer reads as a second name),
    and not a reader's in a comment thread (``threads``). With ``anchor`` (the headline heading),
    not one under another story's heading while one is not (``_under_other_heading``)."""
    found = [
        (el, names)
        for el, names in _author_elements(root, threads=threads)
        if not any(
            a.tag in _PICTURE_TAGS or (a.tag == "article" and root.tag == "article")
            for a in _ancestors_below(el, root)
        )
    ]
    # Keyed by the elements themselves, not id()s: lxml makes a new proxy object on each access,
    # so the id of one that has been freed can come back for another element.
    inner: dict[html.HtmlElement, list[html.HtmlElement]] = {}
    for el, _ in found:
        for ancestor in _ancestors_below(el, root):
            inner.setdefault(ancestor, []).append(el)
    kept: list[tuple[html.HtmlElement, list[str]]] = []
    read = dict(found)
    for el, names in found:
        inside = inner.get(el, []) if names else []
        texts = [(short_text(e, MAX_BYLINE_CHARS) or "").casefold() for e in inside]
        named = {n for e in inside for n in read[e]}
        own = [n for n in names if n in named or not any(_holds_more(t, n.casefold()) for t in texts)]
        if own:
            kept.append((el, own))
    outside = [(el, names) for el, names in kept if not _in_card_class(el, root)]
    if anchor is not None and len(outside) > 1:
        under = _under_other_heading(root, anchor, [el for el, _ in outside])
        ours = [pair for pair, other in zip(outside, under, strict=True) if not other]
        # A declared mark (rel / itemprop author) is not given up for class words alone.
        if ours and (any(_is_marked(el) for el, _ in ours) or not any(_is_marked(el) for el, _ in outside)):
            outside = ours
    return [n for _, names in outside or kept for n in names]


def _is_marked(el: html.HtmlElement) -> bool:
    return "author" in (el.get("rel") or "").lower().split() or (el.get("itemprop") or "").lower() == "author"


def _heading_anchor(anchor: html.HtmlElement | None) -> html.HtmlElement | None:
    return anchor if anchor is not None and anchor.tag in _HEADING_TAGS else None


def _under_other_heading(
    root: html.HtmlElement, anchor: html.HtmlElement, elements: list[html.HtmlElement]
) -> list[bool]:
    """For each element, whether the nearest element around it that holds a heading does not
    hold the headline (``anchor``): a byline under another story's title (a card of a related
    story, the next story of an endless page), however its classes are named."""
    holders: set[html.HtmlElement] = set()
    for heading in root.iter(*_HEADING_TAGS):
        for up in heading.iterancestors():
            if up in holders:
                break
            holders.add(up)
            if up is root:
                break
    ours = set(anchor.iterancestors())
    result = []
    for el in elements:
        holder = next((up for up in el.iterancestors() if up in holders), None)
        result.append(holder is not None and holder not in ours)
    return result


def _holds_more(text: str, name: str) -> bool:
    """``text`` holds ``name`` among other words ("correspondent in athens" holds "athens")."""
    return name in text and name != text


def _in_card_class(el: html.HtmlElement, root: html.HtmlElement) -> bool:
    """Inside a story card (related / summary / teaser by its class), not merely a list item
    (a byline is often one item of the story's meta list)."""
    return any(_CARD_CLASS.search(a.get("class") or "") for a in _ancestors_below(el, root))


def _ancestors_below(el: html.HtmlElement, root: html.HtmlElement) -> Iterator[html.HtmlElement]:
    for ancestor in el.iterancestors():
        if ancestor is root:
            return
        yield ancestor


def _author_elements(
    root: html.HtmlElement,
    marked_only: bool = False,
    skip_cards: bool = False,
    threads: frozenset[html.HtmlElement] = frozenset(),
) -> Iterator[tuple[html.HtmlElement, list[str]]]:
    """Each author element with the names it holds, maybe none (see ``_element_authors``)."""
    for el in _MARKED_AUTHOR(root) if marked_only else _author_marked(root):
        if not isinstance(el.tag, str) or el.tag == "meta" or _in_threads(el, threads):
            continue
        if skip_cards and _in_card(el, root):
            continue
        rel = (el.get("rel") or "").lower().split()
        is_prop = (el.get("itemprop") or "").lower() == "author"
        tokens = class_tokens(el)
        classed = bool(tokens & AUTHOR_CLASS_WORDS) and not tokens & NOT_AUTHOR_CLASS_WORDS
        if not ("author" in rel or is_prop or classed):
            continue
        holder = el
        if is_prop:
            inner = el.find('.//*[@itemprop="name"]')
            holder = el if inner is None else inner
            if holder.get("content"):
                yield el, split_authors(holder.get("content", ""), shown=False)
                continue
        text = short_text(holder, MAX_BYLINE_CHARS)
        if text is None or not is_shown(holder) or _in_teaser(holder, text) or _links_house_account(holder):
            yield el, []
            continue
        separate = _separate_names(holder, text)
        if separate:
            yield el, separate
            continue
        # A journal's list of authors, a name in each item: the footnote marks set as superscripts
        # and the separator an item ends with before the next item's name
        # ("<li>Jane Doe<sup>1</sup>,</li>", "<li>John Roe &</li>") are no part of a name.
        listed = text
        if holder.find(".//sup") is not None:
            listed = _NAME_LIST_MARKS.sub(" ", listed)
        if "li" in (el.tag, holder.tag):
            listed = _OPEN_SEPARATOR.sub("", listed).strip()
        if looks_like_byline(listed) or "author" in rel or is_prop or _all_names(listed):
            yield el, [n for n in _held_names(holder, split_authors(listed)) if is_name_shaped(n)]
        else:
            yield el, []


# The attributes that mark an author element: rel, and those class_tokens reads. Each is found
# by one walk in C ("descendant-or-self::*/@rel"), the union in document order: libxml2 walks
# attributes faster than Python visits every element.
_MARKS = etree.XPath(
    " | ".join(
        f"descendant-or-self::*/@{name}" for name in ("rel", "class", "id", "itemprop", "data-testid", "role")
    )
)
# A piece of text every mark holds, lower-cased: "author" (rel, itemprop) or a class word (the
# shortest: "byl" stands for "byline" too). A class token is a piece of its attribute, and its
# lower-case form a piece of the attribute's lower-case form.
_AUTHOR_WORDS = AUTHOR_CLASS_WORDS | {"author"}
_AUTHOR_MARK = re.compile(
    "|".join(sorted(re.escape(w) for w in _AUTHOR_WORDS if not any(o != w and o in w for o in _AUTHOR_WORDS)))
)


def _author_marked(root: html.HtmlElement) -> Iterator[html.HtmlElement]:
    """The elements at or below ``root``, in document order, with an attribute that may mark an
    author (its lower-case text holds an author word): the only ones ``_element_authors``
    can take, out of every element."""
    last = None
    for value in _MARKS(root):
        if _AUTHOR_MARK.search(value.lower()):
            el = value.getparent()
            if el is not last:  # an element's attributes come together
                yield el
                last = el


def _separate_names(holder: html.HtmlElement, text: str) -> list[str]:
    """Names each in its own link or ``*name*``-classed element with nothing written between
    them (a CMS that separates its authors with style: "<a>Jane Doe</a><a>John Roe</a>"),
    which the element's text runs together ("Jane Doe John Roe"); [] when it is not that."""
    found = list(holder.iter("a"))
    if len(found) < 2:
        found = [
            el for el in holder.iterdescendants() if isinstance(el.tag, str) and "name" in class_tokens(el)
        ]
    # Alike elements, one per author (not a name link beside "All articles" / "Contact").
    if len({(el.tag, el.get("class")) for el in found}) != 1:
        return []
    pieces = dedupe([t for el in found if (t := clean_text(element_text(el) or ""))])
    if len(pieces) < 2 or not all(is_name_shaped(p) and clean_name(p) == p for p in pieces):
        return []
    rest = BYLINE_PREFIX.sub("", text, count=1)
    if _ALNUM.sub("", rest) != _ALNUM.sub("", "".join(pieces)) or len(split_authors(text)) >= len(pieces):
        return []
    return pieces


# Elements a name ends with: a link (to the author's page) or a line of its own.
_NAME_HOLDERS = ("a", "p", "div", "li", "address")
_MIN_HELD_NAME_WORDS = 2


def _held_names(el: html.HtmlElement, names: list[str]) -> list[str]:
    """``names`` read from ``el``'s text, each cut where its link or line ends: "Jan Sellner
    Stuttgart" is "Jan Sellner" when a link or line in ``el`` holds just "Jan Sellner" and
    none just the whole name (the next word, a place or a label, was run into it from the next
    element: "<a>Emma Mackenzie</a><span>Lifestyle Writer</span>", "<p>Jan Doe</p><p>Córdoba</p>")."""
    held = [
        text
        for holder in el.iterdescendants(*_NAME_HOLDERS)
        if (text := clean_text(element_text(holder) or "")) and len(text.split()) >= _MIN_HELD_NAME_WORDS
    ]
    if not held:
        return names
    kept: list[str] = []
    for name in names:
        prefix = (
            None
            if name in held
            else max((t for t in held if name.startswith(t + " ")), key=len, default=None)
        )
        kept.append((clean_name(prefix) or name) if prefix is not None and is_name_shaped(prefix) else name)
    return dedupe(kept)


def _shortest_held(el: html.HtmlElement, names: list[str]) -> list[str]:
    """``names`` read from ``el``'s text, each cut where the shortest link or line in ``el``
    that begins it ends ("<div><div><p>Jan Doe</p><p>Córdoba</p></div><time>…</time></div>":
    "Jan Doe", though the inner <div> holds "Jan Doe Córdoba" whole)."""
    held = {
        text
        for holder in el.iterdescendants(*_NAME_HOLDERS)
        if (text := clean_text(element_text(holder) or "")) and len(text.split()) >= _MIN_HELD_NAME_WORDS
    }
    kept: list[str] = []
    for name in names:
        starts = [t for t in held if name.startswith(t + " ") and is_name_shaped(t)]
        kept.append((clean_name(min(starts, key=len)) or name) if starts else name)
    return dedupe(kept)


def _in_card(el: html.HtmlElement, root: html.HtmlElement) -> bool:
    """Inside a list item or a story card (related / summary / teaser): another story's byline."""
    for ancestor in el.iterancestors():
        if ancestor is root:
            return False
        if ancestor.tag == "li" or _CARD_CLASS.search(ancestor.get("class") or ""):
            return True
    return False


def _all_names(text: str) -> bool:
    """An author element's text that is only names ("Jane Doe, John Roe")."""
    return looks_like_byline("By " + text)


# A byline before the headline sits beside it: their nearest common element is at most this many
# levels above the headline ("<header><p>By Jane Doe</p><h1>…</h1></header>": one).
_NEAR_HEADLINE_LEVELS = 4


def _byline_authors(
    root: html.HtmlElement,
    threads: frozenset[html.HtmlElement] = frozenset(),
    anchor: html.HtmlElement | None = None,
) -> list[str]:
    """The names of the first shown byline line ("By Jane Doe"), none in a comment thread.
    With ``anchor`` (the headline heading of a page no <article> bounds), none before it that
    is far from it: the page's header and menus come before the story's headline, a byline above
    the headline sits beside it ("Autoren Podcast Newsletter Shop" in a menu bar, "Von Sarajevo
    zum Flächenbrand" in a menu's list of stories are the site's, not the story's). A byline of a
    story card after the headline (``_under_linked_heading``) is another story's, and so is any
    byline after it: the reader stops there."""
    after: set[html.HtmlElement] | None = None
    ups: dict[html.HtmlElement, int] = {}
    for el, text in text_blocks(root, MAX_BYLINE_CHARS):
        if (
            looks_like_byline(text)
            and not _in_teaser(el, text)
            and not _links_house_account(el)
            and not _in_threads(el, threads)
        ):
            if anchor is not None:
                if after is None:
                    after = {block for block, _ in text_blocks(root, MAX_BYLINE_CHARS, start=anchor)}
                    ups = {up: level for level, up in enumerate(anchor.iterancestors(), 1)}
                if el not in after and _levels_apart(el, ups) > _NEAR_HEADLINE_LEVELS:
                    continue
                if _under_linked_heading(el, anchor):
                    if el in after:
                        return []  # past the story, in a list of other stories: no byline further on
                    continue
            names = _held_names(el, split_authors(text))
            if names:
                return names
    return []


_HEADING_BEFORE = etree.XPath(
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]"
)


_MAX_CARD_CHARS = 400


def _under_linked_heading(el: html.HtmlElement, anchor: html.HtmlElement) -> bool:
    """The nearest heading before ``el`` is a link's title, not the headline, and a small box
    holds both: ``el`` is the byline of a story card ("<div><a><h3>Other story</h3><p>Teaser</p>
    </a><div>Von Jane Doe</div></div>"), another story's, on a page no <article> bounds. (The
    story's own byline set at its end, after a list of linked stories, shares only a large
    box with their titles.)"""
    found = _HEADING_BEFORE(el)
    heading = found[0] if isinstance(found, list) and found else None
    if heading is None or heading is anchor or any(up is anchor for up in heading.iterancestors()):
        return False
    text = short_text(heading, MAX_BYLINE_CHARS)
    if not text:
        return False
    if next(heading.iterancestors("a"), None) is None:
        links = heading.findall(".//a")
        if len(links) != 1 or short_text(links[0], MAX_BYLINE_CHARS) != text:
            return False
    ups = set(heading.iterancestors())
    box = next((up for up in el.iterancestors() if up in ups), None)
    return box is not None and short_text(box, _MAX_CARD_CHARS) is not None


def _headline_element(
    region: html.HtmlElement | None, anchor: html.HtmlElement | None
) -> html.HtmlElement | None:
    """The headline when it is a heading element on a page no <article> bounds: where a byline
    before it is read only beside it (``_byline_authors``). A headline found in other markup (a
    title matched in a <div>) may be another story's: no position is read from it."""
    return _heading_anchor(anchor) if region is None else None


def _levels_apart(el: html.HtmlElement, ups: dict[html.HtmlElement, int]) -> int:
    """How many levels above the headline (whose ancestors ``ups`` are, with their levels) the
    nearest element that holds both it and ``el`` is."""
    for up in el.iterancestors():
        if up in ups:
            return ups[up]
    return len(ups) + 1


def _lead_lines(
    root: html.HtmlElement, anchor: html.HtmlElement | None, past_standfirst: bool = False
) -> Iterator[tuple[html.HtmlElement, str]]:
    """The byline-sized blocks between the headline (``anchor``) and the story's first
    paragraph, with their texts: where the readers of shown bylines below look. With
    ``past_standfirst``, a first paragraph with only headings or date lines above it is the
    standfirst, not the story's start: the blocks after it are read too (not those inside it)."""
    if anchor is None:
        return
    standfirst: html.HtmlElement | None = None
    only_headings = True  # so far, between the headline and this block
    for i, (el, text) in enumerate(text_blocks(root, MAX_BYLINE_CHARS * 10, start=anchor)):
        if standfirst is not None and any(a is standfirst for a in el.iterancestors()):
            continue
        if i >= _LEAD_BLOCKS:
            return
        if el.tag == "p" and len(text) > _LEAD_BODY_CHARS:
            if not (past_standfirst and only_headings):
                return  # the story has begun
            # The byline may follow the standfirst ("<h1/><p>standfirst</p><div>By <a
            # href="/author/jane-doe/">Jane Doe</a></div>").
            standfirst = el
            only_headings = False
            continue
        if len(text) > MAX_BYLINE_CHARS and el.find(".//p") is not None:
            continue  # (a container of the paragraphs that follow)
        only_headings = only_headings and (el.tag in _HEADING_TAGS or _is_date_line(el, text))
        if len(text) <= MAX_BYLINE_CHARS:
            yield el, text


def _is_date_line(el: html.HtmlElement, text: str) -> bool:
    """A short line that shows the story's date ("Published 23 Oct 2025 10.23", a <time>)."""
    return len(text) <= MAX_BYLINE_CHARS and (
        el.tag == "time" or el.find(".//time") is not None or bool(find_dates(text))
    )


# Footnote marks ("1", "1,2") and an elided list's "…" between the names of a list
# ("Jane Doe 1,2, … John Roe 3").
_NAME_LIST_MARKS = re.compile(r"(?<![^\s,])(?:\d{1,2}|…|\.\.\.)(?=[\s,;]|$)")
# The separator a list item's name ends with, the next name in the next item ("Jane Doe,",
# "John Roe &", "Anna Berger und"; the conjunctions of ``words/names.py``, in lower case).
_OPEN_SEPARATOR = re.compile(r"(?:\s*[,;&+]|\s+(?:" + joined(NAME_CONJUNCTIONS) + r"))\s*$")


def _label_line_authors(root: html.HtmlElement, anchor: html.HtmlElement | None) -> list[str]:
    """A byline word set apart on a line of its own, the names in the elements after it
    ("<span>By</span><ul><li><a>Jane Doe</a><sup>1</sup>,</li><li><a>John Roe</a></li></ul>",
    "<span>By</span><div>Jane Doe Reporter</div><div>John Roe</div>") or else on the next line,
    between the headline and the story (past a standfirst)."""
    label: tuple[html.HtmlElement, str] | None = None
    for el, text in _lead_lines(root, anchor, past_standfirst=True):
        if label is not None:
            names = _names_after_label(*label)
            if not names and not _in_card(el, root):
                line = _labelled(label[1], text)
                names = _held_names(el, split_authors(line)) if looks_like_byline(line) else []
            if names:
                return names[:_MAX_AUTHORS]
            label = None
        word = _label_word(text)
        if word is not None and not _in_card(el, root):
            label = (el, word)
    return []


_MAX_LABEL_TAIL_WORDS = 3


def _label_word(text: str) -> str | None:
    """The byline word of a line that is only a label: the word ("By", "Von:") or the word and
    a few lower-case words closed by a colon ("Author of the article:", "Auteur de l'article :");
    else None."""
    prefix = BYLINE_PREFIX.match(text + " ")
    if prefix is None:
        return None
    if prefix.end() >= len(text):
        return text
    rest = text[prefix.end() :].strip()
    words = rest[:-1].split()
    if rest.endswith(":") and 0 < len(words) <= _MAX_LABEL_TAIL_WORDS and all(w[0].islower() for w in words):
        return text[: prefix.end()].strip()
    return None


def _labelled(label: str, text: str) -> str:
    return f"{label} {_NAME_LIST_MARKS.sub(' ', text)}"


def _names_after_label(label: html.HtmlElement, word: str) -> list[str]:
    """The names in the shown elements right after a byline word's own element, each of which
    reads as a byline after the word; up to the first that does not."""
    names: list[str] = []
    for sibling in label.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        text = short_text(sibling, MAX_BYLINE_CHARS)
        if not text or not is_shown(sibling) or text.endswith(":"):
            break  # (a label of its own: "<dt>Author:</dt><dd>…</dd><dt>Publish date:</dt>")
        line = _labelled(word, text)
        if not looks_like_byline(line):
            break
        names.extend(_held_names(sibling, split_authors(line)))
    return dedupe(names)


def _lead_name_authors(root: html.HtmlElement, anchor: html.HtmlElement | None) -> list[str]:
    """Names set in bold on a line of their own between the headline and the story's first
    paragraph, as many small papers write the byline ("<p><strong>Jane Doe</strong></p>")."""
    for el, text in _lead_lines(root, anchor):
        if _is_bold_only(el, text):
            names = [n for n in split_authors(text) if _is_lead_name(n)]
            if names and len(names) == len(split_names(text)):
                return names
    return []


def _profile_link_authors(root: html.HtmlElement, anchor: html.HtmlElement | None) -> list[str]:
    """Names linked to author profile pages ("<a href="/author/jane-doe/">Jane Doe</a>"), to
    a page whose address names them ("/av/jane-doe/", ``_to_own_page``) or to their e-mail
    address ("mailto:"), between the headline and the story's first paragraph (past a
    standfirst: a link to an author's page is evidence enough), none in a story card. The name
    is counted as cleaned: a job title after a dash in the link is not its words ("Anders Doe -
    Journalist i Paris")."""
    names: list[str] = []
    read: set[html.HtmlElement] = set()  # (a link is in each of the nested lines that hold it)
    for el, _ in _lead_lines(root, anchor, past_standfirst=True):
        if _in_card(el, root):
            continue
        for link in el.iter("a"):
            if link in read:
                continue
            read.add(link)
            href = link.get("href") or ""
            to_profile = _PROFILE_PATH.search(href) or href.lower().startswith("mailto:")
            if _HOUSE_ACCOUNT.search(href) or not (to_profile or any(c in href for c in "-_%+")):
                continue  # (a page's address names a person in two words or more)
            name = clean_name(clean_text(element_text(link) or "") or "")
            if not name or not (to_profile or (_to_own_page(link, name) and _shown_as_author(link, name))):
                continue
            if _LEAD_NAME_WORDS[0] <= len(name.split()) <= _MAX_LINK_NAME_WORDS and is_name_shaped(name):
                names.append(name)
    return dedupe(names)


# Topic and tag pages' path words: a name linked to one is a tag, not a byline.
_TOPIC_WORDS = frozenset((*TOPIC_PATH_WORDS, *LISTING_PATH_WORDS["tag"], *LISTING_PATH_WORDS["category"]))
_SLUG_FOLD = str.maketrans(
    {"æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "œ": "oe", "ı": "i"}
    | dict.fromkeys("'’`", "")
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_PATH_WORD = re.compile(r"[\W_]+")
_CREDIT_WORDS = frozenset(BYLINE_CREDIT_LINKS)
_WEB_SCHEMES = frozenset({"", "http", "https"})


def _slug(name: str) -> str:
    """A name as addresses write it: "Marta Cañete" -> "marta-canete", "Victoria O'Regan" ->
    "victoria-oregan"; "" for a name in another script than Latin."""
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_SLUG_FOLD))
    letters = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _NOT_SLUG.sub("-", letters).strip("-") if letters.isascii() else ""


def _holds_slug(text: str, slug: str) -> bool:
    """``text`` (a path segment, a file name) holds ``slug`` as whole words ("4971-piotr-jendroszczyk",
    "jens-kassner-redakteur", "duy-linh-dinh,145046_58", "mark-sigetty.jpg")."""
    return f"-{slug}-" in f"-{_NOT_SLUG.sub('-', text.lower())}-"


def _to_own_page(link: html.HtmlElement, name: str) -> bool:
    """``link`` leads to the page of the person it names (of two words or more): its path names
    them ("/av/viktor-hedlund/", "/team/till-eckert/", "/bill-mccarthy"), not under a topic or tag
    path word ("/topics/linda-park": a person tag) unless its tooltip says it leads to what they
    wrote ("Alle Inhalte von Duy Linh Dinh", "More by Jane Doe")."""
    slug = _slug(name)
    if "-" not in slug:
        return False
    try:
        address = urlsplit(link.get("href") or "")
    except ValueError:
        return False
    if address.scheme not in _WEB_SCHEMES:
        return False  # ("javascript:play('Jane Doe')")
    path = unquote(address.path).lower()
    segments = path.split("/")
    at = next((i for i, segment in enumerate(segments) if _holds_slug(segment, slug)), None)
    if at is None:
        return False
    topic = any(word in _TOPIC_WORDS for segment in segments[:at] for word in _PATH_WORD.split(segment))
    return not topic or _tooltip_credits(link, name)


def _shown_as_author(link: html.HtmlElement, name: str) -> bool:
    """A link to a person's page (``_to_own_page``) is shown as the byline, not as one of the
    links whose addresses are made of their titles ("Latest News" -> "/latest-news", a story
    card's "The Nissan Northern Xperience" -> "/features/the-nissan-northern-xperience.html",
    even beside the card's date): it holds the author's picture beside the name it shows (not
    one of several picture links: a row of story cards), or its tooltip credits them."""
    return _with_portrait(link) or _tooltip_credits(link, name)


def _with_portrait(link: html.HtmlElement) -> bool:
    if link.find(".//img") is None or not clean_text(link.text_content()):
        return False
    block = link.getparent()
    block = block.getparent() if block is not None and block.getparent() is not None else block
    pictured = [a for a in block.iter("a") if a.find(".//img") is not None] if block is not None else []
    return len(pictured) <= 1


def _tooltip_credits(link: html.HtmlElement, name: str) -> bool:
    """The link's tooltip (title, aria-label) ends in a credit word and the name: "Alle Inhalte von
    Jane Doe", "Listado de noticias de Jane Doe"."""
    key = name.casefold()
    for value in (link.get("title"), link.get("aria-label")):
        text = (clean_text(value) or "").casefold()
        words = text[: -len(key)].split() if text.endswith(key) else []
        if words and words[-1] in _CREDIT_WORDS:
            return True
    return False


_PORTRAIT_LEVELS = 2
_PICTURE_ADDRESSES = ("src", "srcset", "data-src", "data-srcset")
_ADDRESS_SPLIT = re.compile(r"[\s,]+")


def _beside_portrait(el: html.HtmlElement, names: list[str]) -> bool:
    """A picture whose file is named after one of ``names`` (".../byline/mark-sigetty.jpg", its
    name first: not "nascar19-kyle-busch.jpg", a picture of the story's subject) in the line,
    its parent or grandparent, which holds little more text than the line: the author's portrait
    beside the name."""
    slugs = [slug for name in names if "-" in (slug := _slug(name))]
    holder: html.HtmlElement | None = el
    for level in range(_PORTRAIT_LEVELS + 1 if slugs else 0):
        holder = holder.getparent() if level and holder is not None else holder
        if holder is None or len(element_text(holder) or "") > MAX_BYLINE_CHARS:
            return False
        for picture in holder.iter("img", "source"):
            addresses = unquote(" ".join(picture.get(key) or "" for key in _PICTURE_ADDRESSES))
            files = {
                _NOT_SLUG.sub("-", a.rsplit("/", 1)[-1].lower()) + "-"
                for a in _ADDRESS_SPLIT.split(addresses)
            }
            if any(file.startswith(slug + "-") for file in files for slug in slugs):
                return True
    return False


# A line of names only, without a byline word ("Jane Doe | John Roe"): the parts of the line
# set apart by the byline separators or a bar / middle dot.
_NAME_LINE_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_MAX_DATE_HOLDER_CHARS = 400
_DATE_HOLDER_LEVELS = 4
_NEAR_DATE_LEVELS = 2
_MAX_BYLINE_DATE_CHARS = 200
_NOT_NAME_LINE = frozenset({"figure", "figcaption", "a", "h1", "h2", "h3", "h4", "h5", "h6"})


def _name_line_authors(root: html.HtmlElement, anchor: html.HtmlElement | None) -> list[str]:
    """A line of person names only, without a byline word, between the headline and the
    story's first paragraph (past a standfirst), set beside the story's date: in the small
    container (its parent or grandparent) that also shows a date or holds a <time> ("<div><span>
    Jane Doe</span><time>12.04.2024</time></div>"), or beside the author's portrait (a picture
    named after them: ``_beside_portrait``). Not a picture's caption or credit, a link (a person
    tag; profile links have their own reader), a heading or a story card. A line that is names,
    then the date, is read whole ("<p>Jane Doe<br>28.04.2024 | 09:36</p>")."""
    for el, text in _lead_lines(root, anchor, past_standfirst=True):
        if _in_card(el, root):
            continue
        if el.tag in _NOT_NAME_LINE or any(a.tag in _NOT_NAME_LINE for a in el.iterancestors()):
            continue
        if el.find(".//a") is not None:
            continue  # (a name linked to a topic page beside the date is a person tag)
        dated = names_before_date(text)
        if dated:
            return _shortest_held(el, dated)[:_MAX_AUTHORS]
        parts = _name_line_parts(text)
        if parts and (_beside_date(el) or _beside_portrait(el, parts)):
            return _held_names(el, parts)[:_MAX_AUTHORS]
    return []


def _name_line_parts(text: str) -> list[str]:
    """The names of a line of person names only ("Jane Doe | John Roe"), else []; a job title
    or a news agency after the names is theirs ("Tom Krisher, AP Auto Writer", "Jane Doe and
    John Roe, Associated Press")."""
    parts = [p for piece in _NAME_LINE_SEPARATOR.split(text) for p in split_names(piece)]
    while len(parts) > 1 and (is_role(parts[-1]) or is_agency(parts[-1])):
        parts.pop()  # ("Jane Doe and John Roe, Associated Press": the agency is theirs)
    if not parts or not all(_is_lead_name(p) and clean_name(p) == p for p in parts):
        return []
    return dedupe(parts)


# What cuts the rest of a dated line into pieces that may be names ("| 09:36 Uhr", "Anna Doe").
_NOT_NAME_PIECE = re.compile(r"[\d|·•,;/:.\-\u2013\u2014]+")
# What may stand between the names and the date of one line: "Jane Doe | 12.04.2024", "Jane Doe, 12 May".
_NAME_DATE_GAP = re.compile(r"[\s|·•,\-\u2013\u2014/]*$")


def names_before_date(text: str) -> list[str]:
    """The names of a line that is person names, then the story's date ("Jane Doe 28.04.2024 |
    09:36"), else [] (the date reader takes such a line for the story's date line too)."""
    dates = find_dates(text)
    if not dates:
        return []
    head = text[: dates[0].start]
    gap = _NAME_DATE_GAP.search(head)
    names = head[: gap.start()] if gap is not None else head
    # A name after the date too ("The Guardian 02/10/2020 Anna Fazackerley"): which is whose is
    # not told by the line.
    tail = _NOT_NAME_PIECE.split(text[dates[0].end :])
    if not names or any(_is_lead_name(piece.strip()) for piece in tail):
        return []
    return _name_line_parts(names)


# "Quelle: dpa", "Bron: BELGA", "Source : AFP": a label naming the story's source.
_SOURCE_LABEL = re.compile(r"^\W*(?:" + joined(SOURCE_LABELS) + r")\s*:\s*", re.IGNORECASE)
# What joins the agencies of one line: "AFP/Reuters", "dpa, AFP", "AP and Reuters", "dpa und AFP".
_AGENCY_JOIN = re.compile(r"\s*[/,&+|·•]\s*|\s+(?:and|und|et|y|e|en|og|och|ve|i)\s+", re.IGNORECASE)
_NOT_AGENCY_LINE = frozenset({"figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"})


def _agency_line_authors(root: html.HtmlElement, anchor: html.HtmlElement | None) -> list[str]:
    """The news agencies credited by a line of their own between the headline and the story
    (past a standfirst), when no person is named: after a source label ("Quelle: dpa", "Bron:
    BELGA"), running into the story's date ("dpa 25.10.2025 - 15:26 Uhr", "AFP 3 May 2024,
    10:23") or, alone, beside it (``_beside_date``). Not a picture's credit (in a
    <figure> or caption), a heading or a story card."""
    for el, text in _lead_lines(root, anchor, past_standfirst=True):
        if _in_card(el, root):
            continue
        if el.tag in _NOT_AGENCY_LINE or any(a.tag in _NOT_AGENCY_LINE for a in el.iterancestors()):
            continue
        agencies = agency_line(text)
        if agencies and (_SOURCE_LABEL.match(text) or find_dates(text) or _beside_date(el)):
            return agencies
    return []


def agency_line(text: str) -> list[str]:
    """The news agencies of a line that credits agencies only ("dpa", "AFP/Reuters", "Quelle:
    dpa", "dpa 25.10.2025 - 15:26 Uhr": its dates and their labels aside), as written; else [].
    After a source label, the agency may carry the name of its service ("Quelle: dpa Sport")."""
    label = _SOURCE_LABEL.match(text)
    rest = text[label.end() :] if label else text
    if (without := undated(rest)) is not None:  # (None: no date in it, or too long for a date line)
        rest = without
    pieces = [p for p in _AGENCY_JOIN.split(rest) if p]
    agencies: list[str] = []
    for piece in pieces:
        head, _, tail = piece.rpartition(" ")
        if is_agency(piece):
            agencies.append(piece)
        elif label and len(pieces) == 1 and head and is_agency(head) and tail[:1].isupper():
            agencies.append(head)  # ("Quelle: dpa Sport")
        else:
            return []
    return dedupe(agencies)


def _beside_date(el: html.HtmlElement) -> bool:
    """A <time> or a shown date in the element's parent or grandparent, when that container
    is small (a byline and date block, not the page); or in a container up to two levels
    higher that holds little more than a byline and a date line ("<div><div><div><span><strong>
    Jane Doe</strong> Reporter</span></div></div><div>08:39, 06 Jan 2026</div></div>"), not a
    picture's caption that tells a date."""
    holder = el
    for level in range(1, _DATE_HOLDER_LEVELS + 1):
        holder = holder.getparent()
        if holder is None:
            return False
        text = element_text(holder) or ""
        if len(text) > (_MAX_DATE_HOLDER_CHARS if level <= _NEAR_DATE_LEVELS else _MAX_BYLINE_DATE_CHARS):
            return False
        if holder.find(".//time") is not None or find_dates(text):
            return True
    return False


def _is_bold_only(el: html.HtmlElement, text: str) -> bool:
    bold = [b for b in el.iter("strong", "b") if b is not el]
    outer = [b for b in bold if not any(a in bold for a in b.iterancestors())]
    return clean_text(" ".join(element_text(b) or "" for b in outer)) == text


def _is_lead_name(name: str) -> bool:
    low, high = _LEAD_NAME_WORDS
    return low <= len(name.split()) <= high and is_name_shaped(name) and not is_agency(name)


def _in_teaser(el: html.HtmlElement, text: str) -> bool:
    """Inside a link card for another story (a link around much more than this line)."""
    link = next(el.iterancestors("a"), None)
    return link is not None and len(element_text(link) or "") > 2 * len(text)
