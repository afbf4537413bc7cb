"""Words of captions, by language: captions written as body paragraphs ("Pictured from left,
…", "Above: …"), control labels that are not captions ("Enlarge image"), and buttons glued to
a caption or credit ("Vis mer")."""

from __future__ import annotations

# A caption set as an ordinary paragraph opens with "Pictured" ...
PICTURED: dict[str, tuple[str, ...]] = {
    "en": ("pictured",),
}
# ... or with a position and ":" ("Above: …", "Main picture: …") ...
CAPTION_POSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("above", "below", "left", "right", "top", "bottom", "inset", "main (?:picture|image)"),
}
# ... or opens with a sign pointing up at the picture above it ("▲ The harbour at dusk") ...
CAPTION_MARKS: dict[str, tuple[str, ...]] = {
    "*": ("▲", "△", "↑", "⬆", "☝"),
}
# ... or names people in order, then ":" ("Murder victims from left: …").
FROM_LEFT: dict[str, tuple[str, ...]] = {
    "en": ("from left", "from right", "left to right"),
    "de": ("von links",),
    "fr": ("de gauche à droite",),
}

# A caption that is another story's teaser label ("Related:", "Lesen Sie auch") ...
NOT_CAPTION_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("related", "read more", "also read", "watch more", "more on this"),
    "de": ("lesen sie auch", "mehr zum thema"),
    "fr": ("à lire aussi", "lire aussi"),
    "es": ("leer más",),
    "no": ("les også",),
    "sv": ("läs också",),
}
# ... or a byline box ("Von X, Redakteurin 09.09.2025, 15:15 Uhr"), opened by one of these.
BYLINE_BY: dict[str, tuple[str, ...]] = {
    "en": ("by",),
    "de": ("von",),
    "fr": ("par",),
    "es": ("por",),
    "sv": ("av",),
    "nl": ("door",),
    "it": ("di",),
}

# Whole captions that are a control's label, not a caption: the picture stays, the caption goes.
UI_CAPTIONS: dict[str, tuple[str, ...]] = {
    "en": ("image", "photo", "enlarge", "enlarge image", "zoom", "expand"),
    "de": ("bild", "foto", "bild vergrößern", "vergrößern"),
    "fr": ("agrandir",),
    "es": ("ampliar",),
}

# Button texts glued to the end of a caption or credit ("Dan Bashakov/APVisa mer").
TRAILING_BUTTONS: dict[str, tuple[str, ...]] = {
    "no": ("vis mer",),
    "sv": ("visa mer",),
    "en": ("show more", "read more"),
    "de": ("mehr anzeigen",),
    "fi": ("näytä lisää",),
}
