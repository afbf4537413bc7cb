"""The standfirst / dek: the summary shown under the headline.

1. A shown element after the headline whose class / id / itemprop names a standfirst
   (``STANDFIRST_WORDS``): among the first blocks after the headline, or further down when it
   agrees with the declared description. Captions and teasers for other stories are skipped.
2. The first paragraph-sized block right after the headline, when it agrees with the declared
   description; or, when the page declares none, when it sits in the article header (before
   the byline / date line); in the header, a differently worded declared description loses to
   a shown dek that reads as prose (a sentence, or the one unpunctuated sentence-long line right
   under the headline). A first paragraph after the byline is the body's, not a dek,
   unless it is set wholly in bold and reads as prose (a bold lead), or stands set apart from
   the body (its own box, the story's paragraphs sharing another: ``_is_set_apart``). A
   header's box that holds the dek with its byline or date line is read block by block (the
   dek does not run on into them). A picture's caption, in a <figcaption> or set as text
   beside the picture (which the pipeline passes in), is no dek; nor is a part of a heading
   that says the headline again (the title shown twice, its kicker or second line on a <span>
   of its own: every word of the headline in it).
   A heading right under the headline is the dek when sentence-long, or when it reads as a
   sentence and the byline / date line follows it or shares its box.
3. The declared description: og:description, meta description, twitter:description, then
   JSON-LD description (which is often an SEO line or the lead image's caption).
Null when none of these exists.

A shown description is also told ``apart`` from the story (``Description.apart``): a standfirst
element, or a block under the headline in the headline's own header or outside the box that
holds the story's next two paragraphs (``_apart``; on a page built of divs this is what the
``<header>`` would say). The body never repeats such a dek; a lede inside the story's box,
which <meta> repeats, stays the body's first paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, NamedTuple

from lxml import etree, html

from newscrawl.extract.meta.bylines import looks_like_byline, starts_like_byline
from newscrawl.extract.meta.datelines import holds_time_note, looks_like_dateline
from newscrawl.extract.meta.dates import find_dates
from newscrawl.extract.meta.headline import article_around
from newscrawl.extract.meta.names import is_name_shaped, split_names
from newscrawl.extract.normalise import clean_text, collapse, word_count, word_counts, word_overlap, words
from newscrawl.extract.page import Page
from newscrawl.extract.visible import (
    SENTENCE_END,
    class_tokens,
    element_text,
    heading_line,
    is_prose,
    is_shown,
    link_chars,
    text_blocks,
)
from newscrawl.extract.words.classes import NOT_STANDFIRST_WORDS, STANDFIRST_WORDS
from newscrawl.extract.words.credits import ANY_TRAILING_CREDIT_LABEL
from newscrawl.extract.words.meta_tags import DESCRIPTION_META

_PARAGRAPH_TAGS = ("p", "li")
_CAPTION_TAGS = frozenset({"figure", "figcaption", "picture"})
_FURNITURE_INSIDE = frozenset({"h1", "h2", "h3", "h4", "figure", "figcaption", "img", "picture"})
_MAX_LINK_SHARE = 0.5
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MIN_HEADING_DEK = 50
_MIN_RESTATED = 20
_MAX_META_LINE = 120
_HEADER_BLOCKS = 6
_NEAR = 8
_MIN_LEN, _MAX_LEN = 30, 1200
_WINDOW = 25
_AGREE = 0.5
_SAME_AS_HEADLINE = 0.9
_MAX_NAME_WORDS = 4
_MIN_DEK_PROSE = 60
_MIN_SENTENCE_HEADING = 80
_BOLD_SHARE = 0.95
# A picture credit: "© WSNA", "Foto: dpa", "Photo: Jane Smith" (a label with its colon, "©" or
# "(c) ", then a short name), as a paragraph of its own or closing the last one after a
# sentence's mark (``_is_credited_caption``). Not the body cleaner's tests in
# ``images/credits.py`` (``is_credit_line``, ``ends_with_picture_credit``, which meta/ does not
# import: images/ reads after it): those also take a bare agency, a wire or bracketed credit
# and a label without its colon ("Photo AFP"). The labels are theirs (``words.credits``).
_CREDIT_LABEL = r"(?:©|\(c\)\s|" + ANY_TRAILING_CREDIT_LABEL + r"\s*[:：])"
_CREDIT_PARAGRAPH = re.compile(rf"^\s*{_CREDIT_LABEL}\s*[^.!?]{{1,60}}$", re.IGNORECASE)
_CLOSING_CREDIT = re.compile(rf"[.!?…\"”»]\s*{_CREDIT_LABEL}\s*[^.!?]{{1,60}}$", re.IGNORECASE)


def declared_description(
    page: Page, articles: list[dict[str, Any]], headline: str | None = None
) -> tuple[str | None, str]:
    """The description the page declares. The social-card text (og:description) is written
    for readers and usually is the standfirst; JSON-LD description is often an SEO line or
    the lead image's caption, so it comes last."""
    found = [(clean_text(page.first_meta(key)), "meta") for key in DESCRIPTION_META]
    found += [(clean_text(obj.get("description")), "json-ld") for obj in articles]
    # A name alone ("JANE DOE", the byline pasted into the CMS summary) describes nothing; a
    # text longer than any standfirst is the page's body pasted into the tag; the headline
    # again (a CMS that fills an empty summary with the title), a byline or a date line is no
    # description.
    declared = [
        (text, source)
        for text, source in found
        if text
        and not _is_name_only(text)
        and len(text) <= _MAX_LEN
        and not (headline and word_overlap(text, headline) >= _SAME_AS_HEADLINE)
        and not looks_like_byline(text)
        and not looks_like_dateline(text)
    ]
    if not declared:
        return None, "meta"
    text, source = declared[0]
    # A shortened copy ("... the first 160 characters…"): the full one is the description.
    stem = text.rstrip(".\u2026 ").casefold()
    for other, other_source in declared[1:]:
        if len(other) > len(text) and other.casefold().startswith(stem):
            text, source = other, other_source
    return text, source


