"""Per-site extraction overrides, as plain data: a crawl's site rules (from the sites TOML, by
``newscrawl.sites``) and publisher knowledge keyed by host (package data, by
``newscrawl.publishers``). Extraction receives both as values and merges them itself."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree, html

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExtractRules:
    """Extra rules for one site; the generic rules always apply too."""

    prune_xpaths: tuple[str, ...] = ()
    """XPath expressions whose matches are removed before extraction (elements; see
    :func:`check_prune_xpath`)."""
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

# A small page to try a prune XPath on: what it gives there tells a node-set from a number or a
# string (``count(//div)``, ``string(//h1)``), which can never be pruned.
_PROBE = html.document_fromstring(
    "<html><head><title>t</title></head><body><div><p>p</p></div></body></html>"
)


def check_prune_xpath(xpath: str) -> None:
    """Refuse (``ValueError``, naming the expression) a prune XPath that cannot select elements
    to remove: a syntax error, or an expression that gives a number, a string or a truth value
    rather than a set of nodes. The one check of the sites file and of the publisher data.
    (What an expression selects on a real page is only known there: attributes or text nodes it
    selects are skipped, see :func:`prune_nodes`.)"""
    try:
        found = etree.XPath(xpath)(_PROBE)
    except etree.XPathSyntaxError as err:
        raise ValueError(f"prune_xpaths: bad XPath {xpath!r}: {err}") from err
    except etree.XPathEvalError as err:
        raise ValueError(f"prune_xpaths: XPath {xpath!r} cannot be evaluated: {err}") from err
    if not isinstance(found, list):
        kind = {bool: "a truth value", float: "a number"}.get(type(found), "a string")
        raise ValueError(f"prune_xpaths: XPath {xpath!r} gives {kind}, not elements to remove")  # noqa: TRY004  (a bad value in a sites file or publisher data: its loaders report ValueError)


def prune_nodes(tree: html.HtmlElement, xpaths: Iterable[str]) -> list[html.HtmlElement]:
    """The elements of ``tree`` that ``xpaths`` select, for removal: attributes, text nodes and
    values they give are not elements and are skipped, nor is the root; an expression that
    fails on this page (an unknown function in a branch the probe did not reach) is skipped
    with a warning, once per process."""
    found: list[html.HtmlElement] = []
    for xpath in xpaths:
        try:
            result = tree.xpath(xpath)
        except (etree.XPathSyntaxError, etree.XPathEvalError) as err:
            _warn_once(xpath, str(err))
            continue
        if isinstance(result, list):
            found += [
                node for node in result if isinstance(node, etree._Element) and node.getparent() is not None
            ]
    return found


@lru_cache(maxsize=256)
def _warn_once(xpath: str, error: str) -> None:
    logger.warning("prune_xpaths: XPath %r skipped: %s", xpath, error)


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
