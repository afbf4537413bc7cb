"""Phrase and word tables (data only), by kind and language, read by the rules in extract/.

A table keyed by language maps a language code (ISO 639-1; "*" for signs of no language) to
its phrases. Phrases of a table that becomes a regex are regex fragments, matched case-blind.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Collection, Iterator, Mapping


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


# A quick test before a search: pieces of plain text that every match holds.
_PLAIN = frozenset(map(chr, range(0x20, 0x7F))) - frozenset("\\()[]{}|.^$*+?#")
_OPAQUE_ESCAPES = frozenset("0123456789xuUN")  # escapes whose length this reader does not work out
# Letters a case-blind regex matches beyond what ``str.lower`` makes of them: the sets of
# letters ``re`` treats as one case-blind besides their lower case (its ``_casefix`` table:
# Greek sigma, beta, theta…; Cyrillic ve, o, es… and their old forms), and final sigma (``lower``
# writes it by context). A needle never holds one; other letters of any script may stand in it:
# where the regex equates two letters, ``str.lower`` gives both the same letter.
try:  # the table ``re`` compiles case-blind patterns with (CPython 3.11+)
    _EXTRA_CASES: dict[int, tuple[int, ...]] | None = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # another interpreter: needles stay ASCII
    _EXTRA_CASES = None
_CASE_BLIND_EXTRA = frozenset(
    chr(code) for key, others in (_EXTRA_CASES or {}).items() for code in (key, *others)
) | frozenset("\u03a3\u03c2\u0130")
# Letters a case-blind regex takes for an ASCII letter that ``str.lower`` does not turn into it.
_UNLOWERED = ("\u0130", "\u0131", "\u017f")  # capital I with a dot, dotless i; long s
_DOTTED, _DOTLESS, _LONG_S = _UNLOWERED  # (each tested with ``in``: no generator step per text)
_GROUP_HEAD = re.compile(r"\((?:\?(?:[:>]|P<\w+>|<?[=!]|[aiLmsux]*(?:-[imsx]+)?[:)]|#[^)]*\)|P=\w+\)))?")
_QUANTIFIER = re.compile(r"(?:([?*+])|\{(\d*)(,?)\d*\})[?+]?")


def needles(pattern: str) -> frozenset[str] | None:
    """Pieces of plain ASCII text, lower-cased, of which every match of ``pattern`` (compiled
    case-blind or not, but not verbose) holds one: a quick test before a search
    (``may_match``). From each alternative, the longest run of plain characters it must
    match, or, where that gives longer pieces, one piece of each alternative of a group it
    must match. None when some alternative has no such piece, or the pattern holds syntax this
    reader does not follow (inline verbose mode, numbered escapes, conditional groups)."""
    try:
        found, end = _alternation(pattern, 0)
    except ValueError:
        return None
    if end < len(pattern) or found is None:
        return None
    return frozenset(piece for piece in found if not any(other in piece for other in found - {piece}))


def may_match(text: str, pieces: Collection[str] | re.Pattern[str] | None) -> bool:
    """False only when ``text`` holds none of ``pieces`` (from ``needles``, or their
    ``any_piece`` pattern), so that their pattern cannot match it. A text with a capital I with
    a dot, a dotless i or a long s may always match: a case-blind regex takes them for "i" and
    "s", which ``lower`` does not make of them."""
    if pieces is None or (not text.isascii() and (_DOTTED in text or _DOTLESS in text or _LONG_S in text)):
        return True
    lowered = text.lower()
    if isinstance(pieces, re.Pattern):
        return pieces.search(lowered) is not None
    return any(map(lowered.__contains__, pieces))  # (in C: no generator step per piece)


_Trie = dict[str, "_Trie"]  # a character -> what may follow it ("" -> {}: a piece ends here)
# From this many needles on, a QuickPattern looks for them with one ``any_piece`` search
# instead of one substring search each. Over the short blocks of the 308 throughput pages
# (without profiler): 45 needles 41 -> 31 ms, 14 needles 16.5 -> 11.5 ms; 5 needles 9.9 -> 14.1 ms.
MANY_NEEDLES = 10


def any_piece(pieces: Collection[str]) -> re.Pattern[str]:
    """A regex that finds any of ``pieces`` (plain text, none empty) where it stands in a text:
    their trie ("ab", "ac" -> "a(?:b|c)"), so that at each character the regex engine tries
    only the pieces that start with it. A piece that another one starts ends that branch: the
    longer one would find nothing more."""
    root: _Trie = {}
    for piece in pieces:
        node = root
        for char in piece:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: _Trie) -> str:
        if "" in node:
            return ""
        options = [re.escape(char) + branches(child) for char, child in sorted(node.items())]
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return re.compile(branches(root))


class QuickPattern:
    """A compiled pattern whose ``search``, ``match`` and ``fullmatch`` answer as its own do, but
    sooner for a text that holds none of its ``needles`` (most texts, for a table of phrases)."""

    __slots__ = ("_quick", "_trie", "pattern", "pieces", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        found = needles(regex.pattern) if not regex.flags & re.VERBOSE else None
        self.pieces = tuple(sorted(found)) if found is not None else None
        pieces = self.pieces
        self._quick = any_piece(pieces) if pieces is not None and len(pieces) >= MANY_NEEDLES else pieces
        self._trie = self._quick if isinstance(self._quick, re.Pattern) else None

    def search(self, text: str) -> re.Match[str] | None:
        trie = self._trie
        if trie is None:
            return self.regex.search(text) if may_match(text, self._quick) else None
        # (``may_match`` written out for the pieces' pattern: tables of phrases are searched so,
        # in every block of a page.)
        if (text.isascii() or not (_DOTTED in text or _DOTLESS in text or _LONG_S in text)) and trie.search(
            text.lower()
        ) is None:
            return None
        return self.regex.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text) if may_match(text, self._quick) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text) if may_match(text, self._quick) else None


def _alternation(pattern: str, index: int) -> tuple[frozenset[str] | None, int]:
    """The needles of the alternation that starts at ``index`` (one piece of each alternative)
    and the index of the ")" that closes it, or of the pattern's end."""
    union: set[str] = set()
    complete = True
    while True:
        found, index = _sequence(pattern, index)
        if found is None:
            complete = False
        else:
            union |= found
        if index < len(pattern) and pattern[index] == "|":
            index += 1
            continue
        return (frozenset(union) if complete else None), index


