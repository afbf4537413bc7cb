"""Body: main content (trafilatura) -> cleaned blocks -> sections, plus images and credits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newscrawl.extract.blocks import Block, blocks_from_text, blocks_from_xml
from newscrawl.extract.clean import (
    credit_value,
    is_ad_marker,
    is_credit_line,
    is_prompt,
    is_teaser,
    is_widget_heading,
)
from newscrawl.extract.content import main_content
from newscrawl.extract.images import extract_images
from newscrawl.extract.metadata import Metadata, looks_like_byline, looks_like_dateline
from newscrawl.extract.page import Page
from newscrawl.extract.rules import ExtractRules
from newscrawl.extract.sections import group_sections, promote_bold_headings
from newscrawl.extract.text import collapse
from newscrawl.items import Image, Section

# Link-only short paragraphs are teasers of other articles.
TEASER_MAX_WORDS = 15
TEASER_MIN_LINK_RATIO = 0.9
# JSON-LD articleBody replaces the extracted text when the latter is this much shorter.
ARTICLE_BODY_RATIO = 2.0


@dataclass(frozen=True, slots=True)
class Body:
    sections: list[Section] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


def extract_body(page: Page, meta: Metadata, rules: ExtractRules) -> Body:
    """Sections and images of ``page``; ``meta`` tells which blocks repeat the headline etc."""
    xml = main_content(page, rules)
    blocks = blocks_from_xml(xml) if xml is not None else []
    blocks = _prefer_article_body(page, blocks)
    images = extract_images(page)
    captions = {_key(image.caption) for image in images if image.caption}
    repeats = {_key(text) for text in (meta.headline, meta.description) if text}
    noise = [re.compile(pattern, re.IGNORECASE) for pattern in rules.noise_patterns]
    kept: list[Block] = []
    credits: list[str] = []
    skipping_widget = False
    for block in blocks:
        if block.heading:
            skipping_widget = is_widget_heading(block.text)
            if skipping_widget or _key(block.text) in repeats:
                continue
        elif skipping_widget and block.link_ratio >= 0.5:
            continue
        else:
            skipping_widget = False
        text = block.text
        if is_credit_line(text):
            credits.append(credit_value(text))
            continue
        if (
            is_ad_marker(text)
            or _key(text) in repeats
            or _key(text) in captions
            or looks_like_byline(text)
            or looks_like_dateline(text)
            or is_teaser(text)
            or is_prompt(text)
            or any(pattern.fullmatch(text) for pattern in noise)
            or _is_link_teaser(block)
        ):
            continue
        kept.append(block)
    sections = group_sections(promote_bold_headings(kept))
    return Body(sections=sections, images=_attach_credits(images, credits))


def _prefer_article_body(page: Page, blocks: list[Block]) -> list[Block]:
    """JSON-LD articleBody when the page's visible body is missing or much shorter."""
    for article in page.articles_ld():
        body = article.get("articleBody")
        if isinstance(body, str) and body.strip():
            visible = sum(len(block.text) for block in blocks)
            if len(collapse(body)) > ARTICLE_BODY_RATIO * visible:
                return blocks_from_text(body)
    return blocks


def _is_link_teaser(block: Block) -> bool:
    return block.link_ratio >= TEASER_MIN_LINK_RATIO and len(block.text.split()) <= TEASER_MAX_WORDS


def _attach_credits(images: list[Image], credits: list[str]) -> list[Image]:
    """Credits found as visible lines go to the images that lack one, in order; the rest get
    an image record of their own (url unknown)."""
    out = list(images)
    pending = [credit for credit in credits if credit]
    for index, image in enumerate(out):
        if not pending:
            break
        if image.credit is None:
            out[index] = replace(image, credit=pending.pop(0))
    out.extend(Image(credit=credit) for credit in pending)
    return out


def _key(text: str | None) -> str:
    return collapse(text or "").casefold().strip(" .")
