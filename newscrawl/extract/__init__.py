"""HTML (+ URL, + optional site rules) -> Article. Pure: no Scrapy, no I/O, no settings.

``extract_article`` and ``trace_article`` load on first use (PEP 562): the modules that only
need ``newscrawl.extract.rules`` (the sites file, publisher data) do not import lxml and
trafilatura with it, and a command can start loading what it needs in parallel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newscrawl.extract.article import extract_article, trace_article

__all__ = ["extract_article", "trace_article"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from newscrawl.extract.article import extract_article, trace_article  # noqa: PLC0415

        return {"extract_article": extract_article, "trace_article": trace_article}[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
