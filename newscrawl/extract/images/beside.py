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

import bisect
import itertools
import re
from collections.abc import Iterator

from lxml import etree, html

from newscrawl.extract.images.credits import is_credit_beside_picture, split_trailing_credit
from newscrawl.extract.images.noise import graphic_noise, words
from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import collapse, shows_text, text_key, word_count
from newscrawl.extract.page import Page, once_per_page
from newscrawl.extract.words.classes import (
    PICTURE_CLASS_WORDS,
    PICTURE_TEXT_CLASS_TOKENS,
    TEXT_CLASS_WORDS,
)
from newscrawl.extract.words.meta_tags import DESCRIPTION_META

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
# A figure written without <figure>: an element of these around the picture's wrapper ...
_FIGURE_TAGS = frozenset({"div", "span", "section", "header", "aside", "a"})
# ... whose text, after the picture, is at most this many blocks ...
MAX_FIGURE_BLOCKS = 3
MAX_FIGURE_DEPTH = 2
# ... of at most MAX_CAPTION_CHARS in all, or this many when they carry a credit ...
MAX_CREDITED_FIGURE_CHARS = 600
# ... among neighbours that hold at least this much text (and twice its own).
MIN_FLOW_CHARS = 200
# Children of such a figure that are no part of its text.
_SILENT = frozenset(
    {"script", "style", "noscript", "template", "button", "svg", "br", "source", "meta", "link"}
)
# What a caption never holds.
_NOT_IN_CAPTIONS = (
    "img",
    "picture",
    "video",
    "iframe",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "form",
    "input",
    "select",
    "textarea",
    "blockquote",
    "figure",
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NOT_IN_DESCRIPTIONS = _NOT_IN_CAPTIONS
# Pictures that name their caption by id, and how far from them it may sit.
_DESCRIBED_BY = ("aria-describedby", "aria-labelledby")
_PICTURE_TAGS = frozenset({"img", "amp-img", "picture", "figure"})
_WRAPPER_TAGS = frozenset({"div", "span", "a"})
_WITH_ID = etree.XPath("descendant-or-self::*[@id]")  # (the tree only: not "//", see footer.py)
MAX_DESCRIBED_LEVELS = 3
MIN_DESCRIBED_CHARS = 3
MAX_DESCRIBED_CHARS = 1000
# A text opening as the page's declared description does is its standfirst.
DECLARED_KEY_CHARS = 40
_SOURCES = ("src", "data-src", "data-lazy-src", "data-original")
# Where a picture is no story picture of its own: in a figure (read as one), or in page chrome.
_PICTURE_PLACES = frozenset({"figure", "nav", "footer", "aside"})
# A link to the picture's own file (a lightbox, WordPress's "link to media file") leaves it the
# story's picture; a link to a page makes it a teaser's.
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)", re.IGNORECASE)


def _pictures(walked: list[html.HtmlElement]) -> Iterator[html.HtmlElement]:
    """The pictures (``<img>``, ``<amp-img>``) outside figures and page chrome, not inside a
    link to another page (a link to the picture's own file, or one that goes nowhere,
    ``href="#"`` / ``javascript:``, opens a lightbox). ``walked``: the page's
    ``_PICTURE_TAGS`` elements, in document order."""
    for img in walked:
        if img.tag not in ("img", "amp-img") or next(img.iterancestors(*_PICTURE_PLACES), None) is not None:
            continue
        link = next(img.iterancestors("a"), None)
        if link is None or _opens_picture(link.get("href") or "") or _picture_page(link, img):
            yield img


def _picture_page(link: html.HtmlElement, img: html.HtmlElement) -> bool:
    """A link around a picture to the picture's own page: WordPress's "link to attachment page"
    (``rel="attachment wp-att-216479"``). A link that shows text beside the picture is another
    story's card."""
    return not shows_text(text_of(link)) and "attachment" in (link.get("rel") or "").lower().split()


def _opens_picture(href: str) -> bool:
    """A link around a picture that shows the picture itself (its file, or a script's lightbox)
    rather than another page."""
    href = href.strip()
    return (
        not href
        or href.startswith("#")
        or href.lower().startswith("javascript:")
        or bool(_IMAGE_FILE.search(href))
    )


@once_per_page  # read for the copy trafilatura reads (``prepare.py``) and for the pictures
def page_captions(page: Page) -> list[tuple[html.HtmlElement, html.HtmlElement]]:
    """``captions_after_pictures`` of the page's own tree with the texts it declares
    (``declared_texts``): read once per page."""
    return captions_after_pictures(page.tree, declared_texts(page))


