"""Captions written as a plain paragraph right after a picture.

Many pages put no ``<figure>`` around a picture: ``<div><img></div><p>The bridge at night.
Photo: Jane Doe</p>``, ``<p><img></p><p class="bildtext">Der Bäcker bei der Arbeit</p>``. The
element after a wrapper that holds only the picture is its caption when it reads as one: short,
no link, and it carries a credit ("Photo: …", "Фото: …", "(AP Photo/…)"), or it is one short
line that its class names as the picture's text ("legend", "bildtext",
"pie-de-foto", "didascalia", "onderschrift", "podpis", "image-description", …). Such a named
element right before the picture is its caption too (set above it). (A short line wholly in
italics or small type right under a picture, without a credit or such a class, is not enough:
taking it cost traf-B "with" 0.9736 -> 0.9723.) Read from the original
tree by ``figures.py`` (the picture's caption and credit) and pruned from the copy trafilatura
reads by ``prepare.py`` (so it never becomes body text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree, html

from newscrawl.extract.images.credits import is_credit_line, split_trailing_credit
from newscrawl.extract.images.noise import graphic_noise, words
from newscrawl.extract.normalise import collapse, text_key, word_count
from newscrawl.extract.words.classes import (
    PICTURE_CLASS_WORDS,
    PICTURE_TEXT_CLASS_TOKENS,
    TEXT_CLASS_WORDS,
)

# A wrapper of the picture alone: at most this many levels above the <img>, never these.
MAX_WRAPPER_LEVELS = 3
_CONTAINERS = frozenset({"body", "article", "main", "section", "li", "td", "blockquote", "figure"})
_CAPTION_TAGS = frozenset({"p", "div", "span", "em", "i", "small"})
MIN_CAPTION_CHARS = 10
# A picture's alternative text or title this long is a description of it, not a file name or
# a person's name: a paragraph that says the same is the picture's caption set as text.
MIN_DESCRIPTION_WORDS = 4
MAX_CAPTION_CHARS = 300
# A caption sharing the picture's paragraph has no credit to tell it: shorter than prose.
MAX_SHARED_CAPTION_CHARS = 200
_SET_APART = frozenset({"br", "em", "i", "small", "span", "cite"})
_SOURCES = ("src", "data-src", "data-lazy-src", "data-original")
_PICTURES = etree.XPath(
    "//*[self::img or self::amp-img][not(ancestor::figure)]"
    "[not(ancestor::nav or ancestor::footer or ancestor::aside)]"
)
# A link to the picture's own file (a lightbox, WordPress's "link to media file") leaves it the
# story's picture; a link to a page makes it a teaser's.
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)", re.IGNORECASE)


def _pictures(tree: html.HtmlElement) -> Iterator[html.HtmlElement]:
    """The pictures outside figures and page chrome, not inside a link to another page."""
    for img in _PICTURES(tree):
        link = next(img.iterancestors("a"), None)
        if link is None or _IMAGE_FILE.search(link.get("href") or ""):
            yield img


def captions_after_pictures(tree: html.HtmlElement) -> list[tuple[html.HtmlElement, html.HtmlElement]]:
    """(picture, caption element) for every picture followed by a paragraph that reads as its
    caption, in document order."""
    found: list[tuple[html.HtmlElement, html.HtmlElement]] = []
    taken: set[html.HtmlElement] = set()
    for img in _pictures(tree):
        wrapper = _picture_wrapper(img)
        following = _sibling(wrapper, forward=True)
        preceding = _sibling(wrapper, forward=False)
        caption: html.HtmlElement | None = None
        if following is not None and reads_as_caption(following):
            caption = following  # (a second picture over the same caption: that caption)
        elif _captioned_paragraph(wrapper):
            caption = wrapper.getparent()
        elif preceding is not None and preceding not in taken and _named_caption_line(preceding):
            caption = preceding
        if caption is not None and caption not in taken:
            taken.add(caption)
            found.append((img, caption))
    return found


def _sibling(node: html.HtmlElement, forward: bool) -> html.HtmlElement | None:
    """The next (or previous) element beside ``node``, comments skipped."""
    sibling = node.getnext() if forward else node.getprevious()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext() if forward else sibling.getprevious()
    return sibling


def _captioned_paragraph(wrapper: html.HtmlElement) -> bool:
    """``<p><img><br>The harbour at dusk</p>``: the picture opens a paragraph whose only text,
    after it, is short and without links: that text is the picture's caption."""
    paragraph = wrapper.getparent()
    if paragraph is None or paragraph.tag != "p" or collapse(paragraph.text or ""):
        return False
    before = wrapper.getprevious()
    while before is not None:  # only line breaks and empty elements before the picture
        if before.tag != "br" and collapse(before.text_content()):
            return False
        before = before.getprevious()
    if paragraph.find(".//a[@href]") is not None or len(paragraph.findall(".//img")) != 1:
        return False
    img = wrapper if wrapper.tag == "img" else wrapper.find(".//img")
    source = next((img.get(name) for name in _SOURCES if img is not None and img.get(name)), "")
    if img is None or graphic_noise(source, img, captioned=False):
        return False  # a flag, an icon, an avatar before a line of text
    # Its own line under the picture (after a <br>) or set apart (<em>, <small>): text running
    # on beside the picture is prose flowing around it ("<p><img class=alignright>A senior …").
    after = wrapper.getnext()
    if collapse(wrapper.tail or "") or after is None or after.tag not in _SET_APART:
        return False
    text = collapse(paragraph.text_content())
    return MIN_CAPTION_CHARS <= len(text) <= MAX_SHARED_CAPTION_CHARS


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
    if is_credit_line(text) or split_trailing_credit(text)[1] is not None:
        return True
    return _named_caption_line(node)


