"""Page bytes to text: the encoding (valid UTF-8, BOM, <meta charset> or <?xml encoding?>, else a
guess by charset-normalizer kept when it names a non-Latin script, else cp1252), control
characters (stray NUL bytes included) and lone surrogates removed, and binary data (images,
PDFs, archives) told apart from text."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, read_bom, to_unicode

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])  # the same


LONE_SURROGATES = re.compile(r"[\ud800-\udfff]")


# Files that are not HTML, by their first bytes (a saved page named .html may be anything).
BINARY_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF-": "PDF document",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "executable",
    b"\x00\x00\x01\x00": "icon",
    b"OggS": "Ogg media",
    b"ID3": "MP3 audio",
}


SNIFF = 4096
"""Bytes looked at to tell text from binary data."""


_BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
"""Control bytes text never holds (tab, line breaks, form feed and escape aside)."""


MAX_BINARY_SHARE = 0.05
"""More control bytes than this share of the sniffed bytes means binary data, not text."""
MAX_NUL_SHARE = 0.01
"""A few stray NUL bytes (at most this share of the sniffed bytes) in a page that is otherwise
text are removed, not a reason to refuse it; UTF-16 without a BOM or binary data has far more."""
LATIN_ENCODINGS = frozenset(
    {
        "ascii",
        "cp1252",
        "latin_1",
        "iso8859_15",
        "cp1250",
        "iso8859_2",
        "mac_roman",
        "cp850",
        "cp437",
        "mac_latin2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_16",
        "cp1254",
        "cp1257",
        "cp1258",
        "utf_8",
    }
)
"""Guesses that mean "some Latin text": cp1252 reads those pages as well and is never wrong on
ASCII, so a guess among these is not taken (charset-normalizer confuses them on short text)."""


def decode(data: bytes | str) -> str:
    """Bytes to text: valid UTF-8 as such, else BOM, <meta charset>, cp1252 (w3lib's rules).
    Bytes declared UTF-8 that are not UTF-8 are read as cp1252 (a Latin-1 page under a
    UTF-8 template), not as replacement characters."""
    return decoded(data)[0]


def decoded(data: bytes | str) -> tuple[str, bytes | None]:
    """``decode(data)``, and ``data`` itself when it is that text's UTF-8 encoding (valid
    UTF-8 without control bytes, its BOM left out), else None: the parser reads UTF-8 bytes
    without converting them (a ``str`` is handed to it as UTF-16 or UCS-4)."""
    if isinstance(data, bytes) and (text := _valid_utf8(data)):
        # Strict UTF-8 decoding yields no lone surrogates, and its control characters are
        # the control bytes: a C-speed byte deletion finds them (a regex over the text of an
        # average page costs a millisecond).
        if len(data.translate(None, _CONTROL_BYTES)) == len(data):
            return text, data.removeprefix(codecs.BOM_UTF8)
        return CONTROL_CHARS.sub("", text), None
    text = data if isinstance(data, str) else _declared(data)
    text = LONE_SURROGATES.sub("\ufffd", text)
    return CONTROL_CHARS.sub("", text), None


def _declared(data: bytes) -> str:
    encoding, text = _to_unicode(data)
    ours = "\ufffd" in text and b"\xef\xbf\xbd" not in data  # not in the page itself
    if ours and encoding.replace("-", "").lower() == "utf8":
        # Each byte that is no UTF-8 is read as cp1252: a Latin-1 page under a UTF-8 template
        # comes out as cp1252 would read it, and a UTF-8 page with a stray Latin-1 byte ("K\xfcchen"
        # in one attribute) keeps its UTF-8 text instead of turning all of it into mojibake.
        return data.decode("utf-8", errors=_CP1252_BYTES)
    return str(text)


def _to_unicode(data: bytes) -> tuple[str, str]:
    """The page's encoding and text by w3lib's rules: its BOM, else the encoding its ``<meta>``
    or ``<?xml?>`` declares, else :func:`guess_encoding`. (What ``html_to_unicode(None, data,
    auto_detect_fun=guess_encoding)`` did; w3lib 2.6 deprecates its ``auto_detect_fun`` for a
    guess of its own, so the steps are taken here with the functions both versions keep.)"""
    bom_encoding, bom = read_bom(data)
    if bom_encoding is not None and bom is not None:
        return bom_encoding, to_unicode(data[len(bom) :], bom_encoding)
    encoding = html_body_declared_encoding(data) or guess_encoding(data)
    if encoding in {"utf-16", "utf-32"}:
        encoding += "-be"  # (no BOM: big-endian, as w3lib reads it)
    return encoding, to_unicode(data, encoding)


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """The undecodable bytes of a UTF-8 decoding, read as cp1252 (its 5 unmapped bytes as U+FFFD)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


_CP1252_BYTES = "newscrawl-cp1252-bytes"
codecs.register_error(_CP1252_BYTES, _cp1252_bytes)


def guess_encoding(data: bytes) -> str:
    """The encoding of a page that declares none: charset-normalizer's guess when it names a
    non-Latin script (windows-1251 Cyrillic, Greek, Hebrew, Arabic, Shift-JIS ...), else cp1252."""
    best = from_bytes(data[: 256 * 1024]).best()
    if best is None or best.encoding in LATIN_ENCODINGS:
        return "cp1252"
    return str(best.encoding)


def _valid_utf8(data: bytes) -> str | None:
    """Bytes that are valid UTF-8 with non-ASCII characters are UTF-8, whatever the page
    declares: such sequences almost never occur by chance in single-byte encodings, while
    pages declaring iso-8859-1 over UTF-8 bytes are common."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data.isascii():
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when it is not text ("PNG image", "binary data"), else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:SNIFF]
    if head.count(b"\x00") > MAX_NUL_SHARE * len(head):
        return "binary data"
    # (counted as the bytes a C-speed deletion takes out)
    if len(head) - len(head.translate(None, _BINARY_BYTES)) > MAX_BINARY_SHARE * len(head):
        return "binary data"
    return None
