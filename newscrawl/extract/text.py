"""Plain-text helpers for body blocks: Unicode and white-space folding."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def collapse(text: str) -> str:
    """NFC, zero-width characters and soft hyphens removed, runs of white space as one space."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text))
    return _SPACE.sub(" ", text).strip()
