"""Article images with captions and credits, read from the original tree (never from the text)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeAlias

from lxml import etree, html

from newscrawl.extract.images.beside import (
    DECLARED_KEY_CHARS,
    declared_texts,
    page_captions,
    picture_element,
)
from newscrawl.extract.images.credits import (
    clean_credit,
    credit_value,
    is_credit_beside_picture,
    is_credit_line,
    split_trailing_credit,
)
from newscrawl.extract.images.keys import picture_key
from newscrawl.extract.images.lead import lead_image
from newscrawl.extract.images.noise import (
    caption_noise,
    clean_caption,
    graphic_noise,
    in_chrome,
    region_noise,
)
from newscrawl.extract.nodes import ChildIndex, text_of
from newscrawl.extract.normalise import collapse, shows_text, text_key
from newscrawl.extract.page import Page
from newscrawl.extract.words.classes import CREDIT_CLASS_TOKENS
from newscrawl.items import Image

# XPaths compiled once (``.xpath()`` compiles its expression on every call).
_IMAGES = etree.XPath(".//img")
_LINKS = etree.XPath(".//a[@href]")
_CAPTION_NODES = etree.XPath(".//figcaption | .//*[contains(@class, 'caption')]")
_MAX_CONTAINER_LEVELS = 3
# Elements whose text runs on in the line around them (the others, custom elements too, are
# set apart: their text is a word of its own).
_INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
    }
    | {"acronym", "big", "del", "ins", "label", "nobr", "tt", "strike"}
    | {"samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"}
)
_MAX_CAPTION_CHARS = 200
# An image inside running prose is illustrated text, not a captioned picture.
_PROSE_TAGS = frozenset({"p", "li", "body", "article", "main", "section", "blockquote"})
_MAX_CREDIT_CHARS = 300
_STORY_MIN_PARAGRAPHS = 3
_SRC_ATTRIBUTES = ("src", "data-src", "data-lazy-src", "data-original", "data-url")


def extract_images(page: Page) -> list[Image]:
    """The article's own pictures, once each (see :func:`classify_images`)."""
    return classify_images(page)[0]


def classify_images(page: Page) -> tuple[list[Image], list[tuple[str, Image]]]:
    """The lead image (JSON-LD / og:image), then every figure, and every bare image with a
    credit line beside it (div layouts), in document order; and the pictures left out, each
    with its reason (``noise.py``): not in the story, an interface graphic, not a caption,
    or a further copy of a picture already kept (``duplicate``, its caption and credit merged
    into the kept one)."""
    found: list[Image] = []
    dropped: list[tuple[str, Image]] = []
    containers = _containers(page)
    story = _story(page) if containers else None
    story_line = {story, *story.iterancestors()} if story is not None else set()
    lead = lead_image(page)
    if lead is not None and lead.url:
        reason = graphic_noise(lead.url, None, captioned=True)
        if reason:
            dropped.append((reason, lead))
        else:
            found.append(lead)
    # A block found for each of its pictures (a table of them with one credit line) is read
    # once: reading it again for each picture was quadratic.
    read: dict[_Container, tuple[Image | None, str | None]] = {}
    for found_at in containers:
        if found_at in read:
            image, reason = read[found_at]
        else:
            image, reason = read[found_at] = _read_container(page, found_at, story, story_line)
        if image is None:
            continue
        if reason:
            dropped.append((reason, image))
        else:
            found.append(image)
    kept = _once_each(found, dropped)
    return kept, dropped


_Container: TypeAlias = html.HtmlElement | tuple[html.HtmlElement, html.HtmlElement]
"""A figure-like element, or (a picture, the paragraph after it that is its caption)."""


def _read_container(
    page: Page,
    found_at: _Container,
    story: html.HtmlElement | None,
    story_line: set[html.HtmlElement],
) -> tuple[Image | None, str | None]:
    """The picture a container gives (None: none) and why it is not the article's own, if so."""
    image: Image | None
    if isinstance(found_at, tuple):
        image, img = _picture_and_caption(page, *found_at)
        figure = img
    else:
        figure = found_at
        image, img = _figure_image(page, figure)
    if image is None:
        return None, None
    return image, _noise(image, img, figure, story, story_line)


