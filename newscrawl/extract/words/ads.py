"""Ad slot labels, by language: a block that is only one of these is an ad marker."""

from __future__ import annotations

# A block that is *only* one of these is an ad slot label (lower-case, compared whole).
AD_MARKERS: dict[str, tuple[str, ...]] = {
    "en": (
        "advertisement",
        "advertisements",
        "advertising",
        "advert",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "paid content",
        "paid post",
        "promoted",
        "promoted content",
        "story continues below advertisement",
        "article continues below advertisement",
        "article continues below",
        "story continues below",
        "content continues below",
        "continue reading below",
        "advertisement - scroll to continue",
        "scroll to continue with content",
        "skip advertisement",
        "ad feedback",
        "advertisement continue reading below",
    ),
    "de": (
        "anzeige",
        "werbung",
        "gesponsert",
        "weiter nach der anzeige",
        "artikel geht nach der anzeige weiter",
    ),
    "fr": (
        "publicité",
        "publicite",
        "contenu sponsorisé",
        "la suite après cette publicité",
        "la suite après la publicité",
    ),
    "es": ("publicidad",),
    "pt": ("publicidade",),
    "it": ("pubblicità", "pubblicita"),
    "pl": ("reklama",),
    "da": ("reklame",),
    "no": ("annonse",),
    "sv": ("annons",),
    "nl": ("advertentie",),
    "fi": ("mainos",),
    "hu": ("hirdetés",),
    "ru": ("реклама",),  # also uk, bg
    "tr": ("reklam",),
    "ro": ("publicitate",),
    "el": ("διαφήμιση",),
    "he": ("פרסומת",),
    "ja": ("広告",),
    "zh": ("广告",),
    "ko": ("광고",),
}

# "Advertisement 1 Story continues below": a marker word (regex fragments) ...
AD_LINE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("advertisement",),
    "de": ("anzeige", "werbung"),
    "fr": ("publicité",),
    "es": ("publicidad",),
}
# ... and, within 40 characters, the words that say the story goes on.
AD_LINE_TAILS: dict[str, tuple[str, ...]] = {
    "en": ("continues? below", "scroll to continue", "continue reading"),
    "de": ("weiter",),
    "fr": ("la suite",),
}
