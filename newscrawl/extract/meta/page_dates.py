"""date_published / date_modified of a page, from every place a page states them.

Order of trust: JSON-LD, <meta>, itemprop elements, <time datetime>, the published timestamps of
the page's script state (``state_dates``), visible date lines, dates inside bylines, and last the
day the page's address writes ("/2024/05/03/", "/2024-05-03-slug"). The visible
ones are read nearest the headline first: the story's own date line stands beside its headline
and byline, other stories' teaser dates stand further off (before or after it). A byline or a
line of names running into a date between the headline and the story ("By Jane Doe 3 May 2024,
10:30", "Jane Doe 28.04.2024 | 09:36 Uhr") is a date line too.
Then two repairs, both only with evidence from the same page:

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

from lxml import html

from newscrawl.extract.meta.authors import agency_line, names_before_date
from newscrawl.extract.meta.bylines import looks_like_byline
from newscrawl.extract.meta.datelines import DateKind, dateline_dates, looks_like_dateline, undated
from newscrawl.extract.meta.dates import PageDate, address_date, find_dates, parse_any_date
from newscrawl.extract.meta.state_dates import state_dates
from newscrawl.extract.meta.timezones import language_timezone
from newscrawl.extract.nodes import first_below
from newscrawl.extract.page import Page
from newscrawl.extract.visible import (
    BLOCK_TAGS,
    class_tokens,
    element_text,
    is_displayed,
    is_shown,
    short_text,
    text_blocks,
)
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
_LEAD_BLOCKS = 40
"""A byline running into a date is read this many blocks after the headline at most (the
authors reader's lead: between the headline and the story)."""
_FURNITURE_LEVELS = 4
_FURNITURE_CHARS = 200


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
    headline: html.HtmlElement | None = None,
) -> PageDates:
    """Both dates; ``language_tag`` ("de-DE") is the last resort for a time with no zone;
    ``headline`` (the element showing it) orders the visible dates, nearest first."""
    found = _declared_candidates(page, articles)
    published = _choose("published", found)
    if published is None or not (published.date.has_time and published.date.aware):
        # Metadata did not answer: read the script state's and the visible date lines too.
        state = state_dates(page.tree.iter("script"))
        found += [Candidate("published", date, "script-state") for date in state]
        found += _visible_dates(page, headline)
        published = _choose("published", found)
        if published is None:
            # Nothing on the page states it: the day the page's address writes, if any.
            day = address_date(page.canonical) or address_date(page.url)
            if day is not None:
                published = _choose("published", [*found, Candidate("published", day, "address")])
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


def _visible_dates(page: Page, headline: html.HtmlElement | None) -> list[Candidate]:
    """Dates of visible date lines and bylines, nearest the headline first (a tie goes to the
    line after it); in document order when the headline's place among the blocks is unknown."""
    body = first_below(page.tree, "body")
    root = body if body is not None else page.tree
    after = _after_headline(root, headline)
    first_after: int | None = None
    lines: list[tuple[int, int | None, list[Candidate]]] = []
    dated_lines: list[html.HtmlElement] = []  # the date lines' and bylines' elements
    lead_lines: dict[int, html.HtmlElement] = {}  # the bylines running into a date: index -> element
    for index, (el, text) in enumerate(text_blocks(root, _DATELINE_LIMIT)):
        rank = after.get(el)
        if first_after is None and (rank is not None or el is headline):
            first_after = index  # (where the headline stands: itself, or the first block after it)
        found: list[Candidate] = []
        if looks_like_dateline(text):
            found = [Candidate(i.kind or "published", i.date, "dateline") for i in dateline_dates(text)]
            dated_lines.append(el)
        elif looks_like_byline(text):
            found = [Candidate("published", f.date, "byline") for f in find_dates(text)]
            dated_lines.append(el)
        elif rank is not None and rank < _LEAD_BLOCKS and _dated_lead_line(text):
            found = [Candidate(i.kind or "published", i.date, "byline") for i in dateline_dates(text)]
            lead_lines[index] = el
        if found:
            lines.append((index, rank, found))
    if lead_lines and dated_lines:
        # A byline block whose date stands in a date line of its own ("<div>Von <a>Max</a>
        # <span>28.04.2023, 14:05 Uhr</span></div>"): the date line tells it.
        inner = {up for el in dated_lines for up in el.iterancestors()}
        lines = [line for line in lines if lead_lines.get(line[0]) not in inner]
    if first_after is not None:
        # Nearest the headline first: after it by blocks between, before it by blocks up to it.
        lines.sort(key=lambda line: (line[1], 0) if line[1] is not None else (first_after - line[0], 1))
    out = [candidate for _, _, found in lines for candidate in found]
    return out + _furniture_dates(root, headline)


def _furniture_dates(root: html.HtmlElement, headline: html.HtmlElement | None) -> list[Candidate]:
    """Date lines of a small <aside> or <footer> beside the headline (in the same container
    up to ``_FURNITURE_LEVELS`` above it, at most ``_FURNITURE_CHARS`` of text), read after the
    story's own lines: the meta box some pages set beside the headline ("<aside><address>Jane
    Doe</address><div>Sat 24 Feb 2024 12.42 CET</div></aside>"), which no text block is."""
    if headline is None:
        return []
    ups = {up: level for level, up in enumerate(headline.iterancestors(), 1) if level <= _FURNITURE_LEVELS}
    out: list[Candidate] = []
    for box in root.iter("aside", "footer"):
        if box in ups or not any(up in ups for up in box.iterancestors()):
            continue
        text = element_text(box) or ""
        if not text or len(text) > _FURNITURE_CHARS or not is_displayed(box):
            continue
        seen: set[str] = set()
        for el in box.iter(*BLOCK_TAGS):
            line = short_text(el, _DATELINE_LIMIT)
            if line and line not in seen and looks_like_dateline(line):
                seen.add(line)
                out += [Candidate(i.kind or "published", i.date, "dateline") for i in dateline_dates(line)]
    return out


def _dated_lead_line(text: str) -> bool:
    """A line between the headline and the story that gives the story's date with a byline: a
    byline running into it ("By Jane Doe 3 May 2024, 10:30", "Von Anna Berger | Veröffentlicht
    am 3. Mai 2024"), or a line of names doing so without a byline word ("Jane Doe 28.04.2024 |
    09:36 Uhr", the authors reader's name line), or a news agency doing so ("dpa 25.10.2025 -
    15:26 Uhr")."""
    rest = undated(text)
    return (
        rest is not None
        and bool(rest)
        and (looks_like_byline(rest) or bool(names_before_date(text)) or bool(agency_line(rest)))
    )


def _after_headline(root: html.HtmlElement, headline: html.HtmlElement | None) -> dict[html.HtmlElement, int]:
    """The blocks after the headline (outside it), each with how many come between them."""
    if headline is None:
        return {}
    return {el: rank for rank, (el, _) in enumerate(text_blocks(root, _DATELINE_LIMIT, start=headline))}


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
