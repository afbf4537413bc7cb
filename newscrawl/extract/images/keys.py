"""One key for every copy of one picture: resize parameters, CDN size segments, proxies ignored."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, unquote

from newscrawl.extract.addresses import split_url
from newscrawl.extract.images.noise import words

# Size and crop parts of a file name or path: "1200x675", "w1200", "lw767", "16-9", "640@60".
_SIZE_TOKEN = re.compile(r"(?:^|(?<=[-_]))\d{2,5}x\d{2,5}(?=$|[-_])|@.*$", re.IGNORECASE)


_SIZE_SEGMENT = re.compile(
    r"^(?:[a-z]{0,2}\d{1,4}(?:[x_@.,:-]\d+)*[a-z]?|\d+-\d+|img_\d+_\d+|[a-z]_\d+.*|.*\d+x\d+.*)$",
    re.IGNORECASE,
)


# A file name that is a picture id (a UUID, a long number, a long hex hash) plus at most a
# timestamp and a size or aspect suffix: "242244962_1714738228_v16_9_600", "65897427_804".
_ID = re.compile(
    r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{6,}|[0-9a-f]{16,})"
    r"(?:_\d{9,13})?(?:[-_]v\d+[-_]\d+[-_]\d+|[-_]\d{1,4})?$",
    re.IGNORECASE,
)


_DATE_ID = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$")


_EMBEDDED_URL = re.compile(r"(https?)(?::|%3A)(?:/|%2F){2}(.+)$", re.IGNORECASE)


# File names that name a rendition, not a picture ("gallery_medium.jpg", "master/1000.jpg").
_GENERIC_STEM_WORDS = frozenset(
    {"image", "img", "photo", "picture", "original", "default", "large", "medium", "small",
     "thumb", "thumbnail", "master", "main", "index", "file", "full", "gallery", "standard",
     "landscape", "portrait", "square", "crop", "hero", "lead", "teaser", "big", "x", "w", "h"}
)  # fmt: skip


MIN_STEM_LETTERS = 4


_SCRIPT_TYPES = frozenset({"php", "asp", "aspx", "jsp", "cgi", "ashx"})


def picture_key(url: str) -> str:
    """One key for every copy of one picture: query parameters, size and crop path segments
    and size parts of the file name left out; an image proxy's embedded URL stands for it."""
    # (An address that is no URL at all is read as a path: its own key.)
    parts = split_url(url) or SplitResult("", "", url, "", "")
    inner = _embedded(parts.path) or next(
        (v for _, v in parse_qsl(parts.query) if _EMBEDDED_URL.match(v)), None
    )
    if inner and inner != url:
        return picture_key(inner)
    folders, _, name = parts.path.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = _SIZE_TOKEN.sub("", stem).strip("-_")
    identity = _ID.match(stem)
    if identity and not _DATE_ID.match(identity.group(1)):
        return "id:" + identity.group(1).lower()
    if parts.query and name.rpartition(".")[2].lower() in _SCRIPT_TYPES:
        return "url:" + url  # an image script ("resizer.php?imagen=…"): the query names the picture
    if sum(c.isalpha() for c in stem) >= MIN_STEM_LETTERS and not words(stem) <= _GENERIC_STEM_WORDS:
        return "name:" + stem.lower()
    if not name or (parts.query and "." not in name):
        return "url:" + url  # a generic endpoint ("resizer.php", "/p"): the query names the picture
    kept = [s for s in (*folders.split("/"), stem) if s and not _SIZE_SEGMENT.match(s)]
    return "path:" + "/".join(kept).lower()


def _embedded(path: str) -> str | None:
    match = _EMBEDDED_URL.search(path)
    return f"{match.group(1)}://{unquote(match.group(2))}" if match and match.start() > 0 else None
