"""date_published / date_modified of a page, from every place a page states them.

Order of trust: JSON-LD, <meta>, itemprop elements, <time datetime>, visible date lines,
dates inside bylines. Then two repairs, both only with evidence from the same page:

* a bare day is given the time of another source for the same day;
* a naive time takes the offset of another source that states the same instant with an offset
  (same wall clock, or -- for two published dates -- the same minute and second, a whole
  quarter-hour apart, which is the naive local time of a UTC stamp).

A naive time that nothing on the page anchors is read as civil time of the country its
language tag points to (``timezones.LANGUAGE_TIMEZONES``: de -> Europe/Berlin, fr -> Europe/Paris,
with daylight saving for that date). When the language gives no single zone ("en", "es-MX"),
the time stays naive (the wall clock as shown): the crawler's or UTC's offset would silently
shift the instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from newscrawl.extract.meta.bylines import looks_like_byline
from newscrawl.extract.meta.datelines import DateKind, dateline_dates, looks_like_dateline
from newscrawl.extract.meta.dates import PageDate, find_dates, parse_any_date
from newscrawl.extract.meta.timezones import language_timezone
from newscrawl.extract.nodes import first_below
from newscrawl.extract.page import Page
from newscrawl.extract.visible import class_tokens, is_shown, short_text, text_blocks
from newscrawl.extract.words.classes import MODIFIED_CLASS_WORDS
from newscrawl.extract.words.meta_tags import MODIFIED_META, PUBLISHED_META

_LD_DATE_KEYS: tuple[tuple[str, DateKind], ...] = (
    ("datePublished", "published"),
    ("dateCreated", "published"),
    ("dateModified", "modified"),
    ("uploadDate", "published"),
)
_QUARTER = timedelta(minutes=15)
_MAX_SHIFT = timedelta(hours=14)
_DATELINE_LIMIT = 160


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: DateKind
    date: PageDate
    source: str


@dataclass(frozen=True, slots=True)
class PageDates:
    published: str | None
    modified: str | None
    published_source: str | None
    modified_source: str | None


def extract_dates(
    page: Page,
    articles: list[dict[str, Any]],
    language_tag: str | None = None,
) -> PageDates:
    """Both dates; ``language_tag`` ("de-DE") is the last resort for a time with no zone."""
    found = _declared_candidates(page, articles)
    published = _choose("published", found)
    if published is None or not (published.date.has_time and published.date.aware):
        # Metadata did not answer: read the visible date lines too.
        found += _visible_dates(page)
        published = _choose("published", found)
    modified = _choose("modified", found)
    if published is None and modified is not None:
        published = modified
    zone = language_timezone(language_tag)
    if zone:
        published, modified = _in_zone(published, zone), _in_zone(modified, zone)
    return PageDates(
        published.date.iso() if published else None,
        modified.date.iso() if modified else None,
        published.source if published else None,
        modified.source if modified else None,
    )


def _declared_candidates(page: Page, articles: list[dict[str, Any]]) -> list[Candidate]:
    out: list[Candidate] = []
    for obj in articles:
        for key, kind in _LD_DATE_KEYS:
            value = obj.get(key)
            date = parse_any_date(value) if isinstance(value, str) else None
            if date:
                out.append(Candidate(kind, date, "json-ld"))
    meta_keys: tuple[tuple[tuple[str, ...], DateKind], ...] = (
        (PUBLISHED_META, "published"),
        (MODIFIED_META, "modified"),
    )
    for keys, kind in meta_keys:
        for key in keys:
            for value in page.meta.get(key, ()):
                date = parse_any_date(value)
                if date:
                    out.append(Candidate(kind, date, "meta"))
    out += _element_dates(page)
    return out


def _element_dates(page: Page) -> list[Candidate]:
    """Dates of itemprop elements and shown <time datetime> elements, in document order (the
    page's microdata: what has neither, an itemtype only, is passed over)."""
    out: list[Candidate] = []
    for el in page.microdata():
        if el.tag == "meta":
            continue
        prop = (el.get("itemprop") or "").lower()
        if prop in {"datepublished", "datemodified", "datecreated"}:
            kind: DateKind = "modified" if prop == "datemodified" else "published"
            value = el.get("datetime") or el.get("content") or short_text(el, 120)
            date = parse_any_date(value)
            if date:
                out.append(Candidate(kind, date, "itemprop"))
        elif el.tag == "time" and el.get("datetime") and is_shown(el):
            kind = "modified" if class_tokens(el) & MODIFIED_CLASS_WORDS else "published"
            date = parse_any_date(el.get("datetime")) or parse_any_date(short_text(el, 120))
            if date:
                out.append(Candidate(kind, date, "time-element"))
    return out


def _visible_dates(page: Page) -> list[Candidate]:
    body = first_below(page.tree, "body")
    out: list[Candidate] = []
    for _, text in text_blocks(body if body is not None else page.tree, _DATELINE_LIMIT):
        if looks_like_dateline(text):
            for item in dateline_dates(text):
                out.append(Candidate(item.kind or "published", item.date, "dateline"))
        elif looks_like_byline(text):
            out += [Candidate("published", f.date, "byline") for f in find_dates(text)]
    return out


def _choose(kind: DateKind, found: list[Candidate]) -> Candidate | None:
    own = [c for c in found if c.kind == kind]
    if not own:
        return None
    best = own[0]
    if not best.date.has_time:
        timed = [c for c in found if c.date.has_time and c.date.value.date() == best.date.value.date()]
        timed.sort(key=lambda c: not c.date.aware)
        if timed:
            best = Candidate(kind, timed[0].date, best.source)
    if best.date.has_time and not best.date.aware:
        offset = _anchor_offset(best, found)
        if offset is not None:
            best = Candidate(kind, best.date.with_offset(offset), best.source)
    return best


def _in_zone(found: Candidate | None, zone: str) -> Candidate | None:
    if found is None or found.date.aware or not found.date.has_time:
        return found
    return Candidate(found.kind, found.date.in_zone(zone), found.source)


def _anchor_offset(naive: Candidate, found: list[Candidate]) -> timedelta | None:
    wall = naive.date.value.replace(microsecond=0)
    aware = [c for c in found if c.date.aware and c.date.has_time]
    for c in aware:
        if c.date.value.replace(tzinfo=None, microsecond=0) == wall:
            return c.date.value.utcoffset()
    for c in aware:
        if c.kind != naive.kind:
            continue
        offset = c.date.value.utcoffset()
        if offset is None:
            continue
        utc_wall = (c.date.value.replace(tzinfo=None) - offset).replace(microsecond=0)
        shift = wall - utc_wall
        if abs(shift) <= _MAX_SHIFT and shift % _QUARTER == timedelta(0):
            return shift
    return None
