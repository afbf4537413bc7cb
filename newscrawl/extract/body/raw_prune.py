"""trafilatura's raw-tree prune, the same nodes found sooner (set up once, by ``content.py``).

Before anything else, trafilatura 2.3 prunes the tree it reads with three XPaths
(``core.trafilatura_sequence``: ``RAW_TREE_PRUNE_XPATH``, then ``REMOVE_COMMENTS_AND_LISTS_XPATH``:
infinite-scroll containers of appended stories, share-button bars, comment sections). Their
predicates call EXSLT's ``re:test``, which lxml answers in Python's ``re``: a call for every
``div``, ``section``, list... of the page with an ``id`` or a ``class``, about 5% of a page's
time. Each of those regexes is case-sensitive and can only match a text that holds one of a few
plain pieces ("omment", "comol" or "disqus_thread" for the comment sections' ids and classes;
"mvp-post-add-" or "infinite" for the scroll containers'): the versions here test those pieces
first with XPath's ``contains()``, in C, and keep every predicate of the original after it. An
element whose ``id`` and ``class`` hold none of the pieces fails every ``re:test`` of the
original; so the same nodes come out, in the same order (the lists are replaced in place:
trafilatura's modules hold them by reference).

Each expression is replaced only when trafilatura's is the one these were written against (its
text, compared whole): another version of trafilatura keeps its own. Over a pass of the 308
zyte and fundus pages the three took 0.50-0.57 s of CPU, these 0.34-0.36 s; records
byte-identical (``benchmarks/identical.py``).
"""

from __future__ import annotations

from lxml import etree
from trafilatura import xpaths

_REGEXP = {"re": "http://exslt.org/regular-expressions"}

_INDENT = "\n        "  # (trafilatura's expressions are indented triple-quoted strings)
_MVP = (
    ".//*[self::div or self::section or self::aside][",
    "re:test(@id, 'mvp-post-add-(?:box|wrap)|infinite-?scroll') or",
    "re:test(@class, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')][",
    "not(.//h1) or re:test(@id, 'mvp-post-add-(?:box|wrap)') or "
    "re:test(@class, 'mvp-post-add-(?:box|wrap)')]",
)
_MVP_PIECES = (
    "contains(@id, 'mvp-post-add-') or contains(@id, 'infinite') or "
    "contains(@class, 'mvp-post-add-') or contains(@class, 'infinite')]["
)
_COMMENTS = (
    ".//*[self::div or self::list or self::section or self::details or self::ol or self::ul][",
    "re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)') or",
    "re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')][",
    "not(self::ol or self::ul) or re:test(@id, '^(?:[Cc]omment(?!ary)|comol)') or "
    "re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]",
)
_COMMENTS_PIECES = (
    "contains(@id, 'omment') or contains(@id, 'comol') or contains(@id, 'disqus_thread') or "
    "contains(@class, 'omment')]["
)


def _text(lines: tuple[str, ...]) -> str:
    """An expression as trafilatura writes it: each line indented, the last followed by the
    indentation of the closing quotes."""
    return "".join(_INDENT + line for line in lines) + _INDENT


def _pieces_first(lines: tuple[str, ...], pieces: str) -> str:
    """The expression of ``lines`` with the predicate ``pieces`` (``contains()`` tests, closed,
    the next one opened) between its tag test and its regex tests."""
    return _text((lines[0], pieces, *lines[1:]))


FASTER = {
    _text(_MVP): _pieces_first(_MVP, _MVP_PIECES),
    _text(_COMMENTS): _pieces_first(_COMMENTS, _COMMENTS_PIECES),
}
"""trafilatura's expression -> the same with its pieces tested first."""


def prefilter_raw_prune() -> int:
    """Put the faster expressions in place of trafilatura's own where those are the ones they
    were written against (module docstring). How many were replaced (0 for another version).
    Calling it again changes nothing."""
    replaced = 0
    for name in ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH"):
        expressions = getattr(xpaths, name, [])
        for at, expression in enumerate(expressions):
            faster = FASTER.get(expression.path)
            if faster is not None:
                expressions[at] = etree.XPath(faster, namespaces=_REGEXP)
                replaced += 1
    return replaced
