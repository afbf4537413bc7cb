"""Headline, description, authors, dates, site name, language, tags.

Order of trust: JSON-LD, then <meta>, then visible bylines / datelines.
(Interface stub: the implementation is being written.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscrawl.extract.page import Page


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


def extract_metadata(page: Page) -> Metadata:
    """All metadata fields of ``page``."""
    return Metadata()


def looks_like_byline(text: str) -> bool:
    """True when a visible block is a byline ("By Jane Doe", "Reported by: Anurag Roushan")."""
    return False


def looks_like_dateline(text: str) -> bool:
    """True when a visible block is only a date line ("Updated January 29th, 2022 at 16:40 IST")."""
    return False
