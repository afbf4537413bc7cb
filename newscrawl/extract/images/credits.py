"""Image credits: recognising them ("Image: AP", "(AP Photo/Jane Doe)", "Foto: dpa"),
reducing them to the credited name, and giving the credit lines found in the body to the
pictures. Used by the body cleaner and by ``figures.py``."""

from __future__ import annotations

import re
from dataclasses import replace

from newscrawl.extract.images.media import is_gallery_counter
from newscrawl.extract.normalise import collapse, compare_key, text_key
from newscrawl.extract.words import any_piece, joined, may_match, needles
from newscrawl.extract.words.agencies import AGENCIES
from newscrawl.extract.words.captions import TRAILING_BUTTONS
from newscrawl.extract.words.credits import (
    ANY_TRAILING_CREDIT_LABEL,
    CREDIT_BY,
    CREDIT_LABELS,
    CREDIT_NAMES,
    LABEL_LIKE_CREDIT_NAMES,
    PAREN_CREDIT_AGENCIES,
    PICTURE_NOUNS,
    TRAILING_CREDIT_LABELS,
)
from newscrawl.items import Image

MAX_CREDIT_CHARS = 120
_CREDIT_LABEL = "(?:" + "|".join(CREDIT_LABELS) + ")"
_CREDIT_PART = rf"\s*{_CREDIT_LABEL}\s*[:：/=＝・]?\s*[^|:]{{1,60}}"
# The first of the credits of a block (several are joined by "|"): a label and a name.
_CREDIT_PART_RE = re.compile(rf"^{_CREDIT_PART}$", re.IGNORECASE)
# "(AP Photo/Jane Doe)", "(Photo: Reuters)", "(Foto: dpa)" at the end of a caption or alone.
TRAILING_CREDIT = re.compile(
    rf"\s*[(\[（【]\s*((?:{'|'.join(PAREN_CREDIT_AGENCIES)})?\s*{_CREDIT_LABEL}\s*[:：/=＝・]?\s*[^()\[\]（）【】]{{1,80}})"
    r"[)\]）】]\s*$",
    re.IGNORECASE,
)
# "… an der Trasse. Foto: dpa", "… jeudi 2 mai. Photo AFP", "… in Plagwitz. © picture alliance/dpa",
# also run on without a space ("… broke out.Credit: AP", "… открытия.Фото: Иван Петров").
# Also after a bar or a dash ("… at dusk | Photo: Jane Doe", "… am Hafen - Foto: Peter Lang"),
# and after a caption with no closing mark when the label is capitalised and has its colon
# ("Engineers at the river Photo: Jane Doe") or is "©" ("Der Hafen am Abend ©Peter Lang"), and
# English "Photo by" and a name ("Coffee beans Photo by Jane Doe on Unsplash": capitalised, so
# not "a photo by a local artist"; a German noun is always capitalised: "Foto von" is not taken).
# (Alternatives that open alike share that opening, tried once: each goes on with a mark that
# is no space, so the spaces before it are all taken whichever follows; as fast again.)
_TRAILING_LABELS = ANY_TRAILING_CREDIT_LABEL
_CAPITAL = "(?-i:(?=[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω]))"
TRAILING_LABELLED_CREDIT = re.compile(
    r"(?<=[.!?…\"”»«“。！？」])\s*(?:(" + _TRAILING_LABELS + r"(?!(?<=\w)\w)\s*[:：=＝・]?\s*"
    r"[^.!?。！？]{1,60})$|(©\s*[^.!?。！？]{1,60})$)"
    r"|(?<=\S)\s+[|–—-]\s+((?:" + _TRAILING_LABELS + r"(?!(?<=\w)\w)\s*[:：]|©)\s*[^.!?。！？|]{1,60})$"
    r"|(?<=[^\W\d_])\s+(?:(" + _CAPITAL + _TRAILING_LABELS + r"\s*[:：]\s*[^.!?。！？:|]{1,60})$"
    r"|(©\s*[^.!?。！？:|©]{1,60})$"
    r"|((?-i:(?:Photo|Image|Picture)s?\s+by\s+[A-Z])[^.!?。！？:|]{0,60})$)"
    r"|(?<=(?-i:[a-zß-öø-ÿа-я0-9]))(" + _CAPITAL + _TRAILING_LABELS + r"\s*[:：]\s*[^.!?。！？:|]{1,60})$",
    re.IGNORECASE,
)
# What a trailing labelled credit takes at most, not counting white space: a dash, its label
# (13 characters at most: "illustrations"), a colon and 60 of name (75), and a margin.
TRAILING_CREDIT_REACH = 80
# Every match of TRAILING_LABELLED_CREDIT holds a label ("Photo…" of its "Photo by" too) or "©":
# a text that holds none of their pieces (``words.may_match``: lower-cased, a case-blind
# regex's own letters minded) holds no trailing labelled credit. (Most texts, in any script:
# the pieces' search is several times faster than the pattern's, which tries each position.)
_LABEL_PIECES = frozenset(
    piece
    for label in TRAILING_CREDIT_LABELS
    if label != "©"
    for piece in (needles(label) or ("",))  # ("" would match every text: asserted below)
) | {"©"}
assert "" not in _LABEL_PIECES
_LABEL = any_piece(_LABEL_PIECES)
_LABEL_PREFIX_ONLY = re.compile(rf"^\s*{_CREDIT_LABEL}", re.IGNORECASE)
# Without a separator after its label, a credit is a few capitalised words ("Photo Jane Doe").
MAX_UNLABELLED_CREDIT_WORDS = 5
# "Courtesy of" names its giver however it is written ("the artist", "the City of Springfield").
MAX_COURTESY_WORDS = 8
_COURTESY = re.compile(r"^courtesy(?:\s+of)?\s+", re.IGNORECASE)  # "Image courtesy of NASA"
_NAME_LINKS = frozenset(word for words in CREDIT_BY.values() for word in words)  # "Photo by …"
_LABEL_PREFIX = re.compile(rf"^\s*{_CREDIT_LABEL}(?!(?<=\w)\w)\s*[:：=＝・]?\s*", re.IGNORECASE)
_COLON_LABEL_PREFIX = re.compile(rf"^\s*{_CREDIT_LABEL}\s*[:：=＝・]\s*", re.IGNORECASE)


