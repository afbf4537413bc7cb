"""Bylines: recognising a byline line, and reading its names (also from declared author strings).

"By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"];
"Reported by: Anurag Roushan" -> ["Anurag Roushan"];
"Jane Doe, Staff Writer | Updated 3 May 2024" -> ["Jane Doe"]; "신현주 기자" -> ["신현주"].
"""

from __future__ import annotations

import re

from newscrawl.extract.meta.names import (
    BYLINE_PREFIX,
    URL,
    cjk_names,
    clean_name,
    ends_in_role,
    is_agency,
    is_name_shaped,
    is_role,
    korean_names,
    split_names,
    strip_name_noise,
)
from newscrawl.extract.normalise import clean_text, dedupe, remembered

MAX_BYLINE_CHARS = 140
"""A byline line is at most this long (longer is a sentence that mentions names)."""
_MAX_AUTHOR_STRING = 400  # longer is prose, not a list of names
# The preposition of an affiliation after a name: "da Reuters", "de l'AFP", "for AP", "von dpa".
_AFFILIATION = re.compile(
    r"^(?:of|for|from|with|de|de la|de l'|da|do|della|dell'|di|von|für|pour|para|per)\s*", re.IGNORECASE
)


def split_authors(text: str, shown: bool = True) -> list[str]:
    """Clean names from one author string or byline ("By A, B and C | Updated ..."); may be [].
    A ``shown`` byline may name a place after a name ("Jane Doe in Berlin"); a declared author
    string (JSON-LD, <meta>) is a name as written."""
    cleaned = clean_text(text)
    if not cleaned or len(cleaned) > _MAX_AUTHOR_STRING or URL.fullmatch(cleaned):
        return []
    korean = korean_names(cleaned) or cjk_names(cleaned)
    if korean:
        return dedupe(korean)
    cleaned = strip_name_noise(cleaned)
    names: list[str] = []
    for part in split_names(cleaned):
        # "Robert Burns, AP National Security Writer": a title after a name is the name's.
        name = None if names and ends_in_role(part) else clean_name(part, places=shown)
        if name:
            names.append(name)
    # "By Jane Doe and John Roe, Associated Press": the agency is the people's affiliation.
    # "Por Joana Silva, da Reuters": the same, the agency after a preposition.
    while len(names) > 1 and not is_agency(names[0]) and is_agency(_AFFILIATION.sub("", names[-1])):
        names.pop()
    return dedupe(names)


@remembered(1000)  # the author, date and cleaning readers ask it of the same short lines
def looks_like_byline(text: str) -> bool:
    """True when ``text`` is only a byline: a byline word and names, or "<name> 기자".

    Never for a sentence: every part after the byline word must be name-shaped
    (capitalised words or name particles, at most five words each, no digits).
    """
    cleaned = clean_text(text)
    if not cleaned or len(cleaned) > MAX_BYLINE_CHARS:
        return False
    if korean_names(cleaned) or cjk_names(cleaned):
        return True
    prefix = BYLINE_PREFIX.match(cleaned)
    if not prefix:
        return False
    rest = strip_name_noise(cleaned[prefix.end() :])
    if rest[:1].islower() and not is_agency(split_names(rest)[0]):
        # "Von der Leyen", "De la Fuente": the byline word is the name's particle (a name in a
        # quote headline's first span: "<span>Von der Leyen</span><span>: Europa …</span>").
        return False
    parts = [p for p in split_names(rest) if p and p.strip() and not is_role(p)]
    return bool(parts) and all(is_name_shaped(p) for p in parts)


def starts_like_byline(text: str) -> bool:
    """True when ``text`` opens with a byline word followed by a name ("By Jane Doe ...")."""
    prefix = BYLINE_PREFIX.match(text)
    if not prefix:
        return False
    words = text[prefix.end() :].split()[:2]
    return bool(words) and is_name_shaped(" ".join(words))