def extract_description(
    page: Page,
    articles: list[dict[str, Any]],
    anchor: html.HtmlElement | None,
    headline: str | None = None,
    *,
    captions: frozenset[html.HtmlElement] = frozenset(),
    names: Sequence[str] = (),
) -> Description:
    """The description, its provenance and whether it is a dek shown apart from the story.
    ``captions``: the elements of the page that are pictures'
    captions set as text beside them (``images.beside.page_captions``, which the pipeline
    reads: images/ comes after meta/), passed over as <figcaption>s are. ``names``: the
    authors found on the page; a line of their names is the byline, as "By …" is."""
    declared, declared_source = declared_description(page, articles, headline)
    shown = _classed_standfirst(anchor, declared) or _heading_dek(anchor)
    if shown:
        return Description(shown, "standfirst", True)
    if anchor is not None:
        header = _headline_header(anchor, headline)
        following, in_header = _paragraph_after(anchor, header, captions, names)
        excerpt = False
        if following and declared:
            following, excerpt = _with_agreeing_siblings(following, declared, names)
        # (A dek the declared excerpt runs past: the byline after it sets it apart from the story.)
        if following and (
            excerpt or (word_overlap(following.text, declared) >= _AGREE if declared else in_header)
        ):
            return Description(following.text, "h1-next", excerpt or _apart(following.el, header))
        # A dek shown between the headline and the byline beats a differently worded <meta>
        # (an SEO rewrite), when it reads as prose and does not restate the headline; the line
        # right under the headline also when it is one unpunctuated sentence (``_is_dek_line``).
        if following and in_header:
            headline_text = element_text(anchor) or ""
            if _reads_as_dek(following.text, headline_text) or _is_dek_line(following, headline_text):
                return Description(following.text, "h1-next", _apart(following.el, header))
        # A prose block set apart from the body under the headline: its own box, the story's
        # paragraphs following in another (the byline and date line only may come between).
        # (A paragraph only its style sets apart stands against no declared text.)
        if (
            following
            and not in_header
            and _is_set_apart(anchor, following, names, captions, styled=not declared)
        ):
            return Description(following.text, "h1-next", _apart(following.el, header))
    if declared:
        return Description(declared, declared_source, False)
    return Description(None, None, False)


# The story's next paragraphs: not a quotation's, a list's or a link's (a teaser card's).
_STORY_PARAGRAPHS = etree.XPath(
    "following::p[not(ancestor::blockquote or ancestor::li or ancestor::a)][position() <= 8]"
)

# The sub-heading nearest before a block, and the first after it.
_HEADING_BEFORE = etree.XPath("preceding::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]")
_HEADING_AFTER = etree.XPath("following::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]")


def _apart(el: html.HtmlElement, header: html.HtmlElement | None) -> bool:
    """The dek ``el`` stands apart from the story's paragraphs: in the headline's own header,
    or outside the box that holds the next two paragraphs of prose (their nearest common
    element; no quotation's, list's or link's), with no sub-heading between, as a dek above
    the byline is on a page built of divs. A lede inside that box is
    the story's first paragraph, which <meta> repeats."""
    if header is not None and _in(el, header):
        return True
    prose = [p for p in _STORY_PARAGRAPHS(el) if is_shown(p) and is_prose(p)][:2]
    if len(prose) < 2:
        return False
    # A sub-heading between it and them: the story is told in titled parts (sections, a live
    # page's posts) and the block opens it, which no box tells apart.
    heading = next(iter(_HEADING_BEFORE(prose[0])), None)
    if heading is not None and heading is next(iter(_HEADING_AFTER(el)), None):
        return False
    box = next((a for a in prose[0].iterancestors() if _in(prose[1], a)), None)
    return box is not None and not _in(el, box)


