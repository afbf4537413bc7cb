"""Lines that belong to a media player or a picture gallery, not to the story: a control's
label ("Play video", "Artikel anhören", "Agrandir l'image"), a player's time ("Video: 02:31",
"00:00 / 02:31"), a gallery's counter ("1 / 12", "Bild 3 von 8", "Foto 2 de 10"). Read by the
body's cleaning (rule ``media-label``), by the credit reader (a counter is no credit) and by
the caption cleaner (a counter glued before a caption goes)."""

from __future__ import annotations

import re

from newscrawl.extract.normalise import collapse
from newscrawl.extract.words import QuickPattern, joined
from newscrawl.extract.words.media import (
    COUNTER_NOUNS,
    COUNTER_OF,
    EMBED_SIGNATURES,
    MEDIA_LABELS,
    PLAYER_TIME_WORDS,
)

MAX_MEDIA_LINE_CHARS = 120
_TIME = r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?"
# A control's label alone ("Play video", "Video", "Listen to this article").
MEDIA_LABEL = re.compile(r"^\W*(?:" + joined(MEDIA_LABELS) + r")\s*[.:!]?\s*$", re.IGNORECASE)
# A chart or map tool's signature in the line: the embed's credit line (a line that holds none
# of the tools' names is not searched: ``words.QuickPattern``).
EMBED_SIGNATURE = QuickPattern(re.compile(joined(EMBED_SIGNATURES), re.IGNORECASE))
# A player's time: named ("Video: 02:31", "Dauer 2:31 min"), a position and a length
# ("00:00 / 02:31"), or a length in minutes ("2:31 min"). A bare time ("14:32") is a live blog's.
PLAYER_TIME = re.compile(
    r"^\W*(?:(?:" + joined(PLAYER_TIME_WORDS) + r")\s*[:\-–|]?\s*" + _TIME + r"(?:\s*min\.?)?"
    r"|" + _TIME + r"\s*/\s*" + _TIME + r"|" + _TIME + r"\s*min(?:utes?|\.)?)\s*$",
    re.IGNORECASE,
)
# A player's title: its label, a title, its length ("Video: Storm hits the coast (1:45)",
# "Audio: Interview mit der Bürgermeisterin 03:12").
PLAYER_TITLE = re.compile(
    r"^\W*(?:"
    + joined(PLAYER_TIME_WORDS)
    + r")\s*[:|]\s*[^:]{3,100}?\s*[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s*$",
    re.IGNORECASE,
)
# A gallery's counter: "1 / 12", "3/8", "Bild 3 von 8", "Photo 2 of 10", "Foto 2 de 10".
_COUNTER = (
    r"(?:(?:"
    + joined(COUNTER_NOUNS)
    + r")\s*)?(\d{1,3})\s*(?:/|(?:"
    + joined(COUNTER_OF)
    + r")\b)\s*(\d{1,3})"
)
GALLERY_COUNTER = re.compile(r"^\W*" + _COUNTER + r"\s*$", re.IGNORECASE)
# A counter before a caption: glued ("1 / 12Engineers survey …"), set off ("3 of 8 | The
# harbour"), or named ("Foto 2 de 10 La sala …"); not "3 of 8 victims were …".
LEADING_COUNTER = re.compile(
    r"^\s*(?:" + _COUNTER + r"(?:\s*[:\-–|]\s*|(?=[^\W\d]))"
    r"|(?:"
    + joined(COUNTER_NOUNS)
    + r")\s*(\d{1,3})\s*(?:/|(?:"
    + joined(COUNTER_OF)
    + r")\b)\s*(\d{1,3})\s*[:\-–|]?\s*)",
    re.IGNORECASE,
)


def is_gallery_counter(text: str) -> bool:
    """ "1 / 12", "Bild 3 von 8": the position of a picture in a gallery (the first number no
    greater than the second)."""
    match = GALLERY_COUNTER.match(collapse(text)) if len(text) <= MAX_MEDIA_LINE_CHARS else None
    return match is not None and 1 <= int(match.group(1)) <= int(match.group(2))


def is_media_label(text: str) -> bool:
    """A line that is a player's or a gallery's: a control's label, a player's time, a counter."""
    if len(text) > MAX_MEDIA_LINE_CHARS * 2:
        return False
    text = collapse(text)
    if len(text) > MAX_MEDIA_LINE_CHARS:
        return False
    if EMBED_SIGNATURE.search(text):
        return True
    return bool(MEDIA_LABEL.match(text) or PLAYER_TIME.match(text) or PLAYER_TITLE.match(text)) or (
        is_gallery_counter(text)
    )


def without_leading_counter(caption: str) -> str:
    """ "1 / 12Engineers survey the route" -> "Engineers survey the route"."""
    match = LEADING_COUNTER.match(caption)
    if match is None:
        return caption
    first, last = (int(n) for n in match.groups() if n is not None)
    if not 1 <= first <= last:
        return caption
    return caption[match.end() :]
