"""Dates as pages write them -> ISO 8601 with UTC offset.

Two kinds of input: machine dates from JSON-LD / <meta> / <time datetime> (ISO 8601, RFC 2822,
epoch seconds) and visible datelines ("Updated January 29th, 2022 at 16:40 IST",
"28.04.2023, 14:05 Uhr", "le 3 mai 2024 à 10h30", "3 de mayo de 2024, 10:30").

Time-zone abbreviations are resolved through ``timezones.TIMEZONE_OFFSETS``.
A date with a time but no zone stays naive here: the caller may borrow an offset from another
source on the page for the same instant, or the page language's zone (see ``page_dates``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from newscrawl.extract.addresses import split_url
from newscrawl.extract.meta.timezones import zone_offset, zone_offset_at
from newscrawl.extract.words.dates import DATE_TIME_WORDS, HOUR_WORDS, TIME_DATE_WORDS
from newscrawl.extract.words.months import MONTHS
from newscrawl.extract.words.timezones import TIMEZONE_OFFSETS, ZONE_NAMES


@dataclass(frozen=True, slots=True)
class PageDate:
    """A date read from a page: naive when the page gave no zone; ``has_time`` False for a day."""

    value: datetime
    has_time: bool = True

    @property
    def aware(self) -> bool:
        return self.value.tzinfo is not None

    def iso(self) -> str:
        """ISO 8601: with offset when known, seconds always; "YYYY-MM-DD" for a bare day."""
        if not self.has_time:
            return self.value.date().isoformat()
        return self.value.replace(microsecond=0).isoformat()

    def with_offset(self, offset: timedelta) -> PageDate:
        return PageDate(self.value.replace(tzinfo=timezone(offset)), self.has_time)

    def in_zone(self, zone_name: str) -> PageDate:
        """This naive wall-clock time read as civil time of ``zone_name`` (DST applied)."""
        offset = zone_offset_at(zone_name, self.value.replace(tzinfo=None))
        return self if offset is None else self.with_offset(offset)


_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_RFC_2822 = re.compile(
    r"^(?:[A-Za-z]{3},?\s*)?(?P<stamp>\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s*(?P<zone>[A-Za-z]{1,5}|[+-]\d{4})?\s*$"
)
"""RFC 822 / 2822 as feeds write it: "Tue, 19 Nov 2019 09:02:00 CET", weekday optional."""
_YEARS = range(1990, 2100)
_MAX_DATE_TEXT = 300


def parse_machine_date(text: str | None) -> PageDate | None:
    """A date from a machine-readable attribute: ISO 8601, compact ISO, RFC 2822, epoch."""
    if not text:
        return None
    text = text.strip()[:_MAX_DATE_TEXT]
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        year, month, day, hour, minute, second, zone = match.groups()
        return _build(year, month, day, hour, minute, second, zone_offset(zone))
    if _EPOCH.match(text):
        seconds = int(text[:10])
        return PageDate(datetime.fromtimestamp(seconds, UTC))
    rfc = _RFC_2822.match(text)
    if rfc:
        return _rfc_2822(rfc.group("stamp"), rfc.group("zone"))
    return None


def _rfc_2822(stamp: str, zone: str | None) -> PageDate | None:
    """An RFC 2822 date; its zone through the zone table ("CET" is +01:00), naive when it has
    none, an unknown one or "-0000" (RFC 2822: the zone is not known)."""
    try:
        wall = parsedate_to_datetime(stamp)  # no zone given: a naive wall-clock time
    except (TypeError, ValueError, IndexError):
        return None
    if wall.year not in _YEARS:
        return None
    offset = None if zone in (None, "-0000") else zone_offset(zone, wall)
    return PageDate(wall.replace(tzinfo=timezone(offset)) if offset is not None else wall)


def parse_any_date(text: str | None) -> PageDate | None:
    """A date from any string: machine formats first, then the first visible date in it
    (read from the string's first ``_MAX_DATE_TEXT`` characters)."""
    machine = parse_machine_date(text)
    if machine is not None or not text:
        return machine
    found = find_dates(text[:_MAX_DATE_TEXT])
    return found[0].date if found else None


# ---------------------------------------------------------------------------- visible dates

_MONTH_WORD = r"(?P<month>[^\W\d_]{3,12})\.?"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = (
    # January 29th, 2022 / Jan. 29 2022
    re.compile(rf"\b{_MONTH_WORD}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.IGNORECASE),
    # 29 Jan 2022 / 29. April 2023 / 3 de mayo de 2024 / 29th January, 2022
    re.compile(
        rf"\b{_DAY}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?{_MONTH_WORD},?\s+(?:de\s+)?{_YEAR}\b",
        re.IGNORECASE,
    ),
    # 2024-05-03 / 2024/05/03 / 2024.05.03
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)\b"),
    # 28.04.2023 / 28/04/2023 / 04-28-2023
    re.compile(r"\b(?P<day>[0-3]?\d)[./-](?P<month>[0-3]?\d)[./-](?P<year>(?:19|20)\d\d)\b"),
    # 2024. május 3. / 2024. 05. 03. (year first, as Hungarian writes it)
    re.compile(rf"\b{_YEAR}\.\s+(?:{_MONTH_WORD}|(?P<month_n>[01]?\d)\.)\s+{_DAY}\.", re.IGNORECASE),
    # 2025年1月14日 / 2025년 1월 14일
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"
    ),
)
_ZONE_WORD = "|".join(sorted([*TIMEZONE_OFFSETS, *ZONE_NAMES], key=len, reverse=True))
_TIME = re.compile(
    r"(?P<hour>[0-2]?\d)(?:[:.h](?P<minute>[0-5]\d)|(?=\s*[ap]\.?m\b))(?::(?P<second>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?(?![a-z]))?"
    r"(?:\s*(?:" + "|".join(HOUR_WORDS) + r")\b\.?)?"
    rf"(?:\s*\(?(?P<zone>(?:UTC|GMT)\s?[+\-\u2212]\s?\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:?\d{{2}}|(?:{_ZONE_WORD})\b)\)?)?",
    re.IGNORECASE,
)
# What may stand between a date and its time: ", " "at" "um" "à" "a las" "kl." "|" "-" "T".
_DATE_TIME_GAP = re.compile(
    r"^[\s,|\-\u2013\u2014/•·T]*(?:(?:" + "|".join(DATE_TIME_WORDS) + r")\s*)?$",
    re.IGNORECASE,
)
_GAP_MAX = 14
# What may stand between a time and the date after it: "16:40 IST, 29 January", "14:05 am 3.".
_TIME_DATE_GAP = re.compile(r"[\s,|\-\u2013\u2014/•·]*(?:" + "|".join(TIME_DATE_WORDS) + r")?\s*")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in visible text and the span of text it covers (time and zone included)."""

    start: int
    end: int
    date: PageDate


def find_dates(text: str) -> list[FoundDate]:
    """Every full date (day, month, year; optional time and zone) in ``text``, in order."""
    if "19" not in text and "20" not in text:
        return []  # every date pattern holds a year, 19xx or 20xx: nothing to search for
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            day = _day_of(match)
            if day is None:
                continue
            start, end, result = _attach_time(text, start, end, day)
            taken.append((start, end))
            found.append(FoundDate(start, end, result))
    return sorted(found, key=lambda f: f.start)


def _day_of(match: re.Match[str]) -> date | None:
    month_text = match.group("month") or match.groupdict().get("month_n") or ""
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower())
    if month is None:
        return None
    day, year = int(match.group("day")), int(match.group("year"))
    if month > 12 and day <= 12 and month_text.isdigit():
        day, month = month, day  # 04-28-2023: month first
    try:
        return date(year, month, day) if year in _YEARS else None
    except ValueError:
        return None


def _attach_time(text: str, start: int, end: int, day: date) -> tuple[int, int, PageDate]:
    # Time after the date ("January 29th, 2022 at 16:40 IST") ...
    after = text[end : end + _GAP_MAX + 40]
    for match in _TIME.finditer(after):
        if match.start() > _GAP_MAX or not _DATE_TIME_GAP.match(after[: match.start()]):
            break
        built = _time_date(day, match)
        if built is not None:
            return start, end + match.end(), built
        break
    # ... or before it ("16:40 IST, 29 January 2022", "14:05 Uhr, 28.04.2023").
    before = text[max(0, start - 40) : start]
    for match in _TIME.finditer(before):
        gap = before[match.end() :]
        if len(gap) <= _GAP_MAX and _TIME_DATE_GAP.fullmatch(gap):
            built = _time_date(day, match)
            if built is not None:
                return start - len(before) + match.start(), end, built
    return start, end, PageDate(datetime(day.year, day.month, day.day), has_time=False)


def _time_date(day: date, match: re.Match[str]) -> PageDate | None:
    if match.group("minute") is None and not match.group("ampm"):
        return None
    hour = int(match.group("hour"))
    ampm = (match.group("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23:
        return None
    return _build(
        day.year,
        day.month,
        day.day,
        hour,
        match.group("minute") or 0,
        match.group("second"),
        zone_offset(match.group("zone"), datetime(day.year, day.month, day.day, hour)),
    )


def _build(  # noqa: PLR0917 -- the seven parts of a date, in their natural order
    year: object,
    month: object,
    day: object,
    hour: object,
    minute: object,
    second: object,
    offset: timedelta | None,
) -> PageDate | None:
    try:
        value = datetime(
            int(str(year)),
            int(str(month)),
            int(str(day)),
            int(str(hour or 0)),
            int(str(minute or 0)),
            int(str(second or 0)),
            tzinfo=timezone(offset) if offset is not None else None,
        )
    except ValueError:
        return None
    if value.year not in _YEARS:
        return None
    return PageDate(value, has_time=hour is not None)


# ---------------------------------------------------------------------------- address dates

_ADDRESS_DATE = re.compile(
    r"(?<![0-9A-Za-z])(?P<year>(?:19|20)\d\d)(?:(?P<sep>[/_-])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)"
    r"|(?P<month8>[01]\d)(?P<day8>[0-3]\d))(?![0-9A-Za-z])"
)
"""A day in an address path: ``/2024/05/03/``, ``/2024-05-03-slug``, ``/politics/20241013-216478/``
(eight digits only standing alone between separators: not the digits of an article id)."""


def address_date(url: str | None) -> PageDate | None:
    """The publication day an http(s) address's path writes, or None: the last resort of a page
    that states its date nowhere else. A file path's dates (a folder named by the day a page was
    saved) are not the story's, so only web addresses are read. (htmldate reads the separated form
    alike, but only through its internal ``extractors`` API and options object.)"""
    parts = split_url(url) if url else None
    if parts is None or parts.scheme not in ("http", "https"):
        return None
    match = _ADDRESS_DATE.search(parts.path[:_MAX_DATE_TEXT])
    if match is None:
        return None
    month = match["month"] or match["month8"]
    day = match["day"] or match["day8"]
    return _build(match["year"], month, day, None, None, None, None)
