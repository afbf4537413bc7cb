"""The output contract: one ``Article`` per JSONL line.

Every field is always present in the output (``null`` or ``[]`` when unknown).
``article.schema.json`` beside this file is derived from these classes by
``python -m newscrawl.schema --write``; a test keeps the two in step.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

PROVENANCE_FIELDS = (
    "url",
    "site_name",
    "language",
    "headline",
    "description",
    "authors",
    "date_published",
    "date_modified",
    "date_published_raw",
    "date_modified_raw",
    "tags",
    "input",
)
"""The fields ``Article.provenance`` can name ("input": what was done to the page to read it)."""

PROVENANCE_SOURCES = {
    "json-ld": "the page's JSON-LD (the article object, its publisher or @graph)",
    "meta": "a <meta> tag (og:, twitter:, article:, name= or itemprop=)",
    "html-lang": "the lang attribute of <html>",
    "title": "the <title> element",
    "h1": "the visible <h1>",
    "heading": "the first heading-like block shown (no h1, no declared headline)",
    "standfirst": "an element marked up as a standfirst / dek under the headline",
    "h1-next": "the paragraph right after the headline, agreeing with the declared description",
    "author-element": "an element whose class or itemprop says author / byline",
    "byline": 'a visible byline line ("By Jane Doe")',
    "itemprop": "an element with itemprop datePublished / dateModified",
    "time-element": "a visible <time datetime=...> element",
    "dateline": 'a visible date line ("Published 3 May 2024, 14:24")',
    "canonical": "the page's <link rel=canonical>",
    "fetch": "the URL the page was fetched from",
    "file": "the file:// URI of the saved page",
    "sitemap": "the sitemap entry the crawl found the page in (news:title, lastmod, ...)",
    "feed": "the RSS/Atom item the crawl found the page in",
    "nul-bytes-removed": "input: stray NUL bytes were removed from the page before parsing",
    "cut-at-depth": "input: the page nests deeper than 2,048 levels; what lies deeper was not read",
    "cut-at-depth+nul-bytes-removed": "input: both of the above",
    "detected": "the language of the text itself (py3langid), when the page declares none",
}
"""Every value ``Article.provenance`` can hold, with what it means (listed in the schema)."""


def offset_datetime(value: str | None) -> str | None:
    """``value`` as the typed date fields hold it: an RFC 3339 date-time with its UTC offset
    (seconds always written), or None when ``value`` has no time or no offset."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if "T" not in value or moment.utcoffset() is None:
        return None
    return moment.isoformat()


