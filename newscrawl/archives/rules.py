"""The extraction rules a re-parse applies to an archived page: those of its site.

A crawl extracts each page with its site's ``ExtractRules`` (noise patterns, pruned XPaths);
re-parsing the archive gives the same articles only with the same rules. ``SiteRules`` maps a
page URL to the rules of the first site in a sites file whose ``allowed_domains`` cover the
URL's host (``parse --sites FILE``, ``bulk --sites FILE``); other URLs get no site rules.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from newscrawl.extract.rules import NO_RULES, ExtractRules
from newscrawl.sites import Site, load_sites


class SiteRules:
    """URL -> the ``ExtractRules`` of its site (``NO_RULES`` when no site covers it)."""

    def __init__(self, sites: list[Site]) -> None:
        self.sites = sites
        self._by_host: dict[str, ExtractRules] = {}

    @classmethod
    def load(cls, path: str | Path | None) -> SiteRules:
        """The sites of ``path`` (raises ``SitesFileError``); no path: no site rules."""
        return cls(list(load_sites(path).values()) if path else [])

    def for_url(self, url: str) -> ExtractRules:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return NO_RULES
        found = self._by_host.get(host)
        if found is None:
            found = next(
                (
                    site.rules
                    for site in self.sites
                    if any(host == d or host.endswith("." + d) for d in site.allowed_domains)
                ),
                NO_RULES,
            )
            self._by_host[host] = found
        return found
