"""Person and agency names: one name cleaned of what surrounds it in a byline, and the tests
of what a name looks like ("Jane Doe", "AFP", "신현주"; not "Staff Writer", not "admin")."""

from __future__ import annotations

import re

from newscrawl.extract.meta.datelines import first_label
from newscrawl.extract.meta.dates import find_dates
from newscrawl.extract.normalise import clean_text, compare_key
from newscrawl.extract.words import joined
from newscrawl.extract.words.agencies import AGENCIES
from newscrawl.extract.words.bylines import (
    AGENCIES_WORDS,
    BYLINE_CREDIT_LINKS,
    BYLINE_PHOTO_LABELS,
    BYLINE_PREFIXES,
    CJK_BYLINE_CLOSINGS,
    CJK_BYLINE_LABELS,
    CJK_BYLINE_SHORT_LABELS,
    CJK_BYLINE_TITLES,
    FOLLOW_LABELS,
    NAME_PLACE_PREPOSITIONS,
    ROLE_PLACE_PREPOSITIONS,
    TEXT_LABELS,
    WITH_AGENCIES_LINKS,
)
from newscrawl.extract.words.datelines import FILLER_WORDS, WEEKDAYS
from newscrawl.extract.words.names import NAME_CONJUNCTIONS, NAME_PARTICLES
from newscrawl.extract.words.roles import CREDENTIALS, ROLE_NOUNS, ROLE_WORDS

_PREFIX_WORDS = frozenset(BYLINE_PREFIXES)


# A block that is a Korean byline ends with 기자 ("reporter"), optionally "외 N명" (and N others).
_KOREAN_SUFFIX = re.compile(r"\s*기자(?:\s*외\s*\d+\s*명)?\s*$")


_KOREAN_NAME = re.compile(r"[가-힣]{2,4}")


# Chinese / Japanese bylines: "记者 张三 李四", "文/张三", "(作者: 李四)" (also in full-width
# punctuation), "山田太郎 記者".
# Han characters and katakana (foreign names), not hiragana: a name is no clause.
_HAN_NAME = r"[\u4e00-\u9fff\u3005\u30a0-\u30ff·・]{2,7}"
_HAN_NAMES = _HAN_NAME + r"(?:[\s、，,]+" + _HAN_NAME + r"){0,5}"
_CJK_SEPARATOR = r"[/／|｜丨:：]"
_CJK_BYLINE = re.compile(
    r"^[(（【\[]?\s*(?:(?:(?:"
    + "|".join(map(re.escape, CJK_BYLINE_LABELS))
    + rf")\s*{_CJK_SEPARATOR}?|(?:"
    + "|".join(map(re.escape, CJK_BYLINE_SHORT_LABELS))
    + rf")\s*{_CJK_SEPARATOR})\s*(?P<after>"
    + _HAN_NAMES
    + r")(?:\s*(?:"
    + "|".join(map(re.escape, CJK_BYLINE_CLOSINGS))
    + r"))?|(?P<before>"
    + _HAN_NAMES
    + r")\s*(?:"
    + "|".join(map(re.escape, CJK_BYLINE_TITLES))
    + r"))\s*[)）】\]]?$"
)


NAME_SEPARATOR = re.compile(
    r"\s*(?:,|;|/|\s&\s|\s\+\s|(?<=\s)(?:" + joined(NAME_CONJUNCTIONS) + r")(?=\s))\s*",
    re.IGNORECASE,
)


_PREFIX_WORD = "(?:" + "|".join(re.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True)) + ")"


_PHOTO_LABEL = "(?:" + joined(BYLINE_PHOTO_LABELS) + ")"
# "Text und Fotos:", "Words and pictures by", "Texto y fotos:": one person wrote and took the
# pictures.
_TEXT_AND_PHOTOS = (
    "(?:"
    + "|".join(TEXT_LABELS)
    + r")\s*(?:/|&|\+|\s(?:"
    + joined(NAME_CONJUNCTIONS)
    + r")\s)\s*"
    + _PHOTO_LABEL
    + r"(?:\s+(?:"
    + "|".join(BYLINE_CREDIT_LINKS)
    + r"))?"
)


