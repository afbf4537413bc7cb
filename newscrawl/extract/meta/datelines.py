"""Visible date lines: "Updated January 29th, 2022 at 16:40 IST", "Veröffentlicht am 28.04.2023".

A block is a date line when, after taking out its dates, the words that label them
("Published", "Aktualisiert", "mis à jour le", weekdays, "at", "|") and a reading time
("Lesezeit: 2 min", "5 min read"), nothing is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newscrawl.extract.meta.dates import FoundDate, PageDate, find_dates
from newscrawl.extract.normalise import remembered
from newscrawl.extract.words import joined
from newscrawl.extract.words.datelines import FILLER_WORDS, MODIFIED_LABELS, PUBLISHED_LABELS
from newscrawl.extract.words.notes import MINUTE_WORDS, READING_TIME_LABELS, READING_WORDS, RELATIVE_TIMES

DateKind = Literal["published", "modified"]

_MAX_DATELINE = 160


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_MODIFIED = re.compile(rf"(?<!\w)(?:{_alternation(MODIFIED_LABELS)})(?!\w)", re.IGNORECASE)
_PUBLISHED = re.compile(rf"(?<!\w)(?:{_alternation(PUBLISHED_LABELS)})(?!\w)", re.IGNORECASE)
_FILLER = re.compile(rf"(?<!\w)(?:{_alternation(FILLER_WORDS)})(?!\w)", re.IGNORECASE)
# A reading time set on the date line ("28. April 2023, 19:50 Uhr Lesezeit: 2 min",
# "May 3, 2024 · 5 min read"): labelled, or minutes followed by the word for reading.
_READING_TIME = re.compile(
    rf"(?<!\w)(?:(?:{joined(READING_TIME_LABELS)})\s*:?\s*(?:ca\.\s*)?\d+\s*(?:{joined(MINUTE_WORDS)})?\.?"
    rf"|\d+\s*(?:{joined(MINUTE_WORDS)})\.?\s*(?:{joined(READING_WORDS)}))(?!\w)",
    re.IGNORECASE,
)
_FILLERS = _alternation(FILLER_WORDS)
_TRAILING_FILLER = re.compile(rf"(?:[\s,|·•:]*(?<!\w)(?:{_FILLERS}))+[\s,|·•:]*$", re.IGNORECASE)
_LEADING_FILLER = re.compile(rf"^(?:[\s,|·•:]*(?:{_FILLERS})(?!\w))+", re.IGNORECASE)
_SEPARATORS = " |·•,;:-\u2013\u2014/"
_PUNCT_ONLY = re.compile(r"^[\W_]*$")
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)(?:\s*(?:uhr|h)\b)?", re.IGNORECASE)
# What every _CLOCK time holds: its separator ("10:23", "10.23", "10h23") and the minutes' first
# digit. Searched first: a pattern that opens with a lookbehind is tried at every place of a line,
# this one is quick.
_CLOCK_MINUTES = re.compile(r"[:.h][0-5]")


@dataclass(frozen=True, slots=True)
class DatelineDate:
    kind: DateKind | None
    """What the label before the date says it is; None when the date stands unlabelled."""
    date: PageDate


@remembered(1000)  # the date, description and cleaning readers ask it of the same short lines
def looks_like_dateline(text: str) -> bool:
    """True when ``text`` is only a date line: dates, their labels, weekdays and separators."""
    if not text or len(text) > _MAX_DATELINE:
        return False
    found = find_dates(text)
    if not found:
        return _is_labelled_times(text)
    rest = _without(text, found, (_READING_TIME, _MODIFIED, _PUBLISHED, _FILLER))
    return bool(_PUNCT_ONLY.match(rest))


# A date line's label whose date is gone: trafilatura drops ``<time>`` elements, and with them
# the date of "Posted on <time>3 May 2024</time>".
_MAX_BARE_LABEL = 40


def is_bare_date_label(text: str) -> bool:
    """ "Published:", "Posted on", "-Aktualisiert am": a published or modified label alone (its
    words for "on" / "at" besides), no date after it: what is left of a date line in the body
    trafilatura read. (Not a date line for the date readers, which read the page itself: there
    a label on a line of its own, "<h5>Datum:</h5> 03.11.2021", belongs to the date beside it.)"""
    if len(text) > _MAX_BARE_LABEL or not (_PUBLISHED.search(text) or _MODIFIED.search(text)):
        return False
    return bool(_PUNCT_ONLY.match(_without(text, [], (_MODIFIED, _PUBLISHED, _FILLER))))


def _labelled_tail_times(piece: str) -> str:
    """The piece of a line after its last date without the times a label there announces
    ("Publicerad 12 maj 2024 kl 10.23 Uppdaterad kl 12.17": the update's time, the same day);
    the piece as it is when no label is in it."""
    if not _CLOCK_MINUTES.search(piece) or not (_MODIFIED.search(piece) or _PUBLISHED.search(piece)):
        return piece
    return _CLOCK.sub(" ", piece)


def undated(text: str) -> str | None:
    """``text`` without its dates, their labels and a reading time ("By Jane Doe | Published 3 May
    2024, 10:30 | 4 min read" -> "By Jane Doe"), separators around the rest trimmed; None when
    it holds no date."""
    if not text or len(text) > _MAX_DATELINE:
        return None
    found = find_dates(text)
    if not found:
        return None
    pieces = _between(text, found)
    kept = []
    for i, piece in enumerate(pieces):
        rest = piece
        for pattern in (_READING_TIME, _MODIFIED, _PUBLISHED):
            rest = pattern.sub(" ", rest)
        # Filler words beside a date are the date's ("am", "le", "Friday"), not the byline's.
        if i < len(pieces) - 1:
            rest = _TRAILING_FILLER.sub("", rest)
        if i > 0:
            rest = _LEADING_FILLER.sub("", rest)
        kept.append(rest)
    return " ".join(" ".join(kept).split()).strip(_SEPARATORS)


def _between(text: str, found: list[FoundDate]) -> list[str]:
    """The pieces of ``text`` before, between and after its ``found`` dates; the times a label
    announces after the last date are not in the last piece ("… Uppdaterad kl 12.17")."""
    pieces, pos = [], 0
    for item in found:
        pieces.append(text[pos : item.start])
        pos = item.end
    pieces.append(_labelled_tail_times(text[pos:]))
    return pieces


def _without(text: str, found: list[FoundDate], patterns: tuple[re.Pattern[str], ...]) -> str:
    rest = " ".join(_between(text, found))
    for pattern in patterns:
        rest = pattern.sub(" ", rest)
    return rest


def _is_labelled_times(text: str) -> bool:
    """ "Uppdaterad 15.59 | Publicerad 14.14": today's story gives only times, each labelled."""
    if (
        not _CLOCK_MINUTES.search(text)
        or not _CLOCK.search(text)
        or not (_PUBLISHED.search(text) or _MODIFIED.search(text))
    ):
        return False  # (the times first: few lines hold one, and they are quicker to find)
    rest = _CLOCK.sub(" ", text)
    for pattern in (_MODIFIED, _PUBLISHED, _FILLER):
        rest = pattern.sub(" ", rest)
    return bool(_PUNCT_ONLY.match(rest))


_RELATIVE_TIME = re.compile(rf"(?<!\w)(?:{joined(RELATIVE_TIMES)})(?!\w)", re.IGNORECASE)


def holds_time_note(text: str) -> bool:
    """``text`` holds a reading time ("Lesezeit: 4 Minuten", "5 min read") or a relative time
    ("13 hours ago", "hace 13 horas"): a note on the article, as a date line has."""
    return bool(_READING_TIME.search(text) or _RELATIVE_TIME.search(text))


def first_label(text: str) -> int | None:
    """Where the first "Published" / "Updated" label word in ``text`` starts, if any."""
    starts = [m.start() for m in (_PUBLISHED.search(text), _MODIFIED.search(text)) if m]
    return min(starts) if starts else None


def dateline_dates(text: str) -> list[DatelineDate]:
    """The dates of a date line, each with the kind its nearest preceding label announces."""
    out: list[DatelineDate] = []
    last_end = 0
    for found in find_dates(text):
        label_zone = text[last_end : found.start]
        kind = _last_label(label_zone)
        out.append(DatelineDate(kind, found.date))
        last_end = found.end
    return out


def _last_label(text: str) -> DateKind | None:
    modified = [m.start() for m in _MODIFIED.finditer(text)]
    published = [m.start() for m in _PUBLISHED.finditer(text)]
    if not modified and not published:
        return None
    if max(modified, default=-1) > max(published, default=-1):
        return "modified"
    return "published"