@dataclass(frozen=True, kw_only=True, slots=True)
class Section:
    """One block of the body: an optional sub-heading and the paragraphs under it."""

    heading: str | None = None
    """The sub-heading that opens this section; null for the text before the first sub-heading."""
    paragraphs: list[str] = field(default_factory=list)
    """Paragraphs in reading order; list items and table rows count as paragraphs."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Image:
    """An image of the article, with its caption and credit kept apart from the text."""

    url: str | None = None
    """Absolute URL of the image, or null when the page gives none."""
    caption: str | None = None
    """The caption as shown, without the credit."""
    credit: str | None = None
    """Who the image is credited to, label removed ("Image: AP" -> "AP")."""


@dataclass(frozen=True, kw_only=True, slots=True)
class Article:
    """A news article recovered from one HTML page."""

    url: str | None = None
    """For a crawl, the fetched URL. For a file: the declared canonical URL, else og:url,
    else JSON-LD url, else the file's file:// URI."""
    canonical_url: str | None = None
    """The page's declared absolute canonical URL, or null."""
    source_path: str | None = None
    """The input file path as given or found under a given directory; null for crawls.
    Non-UTF-8 bytes are backslash-escaped."""
    site_name: str | None = None
    """The publication's name (og:site_name, JSON-LD publisher), or null."""
    language: str | None = None
    """ISO 639-1 code of the article's language, or null."""
    headline: str | None = None
    """The article's headline, without any site-name suffix."""
    description: str | None = None
    """The standfirst / dek shown under the headline; null if the page shows none."""
    authors: list[str] = field(default_factory=list)
    """Person or agency names, without "By", roles, dates or handles."""
    date_published: str | None = None
    """When the article was first published: an RFC 3339 date-time with its UTC offset
    (2024-05-03T14:24:00+02:00), or null when the page gives no time with a known zone
    (then date_published_raw has what it gives). Always the same type: readers get a
    timestamp-with-zone column."""
    date_modified: str | None = None
    """When the article was last changed, in the same form as date_published, or null."""
    date_published_raw: str | None = None
    """The publication date as precisely as the page gives it, in ISO 8601: with offset, a local
    time without offset (the page names no zone anywhere), or a bare date (YYYY-MM-DD) when no
    time is known; null when the page gives none."""
    date_modified_raw: str | None = None
    """The modification date as precisely as the page gives it, like date_published_raw."""
    sections: list[Section] = field(default_factory=list)
    """The body in reading order, split at sub-headings."""
    text: str = ""
    """The body as plain text: headings and paragraphs separated by blank lines; no headline,
    no standfirst (a lede paragraph that <meta> description repeats stays)."""
    body_html: str | None = None
    """Only when asked for (``parse --body-html``, NEWSCRAWL_BODY_HTML), else null: the body as a
    small safe subset of HTML, the same headings and paragraphs as sections, in order: p, h2-h4,
    ul/ol/li, table/tr/th/td (a row is a paragraph of sections, its cells joined by " | "),
    blockquote and a href (http and https only); no other element or attribute."""
    images: list[Image] = field(default_factory=list)
    """Images of the article with captions and credits (never part of text)."""
    main_image: str | None = None
    """Absolute http(s) URL of the article's main picture: the page's og:image (or
    twitter:image), else its JSON-LD image, else the first of images; null when none."""
    tags: list[str] = field(default_factory=list)
    """Keywords / section tags declared by the page."""
    section: str | None = None
    """The section of the publication the article belongs to, as the page declares it: JSON-LD
    articleSection, else the article:section meta tag, else the last breadcrumb before the
    article (never the home page); null when the page names none."""
    is_accessible_for_free: bool | None = None
    """Whether the article is free to read, as the page declares it for search engines
    (schema.org isAccessibleForFree in JSON-LD or microdata; a paywalled hasPart means false);
    null when the page does not say."""
    word_count: int = 0
    """Number of words in text: runs of letters and digits; in scripts written without spaces
    (Chinese, Japanese, Thai, ...) one word per two Han or kana characters, per four Thai, Lao,
    Khmer or Myanmar characters."""
    fingerprint: str | None = None
    """Stable hash (sha256 hex) of the normalised text; null when text is empty."""
    page_type: str = "article"
    """What the page is: "article" (one story), "listing" (a home, section, tag, archive,
    calendar, search or author page) or "other". Only "article" pages give records unless
    non-articles are kept (``--keep-non-articles``, NEWSCRAWL_KEEP_NON_ARTICLES)."""
    fetched_at: str | None = None
    """When the page was fetched (UTC, ISO 8601); for a file, its modification time."""
    revision: int | None = None
    """Crawls only: 1 for the first version seen, 2, 3, ... for changed versions; null for parse."""
    previous_fingerprint: str | None = None
    """Crawls only: the fingerprint of the previous revision, or null."""
    provenance: dict[str, str] | None = None
    """Only when asked for (``parse --provenance``, NEWSCRAWL_PROVENANCE), else null: where each
    field's value came from, field name -> source, e.g. {"headline": "json-ld", "authors":
    "byline"}. Fields the page did not give are absent."""

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record as a dict: every field, in output order, sections and images as
        dicts (what ``json.loads`` gives back for the line the writer writes)."""
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        """The JSONL record as the writer writes it (UTF-8 text, non-ASCII kept), without the
        line's newline."""
        return json.dumps(self.to_dict(), ensure_ascii=False)
