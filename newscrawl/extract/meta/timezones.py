"""Time zones: the UTC offset of an abbreviation or a civil-time zone at a given wall time, and the
last-resort zone of a language (tables in ``words/timezones.py``)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newscrawl.extract.words.timezones import LANGUAGE_TIMEZONES, TIMEZONE_OFFSETS, ZONE_NAMES


def zone_offset_at(zone_name: str, wall: datetime) -> timedelta | None:
    """UTC offset of civil time ``zone_name`` at wall-clock ``wall``; None if tzdata lacks it."""
    try:
        return wall.replace(tzinfo=ZoneInfo(zone_name)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None


def language_timezone(tag: str | None) -> str | None:
    """The zone ``LANGUAGE_TIMEZONES`` gives a language tag ("de-DE" -> Europe/Berlin)."""
    if not tag:
        return None
    tag = tag.strip().lower().replace("_", "-")
    parts = tag.split("-")
    if len(parts) > 1 and f"{parts[0]}-{parts[1]}" in LANGUAGE_TIMEZONES:
        return LANGUAGE_TIMEZONES[f"{parts[0]}-{parts[1]}"]
    if len(parts) > 1 and parts[0] in {"en", "es", "pt", "fr"} and parts[1] not in {"es", "fr"}:
        return None  # spoken across many zones: only the listed regions are trusted
    return LANGUAGE_TIMEZONES.get(parts[0])


def zone_offset(zone: str | None, wall: datetime | None = None) -> timedelta | None:
    """Offset for "IST", "UTC+5:30", "+0200", "ET" (at wall-clock ``wall``); None if unknown."""
    if not zone:
        return None
    zone = zone.strip().upper().replace("\u2212", "-").replace(" ", "")
    if zone in TIMEZONE_OFFSETS:
        return timedelta(minutes=TIMEZONE_OFFSETS[zone])
    if zone in ZONE_NAMES:
        return zone_offset_at(ZONE_NAMES[zone], wall) if wall is not None else None
    match = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", zone)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    return sign * timedelta(hours=hours, minutes=minutes)
