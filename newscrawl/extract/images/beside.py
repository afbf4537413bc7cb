"""Captions written as a plain paragraph right after a picture.

Many pages put no ``<figure>`` around a picture: ``<div><img></div><p>The bridge at night.
Photo: Jane Doe</p>``, ``<p><img></p><p><em>The baker at work.</em></p>``. The paragraph after
a wrapper that holds only the picture is its caption when it reads as one: short, no link, and
it carries a credit ("Photo: …", "Фото: …", "(AP Photo/…)"). (A short paragraph in italics
after a picture is not enough: on the judge sets those were as often body text.) Read from
the original tree by ``figures.py`` (the picture's caption and credit) and pruned from the copy
trafilatura reads by ``prepare.py`` (so it never becomes body text).
"""

from __future__ import annotations

from lxml import etree, html

from newscrawl.extract.images.credits import is_credit_line, split_trailing_credit
from newscrawl.extract.normalise import collapse

# A wrapper of the picture alone: at most this many levels above the <img>, never these.
MAX_WRAPPER_LEVELS = 3
_CONTAINERS = frozenset({"body", "article", "main", "section", "li", "td", "blockquote", "figure"})
_CAPTION_TAGS = frozenset({"p", "div", "span", "em", "i", "small"})
MIN_CAPTION_CHARS = 10
MAX_CAPTION_CHARS = 300
_PICTURES = etree.XPath(
    "//img[not(ancestor::figure)][not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::a)]"
)


def captions_after_pictures(tree: html.HtmlElement) -> list[tuple[html.HtmlElement, html.HtmlElement]]:
    """(picture, caption element) for every picture followed by a paragraph that reads as its
    caption, in document order."""
    found: list[tuple[html.HtmlElement, html.HtmlElement]] = []
    for img in _PICTURES(tree):
        wrapper = _picture_wrapper(img)
        following = wrapper.getnext()
        while following is not None and not isinstance(following.tag, str):  # comments
            following = following.getnext()
        if following is not None and reads_as_caption(following):
            found.append((img, following))
    return found


def reads_as_caption(node: html.HtmlElement) -> bool:
    """A short paragraph without links or pictures that carries a credit."""
    if (
        node.tag not in _CAPTION_TAGS
        or node.find(".//a[@href]") is not None
        or node.find(".//img") is not None
    ):
        return False
    text = collapse(node.text_content())
    if not MIN_CAPTION_CHARS <= len(text) <= MAX_CAPTION_CHARS:
        return False
    return is_credit_line(text) or split_trailing_credit(text)[1] is not None


def _picture_wrapper(img: html.HtmlElement) -> html.HtmlElement:
    """The largest element around ``img`` (a few levels at most) that holds no text of its own."""
    wrapper = img
    for _ in range(MAX_WRAPPER_LEVELS):
        parent = wrapper.getparent()
        if parent is None or parent.tag in _CONTAINERS or collapse(parent.text_content()):
            break
        wrapper = parent
    return wrapper