def captions_after_pictures(
    tree: html.HtmlElement, declared: frozenset[str] = frozenset()
) -> list[tuple[html.HtmlElement, html.HtmlElement]]:
    """(picture, caption element) for every picture followed by a paragraph that reads as its
    caption, in document order. ``declared``: the keys of the texts the page declares as its
    description (``declared_texts``): such a text beside a picture is the standfirst, no caption."""
    found: list[tuple[html.HtmlElement, html.HtmlElement]] = []
    taken: set[html.HtmlElement] = set()
    walked = list(tree.iter(*_PICTURE_TAGS))  # one walk: the pictures here and those described
    lengths: dict[html.HtmlElement, int] = {}  # text lengths read for ``text_beside``
    parts: dict[html.HtmlElement, _FigureParts] = {}  # children read for ``_figure_text``
    for img in _pictures(walked):
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
        elif caption is None:
            for block in figure_like_blocks(img, wrapper, declared, lengths, parts):
                if block not in taken:
                    taken.add(block)
                    found.append((img, block))
    for img, description in described_pictures(tree, walked):
        if description not in taken:
            taken.add(description)
            found.append((img, description))
    return found


def figure_like_blocks(
    img: html.HtmlElement,
    wrapper: html.HtmlElement,
    declared: frozenset[str] = frozenset(),
    lengths: dict[html.HtmlElement, int] | None = None,
    parts: dict[html.HtmlElement, _FigureParts] | None = None,
) -> list[html.HtmlElement]:
    """The text blocks of a figure written without ``<figure>``: the element around the
    picture's wrapper holds the picture and, after it, one to three short text blocks and
    nothing else (no loose text, link, heading, list or other picture), and it stands apart
    from the text flow (its neighbours hold more text than it does). ``<div><picture>…
    </picture><p>Donald Trump</p><p>Foto: Reuters</p></div>`` among a story's paragraphs: its
    caption and credit, whatever their classes are called. ``lengths``: the text lengths
    already read on the page (``text_beside``), kept for the next picture; ``parts``: the same for
    the children of the elements around pictures (``_figure_text``)."""
    figure = wrapper.getparent()
    blocks = _figure_text(figure, wrapper, parts) if figure is not None else None
    if not blocks or len(blocks) > MAX_FIGURE_BLOCKS or figure is None:
        return []
    texts = [collapse(block.text_content()) for block in blocks]
    if declared and any(text_key(text, DECLARED_KEY_CHARS) in declared for text in texts):
        return []  # the standfirst set beside the lead picture
    total = sum(len(text) for text in texts)
    credited = any(
        is_credit_beside_picture(text) or split_trailing_credit(text)[1] is not None for text in texts
    )
    if not MIN_CAPTION_CHARS <= total <= (MAX_CREDITED_FIGURE_CHARS if credited else MAX_CAPTION_CHARS):
        return []
    if graphic_noise(_source(img), img, captioned=False):
        return []  # an avatar, an icon beside a name
    if text_beside(figure, lengths) < max(MIN_FLOW_CHARS, 2 * total):
        return []  # the picture and its text are all there is: a short post, not a figure
    return blocks


class _FigureParts:
    """The children of an element around pictures, read once for all of them (``_figure_text``:
    a block of thousands of pictures read whole for each was quadratic): whether some child's
    tail shows text, each child's place, the children that show text (a picture's wrapper among
    them is left out when it is read) and their text blocks as they are asked for."""

    __slots__ = ("blocks", "loose", "place", "text_places", "texts")

    def __init__(self, figure: html.HtmlElement) -> None:
        children = list(figure)
        self.loose = any(collapse(child.tail or "") for child in children)
        self.place = {child: i for i, child in enumerate(children)}
        self.texts = [
            child
            for child in children
            if isinstance(child.tag, str) and child.tag not in _SILENT and shows_text(text_of(child))
        ]
        self.text_places = [self.place[child] for child in self.texts]
        self.blocks: dict[html.HtmlElement, list[html.HtmlElement] | None] = {}

    def text_blocks(self, child: html.HtmlElement) -> list[html.HtmlElement] | None:
        if child not in self.blocks:
            self.blocks[child] = _text_blocks(child, MAX_FIGURE_DEPTH)
        return self.blocks[child]


