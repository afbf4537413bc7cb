"""Per-site extraction overrides, as plain data (loaded from the sites TOML by ``newscrawl.sites``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractRules:
    """Extra rules a user configured for one site; the generic rules always apply too."""

    prune_xpaths: tuple[str, ...] = ()
    """XPath expressions whose matches are removed before extraction."""
    noise_patterns: tuple[str, ...] = ()
    """Regular expressions; a body paragraph that fully matches one is dropped."""


NO_RULES = ExtractRules()
