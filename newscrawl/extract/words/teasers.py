"""Teaser labels, by language: "Read more: …", "Lesen Sie auch: …", "À lire aussi …" link to
another article. Regex fragments, matched case-blind at the start of a block."""

from __future__ import annotations

TEASER_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "read more",
        "read also",
        "also read",
        "read",
        "also see",
        "see also",
        "related",
        "related stories",
        "related article",
        "more on this",
        "recommended",
        "watch",
        "watch now",
        "listen",
        "click here",
        "don't miss",
        "must read",
        "trending",
    ),
    "de": (
        "lesen sie (?:auch|hier|mehr)",
        "auch interessant",
        "mehr zum thema",
        "mehr dazu",
        "das könnte sie auch interessieren",
    ),
    "fr": ("lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire également", "à voir aussi"),
    "es": ("lee también", "leer también", "ver también"),
    "pt": ("leia também", "leia mais", "veja também"),
    "it": ("leggi anche",),
    "pl": ("czytaj też", "czytaj także", "czytaj więcej"),
    "da": ("læs også",),
    "no": ("les også",),
    "sv": ("läs också",),
    "nl": ("lees ook",),
}
