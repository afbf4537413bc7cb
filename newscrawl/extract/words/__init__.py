"""Phrase and word tables (data only), by kind and language, read by the rules in extract/.

A table keyed by language maps a language code (ISO 639-1; "*" for signs of no language) to
its phrases. Phrases of a table that becomes a regex are regex fragments, matched case-blind.
"""

from __future__ import annotations

from collections.abc import Mapping


def joined(table: Mapping[str, tuple[str, ...]]) -> str:
    """The alternation of every phrase of a per-language table, in table order."""
    return "|".join(phrase for phrases in table.values() for phrase in phrases)


def every(table: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Every phrase of a per-language table, as a set."""
    return frozenset(phrase for phrases in table.values() for phrase in phrases)
