"""Headline, description, authors, dates, site name, language, tags, declared URL.

Order of trust: JSON-LD, then <meta>, then what the page shows (h1, standfirst, bylines,
date lines). Each field has its own module; this one composes them from one parsed Page and
records where each value came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lxml import html

from newscrawl.extract.meta.authors import extract_authors
from newscrawl.extract.meta.description import extract_description
from newscrawl.extract.meta.headline import article_around, extract_headline
from newscrawl.extract.meta.page_dates import extract_dates
from newscrawl.extract.meta.sitenames import host_names, site_names
from newscrawl.extract.normalise import clean_text, dedupe, language_code
from newscrawl.extract.page import Page
from newscrawl.extract.words.meta_tags import LANGUAGE_META, TAG_META

__all__ = ["Metadata", "extract_metadata"]

_TAG_SPLIT = (",", ";")
_MAX_TAG = 80


@dataclass(frozen=True, slots=True)
class Metadata:
    """The article's metadata fields, each already normalised, and where each came from."""

    headline: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    date_published: str | None = None
    date_modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    """og:url or JSON-LD url (absolute), used for files that declare no canonical URL."""
    provenance: dict[str, str] = field(default_factory=dict)
    """Field name -> source ("json-ld", "meta", "byline", "dateline", "title", "h1", ...)."""
    description_apart: bool = False
    """The page shows the description apart from the story's paragraphs (a standfirst element,
    a dek in the headline's header or in a box of its own): the body never repeats it."""


def extract_metadata(
    page: Page,
    captions: frozenset[html.HtmlElement] = frozenset(),
    comments: Sequence[html.HtmlElement] = (),
) -> Metadata:
    """All metadata fields of ``page``. ``captions``: its elements that are pictures' captions
    set as text (``images.beside.page_captions``), which no standfirst is; ``comments``: its
    reader comment threads (``body.threads.comment_threads``), whose commenters no author is."""
    articles = page.articles_ld()
    declared_sites = site_names(page, articles)
    sites = [name for name, _ in declared_sites]
    headline = extract_headline(page, articles, sites)
    authors, authors_source = extract_authors(
        page,
        articles,
        sites + host_names(page),
        article_around(headline.element),
        headline.element,
        comments=comments,
    )
    description, description_source, description_apart = extract_description(
        page, articles, headline.element, headline.text, captions=captions, names=authors
    )
    language_tag, language_source = _language_tag(page, articles)
    language = language_code(language_tag)
    dates = extract_dates(page, articles, language_tag, headline.element)
    url, url_source = _declared_url(page, articles)
    provenance = {
        "headline": headline.source,
        "description": description_source,
        "authors": authors_source,
        "date_published": dates.published_source,
        "date_modified": dates.modified_source,
        "site_name": declared_sites[0][1] if declared_sites else None,
        "language": language_source,
        "url": url_source,
    }
    return Metadata(
        headline=headline.text,
        description=description,
        description_apart=description_apart,
        authors=authors,
        date_published=dates.published,
        date_modified=dates.modified,
        site_name=sites[0] if sites else None,
        language=language,
        tags=_tags(page, articles),
        url=url,
        provenance={k: v for k, v in provenance.items() if v},
    )


def _language_tag(page: Page, articles: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The page's language tag as written ("en-GB"), and where it came from."""
    if language_code(page.lang):
        return page.lang, "html-lang"
    for key in LANGUAGE_META:
        value = page.first_meta(key)
        if language_code(value):
            return value, "meta"
    for obj in articles:
        value = obj.get("inLanguage")
        if isinstance(value, str) and language_code(value):
            return value, "json-ld"
    return None, None


def _tags(page: Page, articles: list[dict[str, Any]]) -> list[str]:
    raw: list[str] = []
    for key in TAG_META:
        for value in page.meta.get(key, ()):
            raw += _split_tags(value)
    for obj in articles[:1]:
        keywords = obj.get("keywords")
        if isinstance(keywords, str):
            raw += _split_tags(keywords)
        elif isinstance(keywords, list):
            raw += [k for k in keywords if isinstance(k, str)]
    tags = [t for t in (clean_text(r) for r in raw) if t and len(t) <= _MAX_TAG]
    return dedupe(tags)


def _split_tags(value: str) -> list[str]:
    for sep in _TAG_SPLIT:
        if sep in value:
            return value.split(sep)
    return [value]


def _declared_url(page: Page, articles: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    og = page.absolute(page.first_meta("og:url"))
    if og:
        return og, "meta"
    for obj in articles:
        for declared in (obj.get("url"), obj.get("mainEntityOfPage")):
            value = declared.get("@id") or declared.get("url") if isinstance(declared, dict) else declared
            if isinstance(value, str):
                absolute = page.absolute(value)
                if absolute:
                    return absolute, "json-ld"
    return None, None
