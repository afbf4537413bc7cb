"""The section of the publication an article belongs to ("Politics", "Sport").

The page's own statement, in order of trust: JSON-LD ``articleSection``, the ``article:section``
<meta> tag (Open Graph), then the breadcrumb trail (JSON-LD ``BreadcrumbList`` or microdata): its
last crumb before the article itself, never the home page.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from newscrawl.extract.normalise import clean_text, text_key
from newscrawl.extract.page import Page

MAX_SECTION = 80
"""Longer values are sentences or keyword lists, not a section name."""
# Inside a microdata breadcrumb trail (compiled once: tree.xpath() compiles its expression on
# every call).
_ITEMS = etree.XPath(".//*[@itemprop='itemListElement']")
_NAMES = etree.XPath(".//*[@itemprop='name']")
_LINKS = etree.XPath(".//*[@itemprop='item']")


def extract_section(page: Page, headline: str | None) -> str | None:
    """The article's section as the page declares it, or None."""
    for article in page.articles_ld():
        if name := _name(article.get("articleSection")):
            return name
    if name := _name(page.first_meta("article:section")):
        return name
    return _from_breadcrumbs(page, headline)


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    text = clean_text(value) if isinstance(value, str) else None
    return text if text and len(text) <= MAX_SECTION else None


def _crumbs(page: Page) -> list[tuple[str, str | None]]:
    """(name, URL) of the first breadcrumb trail on the page, in order."""
    for obj in page.json_ld:
        types = obj.get("@type")
        if "BreadcrumbList" not in (types if isinstance(types, list) else [types]):
            continue
        items = obj.get("itemListElement")
        entries = [item for item in (items if isinstance(items, list) else []) if isinstance(item, dict)]
        entries.sort(key=_position)
        crumbs = []
        for entry in entries:
            target = entry.get("item")
            name = entry.get("name") or (target.get("name") if isinstance(target, dict) else None)
            url = target.get("@id") or target.get("url") if isinstance(target, dict) else target
            if isinstance(name, str):
                crumbs.append((name, url if isinstance(url, str) else None))
        if crumbs:
            return crumbs
    for trail in page.microdata():
        if "BreadcrumbList" not in (trail.get("itemtype") or ""):
            continue
        crumbs = []
        for item in _ITEMS(trail):
            names = _NAMES(item)
            links = _LINKS(item)
            url = (links[0].get("href") or links[0].get("content")) if links else None
            if names:
                crumbs.append((names[0].get("content") or names[0].text_content(), url))
        if crumbs:
            return crumbs
    return []


def _position(item: dict[str, Any]) -> int:
    position = item.get("position")
    if isinstance(position, str) and position.strip().isdigit():
        return int(position)
    return position if isinstance(position, int) else 0


def _from_breadcrumbs(page: Page, headline: str | None) -> str | None:
    """The last crumb that is neither the home page nor the article itself."""
    own = {text_key(page.url), text_key(headline)}
    for name, url in reversed(_crumbs(page)):
        absolute = page.absolute(url) if url else None
        if text_key(name) in own or (absolute and text_key(absolute) in own):
            continue
        if absolute and urlsplit(absolute).path in ("", "/"):
            continue  # the home page is no section
        if section := _name(name):
            return section
    return None