def is_credit_line(text: str) -> bool:
    """A block that is only an image credit ("Image: AP | Image:self", "(AP Photo/Jane Doe)")."""
    if len(text) > MAX_CREDIT_CHARS * 2:
        return False
    text = collapse(text)
    if len(text) > MAX_CREDIT_CHARS or is_gallery_counter(text):  # "Bild 3 von 8"
        return False
    if text.casefold().strip("()[] .") in CREDIT_NAMES:
        return True
    parts = text.split("|")
    if (
        _CREDIT_PART_RE.match(parts[0])
        and not text.rstrip().endswith((".", "?", "!"))
        and _labelled_credit(parts[0])
        and all(_labelled_credit(part) or _names_credit(part) for part in parts[1:])
    ):
        return True  # "Foto: picture alliance / dpa | Michael Kappeler"
    return bool(TRAILING_CREDIT.fullmatch(text) or CJK_PHOTOGRAPHER.fullmatch(text)) or is_wire_credit(text)


# A credit without a label in the wire services' shape: an agency or picture library and a
# photographer joined by "/" ("REUTERS/Jane Doe", "Jane Doe/AFP via Getty Images",
# "Imago/Sven Simon", "AP Photo/Jane Doe"). Only agencies ("dpa/AFP") sign a text, not a picture.
MAX_WIRE_CREDIT_CHARS = 80
MAX_NAME_WORDS = 5
_AGENCY_TAIL = re.compile(r"\s+(?:photos?|images?|via\s+.+|(?:file\s+)?photo)$", re.IGNORECASE)