def _figure_text(
    figure: html.HtmlElement,
    wrapper: html.HtmlElement,
    parts: dict[html.HtmlElement, _FigureParts] | None = None,
) -> list[html.HtmlElement] | None:
    """The text blocks after the picture's wrapper in ``figure``, or None when the figure holds
    loose text, text above the picture, or what a caption never holds; more than
    ``MAX_FIGURE_BLOCKS`` (read no further) when there are too many for a figure's.
    ``parts``: the figures' children read for earlier pictures, by figure."""
    if figure.tag not in _FIGURE_TAGS or collapse(figure.text or "") or collapse(wrapper.tail or ""):
        return None
    read = None if parts is None else parts.get(figure)
    if read is None:
        read = _FigureParts(figure)
        if parts is not None:
            parts[figure] = read
    if read.loose:
        return None  # text running on beside the picture
    at = read.place[wrapper]
    places = read.text_places
    if places and places[0] < at:
        return None  # text above the picture: a title, a card's label
    blocks: list[html.HtmlElement] = []
    for i in range(bisect.bisect_right(places, at), len(places)):  # (not the wrapper itself)
        found = read.text_blocks(read.texts[i])
        if found is None:
            return None
        blocks += found
        if len(blocks) > MAX_FIGURE_BLOCKS:
            break  # too many for a figure's: no need to read on
    return blocks


def declared_texts(page: Page) -> frozenset[str]:
    """Keys (the first ``DECLARED_KEY_CHARS`` characters) of the descriptions the page declares
    in ``<meta>`` and in its article's JSON-LD."""
    texts = [value for key in DESCRIPTION_META for value in page.meta.get(key, ())]
    texts += [obj["description"] for obj in page.articles_ld()[:1] if isinstance(obj.get("description"), str)]
    return frozenset(
        key for text in texts if len(key := text_key(text, DECLARED_KEY_CHARS)) >= DECLARED_KEY_CHARS
    )


def text_beside(figure: html.HtmlElement, lengths: dict[html.HtmlElement, int] | None = None) -> int:
    """How much text stands beside the figure: in the neighbours of the largest element around
    it (a few levels at most) that holds no more text than it does. ``lengths``: text lengths
    read before on the same page, by element (pictures in one block share their parents: read
    anew for each, a block of thousands of pictures was quadratic)."""
    known = {} if lengths is None else lengths

    def length(node: html.HtmlElement) -> int:
        if node not in known:
            known[node] = len(collapse(text_of(node)))
        return known[node]

    own = length(figure)
    outer = figure
    for _ in range(MAX_WRAPPER_LEVELS):
        parent = outer.getparent()
        if parent is None or parent.tag in ("body", "html") or length(parent) > own + 2:
            break
        outer = parent
    parent = outer.getparent()
    if parent is None:
        return 0
    return length(parent) - own


def _text_blocks(node: html.HtmlElement, depth: int) -> list[html.HtmlElement] | None:
    """The text blocks of a figure's text part (a block holding a credit line and a caption
    line gives both), or None when it holds what a caption never does."""
    if node.tag not in _CAPTION_TAGS or next(node.iter(*_NOT_IN_CAPTIONS), None) is not None:
        return None
    if any(not _opens_picture(link.get("href") or "") for link in node.iter("a")):
        return None
    children = [child for child in node if isinstance(child.tag, str) and shows_text(text_of(child))]
    if (
        depth > 0
        and node.tag == "div"
        and len(children) >= 2
        and not collapse(node.text or "")
        and not any(collapse(child.tail or "") for child in node)
    ):
        found: list[html.HtmlElement] = []
        for child in children:
            inner = _text_blocks(child, depth - 1)
            if inner is None:
                return None
            found += inner
        return found
    return [node]


def _source(img: html.HtmlElement) -> str:
    return next((img.get(name) for name in _SOURCES if img.get(name)), "")


def described_pictures(
    tree: html.HtmlElement, walked: list[html.HtmlElement] | None = None
) -> list[tuple[html.HtmlElement, html.HtmlElement]]:
    """(picture, description) for every picture whose ``aria-describedby`` or
    ``aria-labelledby`` names a text element near it (WordPress gives every captioned picture
    one: ``<img aria-describedby="caption-attachment-12">``): that element is its caption,
    whatever its class is called. A heading, or an element holding pictures, lists or several
    paragraphs, or far from the picture, is no caption. ``walked``: the page's
    ``_PICTURE_TAGS`` elements in document order, when the caller has them."""
    pictures = _described(list(tree.iter(*_PICTURE_TAGS)) if walked is None else walked)
    if not pictures:
        return []
    wanted = {
        name
        for picture in pictures
        for attribute in _DESCRIBED_BY
        for name in (picture.get(attribute) or "").split()
    }
    by_id = {node.get("id"): node for node in _WITH_ID(tree) if node.get("id") in wanted}
    found: list[tuple[html.HtmlElement, html.HtmlElement]] = []
    for picture in pictures:
        img = picture if picture.tag in ("img", "amp-img") else next(picture.iter("img", "amp-img"), None)
        if img is None:
            continue
        near = set(list(picture.iterancestors())[:MAX_DESCRIBED_LEVELS])
        for attribute in _DESCRIBED_BY:
            for name in (picture.get(attribute) or "").split():
                target = by_id.get(name)
                if target is not None and _describes(target, picture, near):
                    found.append((img, target))
    return found


