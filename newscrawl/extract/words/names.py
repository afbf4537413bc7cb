"""Words inside and between names: particles ("von der", "de la") and the conjunctions that join
names in a byline ("A and B", "A und B", "A y B")."""

from __future__ import annotations

# Lower-case words allowed inside a name ("Ursula von der Leyen", "Ana de la Cruz").
NAME_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "lo",
        "ter",
        "ten",
        "zu",
        "zum",
        "af",
        "al",
        "el",
        "bin",
        "ibn",
        "y",
        "e",
        "dei",
        "des",
        "st.",
        "mc",
    ]
)


# Words that join two names in a byline, as regex fragments (matched case-blind between spaces;
# a one-letter word, and those added for fi/hu/ro, only in lower case: "Mary A Smith", "John E
# Doe" hold a middle initial, "Kim Ja Young" a given name).
NAME_CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("and",),
    "de": ("und",),
    "es": ("(?-i:y)",),
    "fr": ("et",),
    "da": ("og",),
    "sv": ("och",),
    "nl": ("en",),
    "tr": ("ve",),
    "ru": ("(?-i:и)",),
    "it": ("(?-i:e)",),
    "pt": ("(?-i:e)",),
    "pl": ("(?-i:i)",),
    "hr": ("(?-i:i)",),
    "ca": ("(?-i:i)",),
    "fi": ("(?-i:ja)",),
    "cs": ("(?-i:a)",),
    "hu": ("(?-i:és)",),
    "ro": ("(?-i:și)", "(?-i:şi)"),
}