def is_wire_credit(text: str) -> bool:
    """ "REUTERS/Jane Doe", "(Jane Doe/AFP via Getty Images)": a picture agency and a name."""
    text = collapse(text).strip(" .()[]（）")
    if len(text) > MAX_WIRE_CREDIT_CHARS or "/" not in text:
        return False
    parts = [part.strip() for part in text.split("/")]
    if not all(parts) or len(parts) > 4:
        return False
    agencies = [part for part in parts if _is_picture_agency(part)]
    names = [part for part in parts if part not in agencies]
    libraries = [part for part in agencies if compare_key(_AGENCY_TAIL.sub("", part)) not in AGENCIES]
    return bool(agencies) and bool(names or libraries) and all(_names_credit(part) for part in names)


def is_credit_beside_picture(text: str) -> bool:
    """Right beside a picture, a credit needs no agency we know: names joined by "/", a
    photographer and whoever holds the picture ("Tomer Appelbaum/Haaretz", "Moa Karlberg/
    imagebank.sweden.se", "Giulia Ferri/Agenzia Nord"), or a credit line."""
    if is_credit_line(text):
        return True
    text = collapse(text).strip(" .()[]（）")
    if len(text) > MAX_WIRE_CREDIT_CHARS or "/" not in text:
        return False
    parts = [part.strip() for part in text.split("/")]
    return 2 <= len(parts) <= 3 and all(_names_credit(part) or _WEB_HOST.match(part) for part in parts)


_WEB_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.IGNORECASE)  # "imagebank.sweden.se"


def _is_picture_agency(part: str) -> bool:
    """ "AP", "AP Photo", "AFP via Getty Images", "Getty Images", "iStockphoto", "Imago"."""
    if " via " in part.casefold():
        return True
    bare = _AGENCY_TAIL.sub("", part)
    return compare_key(bare) in AGENCIES or bare.casefold() in CREDIT_NAMES or part.casefold() in CREDIT_NAMES


def _names_credit(part: str) -> bool:
    """One to five capitalised words without a sentence mark: a photographer's name."""
    words = part.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(char.isdigit() for char in part)
        and not part.rstrip().endswith((".", "?", "!", ":"))
    )


def _labelled_credit(part: str) -> bool:
    """A label and what it credits: "Foto: dpa", "Photo AFP", "Foto Peter Lang", "© Stadt Wien".
    A label word must end where the word ends ("Bildung …", "Quellen …" start no credit), and
    without ":" or "/" after it the rest must read as a name (every word capitalised or an
    agency): "Video zeigt Protest vor dem Landtag", "Images of the war" are headings."""
    label = _LABEL_PREFIX_ONLY.match(part)
    if label is None:
        return False
    rest = part[label.end() :]
    if label.group().rstrip()[-1:].isalnum() and rest[:1].isalnum():
        return False  # the label is only the start of a longer word
    rest = rest.strip()
    if not label.group().strip()[-1:].isalnum() or rest[:1] in (":", "：", "/", "=", "＝", "・"):
        return True  # "©", "(c)", or a label with its separator
    if not any(char.isalnum() for char in rest):
        return True  # a label alone: "[VIDEO]", "Foto -"
    if "courtesy" in label.group().casefold():  # "Photo courtesy of the City of Springfield"
        words = _COURTESY.sub("", "courtesy " + rest).split()
        return 0 < len(words) <= MAX_COURTESY_WORDS and not rest.endswith((".", "?", "!"))
    words = _COURTESY.sub("", rest).split()
    return (
        bool(words)
        and len(words) <= MAX_UNLABELLED_CREDIT_WORDS
        and all(
            word[:1].isupper()
            or word[:1].isdigit()
            or "/" in word
            or word.casefold().strip(".,") in _NAME_LINKS
            or word.casefold().strip(".,;") in CREDIT_NAMES
            for word in words
        )
    )


