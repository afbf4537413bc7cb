"""Notes about the article rather than in it, by language: reading times, relative times,
contributor and republication lines, print editions, source and tag labels, contact lines,
copyright notices. Regex fragments, matched case-blind."""

from __future__ import annotations

# "Lesedauer: 4 Minuten", "Reading time: 3": a label and a number ...
READING_TIME_LABELS: dict[str, tuple[str, ...]] = {
    "de": ("lesedauer", "lesezeit"),
    "en": ("reading time",),
    "fr": ("temps de lecture",),
    "es": ("tiempo de lectura",),
    "pt": ("tempo de leitura",),
    "it": ("tempo di lettura",),
    "nl": ("leestijd",),
    "sv": ("lästid",),
    "no": ("lesetid",),
    "da": ("læsetid",),
    "pl": ("czas czytania",),
    "tr": ("okuma süresi",),
    "ru": ("время чтения",),
}
# ... or "3 min read", "5 minutes de lecture": minutes ...
MINUTE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("min", "mins", "minutes?"),
    "de": ("minuten",),
    "es": ("minutos",),
    "it": ("minuti",),
    "pl": ("minut", "minuty"),
    "tr": ("dakika", "dk"),
    "ru": ("мин", "минут[аы]?"),
}
# ... and, optionally, the word for reading.
READING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("read", "reading"),
    "de": ("lesezeit", "lesedauer"),
    "fr": ("de lecture",),
    "es": ("de lectura",),
    "pt": ("de leitura",),
    "it": ("di lettura",),
    "sv": ("läsning",),
    "no": ("lesing",),
    "nl": ("leestijd", "lezen"),
    "pl": ("czytania",),
    "tr": ("okuma",),
    "ru": ("чтения",),
}

# "Nizaar Kinsella 2 minutes ago", "vor 3 Stunden", "il y a 2 heures": a byline's relative time.
RELATIVE_TIMES: dict[str, tuple[str, ...]] = {
    "en": (r"\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago",),
    "de": (r"vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)",),
    "fr": (r"il y a\s+\d+\s+(?:minutes?|heures?|jours?)",),
    "es": (r"hace\s+\d+\s+(?:minutos?|horas?|días?)",),
    "pt": (r"há\s+\d+\s+(?:minutos?|horas?|dias?)", r"\d+\s+(?:minutos?|horas?|dias?)\s+atrás"),
    "it": (r"\d+\s+(?:minuti|ore|giorni)\s+fa",),
    "nl": (r"\d+\s+(?:minuten|uur|dagen)\s+geleden",),
}

# Wire and editing credits opening a line: "Reporting by X; Editing by Y" ...
CONTRIBUTOR_CREDITS: dict[str, tuple[str, ...]] = {
    "en": ("(?:additional |with )?reporting by", "writing by", "editing by", "compiled by", "translated by"),
}
# ... "Übersetzung: …", "Redaktion und Grafik: …" (a label, then ":") ...
CONTRIBUTOR_LABELS: dict[str, tuple[str, ...]] = {
    "de": ("übersetzung", "redaktion", "mitarbeit", "schlussredaktion"),
    "fr": ("traduction",),
    "es": ("traducción",),
}
# ... or closing one: "… contributed to this report."
CONTRIBUTED: dict[str, tuple[str, ...]] = {
    "en": (r"contributed (?:reporting )?to this (?:report|story|article)\.?\W*$",),
}

# Where else the story ran: "First published in The Conversation.", "This article originally
# appeared on …", "Dieser Artikel ist zuerst bei … erschienen", "Cet article a été initialement
# publié …". At the start of a block.
REPUBLISHED: dict[str, tuple[str, ...]] = {
    "en": (
        "this (?:article|story|piece|post|column|interview) (?:was |is |has been )?"
        "(?:(?:first|originally) (?:published|appeared|ran)|(?:published|appeared) (?:first |originally )?"
        "(?:in|on|at))",
        "(?:first|originally) (?:published|appeared) (?:in|on|by|at)",
        "republished (?:with permission )?from",
    ),
    "de": (
        "(?:dieser|der) (?:artikel|beitrag|text) (?:ist|erschien|wurde) (?:zuerst|ursprünglich|erstmals)",
        "(?:dieser|der) (?:artikel|beitrag|text) ist eine übersetzung",
    ),
    "fr": ("cet article a (?:été )?(?:initialement|d'abord|originellement) (?:été )?(?:publié|paru)",),
    "es": ("este (?:artículo|texto) (?:fue publicado|se publicó|apareció) originalmente",),
}

# The print edition a story ran in: "Ausgabe vom 26.04.2024, Seite 1", "A version of this
# article appears in print on …", "This article appeared in the print edition of …".
PRINT_EDITION: dict[str, tuple[str, ...]] = {
    "de": (r"(?:ausgabe vom|erschienen in der (?:print)?ausgabe|aus der (?:print)?ausgabe)\b",),
    "en": (
        "a version of this (?:article|story) appear(?:s|ed) in print",
        "this (?:article|story) appeared in (?:the )?print",
    ),
}

