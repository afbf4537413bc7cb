"""Articles as the state store sees them: the keys an article is found by, the row it leaves."""

from __future__ import annotations

from urllib.parse import urlsplit

from newscrawl.items import Article
from newscrawl.state.base import SeenArticle
from newscrawl.urls import normalise_url


def article_keys(
    article: Article, request_key: str | None = None, strip_params: tuple[str, ...] = ()
) -> list[str]:
    """Store keys of an article: request URL, fetched URL and canonical URL, normalised
    (with the site's own ``strip_params``)."""
    keys = [request_key] if request_key else []
    for url in (article.url, article.canonical_url):
        if url and urlsplit(url).scheme in ("http", "https"):
            try:
                keys.append(normalise_url(url, strip_params))
            except ValueError:
                continue
    return list(dict.fromkeys(keys))


def seen_article(article: Article, *, lastmod: str | None) -> SeenArticle:
    """The store row of an emitted article (``lastmod``: its sitemap/feed date, if any)."""
    return SeenArticle(
        url=article.url or "",
        fingerprint=article.fingerprint,
        revision=article.revision or 1,
        lastmod=lastmod,
        # as precise as the page gives them (a bare date, a time without zone)
        date_modified=article.date_modified_raw or article.date_modified,
        date_published=article.date_published_raw or article.date_published,
    )
