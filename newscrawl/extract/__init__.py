"""HTML (+ URL, + optional site rules) -> Article. Pure: no Scrapy, no I/O, no settings."""

from newscrawl.extract.article import extract_article, trace_article

__all__ = ["extract_article", "trace_article"]