# "Von", "Reported by:", "Autorin/Autor" (a label in both genders), "Text und Fotos:".
BYLINE_PREFIX = re.compile(
    r"^\s*(?:"
    + _TEXT_AND_PHOTOS
    + "|"
    + _PREFIX_WORD
    + r"(?:\s*/\s*"
    + _PREFIX_WORD
    + r")?)(?:\s*[:\-\u2013\u2014]\s*|\s+)",
    re.IGNORECASE,
)


URL = re.compile(r"(?:https?://|www\.)[^\s)\]]+", re.IGNORECASE)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


_HANDLE = re.compile(r"(?<!\w)@\w+")


_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")


# A picture credit run on to a byline: "; Fotos: Max Muster", ". Photos by Max Muster".
_PHOTO_CREDIT_TAIL = re.compile(
    r"(?:^|\s*[.,;|/\u2013\u2014]\s*|\s+(?:and|und|et|y|e)\s+)"
    + _PHOTO_LABEL
    + r"\s*(?::|\s(?:"
    + "|".join(BYLINE_CREDIT_LINKS)
    + r")\b).*$",
    re.IGNORECASE,
)
# "Jane Doe mit Agenturen", "Jean Dupont avec AFP": agency material, no further author.
_WITH_AGENCIES = re.compile(
    r"\s+(?:"
    + "|".join(map(re.escape, WITH_AGENCIES_LINKS))
    + r")\s+(?:"
    + "|".join(sorted(map(re.escape, AGENCIES_WORDS + tuple(AGENCIES)), key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
# "Max Muster (Fotos)": the photographer named in a byline, marked by a bracketed label.
_PHOTO_CREDIT_MARK = re.compile(r"[(\[]\s*" + _PHOTO_LABEL + r"\s*[)\]]", re.IGNORECASE)
# "Jane Doe in Berlin", "Max Muster aus Brüssel": where the story was written, after a name.
_PLACE_AFTER_NAME = re.compile(
    r"(?<=\S)\s+(?:"
    + "|".join(NAME_PLACE_PREPOSITIONS)
    + r")\s+(?:[^\W\d_][\w.'\-]*)(?:\s+[^\W\d_][\w.'\-]*){0,2}$"
)


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
_LETTERS = re.compile(r"[^\W\d_]+")  # a word's letters
_KOREAN_SPLIT = re.compile(r"[\s·,]+")
_COMMA = re.compile(r"\s*,\s*")


_MAX_NAME = 60


_MIN_PLACED_NAME_WORDS = 2
# A follow button's label closing the name ("Jane Doe Follow"), case as on the button.
_FOLLOW_LABEL = re.compile(r"\s+(?:" + "|".join(map(re.escape, FOLLOW_LABELS)) + r")$")


def clean_name(text: str, places: bool = True) -> str | None:
    """One name without prefix, role, date, handle or e-mail (and, with ``places``, a place
    after it: a shown byline's "in Berlin"); None when nothing is left."""
    name = clean_text(text)
    if not name:
        return None
    name = _KOREAN_SUFFIX.sub("", strip_name_noise(name)).strip(" .,:;-\u2013\u2014|·•'\"")
    if places:
        name = _drop_place(name)
    if _not_a_name(name):
        return None
    name = _drop_trailing_role(_undouble(_drop_affiliation(_drop_follow_label(name))))
    if name.isupper() and len(name.split()) > 1 and not is_agency(name):
        name = name.title()  # "LENA HARTWELL" -> "Lena Hartwell"
    return name


def _drop_place(name: str) -> str:
    """ "Jane Doe in Berlin" -> "Jane Doe": a place after a name of two words or more, the
    place's words capitalised ("Werbung in Sozialen Medien" is no name and place)."""
    found = _PLACE_AFTER_NAME.search(name)
    if found is None or len(name[: found.start()].split()) < _MIN_PLACED_NAME_WORDS:
        return name
    place = found.group().split()[1:]
    return name[: found.start()] if all(w[0].isupper() for w in place) else name


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


def _drop_follow_label(name: str) -> str:
    """ "Jane Doe Follow" -> "Jane Doe": a follow button's label after a name of two words."""
    found = _FOLLOW_LABEL.search(name)
    if found is None or len(name[: found.start()].split()) < _MIN_PLACED_NAME_WORDS:
        return name
    return name[: found.start()]


def _drop_trailing_role(name: str) -> str:
    """ "Marta Cañete Corresponsal" -> "Marta Cañete" (a job title run into the name)."""
    words = name.split()
    while len(words) > 2 and words[-1].lower() in ROLE_WORDS and words[-1][0].isupper():
        words.pop()
    return " ".join(words)


def ends_in_role(name: str) -> bool:
    """ "AP National Security Writer", "Europe Correspondent in Berlin": a job title."""
    words = _without_post_place(name, _LETTERS.findall(name.lower()))
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
    if "기자" not in text:
        return []  # the suffix's word: only a text that holds it can end with it
    suffix = _KOREAN_SUFFIX.search(text)
    if suffix is None or len(text) > 60:
        return []
    names = [n for n in _KOREAN_SPLIT.split(text[: suffix.start()]) if n]
    if names and all(_KOREAN_NAME.fullmatch(n) for n in names):
        return names
    return []


def cjk_names(text: str) -> list[str]:
    """Names of a Chinese or Japanese byline ("记者 张三", "文/李四", "山田太郎 記者"), or []."""
    if text.isascii():
        return []  # every byline the pattern takes holds Han or katakana names
    found = _CJK_BYLINE.match(text)
    if found is None:
        return []
    names = [n for n in re.split(r"[\s、，,]+", found.group("after") or found.group("before") or "") if n]
    if found.group("after") and names:  # "(记者 张三 报道)", "记者 张三报道": the closing word
        last = names.pop()
        for closing in CJK_BYLINE_CLOSINGS:
            last = last.removesuffix(closing)
        names += [last] if len(last) > 1 else []
    return names


def _without_post_place(text: str, words: list[str]) -> list[str]:
    """``words`` (lower-cased, from ``text``) without a place after a preposition ("... in
    Berlin"), which a job title may end with."""
    at = next((i for i, w in enumerate(words) if w in ROLE_PLACE_PREPOSITIONS), 0)
    if 0 < at < len(words) - 1 and _is_place(text, words[at + 1 :]):
        return words[:at]
    return words


def _is_place(text: str, words: list[str]) -> bool:
    """``words`` (lower-cased, from ``text``) are a place's name: 1-3 words, capitalised in
    ``text``."""
    originals = _LETTERS.findall(text)[-len(words) :]
    return len(words) <= 3 and all(w[0].isupper() for w in originals)


def is_agency(name: str) -> bool:
    return compare_key(name) in AGENCIES


def split_names(text: str) -> list[str]:
    """The parts of a list of names: "A, B and C", "A / B", "A & B", "A und B" -> A, B, C."""
    return NAME_SEPARATOR.split(text)


def strip_name_noise(text: str) -> str:
    """``text`` without a byline word, URLs, e-mails, handles, parentheses, a tail after "|",
    dates, "Published"/"Updated" labels, a weekday, a time, "for <publication>" and job titles."""
    text = BYLINE_PREFIX.sub("", text, count=1)
    text = _PHOTO_CREDIT_TAIL.sub("", text)
    agencies = _WITH_AGENCIES.search(text)
    if agencies and not is_agency(text[: agencies.start()].strip(" ,")):  # not "AFP und dpa"
        text = text[: agencies.start()]
    if _PHOTO_CREDIT_MARK.search(text):  # "Anna Berger (Text) und Max Muster (Fotos)"
        text = ", ".join(p for p in split_names(text) if not _PHOTO_CREDIT_MARK.search(p))
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
    parts = [p for p in _COMMA.split(text) if p.strip()]
    kept = [p for p in parts if not is_role(p)]
    return ", ".join(kept).strip()


def is_role(text: str) -> bool:
    """Only job-title words ("Staff Writer"), possibly with an agency ("AP Auto Writer"),
    or a CMS account name ("admin", "jdadmin"); also with the place the post is held
    ("Correspondent in Washington", "corresponsal en Bogotá")."""
    words = _LETTERS.findall(text.lower())
    if len(words) == 1 and "admin" in words[0]:
        return True
    words = _without_post_place(text, words)
    return (
        bool(words)
        and all(w in ROLE_WORDS or w in AGENCIES for w in words)
        and any(w in ROLE_WORDS for w in words)
    )
