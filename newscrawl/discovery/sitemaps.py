"""Sitemaps (urlset, sitemap index, Google News) -> URLs with their metadata.

Unlike Scrapy's ``SitemapSpider``, nothing is dropped: ``lastmod``,
``news:publication_date``, ``news:title`` and ``news:keywords`` come back as ``Hints``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from newscrawl.discovery.dates import normalise_date
from newscrawl.discovery.hints import Hints
from newscrawl.discovery.xml import DEFAULT_MAX_SIZE, child_text, entry_url, local_name, parse_xml


@dataclass(frozen=True, slots=True)
class Sitemap:
    """What one sitemap document lists."""

    kind: str
    """``urlset`` or ``sitemapindex``."""
    pages: list[Hints] = field(default_factory=list)
    """Page URLs of a urlset, with their metadata."""
    sitemaps: list[tuple[str, str | None]] = field(default_factory=list)
    """(URL, lastmod) of the child sitemaps of an index."""


def parse_sitemap(body: bytes, base_url: str, *, max_size: int = DEFAULT_MAX_SIZE) -> Sitemap:
    """Parse a sitemap (plain or gzipped). Raises ``ValueError`` if it is not a sitemap."""
    root = parse_xml(body, max_size=max_size)
    kind = local_name(root)
    if kind == "sitemapindex":
        children = []
        for node in root:
            if local_name(node) == "sitemap":
                loc = child_text(node, "loc")
                if loc and (url := entry_url(base_url, loc)) is not None:
                    children.append((url, normalise_date(child_text(node, "lastmod"))))
        return Sitemap(kind=kind, sitemaps=children)
    if kind == "urlset":
        pages = [hints for node in root if local_name(node) == "url" if (hints := _page(node, base_url))]
        return Sitemap(kind=kind, pages=pages)
    raise ValueError(f"{base_url}: not a sitemap (root element <{kind or '?'}>)")


def _page(node: etree._Element, base_url: str) -> Hints | None:
    loc = child_text(node, "loc")
    url = entry_url(base_url, loc) if loc else None
    if url is None:
        return None
    news = next((child for child in node if local_name(child) == "news"), None)
    published = title = None
    keywords: tuple[str, ...] = ()
    if news is not None:
        published = normalise_date(child_text(news, "publication_date"))
        title = child_text(news, "title")
        raw = child_text(news, "keywords") or ""
        keywords = tuple(k.strip() for k in raw.split(",") if k.strip())
    return Hints(
        url=url,
        lastmod=normalise_date(child_text(node, "lastmod")),
        published=published,
        title=title,
        keywords=keywords,
        sources=("news-sitemap" if news is not None else "sitemap",),
    )
