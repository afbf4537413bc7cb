"""Dates as sitemaps (W3C datetime) and feeds (RFC 822, RFC 3339) write them."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_BARE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ZULU = re.compile(r"[zZ]$")


def normalise_date(value: str | None) -> str | None:
    """ISO 8601 with offset (UTC when none is given); a bare ``YYYY-MM-DD`` stays bare.

    None for empty or unparseable input.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    if _BARE_DATE.match(text):
        try:
            datetime.strptime(text, "%Y-%m-%d")
        except ValueError:
            return None
        return text
    moment = _parse(text)
    return moment.isoformat() if moment else None


def parse_date(value: str | None) -> datetime | None:
    """An aware datetime for ``value`` (a bare date is midnight UTC); None if unparseable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if _BARE_DATE.match(text):
        try:
            return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            return None
    return _parse(text)


def _parse(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(_ZULU.sub("+00:00", text))
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment
