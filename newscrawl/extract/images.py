"""Article images with captions and credits, read from the original tree (never from the text)."""

from __future__ import annotations

from typing import Any

from lxml import html

from newscrawl.extract.clean import credit_value, split_trailing_credit
from newscrawl.extract.page import Page
from newscrawl.extract.text import collapse
from newscrawl.items import Image

# Figures inside these belong to the page chrome or to teasers of other articles.
_CHROME_ANCESTORS = "ancestor::nav or ancestor::footer or ancestor::aside or ancestor::a or ancestor::header[not(ancestor::article)]"
_FIGURES = f".//figure[not({_CHROME_ANCESTORS})] | .//div[contains(@class, 'wp-caption')][not({_CHROME_ANCESTORS})]"
_CREDIT_CLASS = ("credit", "copyright", "source", "author", "bildquelle")
_SRC_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data-original", "data-url")


def extract_images(page: Page) -> list[Image]:
    """The lead image (JSON-LD / og:image), then every captioned figure, de-duplicated by URL."""
    images: list[Image] = []
    seen: set[str] = set()
    for figure in page.tree.xpath(_FIGURES):
        image = _figure_image(page, figure)
        if image is None or (image.url and image.url in seen):
            continue
        if image.url:
            seen.add(image.url)
        images.append(image)
    lead = _lead_image_url(page)
    if lead and lead not in seen:
        images.insert(0, Image(url=lead))
    return images


def _figure_image(page: Page, figure: html.HtmlElement) -> Image | None:
    url = _image_url(page, figure)
    caption_node = next(iter(figure.xpath(".//figcaption | .//*[contains(@class, 'caption')]")), None)
    credit: str | None = None
    caption: str | None = None
    if caption_node is not None:
        credit_nodes = [
            node for node in caption_node.iterdescendants()
            if isinstance(node.tag, str) and any(t in (node.get("class") or "").lower() for t in _CREDIT_CLASS)
        ]
        credit_texts = [collapse(node.text_content()) for node in credit_nodes]
        caption = collapse(caption_node.text_content())
        for text in credit_texts:
            caption = collapse(caption.replace(text, " "))
        caption, trailing = split_trailing_credit(caption)
        credit_parts = [credit_value(t) for t in credit_texts if t] + ([credit_value(trailing)] if trailing else [])
        credit = "; ".join(dict.fromkeys(p for p in credit_parts if p)) or None
    if url is None and not caption and not credit:
        return None
    return Image(url=url, caption=caption or None, credit=credit)


def _image_url(page: Page, figure: html.HtmlElement) -> str | None:
    for img in figure.iter("img", "amp-img", "source"):
        for attribute in _SRC_ATTRIBUTES:
            url = page.absolute(img.get(attribute))
            if url:
                return url
        srcset = img.get("srcset") or img.get("data-srcset")
        if srcset:
            return page.absolute(srcset.split(",")[0].split()[0])
    return None


def _lead_image_url(page: Page) -> str | None:
    for article in page.articles_ld():
        url = _ld_image(article.get("image"))
        if url:
            return page.absolute(url)
    return page.absolute(page.first_meta("og:image", "og:image:url", "twitter:image"))


def _ld_image(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return _ld_image(value[0])
    if isinstance(value, dict):
        return _ld_image(value.get("url") or value.get("contentUrl"))
    return None
