"""Sitemap/feed metadata as the fallback for what a fetched page lacks."""

from __future__ import annotations

import dataclasses

from newscrawl.discovery.hints import Hints
from newscrawl.items import PROVENANCE_FIELDS, Article, offset_datetime


def with_fallbacks(article: Article, hints: Hints) -> Article:
    """Fill what the page lacks from the sitemap/feed: headline, dates, tags. When the article
    records provenance, a filled field's source becomes ``sitemap`` or ``feed``."""
    headline = article.headline
    if not headline or headline == article.site_name:  # a bare <title> of the site is no headline
        headline = hints.title or headline
    filled = dataclasses.replace(
        article,
        headline=headline,
        date_published=article.date_published or offset_datetime(hints.published),
        date_modified=article.date_modified or offset_datetime(hints.lastmod),
        date_published_raw=article.date_published_raw or hints.published,
        date_modified_raw=article.date_modified_raw or hints.lastmod,
        tags=article.tags or list(hints.keywords),
    )
    if article.provenance is None:
        return filled
    source = discovery_source(hints)
    changed = {
        name: source
        for name in PROVENANCE_FIELDS
        if getattr(filled, name, None) != getattr(article, name, None)  # "input" is no field
    }
    return dataclasses.replace(filled, provenance={**article.provenance, **changed})


def discovery_source(hints: Hints) -> str:
    """``feed`` when only feeds listed the URL, else ``sitemap`` (hints merge both kinds)."""
    return (
        "feed"
        if "feed" in hints.sources and not any(source.endswith("sitemap") for source in hints.sources)
        else "sitemap"
    )
