"""Words of bylines, as data: byline openers, job titles, news agencies, name particles.

Lower-case; compared against lower-cased words. Add a language's words here, not in code.
"""

from __future__ import annotations

# Words that open a byline, any language we have met; "by" also after "Written" / "Reported".
BYLINE_PREFIXES = (
    "by",
    "written by",
    "reported by",
    "reporting by",
    "story by",
    "words by",
    "text by",
    "compiled by",
    "posted by",
    "authored by",
    "interview by",
    "analysis by",
    "opinion by",
    "commentary by",
    "column by",
    "review by",
    "von",
    "text",
    "texte",
    "text von",
    "ein beitrag von",
    "eine analyse von",
    "ein kommentar von",
    "kommentar von",
    "eine kolumne von",
    "kolumne von",
    "ein gastbeitrag von",
    "gastbeitrag von",
    "ein interview von",
    "eine reportage von",
    "un article de",
    "une chronique de",
    "chronique de",
    "un artículo de",
    "columna de",
    "un articolo di",
    "por",
    "par",
    "di",
    "av",
    "door",
    "af",
    "przez",
    "autor",
    "autorin",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "author",
    "authors",
    "redacción",
    "redaktion",
    "yazar",
    "автор",
    "авторы",
    "текст",
)


# Profile slugs of shared CMS accounts ("/author/admin/"): whoever posted, not who wrote.
HOUSE_ACCOUNT_SLUGS: dict[str, tuple[str, ...]] = {
    "en": (
        "admin",
        "administrator",
        "webmaster",
        "wpadmin",
        "siteadmin",
        "editor",
        "editors",
        "staff",
        "newsroom",
    ),
    "de": ("redaktion",),
    "es": ("redaccion",),
    "it": ("redazione",),
    "fr": ("redaction",),
}

# What follows the author's name in a bio closing a story: "is a …", "ist Redaktor …" (also run
# into the name by the markup: "Edgar Schulerist …"), "writes about …", "covers …".
BIO_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("is", "writes", "covers", "reports", "lives"),
    "de": ("ist", "schreibt", "berichtet", "lebt"),
    "fr": ("est",),
    "es": ("es",),
    "it": ("è",),
}
