"""Headline and site name.

Sources: JSON-LD headline, og:title, twitter:title, the visible <h1>, <title>. The article's
declared (JSON-LD) headline comes first, in the h1's spelling when the two agree. Without one,
the h1 wins when another source agrees with it; otherwise og:title, twitter:title, the h1,
<title>. Site-title h1s (logo links to the home page) are not headlines.

Site-name suffixes ("… | DW | 28.04.2023", "… - National | Globalnews.ca") are cut generically:
a trailing segment that names the site (og:site_name, JSON-LD publisher, the host), is a date,
or is what is left when another source gives the same headline without it. A leading kicker
("Kicker: Headline") is cut only when a declared source gives the headline without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml import html

from newscrawl.extract.authors import looks_like_byline
from newscrawl.extract.datelines import looks_like_dateline
from newscrawl.extract.normalise import clean_text, compare_key
from newscrawl.extract.page import Page
from newscrawl.extract.visible import BLOCK_TAGS, class_tokens, is_shown, short_text, text_blocks

# Separators between a headline and a site / section name.
SEPARATOR = re.compile(r"\s+[|\u2013\u2014\-:·•»/~]\s+|\s*[|ㅣ\uff5c]\s*|\s+[-\u2013\u2014]{2}\s+")
# Between a kicker (topline) and the headline proper: "Neue Leipziger Schule: Judy Lybke, ...".
KICKER_SEPARATOR = re.compile(r"(?:\s*:|\s+[|\u2013\u2014-])\s*$")
# Site names are compared on letters and digits only ("DW.COM" ~ "dw.com" ~ "DW").
_ALNUM = re.compile(r"[\W_]+")
_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_DATE_LIKE = re.compile(r"^[\d./\- ]{6,12}$")
_HEADLINE_CLASS = frozenset({"headline", "title", "heading"})
_MAX_HEADLINE = 400
_OPENING = 12
_MAX_CUTS = 4
_LOGO_WORDS = frozenset({"logo", "brand", "branding", "masthead"})
_HOME_PATHS = frozenset({"", "/", "/index.html", "/index.php"})
# Headline sources, most trusted first.
SOURCE_ORDER = ("json-ld", "og:title", "twitter:title", "h1", "title")
PROVENANCE = {"json-ld": "json-ld", "og:title": "meta", "twitter:title": "meta", "h1": "h1",
              "title": "title"}
_CONTAINER_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "section", "article", "header", "h1", "h2", "h3", "table"}
)
_MIN_SHARED = 10


@dataclass(frozen=True, slots=True)
class Headline:
    text: str | None
    source: str | None
    element: html.HtmlElement | None
    """The visible element showing the headline (anchor for the standfirst), if found."""


def site_names(page: Page, articles: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The publication's names as the page declares them, most explicit first, with sources:
    og:site_name, the article's JSON-LD publisher, application-name, JSON-LD organisations."""
    names: list[tuple[object, str]] = [(page.first_meta("og:site_name"), "meta")]
    for obj in articles:
        publisher = obj.get("publisher")
        for pub in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(pub, dict):
                names.append((pub.get("name"), "json-ld"))
    names.append((page.first_meta("application-name", "apple-mobile-web-app-title"), "meta"))
    names += [(o.get("name"), "json-ld") for o in page.json_ld
              if str(o.get("@type", "")).lower() in {"organization", "newsmediaorganization"}]
    return [(text, source) for name, source in names if (text := clean_text(name))]


