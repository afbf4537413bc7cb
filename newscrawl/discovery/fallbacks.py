"""Sitemap/feed metadata as the fallback for what a fetched page lacks."""

from __future__ import annotations

import dataclasses

from newscrawl.discovery.hints import Hints
from newscrawl.items import Article


def with_fallbacks(article: Article, hints: Hints) -> Article:
    """Fill what the page lacks from the sitemap/feed: headline, dates, tags."""
    headline = article.headline
    if not headline or headline == article.site_name:  # a bare <title> of the site is no headline
        headline = hints.title or headline
    return dataclasses.replace(
        article,
        headline=headline,
        date_published=article.date_published or hints.published,
        date_modified=article.date_modified or hints.lastmod,
        tags=article.tags or list(hints.keywords),
    )