class Description(NamedTuple):
    """The description found, where it came from, and whether the page shows it apart from the
    story's paragraphs (a standfirst element, a dek in the headline's header or in a box of its
    own): then the body never repeats it."""

    text: str | None
    source: str | None
    apart: bool


def _reads_as_dek(text: str, headline: str) -> bool:
    return (
        len(text) >= _MIN_DEK_PROSE
        and text.rstrip("\"'»”’)").endswith((".", "?", "!", "…"))
        and not find_dates(text)
        and word_overlap(text, headline) < _AGREE
    )


# A dek is often one sentence without its full stop ("Beyond the headlines, economists argue
# that the economy is barely scraping by"), but so are a kicker, a byline run together with its
# time ("Jane Doe, John Roe 13 hours ago Reading time: 8 minutes"), a list of key points or the
# page's first block of text: such a line is the dek only when it is the first thing shown
# under the headline, one short sentence-long line of prose and no note about the article.
_MIN_DEK_LINE_WORDS = 8
_MAX_DEK_LINE = 300


def _is_dek_line(found: _Found, headline: str) -> bool:
    """``found`` is the line right under the headline, a sentence without its mark: as long as a
    dek, no longer than one, one paragraph, not a list, and a sentence's line
    (``_is_sentence_line``)."""
    text = found.text
    return (
        found.place == 0
        and _MIN_DEK_PROSE <= len(text) <= _MAX_DEK_LINE
        and "\n\n" not in text
        and not _is_list(found.el, ("ul", "ol"))
        and _is_sentence_line(text, headline)
    )


def _is_sentence_line(text: str, headline: str) -> bool:
    """A line as long as a sentence (``_MIN_DEK_LINE_WORDS`` words, not a sub-heading's few), no
    label (ending in ":"), no date, reading or relative time, not the headline again (a second
    copy of it, with its kicker)."""
    return (
        word_count(text) >= _MIN_DEK_LINE_WORDS
        and not text.rstrip().endswith(":")
        and not find_dates(text)
        and not holds_time_note(text)
        and word_overlap(text, headline) < _AGREE
    )


def _is_list(el: html.HtmlElement, tags: tuple[str, ...]) -> bool:
    """``el`` is one of the list ``tags`` or holds a list item (key points, not a dek)."""
    return el.tag in tags or el.find(".//li") is not None


_MAX_SET_APART = 500
_CONTROL_TAGS = frozenset({"form", "input", "button", "select", "textarea", "label"})


def _is_set_apart(
    anchor: html.HtmlElement,
    found: _Found,
    names: Sequence[str] = (),
    captions: frozenset[html.HtmlElement] = frozenset(),
    *,
    styled: bool = False,
) -> bool:
    """``found`` is the first block under the headline but for byline and date lines (a
    picture's caption, a row of tools: ``_is_tool_line``), reads as a dek (prose, one to a few
    sentences), and stands outside the box of the story's paragraphs: the next two paragraphs
    of prose share one parent, which does not hold it (a site that wraps each paragraph in its
    own box tells nothing: no dek); with ``styled``, also a paragraph the page styles apart from
    them (``_styled_apart``)."""
    text = found.text
    if len(text) > _MAX_SET_APART or not _reads_as_dek(text, element_text(anchor) or ""):
        return False
    if _is_list(found.el, ("ul", "ol", "li")):
        return False
    if any(isinstance(d.tag, str) and d.tag in _CONTROL_TAGS for d in found.el.iter()):
        return False  # a sign-up box: its field's label and small print
    meta: list[html.HtmlElement] = []
    blocks = _Ahead(text_blocks(_region(anchor), _MAX_LEN, start=anchor))
    for i, (el, line) in enumerate(blocks.after(-1)):
        if el is found.el:
            break
        if any(_in(el, box) for box in meta):
            continue  # the author's name inside the byline, a caption's credit
        if _is_caption_block(el, line, captions, blocks.after(i)):
            meta.append(el)  # a picture's caption between the headline and the dek
            continue
        if not _is_meta_line(line, names) and not _is_tool_line(line):
            return False
        meta.append(el)
    prose = [p for p in found.el.xpath("following::p[position() <= 8]") if is_shown(p) and is_prose(p)][:2]
    if len(prose) < 2:
        return False
    first, second = prose
    return _outside_story_box(found.el, first, second) or (styled and _styled_apart(found.el, first, second))


def _styled_apart(el: html.HtmlElement, first: html.HtmlElement, second: html.HtmlElement) -> bool:
    """The paragraph ``el`` is styled apart from the story's next two paragraphs ``first`` and
    ``second``: they share one style (the same class attribute, or none), ``el`` has a class of
    its own (whatever its words: a style the page gives its dek alone)."""
    own = (el.get("class") or "").split()
    if el.tag != "p" or first.tag != "p" or second.tag != "p" or not own:
        return False
    shared = (first.get("class") or "").split()
    return shared == (second.get("class") or "").split() and own != shared


def _outside_story_box(el: html.HtmlElement, first: html.HtmlElement, second: html.HtmlElement) -> bool:
    """The story's next two paragraphs ``first`` and ``second`` share one parent, which does
    not hold ``el``."""
    parent = first.getparent()
    return parent is not None and second.getparent() is parent and not _in(el, parent)


# A page's tools between the headline and the dek: a row of share buttons ("Teilen Twittern
# Senden"), an audio player ("0:00 Anhören"), a note a button shows ("Link copied").
_MAX_TOOL_WORDS = 4
_MAX_TOOL_CHARS = 40


def _is_tool_line(text: str) -> bool:
    """A line of a few words, no sentence: a button row or a player's label, not a dek."""
    short = len(text) <= _MAX_TOOL_CHARS and word_count(text) <= _MAX_TOOL_WORDS
    return short and not SENTENCE_END.search(text)


def _is_name_only(text: str) -> bool:
    return len(text.split()) <= _MAX_NAME_WORDS and is_name_shaped(text) and not text.endswith(".")


def _classed_standfirst(anchor: html.HtmlElement | None, declared: str | None) -> str | None:
    """A classed standfirst in the blocks after the headline. Beyond the header's first few
    blocks a classed element is as likely a teaser for another story, so there it must agree
    with the declared description."""
    if anchor is None:
        return None
    for i, (el, _) in enumerate(text_blocks(_region(anchor), _MAX_LEN, start=anchor)):
        if i >= _WINDOW:
            break
        tokens = _standfirst_tokens(el)
        if not tokens & STANDFIRST_WORDS or tokens & NOT_STANDFIRST_WORDS:
            continue
        if _is_furniture(el) and not _is_illustrated_text(el):
            continue
        text = _dek_paragraphs(_paragraphs_text(el))
        if not text or len(text) < _MIN_LEN or _is_meta_line(text) or _is_credited_caption(text):
            continue
        if _is_tool_row(text):
            continue  # "Listen to this article · 5 min", "Reading time: 4 minutes · 12 comments"
        if el.tag in _HEADING_TAGS and len(text) < _MIN_HEADING_DEK:
            continue  # a sub-heading classed "subtitle", not a dek
        if _reads_as_sub_heading(el, text):
            continue  # a "subheadline" between two paragraphs of the story
        if i >= _NEAR and declared and word_overlap(text, declared) < _AGREE:
            continue
        return _with_siblings(el, text)
    return None


def _dek_paragraphs(text: str | None) -> str | None:
    """A standfirst box's paragraphs without the byline or date line and the picture's caption
    it holds beside the dek ("<div class=lead><p>Dek …</p><p>von Jane Doe</p></div>"): a
    caption closing with its credit ("… Unterstützern. Bild: dpa"), or a credit line and the
    caption above it ("<p>Rust am Westufer.</p><p>© WSNA</p>"). They are no part of the
    description."""
    parts = text.split("\n\n") if text else []
    if len(parts) < 2:
        return text
    kept: list[str] = []
    for part in parts:
        if _CREDIT_PARAGRAPH.match(part):
            kept = kept[:-1]  # the credit's caption
        elif not (_is_meta_line(part) or _CLOSING_CREDIT.search(part)):
            kept.append(part)
    return "\n\n".join(kept) if kept else text


def _reads_as_sub_heading(el: html.HtmlElement, text: str) -> bool:
    """A sub-heading classed like a standfirst ("subheadline", "subtitle"): a short title-like
    text (no sentence: ``visible.heading_line``) standing between two paragraphs of the
    story's prose. A standfirst stands under the headline, before the prose. (body/headings.py
    finds it as a sub-heading.)"""
    return heading_line(text) and is_prose(el.getprevious()) and is_prose(el.getnext())


_ROW_SEPARATOR = re.compile(r"\s+[·|•]\s+")
_MAX_ROW_ITEM_WORDS = 6


