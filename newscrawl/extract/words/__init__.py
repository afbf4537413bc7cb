"""Phrase and word tables (data only), by kind and language, read by the rules in extract/.

A table keyed by language maps a language code (ISO 639-1; "*" for signs of no language) to
its phrases. Phrases of a table that becomes a regex are regex fragments, matched case-blind.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping


def joined(table: Mapping[str, tuple[str, ...]]) -> str:
    """The alternation of every phrase of a per-language table, in table order."""
    return "|".join(phrase for phrases in table.values() for phrase in phrases)


def joined_for_search(table: Mapping[str, tuple[str, ...]]) -> str:
    """``joined(table)`` for a yes/no ``search``, several times faster on long texts: the
    phrases that start with ``\\b`` (and hold no ``|`` outside a group) share one ``\\b`` in
    front of their alternation, so the regex engine tries them only where a word starts instead
    of trying each phrase at every character. Matches where ``joined`` matches; which phrase
    matched (and so the span) may differ, so use it only for yes or no."""
    at_words, others = [], []
    for phrases in table.values():
        for phrase in phrases:
            if phrase.startswith(r"\b") and not _top_level_branch(phrase):
                at_words.append(f"(?:{phrase[2:]})")
            else:
                others.append(phrase)
    grouped = [r"\b(?:" + "|".join(at_words) + ")"] if at_words else []
    return "|".join(grouped + others)


def _top_level_branch(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside any group and character set."""
    depth = 0
    for _, char in regex_syntax(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            return True
    return False


def regex_syntax(pattern: str) -> Iterator[tuple[int, str]]:
    """(position, character) of each ``(``, ``)`` and ``|`` of a regex that is syntax: not
    escaped and not inside a character set (``[|]``, ``[]|]`` and ``[^]|]`` hold a literal
    ``|``). The one scanner of pattern structure: ``_top_level_branch`` here, and the rule
    audit's split of a pattern into its alternatives (``benchmarks/rule_audit.py``)."""
    index, in_set = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            index += 1
            if pattern[index : index + 1] == "^":
                index += 1
            if pattern[index : index + 1] == "]":  # a leading ] is a member
                index += 1
            continue
        elif char in "()|":
            yield index, char
        index += 1


def every(table: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Every phrase of a per-language table, as a set."""
    return frozenset(phrase for phrases in table.values() for phrase in phrases)
