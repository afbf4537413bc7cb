"""JSON-LD: every object of a page's ld+json scripts (@graph and mainEntity members flattened,
broken JSON tolerated where common, strings cleaned), and which of them describe an article."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import html

from newscrawl.extract.decode import CONTROL_CHARS, LONE_SURROGATES

# JSON-LD @type values that describe the article itself (schema.org Article subtypes).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "webpage",
        "creativework",
    }
)
DECLARED_ARTICLE_TYPES = ARTICLE_TYPES - {"webpage", "creativework"}
"""Article types that say "this page is one story" (a bare ``WebPage`` or ``CreativeWork`` says
nothing): ``page_type`` and ``body/root.py``."""

OTHER_TYPES = frozenset(
    {
        "product",
        "person",
        "organization",
        "event",
        "videoobject",
        "recipe",
        "jobposting",
        "profile",
        "video.other",
        "video.movie",
        "music.song",
        "book",
        "place",
    }
)
"""Declared types (JSON-LD or og:type, lower-cased) of pages that are neither story nor list
(``page_type``; ``body/root.py``)."""


# "//<![CDATA[" ... "//]]>" wrappers that some CMSs put around JSON-LD.
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def json_ld_objects(scripts: list[html.HtmlElement]) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects of ``scripts`` (ld+json ones of a page decoded by ``decode``), in
    document order."""
    for script in scripts:
        if "ld+json" not in script.get("type", "").lower():
            continue
        raw = script.text or ""
        if "<![CDATA[" in raw or "]]>" in raw:  # what _CDATA needs (a search of a long text)
            raw = _CDATA.sub("", raw)
        raw = raw.strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Common breakage: trailing semicolons / stray control characters.
            try:
                data = json.loads(CONTROL_CHARS.sub(" ", raw.rstrip(";")), strict=False)
            except (ValueError, RecursionError):
                continue
        except RecursionError:
            continue  # nested past Python's recursion limit: not metadata
        try:
            yield from _flatten(_clean_json(data) if _may_need_cleaning(raw) else data)
        except RecursionError:
            continue


# The JSON escapes that give a character _clean_json removes or replaces: \b and \f (control
# characters) and \uXXXX (any). The others (\n \r \t \" \\ \/) give characters it keeps.
_DIRTY_ESCAPES = ("\\u", "\\b", "\\f")


def _may_need_cleaning(raw: str) -> bool:
    """Whether the strings of the JSON text ``raw`` (a decoded page's: ``decode`` removed its
    control characters and lone surrogates) may hold what ``_clean_json`` takes out: a
    string's characters are the text's own but for its escapes, so only through an escape
    that can give one. Most pages' JSON-LD needs no cleaning: 393 of the 438 scripts of the
    throughput pages."""
    return any(escape in raw for escape in _DIRTY_ESCAPES)


def _clean_json(data: Any) -> Any:
    """JSON values with lone surrogates ("\\ud800" escapes) and control characters removed
    from every string, so they cannot reach the output."""
    if isinstance(data, str):
        if data.isprintable():  # control characters and surrogates are not printable
            return data
        return CONTROL_CHARS.sub("", LONE_SURROGATES.sub("\ufffd", data))
    if isinstance(data, list):
        return [_clean_json(v) for v in data]
    if isinstance(data, dict):
        return {_clean_json(k): _clean_json(v) for k, v in data.items()}
    return data


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _flatten(entry)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _flatten(graph)
        if "@type" in data:
            yield data
        main = data.get("mainEntity")
        if isinstance(main, dict | list):
            yield from _flatten(main)


def ld_types(obj: dict[str, Any]) -> set[str]:
    """The @type values of a JSON-LD object, lower-case."""
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}
