"""What among a page's pictures is not the article's own: page regions that are not the story
(players, promo and newsletter boxes, other stories' cards), interface graphics (icons, logos,
avatars, tracking pixels, placeholders), texts that are not captions; captions cleaned of interface labels."""

from __future__ import annotations

import re

from lxml import html

from newscrawl.extract.addresses import split_url
from newscrawl.extract.images.credits import TRAILING_BUTTON
from newscrawl.extract.images.media import is_media_label, without_leading_counter
from newscrawl.extract.nodes import first_below
from newscrawl.extract.normalise import word_count
from newscrawl.extract.words import every, joined
from newscrawl.extract.words.captions import BYLINE_BY, NOT_CAPTION_LABELS, UI_CAPTIONS
from newscrawl.extract.words.classes import GRAPHIC_CLASS_WORDS, GRAPHIC_WORDS, REGION_WORDS

# Elements no picture of the story sits in (``head``: a tracking pixel's <noscript> moved there).
REGION_TAGS = frozenset({"template", "form", "dialog", "head", "select"})
# Pictures inside these (an XPath test) belong to the page chrome or to teasers of other articles.
CHROME_ANCESTORS = (
    "ancestor::nav or ancestor::footer or ancestor::aside or ancestor::a"
    " or ancestor::header[not(ancestor::article)]"
)
_CHROME_TAGS = frozenset({"nav", "footer", "aside", "a"})
# File types of photographs: a graphic word in their file name may be the subject ("new-logo.jpg").
PHOTO_TYPES = frozenset({"jpg", "jpeg", "webp", "avif", "heic", "tif", "tiff"})
# URLs that are pages, not pictures (a player card linking its video page, a captcha service).
PAGE_TYPES = frozenset({"html", "htm", "shtml", "asp", "aspx", "jsp"})
CARD_MAX_PARAGRAPHS = 3
"""An <article> beside the story with fewer paragraphs than this, and a link, is a teaser card."""
MAX_ICON_PX = 100
"""An <img> declared at most this wide and high is an icon or a pixel, not a picture."""
# "2:34 Russia launches …", "Valentino profit soars … 01:07", "00:00 Podcast Progress 00:00".
DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s|\s0\d:\d{2}$|\s\d{1,2}:\d{2}:\d{2}$")
# A caption that is another story's teaser label, or a byline box
# ("Von X, Redakteurin 09.09.2025, 15:15 Uhr").
NOT_A_CAPTION = re.compile(
    r"^(?:" + joined(NOT_CAPTION_LABELS) + r")\b\s*:?"
    r"|^(?:" + joined(BYLINE_BY) + r")\s+\w+.*\d{1,2}[:.]\d{2}(?:\s*uhr)?$",
    re.IGNORECASE,
)
MIN_CAPTION_ONLY_WORDS = 4
"""An entry with no URL and no credit needs a caption of this many words ("NEXT", "Success!" are UI)."""
# Whole captions that are a control's label, not a caption: the picture stays, the caption goes.
_UI_CAPTIONS = every(UI_CAPTIONS)

_CASE_CHANGE = re.compile(r"([a-z])([A-Z])")
_WORD = re.compile(r"[a-z]+")
_DIMENSION = re.compile(r"^\s*(\d+)")


def words(value: str | None) -> set[str]:
    """Lower-case words of a class, id or path: "newsletter-widget__header" -> newsletter, widget,
    header; "appIcon" -> app, icon. (A value all in lower case has no case change to split.)"""
    if not value:
        return set()
    return set(_WORD.findall((value if value.islower() else _CASE_CHANGE.sub(r"\1 \2", value)).lower()))


def in_chrome(element: html.HtmlElement) -> bool:
    """``CHROME_ANCESTORS`` asked of ``element`` in Python, its ancestors found in C: one in a
    <nav>, <footer>, <aside> or <a>, or in a <header> with no <article> above it (a header met
    on the way up after the last <article>; a story's own header holds its sub-headings and
    pictures). The page chrome for the pictures and for the page's sub-headings
    (``body/headings.py``)."""
    header = False
    for ancestor in element.iterancestors("nav", "footer", "aside", "a", "header", "article"):
        tag = ancestor.tag
        if tag in _CHROME_TAGS:
            return True
        header = tag == "header" or (header and tag != "article")
    return header


