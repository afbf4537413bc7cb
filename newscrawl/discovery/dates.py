"""Dates as sitemaps (W3C datetime) and feeds (RFC 822, RFC 3339) write them, read by the one
date parser extraction uses (``newscrawl.extract.meta.dates.parse_machine_date``), with its
zone table: "Tue, 19 Nov 2019 09:02:00 CET" is 09:02 at +01:00.

What each shape means (the same as in the records): with an offset when the source gave a zone;
a date and time without offset when it gave a time but no zone (never labelled UTC: the time is
the publisher's wall clock, zone unknown); a bare ``YYYY-MM-DD`` when it gave no time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newscrawl.extract.meta.dates import PageDate, parse_machine_date


def normalise_date(value: str | None) -> str | None:
    """ISO 8601 as the source gave it: with offset when it gave a zone, without one when it gave
    none, a bare ``YYYY-MM-DD`` for a day. None for empty or unparseable input."""
    found = _read(value)
    return found.iso() if found else None


def parse_date(value: str | None) -> datetime | None:
    """An aware datetime to compare and age dates with; None if unparseable. A bare date is
    midnight UTC, and a time without zone is taken as UTC *for comparing only* (it is off by
    the publisher's offset, at most 14 hours); output values come from ``normalise_date``."""
    found = _read(value)
    if found is None:
        return None
    moment = found.value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _read(value: str | None) -> PageDate | None:
    if not value or not value.strip():
        return None
    return parse_machine_date(value.strip())
