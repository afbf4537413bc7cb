"""Body: main content (trafilatura) -> cleaned blocks -> sections, plus images and credits."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from newscrawl.extract.body.blocks import Block, blocks_from_text, blocks_from_xml
from newscrawl.extract.body.boilerplate import (
    is_ad_marker,
    is_caption_line,
    is_editorial_note,
    is_prompt,
    is_summary_heading,
    is_teaser,
    is_widget_heading,
)
from newscrawl.extract.body.content import main_content
from newscrawl.extract.body.embedded import embedded_article_html
from newscrawl.extract.body.headings import page_headings, restore_headings
from newscrawl.extract.body.recall import add_split_body_paragraphs
from newscrawl.extract.body.sections import group_sections, promote_bold_headings
from newscrawl.extract.images.credits import credit_value, is_credit_line
from newscrawl.extract.images.figures import classify_images
from newscrawl.extract.images.noise import clean_credit
from newscrawl.extract.meta.bylines import is_agency
from newscrawl.extract.meta.metadata import Metadata, looks_like_byline, looks_like_dateline
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import Page, parse_page
from newscrawl.extract.rules import ExtractRules
from newscrawl.items import Image, Section

_WORD = re.compile(r"\w+")
# Link-only short paragraphs are teasers of other articles.
TEASER_MAX_WORDS = 15
TEASER_MIN_LINK_RATIO = 0.9
# Provenance of a description found in a standfirst element (class or itemprop says so).
SHOWN_SOURCES = frozenset({"standfirst"})
# A wire signature: agencies and an editor's lower-case initials ("SDA/sep").
MAX_SIGNATURE_CHARS = 40
INITIALS = re.compile(r"[a-zäöüé]{2,4}")
# An author's bio closes a story: one of its last blocks, a few sentences long.
BIO_TAIL = 3
BIO_MAX_CHARS = 500
# What follows the name in a bio: "is a …", "ist Redaktor …" (also run into the name by the
# markup: "Edgar Schulerist …"), "writes about …", "covers …".
BIO_VERB = re.compile(r",?\s?(?:is|ist|est|es|è|writes|schreibt|covers|berichtet|reports|lives|lebt)\s")
# Below this much visible body text, script-embedded article HTML is looked for.
MIN_VISIBLE_CHARS = 500
# JSON-LD articleBody replaces the extracted text when the latter is this much shorter.
ARTICLE_BODY_RATIO = 2.0


@dataclass(frozen=True, slots=True)
class Body:
    sections: list[Section] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    """(rule, text) of every block the cleaning rules removed, in order: for ``explain``."""
    images_left_out: list[tuple[str, Image]] = field(default_factory=list)
    """(reason, picture) of every picture left out of ``images``: for ``explain``."""


@dataclass(frozen=True, slots=True)
class _Context:
    """What the per-block rules compare against, computed once per page."""

    repeats: set[str]
    heading_repeats: set[str]
    """Headline and description however found: a sub-heading never restates either."""
    authors: set[str]
    captions: set[str]
    noise: list[re.Pattern[str]]


def extract_body(page: Page, meta: Metadata, rules: ExtractRules) -> Body:
    """Sections and images of ``page``; ``meta`` tells which blocks repeat the headline etc."""
    xml = main_content(page, rules)
    blocks = blocks_from_xml(xml) if xml is not None else []
    blocks = add_split_body_paragraphs(page, blocks)
    blocks = _prefer_embedded_html(page, rules, _prefer_article_body(page, blocks))
    blocks = restore_headings(blocks, page_headings(page))
    images, left_out = classify_images(page)
    context = _Context(
        repeats={_key(t) for t in (meta.headline, _shown_description(meta), *_title_texts(page)) if t},
        heading_repeats={_key(t) for t in (meta.headline, meta.description, *_title_texts(page)) if t},
        authors={_key(name) for name in meta.authors},
        # Captions of every picture, kept or left out (a player's, a card's): never body text.
        captions={_key(image.caption) for image in (*images, *(i for _, i in left_out)) if image.caption},
        noise=[re.compile(pattern, re.IGNORECASE) for pattern in rules.noise_patterns],
    )
    kept: list[Block] = []
    credits: list[str] = []
    dropped: list[tuple[str, str]] = []
    box: str | None = None  # "widget" or "summary" while inside such a box
    standfirst_at = _standfirst_index(blocks, _shown_description(meta))
    for index, block in enumerate(blocks):
        if block.heading or is_summary_heading(block.text):
            box = "widget" if is_widget_heading(block.text) else None
            box = "summary" if is_summary_heading(block.text) else box
        elif not ((box == "widget" and block.link_ratio >= 0.5) or (box == "summary" and block.list_item)):
            box = None
        reason = f"{box}-box" if box else _drop_reason(block, index, context)
        if not reason and block.heading and not kept and index < standfirst_at:
            reason = "repeats-title"  # the page's display title, set above its standfirst
        if not reason and len(blocks) - index <= BIO_TAIL and _is_author_bio(block, context.authors):
            reason = "author-bio"
        if reason == "credit":
            credits.append(credit_value(block.text))
        if reason:
            dropped.append((reason, block.text))
        else:
            kept.append(block)
    sections = group_sections(promote_bold_headings(kept))
    return Body(
        sections=sections,
        images=_attach_credits(images, credits),
        dropped=dropped,
        images_left_out=left_out,
    )


def _drop_reason(block: Block, index: int, context: _Context) -> str | None:
    """The name of the first rule that says ``block`` is not article text, or None."""
    text, key = block.text, _key(block.text)
    checks: tuple[tuple[str, Callable[[], bool]], ...] = (  # lazy: first hit wins
        ("repeats-title", lambda: block.heading and _repeats_title(text, context.heading_repeats, index)),
        ("byline", lambda: _names_only(key, context.authors)),
        ("teaser", lambda: block.heading and block.link_ratio >= TEASER_MIN_LINK_RATIO),
        ("credit", lambda: is_credit_line(text)),
        ("ad-marker", lambda: is_ad_marker(text)),
        ("repeats-title", lambda: key in context.repeats),
        ("caption", lambda: key in context.captions or is_caption_line(text)),
        ("byline", lambda: looks_like_byline(text) or _is_agency_signature(text)),
        ("dateline", lambda: looks_like_dateline(text)),
        ("teaser", lambda: is_teaser(text, block.link_ratio) or _is_link_teaser(block)),
        ("editorial-note", lambda: is_editorial_note(text)),
        ("prompt", lambda: is_prompt(text)),
        ("site-noise-pattern", lambda: any(pattern.fullmatch(text) for pattern in context.noise)),
    )
    return next((name for name, hit in checks if hit()), None)


def _standfirst_index(blocks: list[Block], standfirst: str | None) -> int:
    """Where the marked-up standfirst sits among the blocks (-1 when it is not among them)."""
    key = _key(standfirst)
    return next((i for i, block in enumerate(blocks) if key and _key(block.text) == key), -1)


def _is_author_bio(block: Block, authors: set[str]) -> bool:
    """ "Jane Doe is a senior researcher at …" closing the story: about its author, not in it."""
    if block.heading or len(block.text) > BIO_MAX_CHARS:
        return False
    key = _key(block.text)
    return any(key.startswith(name) and BIO_VERB.match(key, len(name)) for name in authors if " " in name)


def _is_agency_signature(text: str) -> bool:
    """ "AA", "(dpa)", "dpa/AFP", "SDA/sep": the wire service (and editor's initials) that
    signs a story, alone on its line."""
    parts = [p for p in re.split(r"\s*[/,;]\s*", text.strip(" ()[].")) if p]
    return (
        len(text) <= MAX_SIGNATURE_CHARS
        and bool(parts)
        and is_agency(parts[0])
        and all(is_agency(p) or INITIALS.fullmatch(p) for p in parts[1:])
    )


def _repeats_title(text: str, repeats: set[str], index: int) -> bool:
    """A heading that restates the headline, alone, with other punctuation, or run together
    with a kicker or the standfirst."""
    key = _key(text)
    if key in repeats:
        return True
    words = _words(key)
    return any(
        words == _words(title) or (index < 3 and len(title) > 20 and _words(title) in words)
        for title in repeats
    )


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text))


def _names_only(key: str, authors: set[str]) -> bool:
    """A block that is just the author name(s), as bylines above or below the text are."""
    if not authors:
        return False
    names = [part.strip() for part in re.split(r"\s*(?:/|,|&|\band\b|\bund\b|\bet\b|\by\b)\s*", key)]
    return all(name in authors for name in names if name) and any(names)


def _shown_description(meta: Metadata) -> str | None:
    """The description when the page marks it up as a standfirst. Otherwise a body paragraph
    equal to the description is the lede that <meta> (or the paragraph after the headline)
    repeats: trafilatura judged it body text, and it stays."""
    if meta.provenance.get("description") not in SHOWN_SOURCES:
        return None
    return meta.description


def _title_texts(page: Page) -> list[str]:
    """Every way the page states its title: the body must not repeat any of them as a block."""
    texts = [collapse(h1.text_content()) for h1 in page.tree.iter("h1")]
    texts += [page.first_meta("og:title", "twitter:title") or ""]
    texts += [str(obj.get("headline") or "") for obj in page.articles_ld()]
    return texts


def _prefer_embedded_html(page: Page, rules: ExtractRules, blocks: list[Block]) -> list[Block]:
    """Script-embedded article HTML (app shells) when the visible page gave little text."""
    if sum(len(block.text) for block in blocks) >= MIN_VISIBLE_CHARS:
        return blocks
    html = embedded_article_html(page)
    if html is None:
        return blocks
    embedded = parse_page(f"<html><body><article>{html}</article></body></html>", page.url)
    xml = main_content(embedded, rules)
    found = blocks_from_xml(xml) if xml is not None else []
    return found if sum(len(b.text) for b in found) > sum(len(b.text) for b in blocks) else blocks


def _prefer_article_body(page: Page, blocks: list[Block]) -> list[Block]:
    """JSON-LD articleBody when the page's visible body is missing or much shorter."""
    for article in page.articles_ld():
        body = article.get("articleBody")
        if isinstance(body, str) and body.strip():
            visible = sum(len(block.text) for block in blocks)
            from_ld = blocks_from_text(body)
            longer = visible < MIN_VISIBLE_CHARS and len(collapse(body)) > ARTICLE_BODY_RATIO * visible
            # trafilatura itself falls back to articleBody, but as one paragraph.
            same_text_fewer_breaks = len(blocks) <= 1 < len(from_ld) and visible >= 0.9 * len(collapse(body))
            if longer or same_text_fewer_breaks:
                return from_ld
    return blocks


def _is_link_teaser(block: Block) -> bool:
    if block.in_link_list:
        return True
    return block.link_ratio >= TEASER_MIN_LINK_RATIO and len(block.text.split()) <= TEASER_MAX_WORDS


def _attach_credits(images: list[Image], credits: list[str]) -> list[Image]:
    """Credits found as visible lines go to the images that lack one, in order; the rest get
    an image record of their own (url unknown), unless an image already carries that credit."""
    out = list(images)
    known = {_key(image.credit) for image in images if image.credit}
    cleaned = (clean_credit(credit) for credit in credits)  # "by Handout/AFP" -> "Handout/AFP"
    pending = [credit for credit in cleaned if credit and _key(credit) not in known]
    for index, image in enumerate(out):
        if not pending:
            break
        if image.credit is None:
            out[index] = replace(image, credit=pending.pop(0))
    out.extend(Image(credit=credit) for credit in pending)
    return out


def _key(text: str | None) -> str:
    return collapse(text or "").casefold().strip(" .")