def region_noise(
    container: html.HtmlElement, story: html.HtmlElement | None, story_line: set[html.HtmlElement]
) -> str | None:
    """Why the block holding a picture is not part of the story, or None. The walk goes up from
    the block to the story (``story`` and its ancestors, ``story_line``) or the <body>: a
    picture inside a card <article> beside the story belongs to another story."""
    other_article = False
    for element in (container, *container.iterancestors()):
        if element in story_line:
            if other_article and element is not story:
                return "other-story"
            return None
        tag = element.tag
        if tag in ("body", "html"):
            return None
        if tag in REGION_TAGS:
            return f"region:{tag}"
        if tag == "article" and story is not None and _is_card(element):
            other_article = True
        found = (words(element.get("class")) | words(element.get("id"))) & REGION_WORDS
        if found:
            return f"region:{min(found)}"
    return None


def _is_card(article: html.HtmlElement) -> bool:
    """An <article> that links elsewhere, has hardly any paragraphs and no figure caption:
    another story's card (a live blog's posts and further stories appended below have
    paragraphs or captioned pictures of their own)."""
    return (
        sum(1 for _ in article.iter("p")) < CARD_MAX_PARAGRAPHS
        and first_below(article, "a", attribute="href") is not None
        and first_below(article, "figcaption") is None
    )


def graphic_noise(url: str, img: html.HtmlElement | None, captioned: bool) -> str | None:
    """Why the picture at ``url`` (shown by ``img``) is an interface graphic, or None.
    ``captioned``: shown in a <figure> with a caption (whose declared size may be a placeholder's)."""
    parts = split_url(url)  # (an address that is no URL at all: no path, no picture to show)
    path, query, host = (parts.path, parts.query, parts.hostname) if parts is not None else ("", "", None)
    folders, _, name = path.rpartition("/")
    stem, dot, kind = name.rpartition(".")
    kind = kind.lower() if dot else ""
    if kind in PAGE_TYPES or (not name and not query):
        return "not-an-image"
    if img is not None:
        reason = _element_noise(img, captioned)
        if reason:
            return reason
    if kind == "svg" and not captioned:
        return "svg-graphic"
    if (words(folders) | words(host)) & GRAPHIC_WORDS:
        return "graphic-path"
    if kind not in PHOTO_TYPES and words(stem if dot else name) & GRAPHIC_WORDS:
        return "graphic-path"
    return None


def _element_noise(img: html.HtmlElement, captioned: bool) -> str | None:
    """Why the <img> itself marks a pixel or an icon: its declared size, hidden style, class."""
    width, height = _dimension(img.get("width")), _dimension(img.get("height"))
    if (width is not None and width <= 2) or (height is not None and height <= 2):
        return "pixel"
    if not captioned and width is not None and height is not None and max(width, height) <= MAX_ICON_PX:
        return "icon-size"
    if "display:none" in (img.get("style") or "").replace(" ", "").lower():
        return "pixel"
    if words(img.get("class")) & GRAPHIC_CLASS_WORDS:
        return "graphic-class"
    return None


def caption_noise(caption: str | None, has_url: bool, credit: str | None) -> str | None:
    """Why the caption says this is not a picture of the story (a player, a teaser, a byline
    box, a control's label), or None."""
    if not caption:
        return None
    if DURATION.search(caption):
        return "player-caption"
    if NOT_A_CAPTION.search(caption):
        return "teaser-caption"
    if not has_url and not credit and word_count(caption) < MIN_CAPTION_ONLY_WORDS:
        return "ui-text"
    return None


def clean_caption(caption: str | None) -> str | None:
    """The caption without a glued button label or a gallery's counter before it ("1 / 12");
    None when it is only a control's label or a counter."""
    if not caption:
        return None
    caption = without_leading_counter(TRAILING_BUTTON.sub("", caption).strip())
    if not caption or caption.casefold() in _UI_CAPTIONS or is_media_label(caption):
        return None
    return caption


def _dimension(value: str | None) -> int | None:
    match = _DIMENSION.match(value or "")
    return int(match.group(1)) if match else None