def _described(walked: list[html.HtmlElement]) -> list[html.HtmlElement]:
    """The pictures and figures that name their description, and the wrappers of one picture
    that do by ``aria-describedby`` (``aria-labelledby`` on a block names a region's title).
    ``walked``: the page's ``_PICTURE_TAGS`` elements, in document order."""
    found: list[html.HtmlElement] = []
    for node in walked:
        if node.get("aria-describedby") is not None or node.get("aria-labelledby") is not None:
            found.append(node)
        elif node.tag in ("img", "amp-img"):
            for wrapper, _ in zip(node.iterancestors(*_WRAPPER_TAGS), range(2), strict=False):
                if wrapper.get("aria-describedby") is not None:
                    if sum(1 for _ in wrapper.iter("img", "amp-img")) == 1:
                        found.append(wrapper)
                    break
    return found


def _describes(target: html.HtmlElement, picture: html.HtmlElement, near: set[html.HtmlElement]) -> bool:
    if (
        not isinstance(target.tag, str)
        or target.tag in _HEADINGS
        or target is picture
        or any(ancestor is target for ancestor in picture.iterancestors())
        or next(target.iter(*_NOT_IN_DESCRIPTIONS), None) is not None
        or sum(1 for _ in target.iter("p")) > 2
    ):
        return False
    if not near.intersection(itertools.islice(target.iterancestors(), MAX_DESCRIBED_LEVELS)):
        return False  # the picture and its caption share a block a few levels above both
    text = collapse(target.text_content())
    return MIN_DESCRIBED_CHARS <= len(text) <= MAX_DESCRIBED_CHARS


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
        if before.tag != "br" and shows_text(before.text_content()):
            return False
        before = before.getprevious()
    if paragraph.find(".//a[@href]") is not None or len(paragraph.findall(".//img")) != 1:
        return False
    img = wrapper if wrapper.tag == "img" else wrapper.find(".//img")
    if img is None or graphic_noise(_source(img), img, captioned=False):
        return False  # a flag, an icon, an avatar before a line of text
    # Its own line under the picture (after a <br>) or set apart (<em>, <small>): text running
    # on beside the picture is prose flowing around it ("<p><img class=alignright>A senior …").
    after = wrapper.getnext()
    if collapse(wrapper.tail or "") or after is None or after.tag not in _SET_APART:
        return False
    text = collapse(paragraph.text_content())
    return MIN_CAPTION_CHARS <= len(text) <= MAX_SHARED_CAPTION_CHARS


def reads_as_caption(node: html.HtmlElement) -> bool:
    """A paragraph without links or pictures that carries a credit (at most 600 characters), or
    a short line (at most 300) named as a picture's text."""
    if (
        node.tag not in _CAPTION_TAGS
        or node.find(".//a[@href]") is not None
        or node.find(".//img") is not None
    ):
        return False
    text = collapse(node.text_content())
    if not MIN_CAPTION_CHARS <= len(text) <= MAX_CREDITED_FIGURE_CHARS:
        return False
    if is_credit_beside_picture(text) or split_trailing_credit(text)[1] is not None:
        return True  # a credit closes it: a caption up to 600 characters
    return len(text) <= MAX_CAPTION_CHARS and _named_caption_line(node)


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


def picture_element(img: html.HtmlElement) -> html.HtmlElement:
    """The ``<picture>`` around ``img`` when the parser nested its ``<source>`` elements (void in
    HTML5, not to libxml2: ``<picture><source><source><img></source></source></picture>``) around
    it; else ``img``."""
    parent = img.getparent()
    if parent is None or parent.tag != "source":
        return img
    return next(img.iterancestors("picture"), img)


def _picture_wrapper(img: html.HtmlElement) -> html.HtmlElement:
    """The largest element around ``img`` (a few levels at most) that holds no text of its own;
    the climb starts at its ``<picture>`` (``picture_element``)."""
    wrapper = picture_element(img)
    for _ in range(MAX_WRAPPER_LEVELS):
        parent = wrapper.getparent()
        if parent is None or parent.tag in _CONTAINERS or shows_text(text_of(parent)):
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
        picture = picture_element(img)
        link = picture.getparent() if picture.tag == "picture" else img.getparent()
        if link is not None and link.tag == "picture":
            link = link.getparent()  # <a><picture><img></picture></a>
        if link is not None and link.tag == "a":
            texts += [link.get(attribute) for attribute in ("title", "data-caption", "data-title")]
        for raw in texts:
            text = collapse(raw or "")
            if text and word_count(text) >= MIN_DESCRIPTION_WORDS:
                found.add(text_key(text))
    return found
