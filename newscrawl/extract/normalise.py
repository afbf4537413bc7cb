"""Text normalisers shared by the extractors: whitespace, Unicode, entities, languages.

Pure functions over strings; nothing here reads the page.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import update_wrapper
from typing import TypeVar

# Invisible characters that survive copy/paste and CMS exports: zero-width space / joiners,
# word joiner, BOM, soft hyphen, left-to-right / right-to-left marks.
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)
# The same characters as a regex class: deleting them with re.sub scans in C, while
# str.translate with a dict looks every character up in Python (slow on non-ASCII text).
_ZERO_WIDTH_CHARS = "".join(map(chr, ZERO_WIDTH))
_ZERO_WIDTH_RE = re.compile("[" + _ZERO_WIDTH_CHARS + "]")
_NOT_SPACE = re.compile(r"\S")
_WORD = re.compile(r"\w+")

# Quote variants folded together when two strings are *compared* (never in output).
_QUOTE_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
    }
)
_QUOTES = re.compile("[" + re.escape("".join(map(chr, _QUOTE_FOLD))) + "]")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]{2,8});")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
T = TypeVar("T")
_LANG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")

# ISO 639-2/3 codes that pages sometimes write instead of the two-letter ISO 639-1 code.
LANGUAGE_ALIASES = {
    "eng": "en",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "ita": "it",
    "por": "pt",
    "nld": "nl",
    "dut": "nl",
    "swe": "sv",
    "nor": "no",
    "nob": "nb",
    "dan": "da",
    "fin": "fi",
    "pol": "pl",
    "rus": "ru",
    "ukr": "uk",
    "tur": "tr",
    "jpn": "ja",
    "kor": "ko",
    "zho": "zh",
    "chi": "zh",
    "ara": "ar",
    "heb": "he",
    "ell": "el",
    "gre": "el",
    "ces": "cs",
    "cze": "cs",
    "hun": "hu",
    "ron": "ro",
    "rum": "ro",
    "ind": "id",
    "msa": "ms",
    "may": "ms",
    "zul": "zu",
    "afr": "af",
    "hin": "hi",
}


def remembered(limit: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Remember a pure function of a text (its values immutable: they are shared) for up to
    4,096 texts of at most ``limit`` characters, forgotten all at once when full (longer ones
    are computed each time: the memory stays bounded). The readers of a page ask the same
    questions of the same texts again and again (a block's text for each rule and key, a shown
    line for the author, date and cleaning readers). A text is remembered as a plain ``str``:
    lxml's XPath text results are a str subclass that holds its element, which would keep the
    whole page alive in the cache."""

    def decorate(function: Callable[[str], T]) -> Callable[[str], T]:
        class Remembering(dict[str, T]):
            """A text asked about before is answered by the dict lookup alone, called like the
            function (in C: a Python wrapper around a cache cost as much as the work on a short
            text); a new one by ``__missing__``. When full, it starts again empty."""

            __call__ = dict.__getitem__

            def __missing__(self, text: str) -> T:
                if len(text) > limit:
                    return function(text)
                text = str(text)
                if len(self) >= _REMEMBERED:
                    self.clear()
                value = self[text] = function(text)
                return value

        remembering = Remembering()
        update_wrapper(remembering, function)  # its name and docstring
        return remembering

    return decorate


_REMEMBERED = 4096


