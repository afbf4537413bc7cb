"""URL path words that name a listing page, by kind and language (``extract/page_type.py``)."""

from __future__ import annotations

LISTING_PATH_WORDS: dict[str, tuple[str, ...]] = {
    "tag": (
        "tag",
        "tags",
        "schlagwort",
        "schlagworte",
        "thema",
        "themen",
        "etiqueta",
        "etiquetas",
        "etichetta",
        "etichette",
        "tema",
        "temas",
        "mots-cles",
        "mot-cle",
    ),
    "category": (
        "category",
        "categories",
        "categorie",
        "categoria",
        "kategorie",
        "rubrik",
        "rubric",
        "rubrika",
        "rubrique",
        "rubrica",
        "section",
        "sections",
        "ressort",
        "topic",
        "topics",
    ),
    "author": ("author", "authors", "autor", "autoren", "auteur", "autore", "journalist", "profile"),
    "search": ("search", "suche", "recherche", "busca", "buscar", "ricerca", "zoeken"),
    "archive": ("archive", "archives", "archiv", "archivo", "archivio"),
}
"""A path segment naming a listing, by kind: the last segment, or the one before the listing's
own name (``/tag/elections/``, ``/category/economy/page/2/``); not a substring (``/tagesschau/``)
and not a segment deep inside an article's path (``/section/world/2024/05/a-story``)."""
