"""``Site``: everything the crawl needs to know about one news site, as plain frozen data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from newscrawl.extract.rules import ExtractRules
from newscrawl.network import Origin, forbidden_reason, origin_of
from newscrawl.network.addresses import parse_address
from newscrawl.urls import normalise_url


@dataclass(frozen=True, kw_only=True)
class Site:
    """One ``[sites.<name>]`` table of the sites file, validated."""

    name: str
    """The table key; used in output paths, state rows and the lock file name."""
    allowed_domains: tuple[str, ...]
    """Hosts (and their subdomains) the crawl may fetch from."""
    sitemaps: tuple[str, ...] = ()
    """Sitemap, sitemap-index or news-sitemap URLs (gzipped ones too)."""
    feeds: tuple[str, ...] = ()
    """RSS or Atom feed URLs."""
    start_urls: tuple[str, ...] = ()
    """Home and section pages whose links are followed ``section_depth`` levels deep."""
    article_url_patterns: tuple[str, ...] = ()
    """Regexes (searched in the URL); a link from a section page is an article if one matches.
    Empty: every followed link counts as a candidate article."""
    deny_url_patterns: tuple[str, ...] = ()
    """Regexes; a URL that matches one is never fetched, whatever found it."""
    section_depth: int = 1
    """How many levels of links to follow from ``start_urls`` (1 or 2)."""
    max_age_days: float | None = None
    """Skip articles whose sitemap/feed date or published date is older than this."""
    prune_xpaths: tuple[str, ...] = ()
    """Extraction override: XPaths removed before extraction."""
    noise_patterns: tuple[str, ...] = ()
    """Extraction override: regexes for body paragraphs to drop."""
    use_robots_sitemaps: bool = True
    """Also follow the ``Sitemap:`` lines of each allowed domain's robots.txt."""
    allow_private_network: bool = False
    """Allow loopback / private-network hosts (tests and the demo); off for real sites."""
    page_budget: int | None = None
    """Most requests one run of this site may make (crawler traps); None: the
    ``NEWSCRAWL_PAGE_BUDGET`` setting."""
    strip_params: tuple[str, ...] = ()
    """Query parameters that are tracking on this site (names, or prefixes ending in ``*``),
    left out of its URL keys on top of the known ones (``newscrawl.urls``). Requests still
    go to the URL as discovered."""

    @property
    def rules(self) -> ExtractRules:
        """The site's extraction overrides, as ``extract_article`` takes them."""
        return ExtractRules(prune_xpaths=self.prune_xpaths, noise_patterns=self.noise_patterns)

    def url_key(self, url: str) -> str:
        """The normalised key of ``url`` on this site (``newscrawl.urls.normalise_url`` with
        the site's ``strip_params``). Raises ``ValueError`` for a URL without scheme or host."""
        return normalise_url(url, self.strip_params)

    @cached_property
    def _article_res(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in self.article_url_patterns)

    @cached_property
    def _deny_res(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in self.deny_url_patterns)

    def is_denied(self, url: str) -> bool:
        """True when a deny pattern matches ``url``."""
        return any(rx.search(url) for rx in self._deny_res)

    def looks_like_article(self, url: str) -> bool:
        """True when ``url`` matches an article pattern (or no patterns are configured)."""
        return not self._article_res or any(rx.search(url) for rx in self._article_res)

    def origins(self) -> frozenset[Origin]:
        """(scheme, host, port) of every configured URL: what ``allow_private_network`` covers."""
        found = (origin_of(u) for u in (*self.sitemaps, *self.feeds, *self.start_urls))
        return frozenset(o for o in found if o is not None)

    def is_allowed_host(self, url: str) -> bool:
        """http(s) on an allowed domain; a private host only as one of the site's own origins
        when the site opts in (the network guard checks again at connection time)."""
        origin = origin_of(url)
        if origin is None:
            return False
        host = origin.host
        if not any(host == d or host.endswith("." + d) for d in self.allowed_domains):
            return False
        if not is_private_host(host):
            return True
        return self.allow_private_network and origin in self.origins()

    def accepts(self, url: str) -> bool:
        """Allowed host and not denied: the check every discovered URL passes before a request."""
        return self.is_allowed_host(url) and not self.is_denied(url)


def is_private_host(host: str) -> bool:
    """True for ``localhost`` and IP literals that are not public (names are checked when
    resolved, by ``newscrawl.network.resolver``)."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    address = parse_address(host)
    return address is not None and forbidden_reason(address) is not None