def _containers(page: Page) -> list[_Container]:
    """Figures, bare images with a credit line beside them, pictures with a caption paragraph
    after them, in document order."""
    declared = declared_texts(page)
    figures, bare_images = _figures_and_bare_images(page)
    containers: list[_Container] = [
        *figures,
        *_captioned_image_containers(bare_images, declared),
        *page_captions(page),  # (picture, the paragraph after it); read once per page
    ]
    if len(containers) > 1:  # the order map reads the whole tree: only when there is an order
        order = _document_order(page)
        containers.sort(key=lambda found: order(found[0] if isinstance(found, tuple) else found))
    return containers


def _noise(
    image: Image,
    img: html.HtmlElement | None,
    figure: html.HtmlElement,
    story: html.HtmlElement | None,
    story_line: set[html.HtmlElement],
) -> str | None:
    """Why ``image`` is not the article's own picture (``noise.py``), or None."""
    return (
        region_noise(figure, story, story_line)
        or (
            graphic_noise(image.url, img, figure.tag == "figure" and bool(image.caption))
            if image.url
            else None
        )
        or caption_noise(image.caption, bool(image.url), image.credit)
    )


def _once_each(images: list[Image], dropped: list[tuple[str, Image]]) -> list[Image]:
    """One entry per picture, where it first appears: the first copy's URL unless only a later
    one is free of resize parameters, the first caption and the first credit found."""
    kept: list[Image] = []
    by_key: dict[str, int] = {}
    for found in images:
        image = replace(found, caption=clean_caption(found.caption), credit=clean_credit(found.credit))
        if image.url is None:
            if image.caption or image.credit:
                kept.append(image)
            continue
        key = picture_key(image.url)
        if key not in by_key:
            by_key[key] = len(kept)
            kept.append(image)
            continue
        dropped.append(("duplicate", image))
        first = kept[by_key[key]]
        url = first.url
        if first.url and "?" in first.url and "?" not in image.url:
            url = image.url
        kept[by_key[key]] = replace(
            first, url=url, caption=first.caption or image.caption, credit=first.credit or image.credit
        )
    return kept


def _story(page: Page) -> html.HtmlElement | None:
    """The story, when it is marked up as an <article>: the first with a few paragraphs (later
    ones are further stories appended below), else the one with the most."""
    best: html.HtmlElement | None = None
    best_count = 0
    for article in page.tree.iter("article"):
        count = sum(1 for _ in article.iter("p"))
        if count >= _STORY_MIN_PARAGRAPHS:
            return article
        if count > best_count:
            best, best_count = article, count
    return best


def _figures_and_bare_images(page: Page) -> tuple[list[html.HtmlElement], list[html.HtmlElement]]:
    """The page's figures (<figure>, and <div>s and <dl>s with a "wp-caption" class) and its
    <img>s outside any <figure>, neither in the page's chrome (``in_chrome``), each in document
    order: one walk of the page below its root, in C, for the four tags (an XPath of the same
    took a walk for each)."""
    figures: list[html.HtmlElement] = []
    bare_images: list[html.HtmlElement] = []
    for element in page.tree.iterdescendants("figure", "div", "dl", "img"):
        tag = element.tag
        if tag == "img":
            if next(element.iterancestors("figure"), None) is None and not in_chrome(element):
                bare_images.append(element)
        elif (tag == "figure" or "wp-caption" in (element.get("class") or "")) and not in_chrome(element):
            figures.append(element)
    return figures, bare_images


def _captioned_image_containers(
    bare_images: list[html.HtmlElement], declared: frozenset[str]
) -> list[html.HtmlElement]:
    """The smallest block around an <img> outside any figure (``bare_images``) that also holds
    text, when that text reads as the image's caption or credit:
    ``<div><div><img></div><div>Image: AP</div></div>``,
    ``<div class="media"><picture>…</picture><p>Short caption</p></div>``.
    Each block is read once, however many pictures it holds (a table of thousands of pictures,
    its first block with text for each of them: reading it again for each was quadratic)."""
    found: list[html.HtmlElement] = []
    blank: dict[html.HtmlElement, bool] = {}  # shared by the images: one read of each element
    # a block with text: whether it reads as its picture's caption (None: no text, read on up)
    verdicts: dict[html.HtmlElement, bool | None] = {}
    for img in bare_images:
        container = picture_element(img).getparent()
        for _ in range(_MAX_CONTAINER_LEVELS):
            if container is None or container.tag in _PROSE_TAGS:
                break
            if container in verdicts:
                verdict = verdicts[container]
            elif _blank(container, blank):
                verdict = verdicts[container] = None
            else:  # (a text longer than a credit's is no caption: read no further)
                text = _short_visible_text(container, _MAX_CREDIT_CHARS)
                verdict = verdicts[container] = (
                    None if text == "" else text is not None and _reads_as_caption(container, text, declared)
                )
            if verdict is not None:
                if verdict:
                    found.append(container)
                break
            container = container.getparent()
    return found


