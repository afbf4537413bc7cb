"""Published dates a page's script state holds: the page data a framework ships beside the HTML
(``__NEXT_DATA__``, a data layer, ``window.__STATE__ = {...}``), read when the page declares no
date with a time in JSON-LD, ``<meta>``, microdata or ``<time datetime>``.

Only a full timestamp (ISO 8601 with a time, or epoch seconds / milliseconds) under a key that
names a published date is read: ``"firstPublicationDate":"2024-01-30T14:13:12.269Z"``,
``pubdate: '2024-04-30T05:30:00+02:00'``, ``"publishedAt":1762128000``. Such state also lists
related stories with their dates: the first timestamp under a key naming the first publication
outright (``STATE_FIRST_PUBLISHED_KEYS``) is trusted before the first under the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import html

from newscrawl.extract.meta.dates import PageDate, parse_machine_date
from newscrawl.extract.words.dates import STATE_FIRST_PUBLISHED_KEYS, STATE_PUBLISHED_KEYS

_PAIR = re.compile(
    r"""([A-Za-z][\w-]{2,40})\\?["']?\s*:\s*\\?["']?"""
    r"(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?|\d{10}(?:\d{3})?)"
    r"(?![\w.:-])"
)
"""A key and its timestamp: ``"publishedAt":"2024-05-02T20:53:56Z"``, ``pubdate: 1762128000``,
and the same in a JSON string inside a script (``\\"datePublished\\":\\"2026-01-06T08:39:42Z\\"``, as
streamed page data writes it)."""
_KEY_PART = "pub"  # (every key holds it: found by ``str.find``, not a regex walk over the script)
_KEY_BACK = 24
_MAX_KEYS = 2000
"""Keys read per page at most (a story's own date stands among the first; a state of many
thousand items is not walked)."""
_RANKS = dict.fromkeys(STATE_FIRST_PUBLISHED_KEYS, 0) | dict.fromkeys(STATE_PUBLISHED_KEYS, 1)
_SKIPPED_TYPES = ("application/ld+json", "text/template", "text/html", "text/x-template")


def state_dates(scripts: Iterable[html.HtmlElement]) -> list[PageDate]:
    """The published timestamps of the inline ``scripts``' state: the first under a key naming
    the first publication, then the first under another published key (read up to the first)."""
    later: PageDate | None = None
    budget = [_MAX_KEYS]
    for script in scripts:
        if script.get("src") or (script.get("type") or "").strip().lower() in _SKIPPED_TYPES:
            continue
        text = script.text
        lower = text.lower() if text else ""
        if _KEY_PART not in lower:
            continue
        for rank, date in _timestamps(text, lower, budget):
            if rank == 0:
                return [date] if later is None else [date, later]
            if later is None:
                later = date
    return [] if later is None else [later]


def _timestamps(text: str, lower: str, budget: list[int]) -> Iterator[tuple[int, PageDate]]:
    """(rank, timestamp) of each published key in ``text`` (``lower``: lower-cased) with a
    timestamp, in order; each "pub" looked at spends one of ``budget[0]``."""
    at = lower.find(_KEY_PART)
    while at >= 0 and budget[0] > 0:
        budget[0] -= 1
        start = at
        while start > 0 and at - start < _KEY_BACK and _in_key(lower[start - 1]):
            start -= 1
        pair = _PAIR.match(text, start)
        if pair is not None:
            rank = _RANKS.get(pair.group(1).lower().replace("_", "").replace("-", ""))
            date = parse_machine_date(pair.group(2)) if rank is not None else None
            if rank is not None and date is not None and date.has_time:
                yield rank, date
        at = lower.find(_KEY_PART, at + len(_KEY_PART))


def _in_key(char: str) -> bool:
    return char.isalnum() or char in "_-"