def extract_headline(page: Page, articles: list[dict[str, Any]], sites: list[str]) -> Headline:
    ld = next((text for o in articles if (text := clean_text(_ld_headline(o)))), None)
    h1s = [(el, text) for el in page.tree.iter("h1")
           if (text := short_text(el, _MAX_HEADLINE)) and is_shown(el) and not _is_logo(el)]
    title_el = page.tree.find(".//title")
    raw = {
        "json-ld": ld,
        "og:title": clean_text(page.first_meta("og:title")),
        "twitter:title": clean_text(page.first_meta("twitter:title")),
        "title": clean_text(title_el.text_content()) if title_el is not None else None,
    }
    # Longer than any headline: a page's mistake (a body in a title), not a candidate.
    raw = {k: v for k, v in raw.items() if v and len(v) <= _MAX_HEADLINE}
    hosts = host_names(page)
    all_texts = [t for t in raw.values() if t] + [t for _, t in h1s]
    # A kicker is only cut when a declared source gives the headline without it: a visible h1
    # that omits the kicker is often just styled apart from it.
    declared_texts = [t for t in raw.values() if t]
    cands = {k: strip_suffix(v, sites + hosts, all_texts, declared_texts)
             for k, v in raw.items() if v}
    declared = {compare_key(v) for v in cands.values()}
    h1_el = None
    if h1s:
        h1_el, h1_text = next(((el, t) for el, t in h1s if compare_key(t) in declared), h1s[0])
        cands["h1"] = strip_suffix(h1_text, sites + hosts, all_texts, declared_texts)
    if not cands:
        return _first_heading_block(page)
    # The article's declared headline first; the visible h1 shows it when they agree.
    # Without one, the h1 when any other source agrees with it, then the social tags.
    for source in SOURCE_ORDER:
        text = cands.get(source)
        if not text:
            continue
        if source == "h1" or compare_key(text) == compare_key(cands.get("h1")):
            return Headline(cands["h1"], "h1", h1_el)
        if source == "json-ld" or not _h1_agrees(cands):
            shown = _find_shown(page, text)
            if shown is None and h1_el is None:
                part = _shown_part(page, text)
                if part is not None:
                    return Headline(part[1], PROVENANCE[source], part[0])
            return Headline(text, PROVENANCE[source], h1_el if shown is None else shown)
    return _first_heading_block(page)


def _ld_headline(obj: dict[str, Any]) -> object:
    """An article object's headline; its name when it has none (not a WebPage's name, which is
    the document title)."""
    if obj.get("headline"):
        return obj.get("headline")
    types = obj.get("@type")
    types = types if isinstance(types, list) else [types]
    if any(isinstance(t, str) and t.lower() in {"webpage", "creativework"} for t in types):
        return None
    return obj.get("name")


def _h1_agrees(cands: dict[str, str]) -> bool:
    key = compare_key(cands.get("h1"))
    return bool(key) and any(compare_key(v) == key for k, v in cands.items() if k != "h1")


def _is_logo(el: html.HtmlElement) -> bool:
    """A site-title h1: classed as logo/brand/site title, or a link to the home page."""
    for node in (el, *el.iterancestors("a"), *el.iterdescendants("a")):
        tokens = class_tokens(node)
        if tokens & _LOGO_WORDS or ("site" in tokens and tokens & {"title", "name"}):
            return True
        href = (node.get("href") or "").strip() if node.tag == "a" else ""
        if href and not href.startswith("#"):
            parts = urlsplit(href)
            if parts.path in _HOME_PATHS and not (parts.query or parts.fragment):
                return True
    return False


def strip_suffix(
    text: str, sites: list[str], others: list[str], kicker_others: list[str] | None = None,
) -> str:
    """``text`` without a leading kicker or trailing site-name / section / date segments.

    ``others`` are the page's other headline strings: a segment is cut when one of them is
    ``text`` without it (``kicker_others`` for the leading kicker, default ``others``).
    """
    site_keys = {_ALNUM.sub("", s).casefold() for s in sites} - {""}
    text = _strip_kicker(text, others if kicker_others is None else kicker_others)
    for _ in range(_MAX_CUTS):
        cut = _cut_point(text, site_keys, others)
        if cut is None:
            break
        text = text[:cut].rstrip()
    return text


def _strip_kicker(text: str, others: list[str]) -> str:
    """"Kicker: Headline" -> "Headline" when another source gives the headline alone."""
    folded = text.casefold()
    for other in others:
        if _MIN_SHARED <= len(other) < len(text) and folded.endswith(other.casefold()):
            head = text[: len(text) - len(other)]
            if KICKER_SEPARATOR.search(head):
                return text[len(text) - len(other) :]
    return text


