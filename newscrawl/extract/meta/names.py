"""Person and agency names: one name cleaned of what surrounds it in a byline, and the tests
of what a name looks like ("Jane Doe", "AFP", "신현주"; not "Staff Writer", not "admin")."""

from __future__ import annotations

import re

from newscrawl.extract.meta.datelines import first_label
from newscrawl.extract.meta.dates import find_dates
from newscrawl.extract.normalise import clean_text, compare_key
from newscrawl.extract.words import joined
from newscrawl.extract.words.agencies import AGENCIES
from newscrawl.extract.words.bylines import BYLINE_PREFIXES
from newscrawl.extract.words.datelines import FILLER_WORDS, WEEKDAYS
from newscrawl.extract.words.names import NAME_CONJUNCTIONS, NAME_PARTICLES
from newscrawl.extract.words.roles import CREDENTIALS, ROLE_NOUNS, ROLE_WORDS

_PREFIX_WORDS = frozenset(BYLINE_PREFIXES)


# A block that is a Korean byline ends with 기자 ("reporter"), optionally "외 N명" (and N others).
_KOREAN_SUFFIX = re.compile(r"\s*기자(?:\s*외\s*\d+\s*명)?\s*$")


_KOREAN_NAME = re.compile(r"[가-힣]{2,4}")


NAME_SEPARATOR = re.compile(
    r"\s*(?:,|;|/|\s&\s|\s\+\s|(?<=\s)(?:" + joined(NAME_CONJUNCTIONS) + r")(?=\s))\s*",
    re.IGNORECASE,
)


_PREFIX_WORD = "(?:" + "|".join(re.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True)) + ")"


# "Von", "Reported by:", "Autorin/Autor" (a label in both genders).
BYLINE_PREFIX = re.compile(
    r"^\s*" + _PREFIX_WORD + r"(?:\s*/\s*" + _PREFIX_WORD + r")?(?:\s*[:\-\u2013\u2014]\s*|\s+)",
    re.IGNORECASE,
)


URL = re.compile(r"(?:https?://|www\.)[^\s)\]]+", re.IGNORECASE)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


_HANDLE = re.compile(r"(?<!\w)@\w+")


_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")


# The words left before a date taken out of a byline: "Jane Doe on", "Max Muster am" (lower
# case: "Thuy Le" ends in a name).
_DATE_FILLER_TAIL = re.compile(
    r"(?:\s+(?:" + "|".join(re.escape(w) for w in sorted(FILLER_WORDS, key=len, reverse=True)) + r"))+\W*$"
)
_FOR_PUBLICATION = re.compile(r"\s+for\s+(?:the\s+)?[\w.\- ]+$", re.IGNORECASE)


_TAIL = re.compile(r"\s*(?:\||•|·|\u2014|\u2013|\s-\s)\s*.*$")


_TIME_ONLY = re.compile(r"\b\d{1,2}[:.]\d{2}\b.*$")


_WEEKDAY_TAIL = re.compile(
    r"[\s,]+(?:" + "|".join(sorted((w for w in WEEKDAYS if len(w) > 4), key=len, reverse=True)) + r")\s*$",
    re.IGNORECASE,
)


_NOT_IN_NAMES = frozenset("!?:;|@#=<>{}[]_")


_CASED_LETTER = re.compile(r"[^\W\d_]")


_MAX_NAME = 60


def clean_name(text: str) -> str | None:
    """One name without prefix, role, date, handle or e-mail; None when nothing is left."""
    name = clean_text(text)
    if not name:
        return None
    name = _KOREAN_SUFFIX.sub("", strip_name_noise(name)).strip(" .,:;-\u2013\u2014|·•'\"")
    if _not_a_name(name):
        return None
    name = _drop_trailing_role(_undouble(_drop_affiliation(name)))
    if name.isupper() and len(name.split()) > 1 and not is_agency(name):
        name = name.title()  # "LENA HARTWELL" -> "Lena Hartwell"
    return name