def _blank(node: html.HtmlElement, blank: dict[html.HtmlElement, bool]) -> bool:
    """Whether ``node`` holds nothing shown (``shows_text``: white space, zero-width characters
    at most) in its text and every descendant's text and tail (a hidden part's too; ``node``'s
    own tail is not inside it): all of its text nodes, read in one C call (``nodes.text_of``;
    a text shows when one of its pieces does). A blank element's ``_visible_text`` is empty.
    Answers are kept in ``blank``: the images of one block read it once."""
    known = blank.get(node)
    if known is None:
        known = blank[node] = not shows_text(text_of(node))
    return known


def _reads_as_caption(container: html.HtmlElement, text: str, declared: frozenset[str]) -> bool:
    if len(text) > _MAX_CREDIT_CHARS:
        return False
    if is_credit_line(text) or split_trailing_credit(text)[1]:
        return True
    # A short text alone beside one image, in a block that is not itself prose; not the
    # standfirst the page declares beside its lead picture.
    return (
        len(text) <= _MAX_CAPTION_CHARS
        and len(_IMAGES(container)) == 1
        and not _LINKS(container)
        and text_key(text, DECLARED_KEY_CHARS) not in declared
    )


def _document_order(page: Page) -> Callable[[html.HtmlElement], tuple[int, ...]]:
    """A sort key in document order: the child indices on the way from the root down (an
    element sorts after its ancestors, before its later siblings). An element outside
    ``page.tree`` sorts first. Read only for the elements sorted and their ancestors, not the
    whole tree: each of those parents numbers its children once (``index()`` and ``len()`` count
    a parent's children on every call: for each of thousands of sibling pictures, quadratic)."""
    index = ChildIndex()

    def position(node: html.HtmlElement) -> tuple[int, ...]:
        path: list[int] = []
        parent = node.getparent()
        while parent is not None:
            path.append(index(parent, node))
            node, parent = parent, parent.getparent()
        return tuple(reversed(path)) if node is page.tree else ()

    return position


def _picture_and_caption(
    page: Page, img: html.HtmlElement, caption_node: html.HtmlElement
) -> tuple[Image, html.HtmlElement]:
    """A picture and the paragraph after it that reads as its caption (``beside.py``)."""
    url, _ = _image_url(page, img)
    text = _visible_text(caption_node)
    if is_credit_beside_picture(text):
        return Image(url=url, credit=credit_value(text) or None), img
    caption, credit = split_trailing_credit(text)
    return Image(url=url, caption=caption or None, credit=credit), img


def _figure_image(page: Page, figure: html.HtmlElement) -> tuple[Image | None, html.HtmlElement | None]:
    """The figure's image and the element that gave its URL."""
    url, img = _image_url(page, figure)
    if figure.tag != "figure" and "caption" not in (figure.get("class") or ""):
        text = _visible_text(figure)
        if is_credit_line(text):
            return Image(url=url, credit=credit_value(text) or None), img
        shown, trailing = split_trailing_credit(text)
        return Image(url=url, caption=shown or None, credit=trailing), img
    caption_node = next(  # the first with text: <dl class="wp-caption"><dt><img></dt><dd>…</dd></dl>
        (node for node in _CAPTION_NODES(figure) if shows_text(node.text_content())),
        None,
    )
    credit: str | None = None
    caption: str | None = None
    if caption_node is not None:
        credit_nodes = [
            node
            for node in caption_node.iterdescendants()
            if isinstance(node.tag, str)
            and any(t in (node.get("class") or "").lower() for t in CREDIT_CLASS_TOKENS)
        ]
        credit_texts = [_visible_text(node) for node in credit_nodes]
        caption = _visible_text(caption_node)
        for text in credit_texts:
            caption = collapse(caption.replace(text, " "))
        if is_credit_line(caption):
            credit_texts.append(caption)
            caption = ""
        caption, trailing = split_trailing_credit(caption)
        credit_parts = [credit_value(t) for t in credit_texts if t] + ([trailing] if trailing else [])
        credit = "; ".join(dict.fromkeys(p for p in credit_parts if p)) or None
    if url is None and not caption and not credit:
        return None, img
    return Image(url=url, caption=caption or None, credit=credit), img