def _sequence(pattern: str, index: int) -> tuple[frozenset[str] | None, int]:
    """The best needles of the alternative that starts at ``index`` (the set whose shortest
    piece is longest), and the index of the "|" or ")" that ends it, or of the pattern's end."""
    best: frozenset[str] | None = None
    run = ""

    def offer(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    while index < len(pattern) and pattern[index] not in "|)":
        literal, inner, index = _atom(pattern, index)
        least, index = _quantifier(pattern, index)
        if literal is not None and least == 1:
            run += literal
            continue
        if literal is not None and least > 1:  # "ab+c": "ab" and "bc" are in every match
            offer(frozenset({(run + literal).lower()}))
            run = literal
            continue
        offer(frozenset({run.lower()}) if run else None)
        run = ""  # an optional atom, or one that is not one plain character, ends the run
        if least >= 1:
            offer(inner)
    offer(frozenset({run.lower()}) if run else None)
    return best, index


def _atom(pattern: str, index: int) -> tuple[str | None, frozenset[str] | None, int]:
    """The atom at ``index``: its character when it is one plain character, the needles of a
    group, and the index after it."""
    char = pattern[index]
    if char == "\\":
        escaped = pattern[index + 1 : index + 2]
        if not escaped or escaped in _OPAQUE_ESCAPES:
            raise ValueError(pattern)
        plain = escaped.isascii() and escaped.isprintable() and not escaped.isalnum()
        return (escaped if plain else None), None, index + 2  # "\.", or "\b", "\s", "\w", ...
    if char == "[":
        return None, None, _after_set(pattern, index)
    if char == "(":
        return _group(pattern, index)
    return (char if char in _PLAIN or _plain_letter(char) else None), None, index + 1  # or ".", "^", "$"


def _plain_letter(char: str) -> bool:
    """A letter beyond ASCII that a needle may hold: ``str.lower`` makes it one letter, and a
    case-blind regex matches no letter to it that ``lower`` does not make the same one (not in
    ``_CASE_BLIND_EXTRA``)."""
    if _EXTRA_CASES is None or char.isascii() or not char.isalpha():
        return False
    lowered = char.lower()
    return len(lowered) == 1 and char not in _CASE_BLIND_EXTRA and lowered not in _CASE_BLIND_EXTRA


def _group(pattern: str, index: int) -> tuple[None, frozenset[str] | None, int]:
    """The group at ``index``: the needles it gives a match that must match it (none for a
    lookaround), and the index after its ")"."""
    head = _GROUP_HEAD.match(pattern, index)
    opening = head.group() if head else ""
    if opening in ("", "(") and pattern.startswith("(?", index):
        raise ValueError(pattern)  # a conditional group, or syntax this reader does not know
    flags = re.fullmatch(r"\(\?([aiLmsux]*)(?:-[imsx]+)?[:)]", opening)
    if flags and "x" in flags.group(1):
        raise ValueError(pattern)  # verbose: spaces are no text
    after = index + len(opening)
    if opening.endswith(")"):  # inline flags, a comment or a named back reference: no text
        return None, None, after
    found, close = _alternation(pattern, after)
    if close >= len(pattern):
        raise ValueError(pattern)
    return None, (None if opening.startswith(("(?=", "(?!", "(?<")) else found), close + 1


def _after_set(pattern: str, index: int) -> int:
    """The index after the character set that opens at ``index``."""
    index += 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    if index >= len(pattern):
        raise ValueError(pattern)
    return index + 1


def _quantifier(pattern: str, index: int) -> tuple[int, int]:
    """How often the atom before ``index`` must occur: 1 exactly once (no quantifier), 0 maybe
    not at all, 2 once or more; and the index after the quantifier."""
    found = _QUANTIFIER.match(pattern, index)
    if found is None:
        return 1, index
    if found.group(1):
        return {"?": 0, "*": 0, "+": 2}[found.group(1)], found.end()
    least = int(found.group(2) or 0)
    return (min(least, 1) if not found.group(3) and least <= 1 else min(least, 2)), found.end()
