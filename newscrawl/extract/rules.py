"""Per-site extraction overrides, as plain data: a crawl's site rules (from the sites TOML, by
``newscrawl.sites``) and publisher knowledge keyed by host (package data, by
``newscrawl.publishers``). Extraction receives both as values and merges them itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class ExtractRules:
    """Extra rules for one site; the generic rules always apply too."""

    prune_xpaths: tuple[str, ...] = ()
    """XPath expressions whose matches are removed before extraction."""
    noise_patterns: tuple[str, ...] = ()
    """Regular expressions; a body paragraph that fully matches one is dropped (case ignored)."""

    def merged(self, other: ExtractRules) -> ExtractRules:
        """Both sets of rules, each entry once (``self``'s first)."""
        if not other.prune_xpaths and not other.noise_patterns:
            return self
        return ExtractRules(
            prune_xpaths=tuple(dict.fromkeys((*self.prune_xpaths, *other.prune_xpaths))),
            noise_patterns=tuple(dict.fromkeys((*self.noise_patterns, *other.noise_patterns))),
        )


NO_RULES = ExtractRules()


@dataclass(frozen=True, slots=True)
class PublisherRules:
    """Publisher knowledge: rules by host (lower case, without ``www.``). A host's table also
    serves its subdomains ("edition.example.com" uses "example.com" unless it has its own)."""

    hosts: Mapping[str, ExtractRules] = field(default_factory=dict)

    def for_urls(self, *urls: str | None) -> ExtractRules:
        """The rules of the first of ``urls`` whose host (or a parent domain) has a table."""
        if not self.hosts:
            return NO_RULES
        for url in urls:
            host = _host(url)
            while "." in host:  # the host, then each parent domain ("com" alone is never a key)
                rules = self.hosts.get(host)
                if rules is not None:
                    return rules
                host = host.partition(".")[2]
        return NO_RULES


NO_PUBLISHERS = PublisherRules()


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")
