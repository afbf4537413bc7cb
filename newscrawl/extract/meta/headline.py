"""The headline: which source to trust, and the element that shows it.

Sources: JSON-LD headline, og:title, twitter:title, the visible <h1>, <title>. The article's
declared (JSON-LD) headline comes first, in the h1's spelling when the two agree. Without one,
the h1 wins when another source agrees with it; otherwise og:title, twitter:title, the h1,
<title>. Site-title h1s (logo links to the home page) are not headlines, nor is the last item of
a breadcrumb trail that repeats the headline (``in_breadcrumb``) when a display title or an h1
in the headline's words shows it too.

Every source is first cleaned of site-name suffixes and kickers (``sitenames.strip_suffix``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Any

from lxml import html

from newscrawl.extract.addresses import split_url
from newscrawl.extract.meta.bylines import looks_like_byline
from newscrawl.extract.meta.datelines import looks_like_dateline
from newscrawl.extract.meta.dates import find_dates
from newscrawl.extract.meta.sitenames import MIN_SHARED, SEPARATOR, host_names, strip_suffix
from newscrawl.extract.nodes import first_below
from newscrawl.extract.normalise import clean_text, compare_key, word_overlap
from newscrawl.extract.page import Page
from newscrawl.extract.visible import BLOCK_TAGS, class_tokens, is_prose, is_shown, short_text, text_blocks
from newscrawl.extract.words.classes import HEADLINE_CLASS_WORDS, LOGO_CLASS_WORDS

_MAX_HEADLINE = 400
_OPENING = 12
_HOME_PATHS = frozenset({"", "/", "/index.html", "/index.php"})
# Headline sources, most trusted first.
SOURCE_ORDER = ("json-ld", "og:title", "twitter:title", "h1", "title")
PROVENANCE = {"json-ld": "json-ld", "og:title": "meta", "twitter:title": "meta", "h1": "h1", "title": "title"}
_CONTAINER_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "section", "article", "header", "h1", "h2", "h3", "table"}
)


@dataclass(frozen=True, slots=True)
class Headline:
    text: str | None
    source: str | None
    element: html.HtmlElement | None
    """The visible element showing the headline (anchor for the standfirst), if found."""


def extract_headline(page: Page, articles: list[dict[str, Any]], sites: list[str]) -> Headline:
    """The headline: declared (JSON-LD, og/twitter title, <title>) or shown (<h1>), with a
    site-name suffix or kicker cut off, and the element that shows it."""
    raw = _declared_titles(page, articles)
    h1s = _shown_h1s(page)
    names = sites + host_names(page, canonical=True)
    all_texts = [t for t in raw.values() if t] + [t for _, t in h1s]
    # A kicker is only cut when a declared source gives the headline without it: a visible h1
    # that omits the kicker is often just styled apart from it.
    declared_texts = [t for t in raw.values() if t]
    cands = {k: strip_suffix(v, names, all_texts, declared_texts) for k, v in raw.items() if v}
    cands = {k: _without_section(page, raw[k], v) for k, v in cands.items()}
    declared = {compare_key(v) for v in cands.values()}
    h1_el = None
    if h1s:
        h1_el, h1_text = next(((el, t) for el, t in h1s if compare_key(t) in declared), h1s[0])
        cands["h1"] = strip_suffix(h1_text, names, all_texts, declared_texts)
    if not cands:
        return _first_heading_block(page)
    return _choose(page, cands, h1_el)


def _declared_titles(page: Page, articles: list[dict[str, Any]]) -> dict[str, str]:
    """The titles the page declares, by source, each no longer than a headline can be."""
    ld = next((text for o in articles if (text := clean_text(_ld_headline(o)))), None)
    title_el = first_below(page.tree, "title")
    raw = {
        "json-ld": ld,
        "og:title": clean_text(page.first_meta("og:title")),
        "twitter:title": clean_text(page.first_meta("twitter:title")),
        "title": clean_text(title_el.text_content()) if title_el is not None else None,
    }
    # Longer than any headline: a page's mistake (a body in a title), not a candidate.
    return {k: v for k, v in raw.items() if v and len(v) <= _MAX_HEADLINE}


def _shown_h1s(page: Page) -> list[tuple[html.HtmlElement, str]]:
    """The page's shown <h1>s and their texts, logos and closed dialogs' titles left out."""
    return [
        (el, text)
        for el in page.tree.iter("h1")
        if (text := short_text(el, _MAX_HEADLINE))
        and is_shown(el)
        and not _is_logo(el)
        and not _in_closed_dialog(el)
    ]


def _in_closed_dialog(el: html.HtmlElement) -> bool:
    """Inside a ``<dialog>`` without ``open``: a browser shows it only when a script opens it
    (a "Save article" or sign-in pop-up), so its title is no headline of the page."""
    return any(d.get("open") is None for d in el.iterancestors("dialog"))


# A breadcrumb trail: a list whose items are each one short link ("Home > Sport > Football"),
# the first to the site's home page, the last perhaps the article itself (its headline, linked
# or not); or a list marked as one (schema.org BreadcrumbList, in microdata or RDFa). Its last
# item repeats the headline, but it is navigation, not the story's title: without <nav>
# around it (a page built of divs) it would otherwise be taken for the headline's element.
_ITEM_LEVELS = 3
_MAX_CRUMB_CHARS = 60
_MIN_CRUMBS = 2
_TRAIL_MARKS = ("itemtype", "typeof")


def in_breadcrumb(el: html.HtmlElement) -> bool:
    """Whether ``el`` is (inside) an item of a breadcrumb trail (a few levels at most)."""
    if el.tag == "li":
        item: html.HtmlElement | None = el
    else:
        item = next((a for a in islice(el.iterancestors(), _ITEM_LEVELS) if a.tag == "li"), None)
    if item is None:
        return False
    trail = item.getparent()
    if trail is None or trail.tag not in ("ol", "ul"):
        return False
    if any("breadcrumb" in (trail.get(mark) or "").lower() for mark in _TRAIL_MARKS):
        return True
    items = [child for child in trail if child.tag == "li" and not _separator_item(child)]
    if len(items) < _MIN_CRUMBS or items[-1] is not item:
        return False
    links = [_crumb_link(crumb) for crumb in items[:-1]]
    first = links[0]
    if first is None or any(link is None for link in links):
        return False
    parts = split_url((first.get("href") or "").strip())
    return parts is not None and parts.path in _HOME_PATHS and not parts.query


def _choose(page: Page, cands: dict[str, str], h1_el: html.HtmlElement | None) -> Headline:
    """The article's declared headline first; the visible h1 shows it when they agree.
    Without one, the h1 when any other source agrees with it, then the social tags."""
    for source in SOURCE_ORDER:
        text = cands.get(source)
        if not text:
            continue
        if source == "h1" or compare_key(text) == compare_key(cands.get("h1")):
            return Headline(cands["h1"], "h1", _off_trail(page, h1_el, text, None))
        if source == "json-ld" or not _h1_agrees(cands):
            shown = _off_trail(page, _find_shown(page, text), text, h1_el)
            if shown is None and h1_el is None:
                part = _shown_part(page, text)
                if part is not None:
                    return Headline(part[1], PROVENANCE[source], part[0])
            if shown is None and h1_el is None:
                shown = _display_title(page)
            return Headline(text, PROVENANCE[source], h1_el if shown is None else shown)
    return _first_heading_block(page)


_MAX_SECTION_WORDS = 3


def _without_section(page: Page, raw: str, text: str) -> str:
    """The title without its section: "Headline - Section" is what is left of "Headline -
    Section - Site" once the site's name is cut. Its last segment, set off by the separator
    the site's name was, goes too when it is a few words that the page shows as a link of
    their own (the section's link in its menu or breadcrumb trail). A title no site name was
    cut from keeps its segments."""
    if len(text) >= len(raw) or not raw.startswith(text):
        return text
    cut = SEPARATOR.match(raw, len(text))
    separators = list(SEPARATOR.finditer(text))
    last = separators[-1] if separators else None
    if cut is None or last is None or last.group().strip() != cut.group().strip():
        return text
    head, tail = text[: last.start()].strip(), text[last.end() :].strip()
    if len(head) < MIN_SHARED or not tail or len(tail.split()) > _MAX_SECTION_WORDS:
        return text
    key = compare_key(tail)
    for link in page.tree.iter("a"):
        if compare_key(short_text(link, len(tail) + 10)) == key and link.get("href"):
            return head
    return text


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


_AGREE = 0.9


def _off_trail(
    page: Page, el: html.HtmlElement | None, text: str, h1_el: html.HtmlElement | None
) -> html.HtmlElement | None:
    """``el``, unless it is the last item of a breadcrumb trail (``in_breadcrumb``) and the
    page shows the story's title elsewhere: a display title over the story's header
    (``_display_title``), or an h1 whose words are the headline's (spaced or punctuated
    otherwise). A trail's item is the headline's element only when nothing else is."""
    if el is None or not in_breadcrumb(el):
        return el
    title = _display_title(page)
    if title is not None:
        return title
    if (
        h1_el is not None
        and h1_el is not el
        and not in_breadcrumb(h1_el)
        and word_overlap(short_text(h1_el, _MAX_HEADLINE) or "", text) >= _AGREE
    ):
        return h1_el
    return el


def _separator_item(item: html.HtmlElement) -> bool:
    """An item that only draws the separator between two crumbs ("<li>|</li>", "<li>/</li>")."""
    text = "".join(item.itertext()).strip()
    return bool(text) and len(text) <= _MAX_SEPARATOR and not any(ch.isalnum() for ch in text)


_MAX_SEPARATOR = 3


def _crumb_link(item: html.HtmlElement) -> html.HtmlElement | None:
    """The item's one link when it is all the item shows, and short, or when the item shows no
    text at all (a home link drawn as an icon); else None."""
    links = item.findall(".//a")
    if len(links) != 1:
        return None
    text = short_text(item, _MAX_CRUMB_CHARS)
    if text is None:
        return links[0] if not "".join(item.itertext()).strip() else None
    return links[0] if short_text(links[0], _MAX_CRUMB_CHARS) == text else None


def _is_logo(el: html.HtmlElement) -> bool:
    """A site-title h1: classed as logo/brand/site title, or a link to the home page."""
    for node in (el, *el.iterancestors("a"), *el.iterdescendants("a")):
        tokens = class_tokens(node)
        if tokens & LOGO_CLASS_WORDS or ("site" in tokens and tokens & {"title", "name"}):
            return True
        href = (node.get("href") or "").strip() if node.tag == "a" else ""
        if href and not href.startswith("#"):
            parts = split_url(href)
            if parts is not None and parts.path in _HOME_PATHS and not (parts.query or parts.fragment):
                return True
    return False


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
        piece = (el.text or "")[: _OPENING * 2]
        if not piece or piece.isspace():
            continue  # compare_key of white space is ""
        own = compare_key(piece)
        if not own or not (opening.startswith(own) or own.startswith(opening)):
            continue
        if compare_key(short_text(el, _MAX_HEADLINE)) == key and is_shown(el):
            return el
    return None


def _display_title(page: Page) -> html.HtmlElement | None:
    """The story's shown title when it words the headline differently (and no h1 shows it):
    the first shown h1/h2 of the <article>, where the standfirst and byline follow. A page
    without <article> (built of divs): the first shown h1/h2 with a date line or byline in
    the few blocks after it (``_heads_article``), as a story's title has, before any
    paragraph of prose (a heading further down titles a part of the page, an author's box)."""
    article = next(page.tree.iter("article"), None)
    if article is not None:
        for el in article.iter("h1", "h2"):
            if short_text(el, _MAX_HEADLINE) and is_shown(el) and not _is_logo(el):
                return el
        return None
    body = first_below(page.tree, "body")
    root = body if body is not None else page.tree
    for el in islice(root.iter("h1", "h2", "p"), _MAX_TITLE_CANDIDATES):
        if el.tag == "p":
            if is_prose(el) and is_shown(el):
                return None  # the story's prose has begun: a heading below it is no title over it
            continue
        if (
            short_text(el, _MAX_HEADLINE)
            and is_shown(el)
            and not _is_logo(el)
            and not in_breadcrumb(el)
            and _heads_article(root, el)
        ):
            return el
    return None


_MAX_TITLE_CANDIDATES = 40
_TITLE_HEADER_BLOCKS = 4
_MAX_DATE_LINE = 120


def _heads_article(root: html.HtmlElement, heading: html.HtmlElement) -> bool:
    """A date line or byline (a short block showing a date, or a byline) among the first few
    blocks after ``heading``: the header of a story under its title."""
    for el, text in islice(text_blocks(root, _MAX_DATE_LINE, start=heading), _TITLE_HEADER_BLOCKS):
        if next(el.iter("h1", "h2"), None) is not None:
            return False  # the next title (or a block holding it): no header of this one
        if looks_like_dateline(text) or looks_like_byline(text) or find_dates(text):
            return True
    return False


def _shown_part(page: Page, text: str) -> tuple[html.HtmlElement, str] | None:
    """For a title with no visible twin ("Site - Headline", "Headline - Site"): the part
    between separators that the page shows as a block of its own, and that block. A link is
    passed over unless it is a heading's (a blog's post title links to the post): a menu's
    or breadcrumb's link to the section or the site the title names too is not the story's
    title; nor is a heading that is the site's logo (``_is_logo``)."""
    parts: list[str] = []
    for match in SEPARATOR.finditer(text):
        parts += [text[: match.start()].strip(), text[match.end() :].strip()]
    wanted = {compare_key(p): p for p in parts if len(p) >= MIN_SHARED}
    if not wanted:
        return None
    body = first_below(page.tree, "body")
    for el, block in text_blocks(body if body is not None else page.tree, _MAX_HEADLINE):
        if compare_key(block) in wanted and _shows_title(el, block):
            return el, block
    return None


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _shows_title(el: html.HtmlElement, text: str) -> bool:
    """``el`` may show a story's title: a heading that is no logo, or a block that is no link."""
    heading = el if el.tag in _HEADINGS else next(el.iterancestors(*_HEADINGS), None)
    if heading is not None:
        return not _is_logo(heading)
    return not _is_link(el, text)


def _is_link(el: html.HtmlElement, text: str) -> bool:
    """``el`` shows a link's text and nothing else (it is the link, is inside one, or holds
    one that is all its text)."""
    if el.tag == "a" or next(el.iterancestors("a"), None) is not None:
        return True
    links = el.findall(".//a")
    return len(links) == 1 and compare_key(short_text(links[0], _MAX_HEADLINE)) == compare_key(text)


def _first_heading_block(page: Page) -> Headline:
    """No declared headline: an element classed as headline/title, else the first line-sized
    block that is neither a date line nor a byline, when a longer block follows it."""
    body = first_below(page.tree, "body")
    root = body if body is not None else page.tree
    blocks = [(el, t) for el, t in islice(text_blocks(root, 600), 40) if _is_leaf(el)][:12]
    for el, text in blocks:
        if class_tokens(el) & HEADLINE_CLASS_WORDS and len(text) <= 250:
            return Headline(text, "heading", el)
    for i, (el, text) in enumerate(blocks[:-1]):
        if len(text) < 15 or looks_like_dateline(text) or looks_like_byline(text):
            continue
        if len(text) <= 250 and len(blocks[i + 1][1]) > len(text):
            return Headline(text, "heading", el)
        break
    return Headline(None, None, None)


def _is_leaf(el: html.HtmlElement) -> bool:
    return not any(isinstance(d.tag, str) and d.tag in _CONTAINER_TAGS for d in el.iterdescendants())


def article_around(anchor: html.HtmlElement | None) -> html.HtmlElement | None:
    """The <article> (or <main>) element around the headline, where its byline and standfirst
    are; None when there is none."""
    if anchor is None:
        return None
    return next(anchor.iterancestors("article", "main"), None)
