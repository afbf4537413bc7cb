"""The article's main picture: what the page declares as its image, else its first picture."""

from __future__ import annotations

from urllib.parse import urlsplit

from newscrawl.extract.images.lead import ld_image_url
from newscrawl.extract.page import Page
from newscrawl.extract.words.meta_tags import IMAGE_META
from newscrawl.items import Image

TEMPLATE_MARKS = ("${", "{{", "%24%7b", "%7b%7b", "$%7b")
"""An unfilled URL template ("…_${formatId}.jpg") is no picture URL."""


def main_image(page: Page, images: list[Image]) -> str | None:
    """Absolute http(s) URL of the main picture: og:image (or twitter:image), else the article's
    JSON-LD image, else the first of ``images``; None when there is none."""
    candidates = [page.first_meta(*IMAGE_META)]
    candidates += [ld_image_url(article.get("image")) for article in page.articles_ld()]
    candidates += [image.url for image in images]
    for candidate in candidates:
        url = page.absolute(candidate) if candidate else None
        if (
            url
            and urlsplit(url).scheme in ("http", "https")
            and not any(m in url.lower() for m in TEMPLATE_MARKS)
        ):
            return url
    return None
