"""Published dates a page's script state holds: the page data a framework ships beside the HTML
(``__NEXT_DATA__``, a data layer, ``window.__STATE__ = {...}``), read when the page declares no
date with a time in JSON-LD, ``<meta>``, microdata or ``<time datetime>``.

Only a full timestamp (ISO 8601 with a time, or epoch seconds / milliseconds) under a key that
names a published date is read: ``"firstPublicationDate":"2024-01-30T14:13:12.269Z"``,
``pubdate: '2024-04-30T05:30:00+02:00'``, ``"publishedAt":1762128000``. Such state also lists
related stories with their dates: keys naming the first publication outright
(``STATE_FIRST_PUBLISHED_KEYS``) come first, the rest after, each in document order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import html

from newscrawl.extract.meta.dates import PageDate, parse_machine_date
from newscrawl.extract.words.dates import STATE_FIRST_PUBLISHED_KEYS, STATE_PUBLISHED_KEYS

_VALUE = re.compile(
    r"(?<![\w.-])(?:(\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)"
    r"|(\d{10}(?:\d{3})?))(?![\w.:-])"
)
_KEY_BEFORE = re.compile(r"""["']?([A-Za-z][\w-]{2,40})["']?\s*:\s*["']?$""")
_KEY_ROOM = 48
_RANKS = dict.fromkeys(STATE_FIRST_PUBLISHED_KEYS, 0) | dict.fromkeys(STATE_PUBLISHED_KEYS, 1)
_SKIPPED_TYPES = ("application/ld+json", "text/template", "text/html", "text/x-template")


def state_dates(scripts: Iterable[html.HtmlElement]) -> list[PageDate]:
    """The published timestamps of the inline ``scripts``' state, first-publication keys first,
    each group in document order."""
    found: list[tuple[int, int, PageDate]] = []
    position = 0
    for script in scripts:
        if script.get("src") or (script.get("type") or "").strip().lower() in _SKIPPED_TYPES:
            continue
        text = script.text
        if not text or ":" not in text:
            continue
        for match in _VALUE.finditer(text):
            key = _KEY_BEFORE.search(text, max(0, match.start() - _KEY_ROOM), match.start())
            if key is None:
                continue
            rank = _RANKS.get(key.group(1).lower().replace("_", "").replace("-", ""))
            if rank is None:
                continue
            date = parse_machine_date(match.group(1) or match.group(2))
            if date is not None and date.has_time:
                found.append((rank, position, date))
                position += 1
    found.sort(key=lambda item: (item[0], item[1]))
    return [date for _, _, date in found]