# A label naming the source of a box or figure: "Kilde: Helsenorge.no", "Quelle: Statistisches Bundesamt".
SOURCE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("source", "sources"),
    "de": ("quelle", "quellen"),
    "da": ("kilde", "kilder"),
    "sv": ("källa", "källor"),
    "es": ("fuente", "fuentes"),
    "pt": ("fonte", "fontes"),
    "pl": ("źródło",),
    "nl": ("bron",),
}

# Labelled metadata lines: "Tags: a, b, c", "… - Categoria: Saúde - Tags: …".
META_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("tags?", "tagged(?: with)?", "category", "categories", "filed under"),
    "de": ("schlagw(?:ö|oe)rter", "kategorie", "kategorien", "rubrik", "verschlagwortet mit"),
    "es": ("etiquetas", "categoría", "categorías"),
    "fr": ("mots-clés", "categorie", "catégories?", "étiquettes"),
    "pt": ("categoria", "categorias", "etiquetas"),
    "it": ("tag", "categorie", "categoria"),
    "nl": ("tags", "categorie", "categorieën"),
}

# Contact lines closing a story: "Write to Al Root at allen.root@…", "• Email: x@y.com".
CONTACT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("write to", "contact", "email", "e-mail", "reach"),
}

# Copyright notices: a line opening with a copyright sign ...
COPYRIGHT_SIGNS = ("©", r"\(c\)", r"copyright\b")
# ... or carrying one of these.
COPYRIGHT_NOTICES: dict[str, tuple[str, ...]] = {
    "en": (r"all rights reserved\W*$",),
    "de": (r"alle rechte vorbehalten\W*$",),
    "fr": (r"tous droits réservés\W*$",),
    "es": (r"todos los derechos reservados\W*$",),
    "it": (r"tutti i diritti riservati\W*$",),
    "pt": (r"todos os direitos reservados\W*$",),
    "nl": (r"alle rechten voorbehouden\W*$",),
}
# A site's rights notice wherever it stands in a block (its footer's "© 2019 X. All rights
# reserved. Use of this site constitutes …", a Creative Commons site's "Some rights reserved").
RIGHTS_RESERVED: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:all|some) rights reserved\b",),
    "de": (r"\balle rechte vorbehalten\b",),
    "fr": (r"\btous droits réservés\b",),
    "es": (r"\btodos los derechos reservados\b",),
    "it": (r"\btutti i diritti riservati\b",),
    "pt": (r"\btodos os direitos reservados\b",),
    "nl": (r"\balle rechten voorbehouden\b",),
    "sv": (r"\balla rättigheter förbehållna\b",),
    "da": (r"\balle rettigheder forbeholdes\b",),
    "no": (r"\balle rettigheter reservert\b",),
    "pl": (r"\bwszelkie prawa zastrzeżone\b",),
    "cs": (r"\bvšechna práva vyhrazena\b",),
    "fi": (r"\bkaikki oikeudet pidätetään\b",),
    "tr": (r"\btüm hakları saklıdır\b",),
    "ru": (r"\bвсе права защищены\b",),
    "uk": (r"\b(?:усі|всі) права захищені\b",),
    "hu": (r"\bminden jog fenntartva\b",),
    "ro": (r"\btoate drepturile rezervate\b",),
    "hr": (r"\bsva prava (?:pridržana|zadržana)\b",),
    "sk": (r"\bvšetky práva vyhradené\b",),
}

# Affiliate disclosures: "This article contains affiliate links", "We may earn a commission",
# "Dieser Artikel kann Links zu Anbietern enthalten, von denen … eine Provision erhält".
AFFILIATE_NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\baffiliate[- ]?links?\b",
        r"\b(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:affiliate )?commission",
        r"\bas an amazon associate\b",
    ),
    "de": (r"\baffiliate[- ]?links?\b", r"\bprovision erh(?:ält|alten)\b", r"\bpartner-?links\b"),
    "fr": (r"\bliens? (?:affiliés?|d['’]affiliation)\b",),
    "es": (r"\benlaces? (?:de )?afiliad[oa]s?\b",),
    "it": (r"\blink (?:di )?affiliazione\b",),
    "nl": (r"\baffiliate[- ]?links?\b",),
}

# Placeholder text of a template that was never filled, opening a block ("Lorem ipsum dolor sit
# amet …"): never an article's words, in any language.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {"*": (r"^\W*lorem ipsum\b",)}

# A server's error message printed into the page (PHP's labels; they are not translated):
# "Warning: Use of undefined constant … in /var/www/…/file.php on line 12".
SERVER_ERROR_LABELS: dict[str, tuple[str, ...]] = {
    "*": (
        "warning", "notice", "deprecated", "strict standards", "fatal error", "parse error",
        "catchable fatal error", "recoverable fatal error",
    ),
}  # fmt: skip