def _is_tool_row(text: str) -> bool:
    """A row of short labels set apart by dots or bars (a player, a reading time, a comment
    count), not a sentence: a dek is prose."""
    parts = _ROW_SEPARATOR.split(text)
    return len(parts) > 1 and all(
        word_count(p) <= _MAX_ROW_ITEM_WORDS and not SENTENCE_END.search(p) for p in parts
    )


def _heading_dek(anchor: html.HtmlElement | None) -> str | None:
    """A sentence-long sub-heading set right under the headline: the dek, styled as a heading
    (section sub-headings are short and never come first)."""
    if anchor is None:
        return None
    blocks = _Ahead(text_blocks(_region(anchor), _MAX_LEN, start=anchor))
    meta: list[html.HtmlElement] = []
    for i, (el, text) in enumerate(islice(blocks.after(-1), _HEADER_BLOCKS)):
        # Only the byline and date line may stand between the headline and such a dek.
        if _is_meta_line(text) and el.tag not in _HEADING_TAGS:
            meta.append(el)
            continue
        if el.tag not in _HEADING_TAGS or _is_furniture(el):
            break
        if len(text) >= _MIN_SENTENCE_HEADING:
            return text
        # A shorter one is the dek when it reads as a sentence and the byline or date line
        # closes it into the header: it shares their box or comes right before them.
        if (
            len(text) >= _MIN_HEADING_DEK
            and _is_sentence_line(text, element_text(anchor) or "")
            and (any(_in(el, box) for box in meta) or _meta_follows(el, blocks.after(i)))
        ):
            return text
        break
    return None


def _next_outside(
    el: html.HtmlElement, following: Iterable[tuple[html.HtmlElement, str]]
) -> tuple[html.HtmlElement, str] | None:
    """The first block of ``following`` (the blocks after ``el``) that is outside ``el``."""
    return next(((block, text) for block, text in following if not _in(block, el)), None)


def _meta_follows(el: html.HtmlElement, following: Iterable[tuple[html.HtmlElement, str]]) -> bool:
    """The first block after ``el`` (and outside it) is a byline or date line."""
    after = _next_outside(el, following)
    return after is not None and _is_meta_line(after[1])


def _is_caption_block(
    el: html.HtmlElement,
    text: str,
    captions: frozenset[html.HtmlElement],
    following: Iterable[tuple[html.HtmlElement, str]],
) -> bool:
    """``el`` is a picture's caption set as text: with its credit, one of the ``captions`` the
    images reader found, or a line its credit follows."""
    return _is_credited_caption(text) or _in_captions(el, captions) or _credit_follows(el, following)


def _credit_follows(el: html.HtmlElement, following: Iterable[tuple[html.HtmlElement, str]]) -> bool:
    """The first block after ``el`` (and outside it) is a picture credit alone ("Foto: Getty
    Images", "© Jane Doe"), no picture between them: ``el`` is the picture's caption, its credit
    set on the next line (with a picture between them, the credit is that picture's)."""
    after = _next_outside(el, following)
    if after is None or not _CREDIT_PARAGRAPH.match(after[1]):
        return False
    block = after[0]
    return bool(
        block.xpath(
            "count(preceding::img) + count(.//img) = count($el/preceding::img) + count($el//img)", el=el
        )
    )


def _is_credited_caption(text: str) -> bool:
    """A picture's caption in a dek's clothes: a paragraph of it is a picture credit ("© WSNA",
    "Foto: dpa"), or it closes with one ("Rust am Westufer. Foto: Peter Lang")."""
    parts = text.split("\n\n")
    return any(_CREDIT_PARAGRAPH.match(part) for part in parts) or bool(_CLOSING_CREDIT.search(parts[-1]))


def _with_siblings(el: html.HtmlElement, text: str) -> str:
    """A dek written as several sibling elements of the same class, joined by blank lines."""
    parts = [text]
    cls = el.get("class")
    sibling = el.getnext()
    while cls and sibling is not None and sibling.get("class") == cls:
        if _is_furniture(sibling):
            break
        more = _paragraphs_text(sibling)
        if more:
            parts.append(more)
        sibling = sibling.getnext()
    return "\n\n".join(parts)


def _standfirst_tokens(el: html.HtmlElement) -> frozenset[str]:
    tokens = class_tokens(el)
    # "sub-title", "sub_headline": one word split in two, not a title.
    if "sub" in tokens and tokens & {"title", "headline", "head", "header"}:
        tokens = (tokens - {"title", "headline", "head", "header"}) | {"subtitle"}
    return tokens


class _Found(NamedTuple):
    """A shown block, its text (paragraphs joined by blank lines) and its place among the
    blocks under the headline (0: the first shown)."""

    el: html.HtmlElement
    text: str
    place: int