def _visible_text(node: html.HtmlElement) -> str:
    """Text of ``node`` in reading order without scripts, comments, decorative parts hidden from
    screen readers (▲) and controls (a zoom <button>'s "Enlarge image" labels the control, it
    does not caption the picture). Inline pieces join as they are ("<i>Yersinia</i>, the");
    another element's text is set apart ("<div>Neue Heizungen</div><div>So wird …"), where
    ``text_content()`` would run the two lines into one word."""
    return collapse("".join(_visible_parts(node, None) or ()))


def _short_visible_text(node: html.HtmlElement, limit: int) -> str | None:
    """``_visible_text(node)`` when it may be ``limit`` characters long at most; None, read no
    further, once it is surely longer: once its parts hold more than ``limit`` ASCII characters
    that are no white space (``collapse`` keeps each of them as a character of its own). The
    blocks around nested pictures each hold all those nested in them: read whole, quadratic."""
    parts = _visible_parts(node, limit)
    return None if parts is None else collapse("".join(parts))


def _visible_parts(node: html.HtmlElement, limit: int | None) -> list[str] | None:
    """The pieces of ``_visible_text`` (None: more than ``limit`` of them shown, see above)."""
    parts: list[str] = []
    shown = 0  # ASCII characters that are no white space, in the parts so far (with a limit)
    stack: list[tuple[html.HtmlElement, bool]] = [(node, False)]  # (element, its end reached)
    while stack:
        element, ended = stack.pop()
        tag = element.tag
        apart = "" if not isinstance(tag, str) or tag in _INLINE_TAGS else " "
        if ended:
            if element is not node and element.tail:
                parts.append(apart + element.tail)
            else:
                continue
        else:
            stack.append((element, True))
            if not isinstance(tag, str) or (element is not node and _hidden(element, tag)):
                continue  # a comment's or a hidden part's own text: only its tail shows
            if element.text:
                parts.append(apart + element.text)
            stack.extend((child, False) for child in reversed(element))
            if not element.text:
                continue
        if limit is not None:
            shown += _ascii_shown(parts[-1])
            if shown > limit:
                return None
    return parts


def _hidden(element: html.HtmlElement, tag: str) -> bool:
    """A part of a block whose own text is not read (``_visible_text``)."""
    return tag in _HIDDEN_TAGS or element.get("aria-hidden") == "true"


_HIDDEN_TAGS = frozenset({"script", "style", "template", "button"})


def _ascii_shown(text: str) -> int:
    """How many ASCII characters of ``text`` are no white space."""
    if not text.isascii():
        text = text.encode("ascii", "ignore").decode("ascii")
    return len("".join(text.split()))  # (str.split() splits at what isspace() calls white space)


# A URL template the page's script fills in ("…/59234409_${formatId}.jpg"): no picture as is.
_UNFILLED = re.compile(r"\$\{|\{\{|%24%7B|%7B%7B", re.IGNORECASE)


def _image_url(page: Page, figure: html.HtmlElement) -> tuple[str | None, html.HtmlElement | None]:
    for img in figure.iter("img", "amp-img", "source"):
        for attribute in _SRC_ATTRIBUTES:
            url = page.absolute(img.get(attribute))
            if url and not _UNFILLED.search(url):
                return url, img
        srcset = img.get("srcset") or img.get("data-srcset")
        if srcset:
            url = page.absolute(srcset.split(",")[0].split()[0])
            if url and not _UNFILLED.search(url):
                return url, img
    return None, None
