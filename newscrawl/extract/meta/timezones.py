"""Time zones: abbreviations, civil-time zone names, and the last-resort zone of a language.

``TIMEZONE_OFFSETS`` holds fixed-offset abbreviations. Abbreviations are ambiguous world-wide
(IST is also Irish and Israel Standard Time, CST is also China Standard Time); the table holds
the reading most common on English- and European-language news sites.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Abbreviation -> minutes east of UTC.
TIMEZONE_OFFSETS: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "UT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 60,
    "IST": 330,
    "WEST": 60,
    "CET": 60,
    "MEZ": 60,
    "CEST": 120,
    "MESZ": 120,
    "EET": 120,
    "EEST": 180,
    "SAST": 120,
    "CAT": 120,
    "EAT": 180,
    "WAT": 60,
    "MSK": 180,
    "TRT": 180,
    "GST": 240,
    "PKT": 300,
    "NPT": 345,
    "ICT": 420,
    "WIB": 420,
    "SGT": 480,
    "MYT": 480,
    "HKT": 480,
    "PHT": 480,
    "AWST": 480,
    "JST": 540,
    "KST": 540,
    "ACST": 570,
    "ACDT": 630,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "AST": -240,
    "ADT": -180,
    "NST": -210,
    "NDT": -150,
    "BRT": -180,
    "ART": -180,
}

# Abbreviations that name a region's civil time, whose offset depends on daylight saving.
ZONE_NAMES: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "AET": "Australia/Sydney",
}
# Last resort for a time that no source on the page anchors: the civil time of the country
# the page's language tag points to (daylight saving applied for that date). Only languages and
# language-region tags spoken in essentially one time zone are listed ("en", "es" in the
# Americas, "pt-BR" ... are deliberately absent or mapped by region).
LANGUAGE_TIMEZONES: dict[str, str] = {
    "de": "Europe/Berlin",
    "de-at": "Europe/Vienna",
    "de-ch": "Europe/Zurich",
    "fr": "Europe/Paris",
    "fr-be": "Europe/Brussels",
    "fr-ch": "Europe/Zurich",
    "es": "Europe/Madrid",
    "es-es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "nl-be": "Europe/Brussels",
    "pt": "Europe/Lisbon",
    "pt-pt": "Europe/Lisbon",
    "pt-br": "America/Sao_Paulo",
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia",
    "el": "Europe/Athens",
    "sv": "Europe/Stockholm",
    "da": "Europe/Copenhagen",
    "no": "Europe/Oslo",
    "nb": "Europe/Oslo",
    "nn": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "tr": "Europe/Istanbul",
    "uk": "Europe/Kyiv",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "he": "Asia/Jerusalem",
    "en-gb": "Europe/London",
    "en-ie": "Europe/Dublin",
    "en-in": "Asia/Kolkata",
    "hi": "Asia/Kolkata",
    "en-za": "Africa/Johannesburg",
    "en-nz": "Pacific/Auckland",
    "en-sg": "Asia/Singapore",
    "id": "Asia/Jakarta",
}


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