def _paragraph_after(  # noqa: PLR0912 -- one walk over the header's blocks, a branch per kind
    anchor: html.HtmlElement,
    header: html.HtmlElement | None = None,
    captions: frozenset[html.HtmlElement] = frozenset(),
    names: Sequence[str] = (),
) -> tuple[_Found | None, bool]:
    """The first paragraph-sized block after the headline, and whether it sits in the article
    header: no byline / date line before it, one within a few blocks after it, or it shares
    the headline's own ``header`` element (see :func:`_headline_header`). (A first paragraph
    that comes after the byline is the body's.) A block in one of ``captions`` (the pictures'
    captions the page shows without <figcaption>) is a
    picture's, passed over as a <figcaption> is."""
    found: _Found | None = None
    meta_before = False
    after = 0
    not_dek: list[html.HtmlElement] = []
    passed: list[html.HtmlElement] = []
    blocks = _Ahead(text_blocks(_region(anchor), _MAX_LEN, start=anchor))
    for i, (el, text) in enumerate(blocks.after(-1)):
        is_meta = _is_meta_line(text, names)
        if found is not None:
            after += 1
            # (a name or a date inside the paragraph's own sentences closes no header)
            if is_meta and not _in(el, found.el):
                return found, not meta_before
            if after >= _HEADER_BLOCKS:
                break
        elif i >= _WINDOW // 2:
            break
        elif any(_in(el, caption) for caption in passed):
            continue  # a part of a caption passed over: its text, its credit line
        elif is_meta:
            # A date line (or a reading time) may open the header above the dek; a byline
            # closes it.
            meta_before = meta_before or not (looks_like_dateline(text) or holds_time_note(text))
        elif header is not None and _in(el, header):
            dek = _header_candidate(el, text, not_dek)
            if dek:
                return _Found(el, dek, i), True
        elif el.tag not in _HEADING_TAGS and not _is_furniture(el) and len(text) >= _MIN_LEN:
            if _in_restated_headline(el, anchor):
                continue  # a part of the headline said again (its kicker, its second line)
            if _is_caption_block(el, _paragraphs_text(el) or text, captions, blocks.after(i)):
                passed.append(el)
                continue  # a picture's caption and credit set as text
            if _wraps_meta_line(el, text, blocks.after(i)):
                continue  # the header's box: its dek, byline and date come one by one next
            found = _Found(el, text, i)
            # A lead set wholly in bold is the dek even below the byline: the story's own
            # paragraphs are set in the body face ("<p><strong>Lead …</strong></p>").
            if _is_bold(el, text) and _reads_as_dek(text, element_text(anchor) or ""):
                return found, True
    return found, False


class _Ahead:
    """The blocks of a walk, read as far as asked and kept: a block's followers can be looked
    at before the walk moves on."""

    def __init__(self, blocks: Iterator[tuple[html.HtmlElement, str]]) -> None:
        self._blocks = blocks
        self._read: list[tuple[html.HtmlElement, str]] = []

    def after(self, i: int) -> Iterator[tuple[html.HtmlElement, str]]:
        """The blocks after the ``i``-th (all of them from ``i = -1``)."""
        j = i + 1
        while True:
            while len(self._read) <= j:
                block = next(self._blocks, None)
                if block is None:
                    return
                self._read.append(block)
            yield self._read[j]
            j += 1


def _wraps_meta_line(
    el: html.HtmlElement, text: str, following: Iterable[tuple[html.HtmlElement, str]]
) -> bool:
    """``el`` is a box of the article's header, not a dek: one of the blocks inside it (which
    come next in ``following``) is a byline or date line standing apart from the prose, at the
    start of the box's text or after a sentence's end ("… the next decade. November 20, 2019
    Jane Doe"), not a date inside a sentence of the dek ("On May 3, 2024 the council …")."""
    flat = collapse(text)
    for inner, inner_text in following:
        if not _in(inner, el):
            return False
        if not _is_meta_line(inner_text):
            continue
        at = flat.find(collapse(inner_text))
        if at == 0 or (at > 0 and flat[:at].rstrip().endswith(_SENTENCE_MARKS)):
            return True
    return False


_SENTENCE_MARKS = (".", "!", "?", "…", '"', "”", "»", "’")


# The headline's own <header> (or <hgroup>) holds the headline, its dek and the byline and
# date, never the story's paragraphs: a paragraph there is the dek, wherever the byline stands.
_HEADER_TAGS = ("header", "hgroup")
_MAX_HEADER_CHARS = 5000
_MIN_DEK_WORDS = 4
_CONTAINER_TAGS = frozenset({"div", "section", "span", "header"})


