"""The article's declared lead image: JSON-LD image (with its caption and credit), og:image or
twitter:image, or the theme's featured image."""

from __future__ import annotations

from typing import Any

from lxml import etree

from newscrawl.extract.images.credits import credit_value
from newscrawl.extract.images.noise import CHROME_ANCESTORS
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import Page
from newscrawl.items import Image

# The "featured image" conventions of CMS themes (WordPress' wp-post-image and its kin).
_FEATURED_IMAGES = etree.XPath(  # compiled once: .xpath() compiles on every call
    ".//img[contains(@class, 'wp-post-image') or contains(@class, 'featured-image')"
    f" or contains(@class, 'hero-image') or contains(@class, 'lead-image')][not({CHROME_ANCESTORS})]"
)


def lead_image(page: Page) -> Image | None:
    """The article's declared image: JSON-LD (with its caption and credit), og:image, or the
    theme's featured image."""
    for article in page.articles_ld():
        value = article.get("image")
        url = ld_image_url(value)
        if url:
            first = value[0] if isinstance(value, list) and value else value
            fields = first if isinstance(first, dict) else {}
            caption = _ld_text(fields.get("caption") or fields.get("description"))
            credit = _ld_text(
                fields.get("creditText") or fields.get("copyrightHolder") or fields.get("author")
            )
            return Image(
                url=page.absolute(url),
                caption=caption,
                credit=credit_value(credit) if credit else None,
            )
    url = _lead_image_url(page)
    return Image(url=url) if url else None


def _lead_image_url(page: Page) -> str | None:
    declared = page.absolute(page.first_meta("og:image", "og:image:url", "twitter:image"))
    if declared:
        return declared
    for img in _FEATURED_IMAGES(page.tree):
        return page.absolute(img.get("src") or img.get("data-src"))
    return None


def _ld_text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("text")
    if isinstance(value, str) and collapse(value):
        return collapse(value)
    return None


def ld_image_url(value: Any) -> str | None:
    """The first picture URL of a JSON-LD image value (a URL, an ImageObject or a list)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return ld_image_url(value[0])
    if isinstance(value, dict):
        return ld_image_url(value.get("url") or value.get("contentUrl"))
    return None
