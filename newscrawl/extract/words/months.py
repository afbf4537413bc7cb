"""Month names of the languages whose datelines we read, as data: name or abbreviation -> 1..12.

Add a language as one more 12-tuple (lower-case, in the grammatical case dates use: Polish and
Russian genitive). Three-letter prefixes are derived; the first language to claim one keeps it.
"""

from __future__ import annotations

# Month names and their usual abbreviations, lower-case, by language.
_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    # en
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    # de
    (
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    # fr
    (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    # es
    (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    # it
    (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    # pt
    (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    # nl
    (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    # sv / no / da
    (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    # pl (genitive, as in dates), ru (genitive), tr
    (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    (
        "ocak",
        "şubat",
        "mart",
        "nisan",
        "mayıs",
        "haziran",
        "temmuz",
        "ağustos",
        "eylül",
        "ekim",
        "kasım",
        "aralık",
    ),
)
# Extra spellings: abbreviations that are not simply the first three letters, ASCII fallbacks.
_MONTH_EXTRA = {
    "sept": 9,
    "maerz": 3,
    "mär": 3,
    "févr": 2,
    "fevr": 2,
    "fev": 2,
    "juil": 7,
    "déc": 12,
    "dez": 12,
    "okt": 10,
    "set": 9,
    "fevrier": 2,
    "aout": 8,
    "decembre": 12,
    "mrt": 3,
    "ene": 1,
    "dic": 12,
    "ago": 8,
    "abr": 4,
    "gen": 1,
    "giu": 6,
    "lug": 7,
    "mag": 5,
}


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in _MONTH_NAMES:
        for number, name in enumerate(names, start=1):
            table.setdefault(name, number)
            table.setdefault(name[:3], number)
    for name, number in _MONTH_EXTRA.items():
        table.setdefault(name, number)
    return table


MONTHS: dict[str, int] = _month_table()