def _headline_header(anchor: html.HtmlElement, headline: str | None) -> html.HtmlElement | None:
    """The ``header`` / ``hgroup`` element around the headline when it is the article's header:
    the element shows the page's headline (not a dialog's or a card's title), is not inside a
    dialog, and is small (a page header that wraps the whole story is no article header)."""
    header = next(anchor.iterancestors(*_HEADER_TAGS), None)
    if header is None or next(header.iterancestors("dialog"), None) is not None:
        return None
    if headline and word_overlap(element_text(anchor) or "", headline) < _AGREE:
        return None
    if len(header.text_content()) > _MAX_HEADER_CHARS:
        return None
    return header


def _in_captions(el: html.HtmlElement, captions: frozenset[html.HtmlElement]) -> bool:
    """``el`` is one of ``captions`` or inside one."""
    return bool(captions) and (el in captions or any(a in captions for a in el.iterancestors()))


def _in(el: html.HtmlElement, container: html.HtmlElement) -> bool:
    return container in el.iterancestors()  # (an element equals itself alone: ``is``, in C)


def _header_candidate(el: html.HtmlElement, text: str, not_dek: list[html.HtmlElement]) -> str | None:
    """:func:`_header_dek` of a block in the headline's header, never of a block inside a
    caption or credit passed over before (its paragraph alone is the caption still); such a
    block is noted in ``not_dek``."""
    if any(_in(el, passed) for passed in not_dek):
        return None
    dek = _header_dek(el, text)
    if dek is None and (_is_furniture(el) or _is_credited_caption(_paragraphs_text(el) or text)):
        not_dek.append(el)
    return dek


def _header_dek(el: html.HtmlElement, text: str) -> str | None:
    """The dek text of a block in the headline's header: a few words of text (a heading too: a
    subtitle under the headline), not a caption, a row of links or labels, a picture credit or
    a list of names. A container gives its paragraphs, joined, when it holds nothing else
    (else its paragraphs come one by one)."""
    if len(text) < _MIN_LEN or word_count(text) < _MIN_DEK_WORDS:
        return None
    if el.tag in _CONTAINER_TAGS and el.find(".//p") is not None:
        paragraphs = [t for p in el.iter("p") if is_shown(p) and (t := element_text(p))]
        if collapse(" ".join(paragraphs)) != collapse(text):
            return None
        text = "\n\n".join(paragraphs)
    if el.tag not in _HEADING_TAGS and _is_furniture(el):
        return None
    if _is_tool_row(text) or _is_credited_caption(text):
        return None
    if all(is_name_shaped(part) for part in split_names(text)):
        return None
    return text


_MAX_DEK_PARAGRAPHS = 4


def _with_agreeing_siblings(found: _Found, declared: str, names: Sequence[str] = ()) -> tuple[_Found, bool]:
    """A dek written as several paragraphs in a row: the paragraph after the headline and the
    paragraphs right after it in the same parent, when together they agree with the declared
    description, and better than the first alone. The run ends at a byline or date line (with
    the page's author ``names``, a line of them): a dek stands before the byline. True with it
    when the declared text is the page's own words from the dek through that line on (a CMS
    excerpt cut from the start of the page's text, "… Jane Doe A Chinese-owned company has
    …"): the run, not the excerpt, is the description."""
    el = found.el
    if el.tag != "p":
        return found, False
    parts = [found.text]
    sibling = el.getnext()
    while sibling is not None and sibling.tag == "p":
        if (el.tail or "").strip() or not is_shown(sibling):
            break
        text = element_text(sibling)
        if not text:
            break
        if _is_meta_line(text, names):
            if _starts_with(declared, [*parts, text]):
                return found._replace(text="\n\n".join(parts)), True
            break
        if len(parts) == _MAX_DEK_PARAGRAPHS:
            break
        parts.append(text)
        el, sibling = sibling, sibling.getnext()
    joined = "\n\n".join(parts)
    if len(parts) < 2 or len(joined) > _MAX_LEN:
        return found, False
    agreement = word_overlap(joined, declared)
    if agreement >= _AGREE and agreement > word_overlap(found.text, declared):
        return found._replace(text=joined), False
    return found, False


def _starts_with(declared: str, lines: Sequence[str]) -> bool:
    """``declared`` opens with the words of ``lines``, in order (marks and spacing aside)."""
    said = words(" ".join(lines))
    return words(declared)[: len(said)] == said


def _is_bold(el: html.HtmlElement, text: str) -> bool:
    """The block's text is (all but a few characters of) bold / strong."""
    bold = list(el.iter("strong", "b"))
    outer = [b for b in bold if not any(a in bold for a in b.iterancestors())]
    return sum(len(element_text(b) or "") for b in outer) >= _BOLD_SHARE * len(text)


