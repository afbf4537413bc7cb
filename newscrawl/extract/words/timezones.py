"""Time-zone tables: abbreviations with a fixed offset, abbreviations of a civil time, and the
last-resort zone of a language tag.

``TIMEZONE_OFFSETS`` holds fixed-offset abbreviations. Abbreviations are ambiguous world-wide
(IST is also Irish and Israel Standard Time, CST is also China Standard Time); the table holds
the reading most common on English- and European-language news sites.
"""

from __future__ import annotations

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
