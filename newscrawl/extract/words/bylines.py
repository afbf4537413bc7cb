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
    "gepostet von",
    "geschrieben von",
    "erstellt von",
    "veröffentlicht von",
    "verfasst von",
    "publié par",
    "posté par",
    "écrit par",
    "publicado por",
    "escrito por",
    "scritto da",
    "pubblicato da",
    "a cura di",
    "geschreven door",
    "geplaatst door",
    "skrevet af",
    "skrevet av",
    "skrivet av",
    "napisał",
    "napisała",
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
    "tekst",
    "napsal",
    "napsala",
    "írta",
    "szerző",
    "penulis",
    "kirjoittanut",
    "του",
    "της",
    "від",
    "автор",
    "авторы",
    "текст",
    "scris de",  # ro
    "teksti",  # fi
    "kirjoittaja",  # fi
    "haber:",  # tr ("Haber: <name>", the reporter; not "Haber Merkezi", the news desk)
    "tác giả",  # vi
    "بقلم",  # ar
    "نویسنده",  # fa
    "מאת",  # he
    "लेखक",  # hi
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

# Words that open a picture credit inside a byline ("Text: Jane Doe; Fotos: Max Muster",
# "Words by Jane Doe. Photography by Max Muster"): who took the pictures is no author. Regex
# fragments, matched case-blind before ":" or one of BYLINE_CREDIT_LINKS, or alone in brackets
# after a name ("Max Muster (Fotos)").
BYLINE_PHOTO_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "photos?",
        "photographs?",
        "photography",
        "pictures?",
        "images?",
        "video",
        "illustrations?",
        "graphics?",
    ),
    "de": ("fotos?", "fotografie", "bilder", "bild", "grafik", "illustration"),
    "fr": ("photos?", "photographies?", "illustrations?"),
    "es": ("fotos?", "fotografías?", "imágenes", "imagen", "ilustración"),
    "it": ("fotos?", "fotografie", "fotografia", "immagini"),
    "pt": ("fotos?", "fotografias?", "imagens"),
    "nl": ("foto's", "fotografie", "beeld"),
    "pl": ("zdjęcia", "zdjęcie", r"fot\."),
    "sv": ("bild", "bilder", "foto"),
    "ru": ("фото",),
}

# Labels for the text that, joined to a picture label ("Text und Fotos:", "Words and pictures
# by", "Texto y fotos:"), credit one person with both: an author.
TEXT_LABELS = ("text", "texte", "texto", "testo", "tekst", "teksti", "words", "story")

# Words between a picture-credit label and the photographer's name ("Photos by", "Fotos von").
BYLINE_CREDIT_LINKS = ("by", "von", "de", "di", "par", "por", "door", "av", "af", "przez")

# Prepositions before a place after a job title ("Correspondent in Washington", "corresponsal
# en Bogotá", "correspondant à Paris"): the part is the title and where it is held, not a name.
ROLE_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "en", "à", "a", "au", "aux", "em", "no", "na", "aus", "für", "da"}
    | {"w", "we", "v", "ve", "в", "во", "i", "på"}
)

# Prepositions between a name and the place it was written in ("Jane Doe in Berlin", "Max Muster
# aus Brüssel", "Jean Dupont à Paris", "João Silva em Lisboa"); only those that never occur
# inside a name (not "en": Dutch "and"; not "da": a name particle).
NAME_PLACE_PREPOSITIONS = ("in", "aus", "à", "em")

# Chinese and Japanese bylines: a label before the names ("记者 张三", "作者: 李四"; a one-character
# label only before a slash, bar or colon: "文/张三", as "文化" opens ordinary lines), optionally
# closed by "报道" (reports); or a title after the names ("山田太郎 記者").
CJK_BYLINE_LABELS = ("记者", "記者", "撰文", "作者", "文字", "采写", "文图")
CJK_BYLINE_SHORT_LABELS = ("文",)
CJK_BYLINE_CLOSINGS = ("报道", "報道")
CJK_BYLINE_TITLES = ("记者", "記者", "特派員", "編集委員", "論説委員")

# "Jane Doe mit Agenturen", "Jean Dupont avec AFP", "By Jane Doe with agencies": material from
# news agencies used with the author's own; the agencies are no further author. The words that
# join them (regex fragments, case-blind) and the generic word for agencies.
WITH_AGENCIES_LINKS = ("with", "mit", "avec", "con", "com", "met", "z", "und", "and", "et", "y", "e", "+")
AGENCIES_WORDS = (
    "agencies",
    "agency",
    "wires",
    "agenturen",
    "agentur",
    "agences",
    "agence",
    "agencias",
    "agencia",
    "agenzie",
    "agências",
    "agencji",
    "agentschappen",
    "агентства",
)

# Path words of author profile pages ("/author/jane-doe/", "/autoren/anna-berger",
# "/people/jane-doe"): a name linked to one, between the headline and the story, is its author.
AUTHOR_PATH_WORDS = (
    "author",
    "authors",
    "autor",
    "autoren",
    "autorin",
    "autores",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "journalist",
    "journalists",
    "journalisten",
    "journaliste",
    "journalistes",
    "giornalisti",
    "periodista",
    "periodistas",
    "redakteur",
    "redakteure",
    "people",
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "columnist",
    "columnists",
    "contributor",
    "contributors",
    "forfatter",
    "forfattere",
    "yazar",
    "yazarlar",
    "penulis",
    "avtor",
)

# Path words of topic and tag pages beside those of listing pages (``words.page_types``): a
# person's name linked to "/topics/jane-doe/", "/emne/jane-doe" is a tag of the story, not its
# byline (unless the link's tooltip says it leads to what the person wrote: "Alle Inhalte von
# Jane Doe").
TOPIC_PATH_WORDS = (
    "tagg",
    "taggar",
    "emne",
    "emner",
    "ämne",
    "aihe",
    "aiheet",
    "onderwerp",
    "onderwerpen",
    "sujet",
    "sujets",
    "temi",
    "theme",
    "themes",
    "subject",
    "subjects",
    "keyword",
    "keywords",
    "dossier",
    "dossiers",
    "konu",
    "etiket",
    "тема",
    "темы",
    "теги",
)

# A follow button's label set right after the author's name ("Jane Doe Follow", "Anna Berger
# Folgen"): interface text, never part of the name. Capitalised, as buttons are labelled.
FOLLOW_LABELS = (
    "Follow",
    "Folgen",
    "Suivre",
    "Seguir",
    "Segui",
    "Volgen",
    "Følg",
    "Följ",
    "Seuraa",
    "Obserwuj",
    "Sledovat",
    "Sledovať",
    "Követés",
    "Urmărește",
    "Takip Et",
    "Подписаться",
    "Читать",
)
