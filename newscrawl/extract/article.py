"""Compose the Article: parse once, then metadata and body from the same Page."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

from newscrawl.extract.body import extract_body
from newscrawl.extract.metadata import extract_metadata
from newscrawl.extract.page import canonical_url, parse_page
from newscrawl.extract.rules import NO_RULES, ExtractRules
from newscrawl.items import Article, Section

_WORD = re.compile(r"\w+")


def extract_article(
    data: bytes | str, url: str | None = None, *, rules: ExtractRules = NO_RULES
) -> Article:
    """Extract one article from an HTML document.

    ``url`` is where the page came from: an http(s) URL for a crawl, a ``file://`` URI for a
    saved page. For a saved page the record's ``url`` is the page's own declared URL
    (canonical, else og:url, else JSON-LD url) when it has one.
    Raises ``ValueError`` when the input is not an HTML document.
    """
    page = parse_page(data, url)
    meta = extract_metadata(page)
    canonical = canonical_url(page)
    body = extract_body(page, meta, rules)
    text = sections_to_text(body.sections)
    return Article(
        url=_record_url(url, canonical, meta.url),
        canonical_url=canonical,
        site_name=meta.site_name,
        language=meta.language,
        headline=meta.headline,
        description=meta.description,
        authors=meta.authors,
        date_published=meta.date_published,
        date_modified=meta.date_modified,
        sections=body.sections,
        text=text,
        images=body.images,
        tags=meta.tags,
        word_count=len(_WORD.findall(text)),
        fingerprint=fingerprint(text),
    )


def sections_to_text(sections: list[Section]) -> str:
    """Headings and paragraphs, in order, separated by blank lines."""
    blocks: list[str] = []
    for section in sections:
        if section.heading:
            blocks.append(section.heading)
        blocks.extend(section.paragraphs)
    return "\n\n".join(blocks)


def fingerprint(text: str) -> str | None:
    """sha256 of the text with Unicode, case and whitespace normalised; None for no text."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if not words:
        return None
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def _record_url(url: str | None, canonical: str | None, declared: str | None) -> str | None:
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return canonical or declared or url