def _cut_point(text: str, site_keys: set[str], others: list[str]) -> int | None:
    folded = text.casefold()
    # Another source gives the same headline without the tail.
    for other in others:
        if (
            _MIN_SHARED <= len(other) < len(text)
            and folded.startswith(other.casefold())
            and (SEPARATOR.match(text, len(other)) or SEPARATOR.match(" " + text[len(other) :]))
        ):
            return len(other)
    for match in reversed(list(SEPARATOR.finditer(text))):
        head, tail = text[: match.start()].strip(), text[match.end() :].strip()
        if len(head) < _MIN_SHARED:
            return None
        if _names_site(tail, site_keys) or _DATE_LIKE.match(tail):
            return match.start()
        # Only the last segment(s) can be the site; stop at the first that is not.
        if len(tail) > 40:
            return None
    return None


def _names_site(tail: str, site_keys: set[str]) -> bool:
    key = _ALNUM.sub("", tail).casefold()
    if not key:
        return False
    if _HOST_LIKE.match(tail):
        return True
    return any(key == s or (len(key) >= 2 and s.startswith(key)) or (len(s) >= 4 and s in key)
               for s in site_keys)


def host_names(page: Page) -> list[str]:
    names = []
    for url in (page.first_meta("og:url"), page.url):
        host = urlsplit(url or "").hostname or ""
        parts = [p for p in host.split(".") if p not in {"www", "m", "amp"}]
        if len(parts) >= 2:
            names.append(parts[-2])
            names.append(".".join(parts))
    return names


def _find_shown(page: Page, text: str) -> html.HtmlElement | None:
    """The shown heading-like element whose text is ``text`` (h1..h3 first, then any block)."""
    key = compare_key(text)
    for tag in ("h1", "h2", "h3"):
        for el in page.tree.iter(tag):
            if compare_key(short_text(el, _MAX_HEADLINE)) == key and is_shown(el):
                return el
    # Any block: only elements whose own first text piece opens the headline are read whole.
    opening = key[:_OPENING]
    for el in page.tree.iter(*BLOCK_TAGS):
        own = compare_key((el.text or "")[: _OPENING * 2])
        if not own or not (opening.startswith(own) or own.startswith(opening)):
            continue
        if compare_key(short_text(el, _MAX_HEADLINE)) == key and is_shown(el):
            return el
    return None


def _shown_part(page: Page, text: str) -> tuple[html.HtmlElement, str] | None:
    """For a title with no visible twin ("Site - Headline", "Headline - Site"): the part
    between separators that the page shows as a block of its own, and that block."""
    parts: list[str] = []
    for match in SEPARATOR.finditer(text):
        parts += [text[: match.start()].strip(), text[match.end() :].strip()]
    wanted = {compare_key(p): p for p in parts if len(p) >= _MIN_SHARED}
    if not wanted:
        return None
    body = page.tree.find(".//body")
    for el, block in text_blocks(body if body is not None else page.tree, _MAX_HEADLINE):
        if compare_key(block) in wanted:
            return el, block
    return None


def _first_heading_block(page: Page) -> Headline:
    """No declared headline: an element classed as headline/title, else the first line-sized
    block that is neither a date line nor a byline, when a longer block follows it."""
    body = page.tree.find(".//body")
    root = body if body is not None else page.tree
    blocks = [(el, t) for el, t in islice(text_blocks(root, 600), 40) if _is_leaf(el)][:12]
    for el, text in blocks:
        if class_tokens(el) & _HEADLINE_CLASS and len(text) <= 250:
            return Headline(text, "heading", el)
    for i, (el, text) in enumerate(blocks[:-1]):
        if len(text) < 15 or looks_like_dateline(text) or looks_like_byline(text):
            continue
        if len(text) <= 250 and len(blocks[i + 1][1]) > len(text):
            return Headline(text, "heading", el)
        break
    return Headline(None, None, None)


def _is_leaf(el: html.HtmlElement) -> bool:
    return not any(
        isinstance(d.tag, str) and d.tag in _CONTAINER_TAGS for d in el.iterdescendants()
    )