def credit_value(text: str) -> str:
    """The credit without its label: "Image: AP | Image:self" -> "AP; self" (parts joined by "; ")."""
    text = collapse(text).strip()
    photographer = CJK_PHOTOGRAPHER.fullmatch(text)
    if photographer:  # "(新华社记者 张三 摄)" in full-width brackets -> "新华社记者 张三"
        return next(group for group in photographer.groups() if group).strip()
    text = text.strip("()[]").strip()
    inner = TRAILING_CREDIT.fullmatch(text)
    if inner:
        text = inner.group(1)
    parts = [_without_label(part).strip(" .") for part in text.split("|")]
    return "; ".join(part for part in parts if part)


def _without_label(part: str) -> str:
    """ "Photo: AP" -> "AP", "Image Credit: WeWork" -> "WeWork"; a name that starts like a label
    ("picture alliance/dpa", "Photothek") stays whole."""
    if any(part.casefold().strip().startswith(name) for name in LABEL_LIKE_CREDIT_NAMES):
        return part
    label = _LABEL_PREFIX.match(part)
    part = _LABEL_PREFIX.sub("", part)
    if label is not None and "courtesy" in label.group().casefold():
        part = _OF.sub("", part)  # "Photo courtesy of NASA" -> "NASA"
    if any(part.casefold().strip().startswith(name) for name in LABEL_LIKE_CREDIT_NAMES):
        return part
    return _COLON_LABEL_PREFIX.sub("", part)


_OF = re.compile(r"^\s*of\s+", re.IGNORECASE)


# Chinese and Japanese credits that close with "took the picture": "(新华社记者 张三 摄)" (in
# brackets, often full-width), "…散步。新华社记者张三摄", "…市民=山田太郎撮影" (a full-width "=").
CJK_PHOTOGRAPHER = re.compile(
    r"\s*[（(]\s*([^（）()]{1,40}?)\s*(?:摄影|摄|攝|撮影)\s*[）)]\s*$"
    r"|(?<=[。！？])\s*([^。！？（）()\s][^。！？（）()]{0,29}?)\s*(?:摄影|摄|攝)\s*$"
    r"|\s*[＝=]\s*([^＝=。]{1,40}?)\s*撮影\s*$"
)


def split_trailing_credit(caption: str) -> tuple[str, str | None]:
    """'Crowds gather. (AP Photo/Jane Doe)' -> ('Crowds gather.', 'AP Photo/Jane Doe');
    'Le port, jeudi. Photo AFP' -> ('Le port, jeudi.', 'AFP')."""
    match = (
        _bracketed_credit(caption)
        or _labelled_credit_at_end(caption)
        or _trailing_wire(caption)
        or _cjk_photographer(caption)
    )
    if not match:
        return caption, None
    return caption[: match.start()].rstrip(), credit_value(next(g for g in match.groups() if g))


def _bracketed_credit(text: str) -> re.Match[str] | None:
    """``TRAILING_CREDIT.search(text)``: only a text that closes with a bracket can hold one."""
    return TRAILING_CREDIT.search(text) if text.rstrip().endswith((")", "]", "）", "】")) else None


def _cjk_photographer(text: str) -> re.Match[str] | None:
    """``CJK_PHOTOGRAPHER.search(text)``: only a text that closes with a bracket or the word for
    "took the picture" can hold one."""
    return CJK_PHOTOGRAPHER.search(text) if text.rstrip().endswith((")", "）", "影", "摄", "攝")) else None


def _labelled_credit_at_end(text: str) -> re.Match[str] | None:
    """``TRAILING_LABELLED_CREDIT.search(text)``, searching only the end of a long text: a match
    ends the text and holds at most ``TRAILING_CREDIT_REACH`` characters that are no white
    space, so none starts before a stretch at the end that holds more (the lookbehinds still
    see the text before that stretch). Where that stretch (else the text) holds no label's
    piece (``_LABEL``), none is searched for."""
    start = len(text) - TRAILING_CREDIT_REACH * 5 // 4
    if start <= 0 or len("".join(text[start:].split())) <= TRAILING_CREDIT_REACH:
        start = 0
    if not may_match(text[start:] if start else text, _LABEL):
        return None
    return TRAILING_LABELLED_CREDIT.search(text, start)


