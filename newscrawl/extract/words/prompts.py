"""Calls to act, by language: share bars, newsletter sign-ups, comment counts, "read more"
buttons, rating widgets (a block that is only one of these), and a site's pleas to subscribe,
bookmark or comment (anywhere in a short block). Regex fragments, matched case-blind."""

from __future__ import annotations

# A whole block that is only one of these (optionally closed by ".", "!" or ":").
PROMPTS: dict[str, tuple[str, ...]] = {
    "en": (
        "share(?: this(?: article| story)?)?",
        r"share on \w+",
        "tweet",
        "email",
        "e-mail",
        "print",
        "copy link",
        "link copied",
        "like this",
        "like this:",
        "share this:",
        "comments?",
        r"\d+ comments?",
        r"follow us(?: on \w+)?",
        r"sign up(?: for| to) (?:our|the) [\w\s]*newsletter[\w\s.!]*",
        r"subscribe(?: now)?(?: to [\w\s]+)?",
        r"get [\w\s'’]* newsletter[\w\s.!]*",
        "read more",
        "continue reading",
        "report an error",
        "report a correction",
        "order reprints?",
        "reprints?",
        "print (?:this )?article",
        "print this page",
        "thank you",
        "tags?",
        "embed",
        "categories",
    ),
    "*": ("whatsapp", "facebook", "twitter", "linkedin", "telegram", "reddit", "pinterest", "x"),
    "de": (
        "newsletter abonnieren",
        "jetzt abonnieren",
        "teilen",
        "artikel teilen",
        "weiterlesen",
        "mehr lesen",
        "schlagw(?:ö|oe)rter",
        "themen",
        "kategorien",
        "(?:link|zum) (?:zum )?(?:youtube|twitter|instagram|x|tiktok|facebook)-?inhalt",
        "du musst dich einloggen,? um einen kommentar abzugeben",
        r"durchschnittliche bewertung: [\d,.]+",
    ),
    "fr": (
        "partager",
        "partager cet article",
        r"abonnez-vous[\w\s]*",
        "lire la suite",
        "mots-clés",
        "catégories",
    ),
    "es": (
        "compartir",
        "leer más",
        "etiquetas",
        "categorías",
        "noticia relacionada",
    ),
    "pt": ("compartilhe", "leia mais", "categorias"),
    "it": ("condividi",),
    "pl": ("czytaj więcej", "tagi"),
    "tr": ("etiketler",),
}

# A site's plea, anywhere in a short block: "Please bookmark nationalpost.com and sign up for
# our newsletters", "Please read our Comment Policy before commenting.", "Sign in to comment".
SELF_PROMOTION: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bbookmark\b.{0,120}\bnewsletters?\b",
        r"\bcomment(?:ing)? policy\b",
        r"\bsign in to comment\b",
    ),
}