def _region(anchor: html.HtmlElement) -> html.HtmlElement:
    """The article (or main, or body) holding the headline: where the standfirst may be."""
    region = article_around(anchor)
    if region is None:
        region = next(anchor.iterancestors("body"), None)
    return anchor.getroottree().getroot() if region is None else region


def _in_restated_headline(el: html.HtmlElement, anchor: html.HtmlElement) -> bool:
    """``el`` is a part of a heading (a ``<span>`` of an ``<h2>`` set on a line of its own) that
    says the headline again: the title shown twice, once with its kicker or second line."""
    heading = next((a for a in el.iterancestors() if a.tag in _HEADING_TAGS), None)
    if heading is None:
        return False
    # Every word of the headline is in the heading (as the body's cleaner drops it: rule
    # ``repeats-title``), which adds the kicker or the second line.
    title = element_text(anchor) or ""
    return len(title) > _MIN_RESTATED and not word_counts(title) - word_counts(element_text(heading) or "")


def _is_furniture(el: html.HtmlElement) -> bool:
    """A caption, a teaser for another article (holds a heading, mostly link text: links to
    other pages; a link to a part of the page itself, ``href="#…"``, is the page's own text)."""
    if el.tag in _CAPTION_TAGS or any(a.tag in _CAPTION_TAGS for a in el.iterancestors()):
        return True
    if any(isinstance(d.tag, str) and d.tag in _FURNITURE_INSIDE for d in el.iterdescendants()):
        return True
    total = len(element_text(el) or "")
    return total > 0 and link_chars(el, in_page=False) / total > _MAX_LINK_SHARE


def _is_illustrated_text(el: html.HtmlElement) -> bool:
    """A standfirst holding its paragraphs and a picture: paragraphs, no heading, few links."""
    if any(isinstance(d.tag, str) and d.tag in _HEADING_TAGS for d in el.iterdescendants()):
        return False
    paragraphs = [p for p in el.iter("p") if not _in_caption(p, el)]
    total = sum(len(element_text(p) or "") for p in paragraphs)
    linked = sum(len(element_text(a) or "") for p in paragraphs for a in p.iter("a"))
    return total >= _MIN_LEN and linked <= _MAX_LINK_SHARE * total


def _in_caption(el: html.HtmlElement, stop: html.HtmlElement) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in _CAPTION_TAGS:
            return True
    return False


def _paragraphs_text(el: html.HtmlElement) -> str | None:
    """The element's text, paragraphs joined by blank lines when it holds several (captions
    of a picture inside it left out)."""
    parts = [
        t
        for p in el.iter(*_PARAGRAPH_TAGS)
        if p is not el and is_shown(p) and not _in_caption(p, el)
        if (t := element_text(p))
    ]
    if len(parts) > 1:
        return "\n\n".join(parts)
    if parts and any(isinstance(d.tag, str) and d.tag in _CAPTION_TAGS for d in el.iterdescendants()):
        return parts[0]
    return element_text(el)


def _is_meta_line(text: str, names: Sequence[str] = ()) -> bool:
    """A byline or date line, alone or run together ("By Jane Doe May 3, 2024 3 Comments"); a
    short line of a relative or reading time ("vor 3 Stunden", "5 min read"); with the page's
    author ``names``, a line of them without a byline word ("Jane Doe | John Roe", "Jane Doe
    Redakteurin", "Jane Doe 2 minutes ago")."""
    if looks_like_dateline(text) or looks_like_byline(text) or starts_like_byline(text):
        return True
    if len(text) > _MAX_META_LINE:
        return False
    if find_dates(text) or _names_line(text, names):
        return True
    short = len(text.split()) <= _MAX_TIME_LINE_WORDS
    return short and holds_time_note(text) and not SENTENCE_END.search(text)


# A line of a relative or reading time, not a sentence that says one ("2 hours ago, the council").
_MAX_TIME_LINE_WORDS = 8


_NAME_LINE_REST = 3
_NAME_JOINS = re.compile(r"[|,;/·•–—&+]|\b(?:and|und|et|y|e|en|og|och|i|и)\b", re.IGNORECASE)


def _names_line(text: str, names: Sequence[str]) -> bool:
    """``text`` names one of ``names`` and holds little else: joins, a role word or two (at most
    ``_NAME_LINE_REST`` words), no sentence ("Jane Doe said on Monday …" is prose)."""
    rest = text
    for name in names:
        if name and name in rest:
            rest = rest.replace(name, " ")
    if rest == text or SENTENCE_END.search(text):
        return False
    return len(_NAME_JOINS.sub(" ", rest).split()) <= _NAME_LINE_REST
