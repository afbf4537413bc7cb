"""Addresses as pages write them, which may be no URL at all: an unclosed IPv6 host
("http://[x/") or a port that is no number ("http://x:port/") makes ``urllib`` raise a
``ValueError`` (the port only when it is read). Every reader of a page's, a sitemap's or a
feed's addresses goes through these, so such an address counts as absent and never stops the
page or the document. Standard library only: cheap for any caller to import."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import SplitResult, urljoin, urlsplit


def split_url(url: str) -> SplitResult | None:
    """``urlsplit(url)``, or None for a string ``urllib`` refuses as a URL."""
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError:
        return None
    return parts


def web_address(url: str | None) -> bool:
    """``url`` is an http(s) URL (a malformed one is not)."""
    parts = split_url(url) if url else None
    return parts is not None and parts.scheme in ("http", "https")


@lru_cache(maxsize=4096)
def join_url(base: str, href: str) -> str | None:
    """``urljoin(base, href)``, or None when it is no URL at all; remembered: a page resolves
    the same addresses again and again. (Only plain strings are kept: callers pass ``str`` of
    the base and a stripped ``href``, and stripping makes a lxml text result a plain ``str``.)"""
    try:
        joined = urljoin(base, href)
    except ValueError:
        return None
    return joined if split_url(joined) is not None else None