def _not_a_name(name: str) -> bool:
    if not name or len(name) > _MAX_NAME or not _CASED_LETTER.search(name) or is_role(name):
        return True
    if any(ch.isdigit() or ch in _NOT_IN_NAMES for ch in name):
        return True
    words = name.split()
    return (
        all(w.lower().strip(".") in CREDENTIALS for w in words)  # "BSc", "PhD" after a name
        or compare_key(name) in _PREFIX_WORDS  # a stray "By"
        or first_label(name) == 0  # "Published", "Updated"
        # a CMS login ("webnata"), not a byline name
        or (len(words) == 1 and name.islower() and not is_agency(name))
    )


def _undouble(name: str) -> str:
    """ "Martin Gramnæs Martin Gramnæs" (a name shown twice, e.g. link and label) -> once."""
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def _drop_trailing_role(name: str) -> str:
    """ "Marta Cañete Corresponsal" -> "Marta Cañete" (a job title run into the name)."""
    words = name.split()
    while len(words) > 2 and words[-1].lower() in ROLE_WORDS and words[-1][0].isupper():
        words.pop()
    return " ".join(words)


def ends_in_role(name: str) -> bool:
    words = re.findall(r"[^\W\d_]+", name.lower())
    return len(words) > 1 and words[-1] in ROLE_NOUNS


def _drop_affiliation(name: str) -> str:
    """ "Marcus Oyelaran Associated Press" -> "Marcus Oyelaran" (an agency after a person)."""
    words = name.split()
    for size in range(min(3, len(words) - 2), 0, -1):
        if is_agency(" ".join(words[-size:])) and (size > 1 or words[-1].isupper()):
            return " ".join(words[:-size])
    return name


def is_name_shaped(text: str) -> bool:
    """A person or agency name: 1-5 words, capitalised (or caseless script), no digits."""
    name = clean_name(text)
    if not name:
        return False
    if compare_key(name) in AGENCIES:
        return True
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    for word in words:
        first = next((ch for ch in word if ch.isalpha()), "")
        if not first:
            return False
        if first.islower() and word.lower() not in NAME_PARTICLES:
            return False
    return not all(w.lower() in NAME_PARTICLES for w in words)


def korean_names(text: str) -> list[str]:
    """Names of a Korean byline ("홍길동 · 김철수 기자"), or [] when ``text`` is not one."""
    suffix = _KOREAN_SUFFIX.search(text)
    if suffix is None or len(text) > 60:
        return []
    names = [n for n in re.split(r"[\s·,]+", text[: suffix.start()]) if n]
    if names and all(_KOREAN_NAME.fullmatch(n) for n in names):
        return names
    return []


def is_agency(name: str) -> bool:
    return compare_key(name) in AGENCIES


def split_names(text: str) -> list[str]:
    """The parts of a list of names: "A, B and C", "A / B", "A & B", "A und B" -> A, B, C."""
    return NAME_SEPARATOR.split(text)


def strip_name_noise(text: str) -> str:
    """``text`` without a byline word, URLs, e-mails, handles, parentheses, a tail after "|",
    dates, "Published"/"Updated" labels, a weekday, a time, "for <publication>" and job titles."""
    text = BYLINE_PREFIX.sub("", text, count=1)
    text = URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _PARENS.sub(" ", text)
    text = _TAIL.sub("", text)
    dates = find_dates(text)
    for found in reversed(dates):
        text = text[: found.start] + text[found.end :]
    if dates:
        text = _DATE_FILLER_TAIL.sub("", text.rstrip(" ,|"))
    label = first_label(text)
    if label:  # "Tom Davies Published ...", "Jane Doe Updated"
        text = text[:label]
    text = _WEEKDAY_TAIL.sub("", text)
    text = _TIME_ONLY.sub("", text)
    text = _FOR_PUBLICATION.sub("", text)
    parts = [p for p in re.split(r"\s*,\s*", text) if p.strip()]
    kept = [p for p in parts if not is_role(p)]
    return ", ".join(kept).strip()


def is_role(text: str) -> bool:
    """Only job-title words ("Staff Writer"), possibly with an agency ("AP Auto Writer"),
    or a CMS account name ("admin", "jdadmin")."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) == 1 and "admin" in words[0]:
        return True
    return (
        bool(words)
        and all(w in ROLE_WORDS or w in AGENCIES for w in words)
        and any(w in ROLE_WORDS for w in words)
    )