def _named_caption_line(node: html.HtmlElement) -> bool:
    """One short line without links or pictures whose class names it as a picture's text:
    ``<p class="bildtext">``, ``<div class="photo-legend">``, ``<span class="pie-de-foto">``."""
    if (
        node.tag not in _CAPTION_TAGS
        or not names_picture_text(node)
        or node.find(".//a[@href]") is not None
        or next(node.iter("img", "br", "p", "ul", "ol", "table", "h2", "h3", "h4"), node) is not node
    ):
        return False
    text = collapse(node.text_content())
    return MIN_CAPTION_CHARS <= len(text) <= MAX_SHARED_CAPTION_CHARS


def names_picture_text(node: html.HtmlElement) -> bool:
    """Whether the element's class or id names a picture's caption ("bildtext", "legend",
    "didascalia", "image-description", "fotoText", …)."""
    names = f"{node.get('class') or ''} {node.get('id') or ''}"
    if not names.strip():
        return False
    lowered = names.lower()
    if any(token in lowered for token in PICTURE_TEXT_CLASS_TOKENS):
        return True
    for name in names.split():
        parts = words(name)
        if parts & PICTURE_CLASS_WORDS and parts & TEXT_CLASS_WORDS:
            return True
    return False


def _picture_wrapper(img: html.HtmlElement) -> html.HtmlElement:
    """The largest element around ``img`` (a few levels at most) that holds no text of its own."""
    wrapper = img
    for _ in range(MAX_WRAPPER_LEVELS):
        parent = wrapper.getparent()
        if parent is None or parent.tag in _CONTAINERS or collapse(parent.text_content()):
            break
        wrapper = parent
    return wrapper


def picture_descriptions(tree: html.HtmlElement) -> set[str]:
    """Keys (``text_key``) of what the page's pictures say of themselves: the ``alt``,
    ``title`` and ``data-caption`` of each ``<img>``, and the ``title`` / ``data-caption`` /
    ``data-title`` of a link around it (a lightbox's caption), of at least a few words. A body
    paragraph that only repeats one is the picture's caption written out beside it."""
    found: set[str] = set()
    for img in tree.iter("img"):
        texts = [img.get(attribute) for attribute in ("alt", "title", "data-caption")]
        link = img.getparent()
        if link is not None and link.tag == "a":
            texts += [link.get(attribute) for attribute in ("title", "data-caption", "data-title")]
        for raw in texts:
            text = collapse(raw or "")
            if text and word_count(text) >= MIN_DESCRIPTION_WORDS:
                found.add(text_key(text))
    return found