@remembered(2000)  # about four calls in five repeat an earlier one
def collapse(text: str) -> str:
    """NFC, zero-width characters and soft hyphens removed, runs of white space as one space."""
    # str.split() folds the same white space as \s, several times faster than a regex sub.
    if not text.isascii():  # ASCII is NFC already and has no zero-width characters
        text = without_zero_width(unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def without_zero_width(text: str) -> str:
    """``text`` without ``ZERO_WIDTH``'s characters. Most texts hold none: a C search for each
    (none at all in a text of Latin-1 letters but the soft hyphen: a character wider than the
    text's widest is not looked for) costs less than the regex's scan of the whole text."""
    for char in _ZERO_WIDTH_CHARS:
        if char in text:
            return _ZERO_WIDTH_RE.sub("", text)
    return text


def shows_text(text: str) -> bool:
    """``bool(collapse(text))`` without collapsing the whole of a long text (an element's text
    read only to know whether it holds any): a text holds some when, at its first character
    that is no white space, an ASCII character stands (normalisation keeps it a character that
    is no white space, and no zero-width character is ASCII); ASCII text, when it holds any
    character but white space. Else as ``collapse`` reads it."""
    if text.isascii():
        return bool(text) and not text.isspace()
    first = _NOT_SPACE.search(text)  # (``\S``: what str.split() does not split at)
    if first is not None and first.group().isascii():
        return True
    return bool(collapse(text))


def word_overlap(a: str, b: str) -> float:
    """Token F1 of two texts (words, case-insensitive): how far a shown block and a declared
    text (a standfirst and the meta description, an h1 and the headline) say the same."""
    ta, tb = word_counts(a), word_counts(b)
    common = sum(min(count, tb[word]) for word, count in ta.items() if word in tb)
    return token_f1(common, sum(ta.values()), sum(tb.values()))


def word_counts(text: str) -> Counter[str]:
    """The words of ``text`` (case-insensitive) and how often each occurs: what
    :func:`word_overlap` compares."""
    return Counter(words(text))


def words(text: str) -> list[str]:
    """The words of ``text`` (``\\w+`` runs, lower case), in order."""
    return list(map(str.lower, _WORD.findall(text)))


def token_f1(common: int, size_a: int, size_b: int) -> float:
    """The F1 of two bags of ``size_a`` and ``size_b`` words that share ``common`` of them."""
    if not common:
        return 0.0
    p, r = common / size_b, common / size_a
    return 2 * p * r / (p + r)


def clean_text(value: object) -> str | None:
    """A display string: entities decoded, tags dropped, NFC, no zero-width chars, one space.

    Returns None for non-strings and for strings that are empty after cleaning.
    """
    if not isinstance(value, str):
        return None
    text = value
    # JSON-LD and meta contents are often HTML-escaped once or twice ("&amp;#039;").
    if "&" in text:  # (an entity starts with "&": most texts hold none)
        for _ in range(2):
            if "&" not in text or not _ENTITY.search(text):
                break
            text = html.unescape(text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    return collapse(text) or None


def text_key(text: str | None, limit: int | None = None) -> str:
    """A key to find a block's text again: collapsed, casefolded, without edge spaces and dots;
    with ``limit``, its first ``limit`` characters."""
    return _key(text or "")[:limit]


@remembered(2000)  # the readers key the same block texts again and again
def _key(text: str) -> str:
    return collapse(text).casefold().strip(" .")


def compare_key(value: str | None) -> str:
    """A key for deciding whether two strings say the same thing (case, quotes, spacing)."""
    if not value:
        return ""
    text = value
    if not text.isascii():  # ASCII is NFKC already and has no zero-width characters
        text = without_zero_width(unicodedata.normalize("NFKC", text))
    if _QUOTES.search(text):  # translate() is slow; most keys have no quote to fold
        text = text.translate(_QUOTE_FOLD)
    return " ".join(text.split()).casefold()  # (split() folds the white space \s+ does)


def language_code(value: str | None) -> str | None:
    """ISO 639-1 code from "en-GB", "de_DE", "deu", "pt-br"; None when not a language tag."""
    if not value:
        return None
    match = _LANG.match(value)
    if not match:
        return None
    code = match.group(1).lower()
    if len(code) == 3:
        return LANGUAGE_ALIASES.get(code)
    return code


def dedupe(values: list[str]) -> list[str]:
    """``values`` without repeats (compared case-insensitively), first spelling kept."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = compare_key(value)
        if key and key not in seen:
            seen.add(key)
            out.append(value)
    return out


# Scripts written without spaces between words: Han (Chinese, Japanese kanji) and kana; and the
# Southeast Asian scripts (Thai, Lao, Khmer, Myanmar, whose words are longer and carry combining
# marks). Korean separates words with spaces, so Hangul counts as usual.
_HAN_KANA_CHARS = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_SOUTHEAST_ASIAN_CHARS = "\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f"
_HAN_KANA = re.compile(f"[{_HAN_KANA_CHARS}]")
HAN_KANA_RUN = re.compile(f"[{_HAN_KANA_CHARS}]{{2,}}")
"""Two or more Chinese or Japanese characters in a row: text with no spaces between its words."""
HANGUL_RUN = re.compile("[\uac00-\ud7a3]{2,}")
"""Two or more Korean syllables in a row (a word, spaced; its particle or ending written on)."""
_SOUTHEAST_ASIAN = re.compile(f"[{_SOUTHEAST_ASIAN_CHARS}]")
_UNSPACED = re.compile(f"[{_HAN_KANA_CHARS}{_SOUTHEAST_ASIAN_CHARS}]")  # either: one scan for most texts
CHARS_PER_WORD = ((_HAN_KANA, 2), (_SOUTHEAST_ASIAN, 4))
"""Characters of an unspaced script that count as one word: a Chinese or Japanese word is one to
two characters on average (a 15-word threshold is about 30 characters); a Thai word, with its
vowel and tone marks, about four."""


def word_count(text: str) -> int:
    """How many words ``text`` holds, for every length threshold: whitespace-separated words,
    except that text in scripts written without spaces (Chinese, Japanese, Thai, ...) counts one
    word per ``CHARS_PER_WORD`` characters. Latin text gives ``len(text.split())``."""
    words, rest = _unspaced_words(text)
    return words + len(rest.split())


# A piece between spaces with no letter or digit in it: a dash, a bar or a bullet set apart.
_NO_WORD = re.compile(r"[^\w]+")


def title_words(text: str) -> int:
    """``word_count`` of a title or a line, without the marks set apart by spaces in it: "Saw —
    then a smell" is four words, not five (a spaced dash, bar or bullet is no word)."""
    words, rest = _unspaced_words(text)
    pieces = rest.split()  # (those with no word counted in C: no generator step per piece)
    return words + len(pieces) - len(list(filter(_NO_WORD.fullmatch, pieces)))


_TOKEN = re.compile(r"\w+")
# ASCII bytes with each byte that is no ``\w`` character (letters, digits, "_") made a space:
# the ``\w+`` runs of an ASCII text are then the pieces its ``bytes.split()`` finds (C-speed
# table lookups; ``findall`` makes a string of each run only to count them).
_ASCII_WORD_BYTES = bytes(
    byte if chr(byte).isalnum() or byte == ord("_") else ord(" ") for byte in range(256)
)


# The characters a word of a spaced script takes with its space, about: what a word of an
# unspaced one counts for in ``spaced_length``.
SPACED_WORD_CHARS = 6


def spaced_length(text: str) -> int:
    """The length ``text`` would have written as a spaced script: each word of an unspaced one
    (Chinese, Japanese, Thai: ``CHARS_PER_WORD``) counted as ``SPACED_WORD_CHARS`` characters.
    A 60-character Chinese paragraph says as much as a 180-character English one, so a length
    threshold set for prose in spaced scripts holds for it too. Text without such characters:
    ``len(text)``."""
    words, rest = _unspaced_words(text)
    if not words:
        return len(text)
    return len(" ".join(rest.split())) + words * SPACED_WORD_CHARS


def record_word_count(text: str) -> int:
    """The record's ``word_count``: runs of letters and digits (``\\w+``), and in scripts written
    without spaces one word per ``CHARS_PER_WORD`` characters (a 3,000-character Chinese story
    is about 1,500 words, not the few dozen runs between its punctuation marks)."""
    if text.isascii():  # (no unspaced script; ASCII bytes are its characters)
        return len(text.encode("ascii").translate(_ASCII_WORD_BYTES).split())
    words, rest = _unspaced_words(text)
    return words + len(_TOKEN.findall(rest))


def _unspaced_words(text: str) -> tuple[int, str]:
    """Words counted in unspaced scripts, and ``text`` with those characters blanked."""
    if text.isascii() or not _UNSPACED.search(text):  # (most texts: none of those scripts)
        return 0, text
    words = 0
    for script, size in CHARS_PER_WORD:
        found = len(script.findall(text))
        if found:
            words += -(-found // size)
            text = script.sub(" ", text)
    return words, text
