"""The language of a page's text when the page declares none, or declares one its text clearly
is not in (a theme's default ``lang="en-US"`` on a German blog): py3langid's naive Bayes model
(langid.py's, shipped inside the package; no network, loaded once per process on first use,
decompressed once per machine: ``language_model.py``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

MAX_CHARS = 1000
"""Only the text's start is read: a page's language is clear from a few paragraphs (the model
walks the text byte by byte in Python: half the characters, half the time). On the 787 dev
pages (zyte, fundus, traf) 1,000 characters give every page the answer 2,000 gave."""
MIN_LETTERS = 40
"""Fewer letters than this is too little text to tell a language (a caption, a title alone)."""
MIN_PROBABILITY = 0.5
"""Below this (normalised) probability the guess is not given."""

MACRO_LANGUAGES = {"ary": "ar", "arz": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "gug": "gn"}
"""The model's three-letter varieties that have a two-letter language (records carry ISO 639-1);
other three-letter answers ("zxx": no language) give no language."""


OVERRULE_LETTERS = 400
OVERRULE_PROBABILITY = 0.99
"""A declared language gives way only to a long text the model is all but certain of."""

SAME_LANGUAGE = (frozenset({"no", "nb", "nn"}), frozenset({"ms", "id"}), frozenset({"hr", "sr", "bs"}))
"""Codes the model does not tell apart reliably, or that name one written language: a text
"in" one of them never contradicts a page declaring another."""


def detect_language(
    text: str, min_letters: int = MIN_LETTERS, min_probability: float = MIN_PROBABILITY
) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there is too little text or the
    model is unsure."""
    sample = text[:MAX_CHARS]
    if sum(map(str.isalpha, sample)) < min_letters:  # (a generator: 3x slower)
        return None
    identifier = _identifier()
    if identifier is None:
        return None
    code, probability = identifier.classify(sample)
    if probability < min_probability:
        return None
    code = str(code)
    return code if len(code) == 2 else MACRO_LANGUAGES.get(code)


def contradicting_language(declared: str, text: str) -> str | None:
    """The text's own language when it is clearly not ``declared`` (an ISO 639-1 code): a long
    text the model is near certain of, in a language not to be confused with the declared one.
    None when the declaration stands."""
    detected = detect_language(text, OVERRULE_LETTERS, OVERRULE_PROBABILITY)
    if detected is None or detected == declared:
        return None
    if any(detected in group and declared in group for group in SAME_LANGUAGE):
        return None
    return detected


@cache
def _identifier() -> LanguageIdentifier | None:
    """The model, loaded on first use (numpy and about 75 MB per process); None, for good, when
    the process cannot afford it (a worker near its NEWSCRAWL_EXTRACT_MEMORY_MB budget): the
    page then keeps no language rather than failing."""
    try:
        from newscrawl.extract.meta.language_model import load_identifier  # noqa: PLC0415  (numpy)

        return load_identifier()  # through the on-disk cache: 0.4 s less per process
    except (MemoryError, ImportError):  # numpy reports a failed import as ImportError
        return None