# What follows a caption's last sentence, or its last brackets: a wire credit there closes it.
_AFTER_SENTENCE = re.compile(
    r"(?<=[.!?…\"”»。！？」])\s*([^.!?。！？]{3,80})$|\s*[(\[（]([^()\[\]（）]{3,80})[)\]）]\s*$"
)


def _trailing_wire(caption: str) -> re.Match[str] | None:
    """ "Crowds in the square. REUTERS/Jane Doe", "… on Sunday (Jane Doe/AFP via Getty Images)"."""
    if "/" not in caption:
        return None  # a wire credit joins its parts with "/"
    match = _AFTER_SENTENCE.search(caption)
    if match is None:
        return None
    credit = next(g for g in match.groups() if g)
    if is_wire_credit(credit):
        return match
    # Glued to the caption's last sentence, no space between ("… festival.Jane Doe/Studio X"):
    # the caption's and the credit's texts run together, names joined by "/" are its credit.
    glued = match.group(1) is not None and not caption[match.start(1) - 1].isspace()
    return match if glued and is_credit_beside_picture(credit) else None


# A credit that names a picture's maker: a picture label ("Foto:", "(AP Photo/…)", "©"), not a
# text's source ("(Quelle: Stadtverwaltung)", "(Source: Reuters)").
_PICTURE_CREDIT = re.compile(
    r"^\s*(?:(?:" + "|".join(PAREN_CREDIT_AGENCIES) + r")\s*)?" + _TRAILING_LABELS,
    re.IGNORECASE,
)
# A caption with its credit runs to a few sentences (wire captions of 400-500 characters).
MAX_CREDITED_CAPTION_CHARS = 600


def ends_with_picture_credit(text: str) -> bool:
    """ "Der Bürgermeister bei der Eröffnung. Foto: Peter Lang": a block that closes with a
    picture's credit is that picture's caption set as a paragraph (prose never ends so), even
    where the picture itself is not in the page's markup (loaded by script)."""
    if len(text) > MAX_CREDITED_CAPTION_CHARS:
        return False
    match = _bracketed_credit(text) or _labelled_credit_at_end(text)
    if match is None:
        wire = _trailing_wire(text) or _cjk_photographer(text)
        return wire is not None and bool(collapse(text[: wire.start()]))
    if not collapse(text[: match.start()]):
        return False
    return bool(_PICTURE_CREDIT.match(next(group for group in match.groups() if group)))


# Button texts glued to the end of a caption or credit ("Dan Bashakov/APVisa mer").
TRAILING_BUTTON = re.compile(r"\s*(?:" + joined(TRAILING_BUTTONS) + r")\s*$", re.IGNORECASE)
# Credit labels the shared credit rules leave on: "by Handout/…", "Photo by Jane Doe".
CREDIT_BY_LABEL = re.compile(
    r"^\s*(?:(?:" + joined(PICTURE_NOUNS) + r")s?\s+)?(?:" + joined(CREDIT_BY) + r")\s+", re.IGNORECASE
)


def clean_credit(credit: str | None) -> str | None:
    """'by Handout/School Board' -> 'Handout/School Board'; 'Jane Doe/APVisa mer' -> 'Jane Doe/AP';
    'by -' -> None."""
    if not credit:
        return None
    credit = CREDIT_BY_LABEL.sub("", TRAILING_BUTTON.sub("", credit)).strip(" -–—;,")
    return credit or None


def attach_credits(images: list[Image], credits: list[str]) -> list[Image]:
    """Credits found as visible lines go to the images that lack one, in order; the rest get
    an image record of their own (url unknown), unless an image already carries that credit."""
    out = list(images)
    known = {text_key(image.credit) for image in images if image.credit}
    cleaned = (clean_credit(credit) for credit in credits)  # "by Handout/AFP" -> "Handout/AFP"
    pending = [credit for credit in cleaned if credit and text_key(credit) not in known]
    for index, image in enumerate(out):
        if not pending:
            break
        if image.credit is None:
            out[index] = replace(image, credit=pending.pop(0))
    out.extend(Image(credit=credit) for credit in pending)
    return out
