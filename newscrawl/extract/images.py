"""Article images with captions and credits, read from the original tree (never from the text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lxml import html

from newscrawl.extract.credits import credit_value, is_credit_line, split_trailing_credit
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import Page
from newscrawl.items import Image

# Figures inside these belong to the page chrome or to teasers of other articles.
_CHROME_ANCESTORS = (
    "ancestor::nav or ancestor::footer or ancestor::aside or ancestor::a"
    " or ancestor::header[not(ancestor::article)]"
)
_FIGURES = (
    f".//figure[not({_CHROME_ANCESTORS})]"
    f" | .//div[contains(@class, 'wp-caption')][not({_CHROME_ANCESTORS})]"
)
_BARE_IMAGES = f".//img[not(ancestor::figure)][not({_CHROME_ANCESTORS})]"
# The "featured image" conventions of CMS themes (WordPress' wp-post-image and its kin).
_FEATURED_IMAGES = (
    ".//img[contains(@class, 'wp-post-image') or contains(@class, 'featured-image')"
    f" or contains(@class, 'hero-image') or contains(@class, 'lead-image')][not({_CHROME_ANCESTORS})]"
)
_MAX_CONTAINER_LEVELS = 3
_MAX_CAPTION_CHARS = 200
# An image inside running prose is illustrated text, not a captioned picture.
_PROSE_TAGS = frozenset({"p", "li", "body", "article", "main", "section", "blockquote"})
_MAX_CREDIT_CHARS = 300
_CREDIT_CLASS = ("credit", "copyright", "source", "author", "bildquelle")
_SRC_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data-original", "data-url")


def extract_images(page: Page) -> list[Image]:
    """The lead image (JSON-LD / og:image), then every figure, and every bare image with a
    credit line beside it (div layouts), in document order, de-duplicated by URL."""
    images: list[Image] = []
    seen: set[str] = set()
    containers = [*page.tree.xpath(_FIGURES), *_captioned_image_containers(page)]
    if len(containers) > 1:  # the order map reads the whole tree: only when there is an order
        containers.sort(key=_document_order(page))
    for figure in containers:
        image = _figure_image(page, figure)
        if image is None or (image.url and image.url in seen):
            continue
        if image.url:
            seen.add(image.url)
        images.append(image)
    lead = _lead_image(page)
    if lead is not None and lead.url not in seen:
        images.insert(0, lead)
    return images


def _captioned_image_containers(page: Page) -> list[html.HtmlElement]:
    """The smallest block around an <img> outside any figure that also holds text, when that
    text reads as the image's caption or credit: ``<div><div><img></div><div>Image: AP</div></div>``,
    ``<div class="media"><picture>…</picture><p>Short caption</p></div>``."""
    found: list[html.HtmlElement] = []
    for img in page.tree.xpath(_BARE_IMAGES):
        container = img.getparent()
        for _ in range(_MAX_CONTAINER_LEVELS):
            if container is None or container.tag in _PROSE_TAGS:
                break
            text = _visible_text(container)
            if text:
                if _reads_as_caption(container, text):
                    found.append(container)
                break
            container = container.getparent()
    return found


def _reads_as_caption(container: html.HtmlElement, text: str) -> bool:
    if len(text) > _MAX_CREDIT_CHARS:
        return False
    if is_credit_line(text) or split_trailing_credit(text)[1]:
        return True
    # A short text alone beside one image, in a block that is not itself prose.
    return (
        len(text) <= _MAX_CAPTION_CHARS
        and len(container.xpath(".//img")) == 1
        and not container.xpath(".//a[@href]")
    )


def _document_order(page: Page) -> Callable[[html.HtmlElement], int]:
    order = {node: index for index, node in enumerate(page.tree.iter())}
    return lambda node: order.get(node, 0)


def _figure_image(page: Page, figure: html.HtmlElement) -> Image | None:
    url = _image_url(page, figure)
    if figure.tag != "figure" and "caption" not in (figure.get("class") or ""):
        text = _visible_text(figure)
        if is_credit_line(text):
            return Image(url=url, credit=credit_value(text) or None)
        shown, trailing = split_trailing_credit(text)
        return Image(url=url, caption=shown or None, credit=trailing)
    caption_node = next(
        iter(figure.xpath(".//figcaption | .//*[contains(@class, 'caption')]")), None
    )
    credit: str | None = None
    caption: str | None = None
    if caption_node is not None:
        credit_nodes = [
            node
            for node in caption_node.iterdescendants()
            if isinstance(node.tag, str)
            and any(t in (node.get("class") or "").lower() for t in _CREDIT_CLASS)
        ]
        credit_texts = [_visible_text(node) for node in credit_nodes]
        caption = _visible_text(caption_node)
        for text in credit_texts:
            caption = collapse(caption.replace(text, " "))
        if is_credit_line(caption):
            credit_texts.append(caption)
            caption = ""
        caption, trailing = split_trailing_credit(caption)
        credit_parts = [credit_value(t) for t in credit_texts if t] + (
            [trailing] if trailing else []
        )
        credit = "; ".join(dict.fromkeys(p for p in credit_parts if p)) or None
    if url is None and not caption and not credit:
        return None
    return Image(url=url, caption=caption or None, credit=credit)


def _visible_text(node: html.HtmlElement) -> str:
    """Text of ``node`` without scripts and decorative parts hidden from screen readers (▲)."""
    hidden = node.xpath(".//*[@aria-hidden='true'] | .//script | .//style | .//template")
    if not hidden:
        return collapse(node.text_content())
    # The elements themselves, not id()s: lxml makes a new proxy object on each access, so
    # the id of one that has been freed can come back for a different element.
    skip = {element for h in hidden for element in h.iter()}
    parts: list[str] = []
    for element in node.iter():
        if element not in skip and element.text:
            parts.append(element.text)
        if element is not node and element.tail and element.getparent() not in skip:
            parts.append(element.tail)
    return collapse(" ".join(parts))


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


def _lead_image(page: Page) -> Image | None:
    """The article's declared image: JSON-LD (with its caption and credit), og:image, or the
    theme's featured image."""
    for article in page.articles_ld():
        value = article.get("image")
        url = _ld_image(value)
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
    for img in page.tree.xpath(_FEATURED_IMAGES):
        return page.absolute(img.get("src") or img.get("data-src"))
    return None


def _ld_text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("text")
    if isinstance(value, str) and collapse(value):
        return collapse(value)
    return None


def _ld_image(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return _ld_image(value[0])
    if isinstance(value, dict):
        return _ld_image(value.get("url") or value.get("contentUrl"))
    return None
