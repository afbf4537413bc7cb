"""Boilerplate filters as data: ad markers, share bars, teasers, notes, widget titles.

Each filter answers one question about one block of text; ``cleaning.py`` decides what to do.
Patterns are module-level data so a new convention is one line, not a new branch.
"""

from __future__ import annotations

import re

from newscrawl.extract.normalise import collapse

# A block that is *only* one of these is an ad slot label, in the languages we support well.
AD_MARKERS = frozenset(
    {
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
        "continue reading the main story",
        "advertisement - scroll to continue",
        "scroll to continue with content",
        "skip advertisement",
        "ad feedback",
        "advertisement continue reading below",
        "anzeige",
        "werbung",
        "gesponsert",
        "weiter nach der anzeige",
        "artikel geht nach der anzeige weiter",
        "publicité",
        "publicite",
        "contenu sponsorisé",
        "la suite après cette publicité",
        "la suite après la publicité",
        "publicidad",
        "publicidade",
        "pubblicità",
        "pubblicita",
        "reklama",
        "reklame",
        "annonse",
        "annons",
        "advertentie",
        "mainos",
        "hirdetés",
    }
)

# Markers, prompts and widget titles are short: longer blocks are never tested against them.
MAX_MARKER_CHARS = 200
# "Advertisement 1 Story continues below", "ADVERTISEMENT - SCROLL TO CONTINUE": a marker + its tail.
AD_LINE = re.compile(
    r"^(?:advertisement|anzeige|publicité|publicidad|werbung)\b[\s\d\w-]{0,40}"
    r"(?:continues? below|scroll to continue|continue reading|weiter|la suite)[\w\s]*$",
    re.IGNORECASE,
)

# "© dpa-infocom, dpa:230428-99", "<Copyright c Daily. All rights reserved.>": copyright notices.
COPYRIGHT_LINE = re.compile(
    r"^\W*(?:©|\(c\)|copyright\b)[^\n]{0,150}$|all rights reserved\W*$"
    r"|for your personal,? non-commercial use only",
    re.IGNORECASE,
)
# Contact lines closing a story: "Write to Al Root at allen.root@…", "• Email: x@y.com".
CONTACT_LINE = re.compile(
    r"^\W*(?:write to|contact|email|e-mail|reach)\b[^@]{0,80}@[\w.-]+\.\w+", re.IGNORECASE
)
# Labelled metadata lines: "Tags: a, b, c", "… - Categoria: Saúde - Tags: …".
LABELLED_META = re.compile(
    r"(?:^|\s[-|•]\s|^\W*)(?:tags?|schlagw(?:ö|oe)rter|etiquetas|mots-clés|categor(?:y|ia|ía|ie)|kategorie|rubrik)"
    r"\s*:\s*\S",
    re.IGNORECASE,
)
# A block that is only a web address, or an unrendered CMS shortcode ("[button …]…[/button]").
BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
SHORTCODE = re.compile(
    r"^\s*(?:\[\w+[^\]]*\].*\[/\w+\]|\$\$\w+\$\$|\{\{\s*[\w.]+\s*\}\}|%%\w+%%)\s*$", re.DOTALL
)  # also unfilled template slots: "$$ARTICLEAD$$", "{{ ad.slot }}", "%%AD%%"
# Teasers linking elsewhere: "Read more: …", "Also read | …", "Lesen Sie auch: …".
TEASER_PREFIX = re.compile(
    r"^\s*(?:read more|read also|also read|read|also see|see also|related|related stories"
    r"|related article"
    r"|more on this|recommended|watch|watch now|listen|click here|don't miss|must read|trending"
    r"|lesen sie (?:auch|hier|mehr)|auch interessant|mehr zum thema|mehr dazu"
    r"|das könnte sie auch interessieren"
    r"|lire aussi|à lire aussi|a lire aussi|voir aussi|lire également|à voir aussi"
    r"|lee también|leer también|ver también|leia também|leia mais|veja também|leggi anche"
    r"|czytaj też|czytaj także|czytaj więcej|læs også|les også|läs också|lees ook)"
    r"\s*(?:[:|»>\-–—]|\.\.\.|…)",
    re.IGNORECASE,
)

# An upper-case label and a bar before a linked title: the "READ MORE |" of any language.
LABELLED_LINK = re.compile(r"^[^\Wa-z\d][^a-z|]{2,40}\s\|\s")

# An arrow before a link: ">> Hier finden Sie alle Termine", "→ Schwerpunkt", "► Mehr dazu".
ARROW_LINK = re.compile(r"^\s*(?:>>|→|►|▶|➤|⇒|-->)\s*\S")

# Teaser words that, in a mostly-linked block, mark a link to another article even without ":".
TEASER_WORDS = re.compile(TEASER_PREFIX.pattern.rsplit(r"\s*(?:", 1)[0] + r"\b", re.IGNORECASE)

# Reading-time notes and edition lines: "Lesedauer: 4 Minuten", "3 min read", "5 minutes de lecture".
READING_TIME = re.compile(
    r"^\W*(?:(?:lesedauer|lesezeit|reading time|temps de lecture|tiempo de lectura|tempo de leitura)\s*:?\s*"
    r"(?:ca\.\s*)?\d+\s*\w*|\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti)\.?\s*"
    r"(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|läsning|lesing)?)\W*$",
    re.IGNORECASE,
)

# "Nizaar Kinsella 2 minutes ago", "vor 3 Stunden", "il y a 2 heures": a byline's relative time.
RELATIVE_TIME = re.compile(
    r"(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)|il y a\s+\d+\s+(?:minutes?|heures?|jours?)"
    r"|hace\s+\d+\s+(?:minutos?|horas?|días?))\W*$",
    re.IGNORECASE,
)

# Wire and editing credits closing a story: "Reporting by X; Editing by Y", "… contributed to this report."
CONTRIBUTOR_LINE = re.compile(
    r"^\W*(?:(?:additional |with )?reporting by|writing by|editing by|compiled by|translated by"
    r"|(?:übersetzung|redaktion|mitarbeit|schlussredaktion|traduction|traducción)(?: und \w+)?\s*:)"
    r"|contributed (?:reporting )?to this (?:report|story|article)\.?\W*$",
    re.IGNORECASE,
)

# Where else the story ran: "First published in The Conversation.", "This article originally
# appeared on …", "Dieser Artikel ist zuerst bei … erschienen", "Cet article a été initialement publié …".
REPUBLISHED_LINE = re.compile(
    r"^\W*(?:this (?:article|story|piece|post|column|interview) (?:was |is |has been )?"
    r"(?:(?:first|originally) (?:published|appeared|ran)|(?:published|appeared) (?:first |originally )?"
    r"(?:in|on|at))|(?:first|originally) (?:published|appeared) (?:in|on|by|at)"
    r"|republished (?:with permission )?from"
    r"|(?:dieser|der) (?:artikel|beitrag|text) (?:ist|erschien|wurde) (?:zuerst|ursprünglich|erstmals)"
    r"|(?:dieser|der) (?:artikel|beitrag|text) ist eine übersetzung"
    r"|cet article a (?:été )?(?:initialement|d'abord|originellement) (?:été )?(?:publié|paru)"
    r"|este (?:artículo|texto) (?:fue publicado|se publicó|apareció) originalmente)",
    re.IGNORECASE,
)
# The print edition a story ran in: "Ausgabe vom 26.04.2024, Seite 1", "A version of this article
# appears in print on …", "This article appeared in the print edition of …".
PRINT_EDITION = re.compile(
    r"^\W*(?:(?:ausgabe vom|erschienen in der (?:print)?ausgabe|aus der (?:print)?ausgabe)\b"
    r"|a version of this (?:article|story) appear(?:s|ed) in print"
    r"|this (?:article|story) appeared in (?:the )?print)",
    re.IGNORECASE,
)
# A line naming the source of a box or figure: "Kilde: Helsenorge.no", "Quelle: Statistisches Bundesamt".
SOURCE_LINE = re.compile(
    r"^\W*(?:source|sources|quelle|quellen|kilde|kilder|källa|källor|fuente|fuentes|fonte|fontes"
    r"|źródło|bron)\s*:\s*\S",
    re.IGNORECASE,
)
# A site's plea to return: "Please bookmark nationalpost.com and sign up for our newsletters",
# to subscribe or to comment: "Support independent journalism by subscribing …", "Would you
# like to comment on this article?", "Please read our Comment Policy before commenting."
SELF_PROMO = re.compile(
    r"\bbookmark\b.{0,120}\bnewsletters?\b|\bsupport (?:independent|quality|our) journalism by subscribing"
    r"|\bcomment on this (?:article|story)\?|\bcomment(?:ing)? policy\b|\bsign in to comment\b"
    r"|^\W*sign up \(it'?s quick and free\)",
    re.IGNORECASE,
)
# A caption set as an ordinary paragraph: "Pictured from left, are …", "Pictured: the …",
# "Murder victims from left: …".
CAPTION_LINE = re.compile(
    r"^\W*(?:pictured\b|(?:above|below|left|right|top|bottom|inset|main (?:picture|image))\s*:"
    r"|[^.:]{0,60}\b(?:from left|from right|left to right|von links|de gauche à droite)\s*:)",
    re.IGNORECASE,
)

# Whole blocks that are share bars, newsletter prompts or comment/follow calls.
PROMPT_LINE = re.compile(
    r"^\s*(?:share(?: this(?: article| story)?)?|share on \w+|tweet|email|e-mail|print|copy link"
    r"|link copied|like this|like this:|share this:|comments?|\d+ comments?|follow us(?: on \w+)?"
    r"|sign up(?: for| to) (?:our|the) [\w\s]*newsletter[\w\s.!]*|subscribe(?: now)?(?: to [\w\s]+)?"
    r"|get [\w\s'’]* newsletter[\w\s.!]*|newsletter abonnieren|jetzt abonnieren|teilen"
    r"|artikel teilen|partager|partager cet article|abonnez-vous[\w\s]*|compartir|compartilhe"
    r"|condividi|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest|x"
    r"|read more|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|leia mais|czytaj więcej"
    r"|fehler gefunden\?\s*jetzt melden|report an error|report a correction"
    r"|order reprints?|reprints?|print (?:this )?article|print this page|thank you"
    r"|tags?|schlagw(?:ö|oe)rter|themen|mots-clés|etiquetas|etiketler|tagi|embed"
    r"|categories|categorias|categorías|kategorien|catégories"
    r"|(?:link|zum) (?:zum )?(?:youtube|twitter|instagram|x|tiktok|facebook)-?inhalt"
    r"|esta funcionalidad es (?:sólo|solo) para suscriptores|\d+ wochen kostenlos testen"
    r"|du musst dich einloggen,? um einen kommentar abzugeben"
    r"|wie hat ihnen (?:dieser|der) artikel gefallen\??"
    r"|durchschnittliche bewertung: [\d,.]+|noticia relacionada)\s*[.!:]?\s*$",
    re.IGNORECASE,
)

# Headings of widgets rather than of the article: the heading and its section go.
WIDGET_HEADINGS = re.compile(
    r"^\s*(?:read more|read next|more from|more stories|more news|related(?: \w+)?|recommended(?: \w+)?"
    r"|you (?:may|might) also like|most (?:read|popular|viewed)(?: in [\w\s]+)?|trending(?: now)?|top stories"
    r"|latest(?: news| stories)?|popular(?: now)?|editor'?s picks|what to read next|also read"
    r"|comments?|share this(?: article)?|article content|table of contents|contents|key events"
    r"|accessibility links|sign up.*|get (?:daily|weekly|our) .*news.*|leave a comment|post a comment"
    r"|kommentar abgeben|kommentare|laisser un commentaire|deja un comentario"
    r"|newsletter|ähnliche artikel|auch interessant|mehr zum thema|das könnte sie auch interessieren"
    r"|meistgelesen|empfehlungen|weitere artikel|à lire aussi|lire aussi|sur le même sujet"
    r"|les plus lus|dans la même rubrique|noticias relacionadas|más noticias|te puede interesar"
    r"|leia também|veja também|notícias relacionadas|potrebbe interessarti)\s*[:.]?\s*$",
    re.IGNORECASE,
)


# Titles of summary boxes ("Key points", "Kort fortalt", "Das Wichtigste in Kürze"): the box
# restates the article, so the title and the list under it go.
SUMMARY_HEADINGS = re.compile(
    r"^\s*(?:summary|key points|key takeaways|takeaways|highlights|in short|at a glance|tl;?dr"
    r"|the big picture"
    r"|das wichtigste(?: in kürze)?|auf einen blick|kurz und knapp|zusammenfassung|in kürze"
    r"|darum geht['’]?s|worum es geht"
    r"|en bref|l'essentiel|l’essentiel|ce qu'il faut retenir|resumen|lo más importante|en resumen"
    r"|resumo|in breve|kort fortalt|kort sagt|kortversion|lyhyesti|w skrócie|samenvatting)\s*[:.]?\s*$",
    re.IGNORECASE,
)


def is_summary_heading(text: str) -> bool:
    """The title of a summary / key-points box."""
    return len(text) < 60 and bool(SUMMARY_HEADINGS.match(collapse(text)))


def is_ad_marker(text: str) -> bool:
    """'Advertisement', 'ANZEIGE', 'Publicité', … alone in a block, or with its "continues below"."""
    if len(text) > MAX_MARKER_CHARS:
        return False
    text = collapse(text).strip(" -–—:·•|")
    return text.casefold() in AD_MARKERS or (len(text) < 80 and bool(AD_LINE.match(text)))


def is_teaser(text: str, link_ratio: float = 0.0) -> bool:
    """'Read more: …', 'Lesen Sie auch: …', 'À lire aussi …' (linked) pointing to another article,
    or a linked title after a capitalised label in any language ("FUNDA OLUNYE UDABA LAPHA | …")."""
    if len(text) >= 300:
        return False
    if TEASER_PREFIX.match(text):
        return True
    if link_ratio > 0 and ARROW_LINK.match(text):
        return True
    return link_ratio >= 0.5 and bool(TEASER_WORDS.match(text) or LABELLED_LINK.match(text))


def is_editorial_note(text: str) -> bool:
    """Reading-time notes, relative times, wire/editing credits, contact and tag lines, bare
    addresses: about the article, not in it."""
    words = len(text.split())
    if words <= 8 and RELATIVE_TIME.search(text):
        return True
    if BARE_URL.match(text) or SHORTCODE.match(text):
        return True
    if words <= 40 and (CONTACT_LINE.match(text) or LABELLED_META.search(text)):
        return True
    if (words <= 12 and SOURCE_LINE.match(text)) or (words <= 40 and PRINT_EDITION.match(text)):
        return True
    return len(text) < 400 and bool(
        READING_TIME.match(text)
        or CONTRIBUTOR_LINE.search(text)
        or COPYRIGHT_LINE.search(text)
        or REPUBLISHED_LINE.match(text)
    )


def is_prompt(text: str) -> bool:
    """Share bars, newsletter sign-ups, comment counts: a short block that is only a call to act."""
    if len(text) < 400 and SELF_PROMO.search(text):
        return True
    return len(text) < 120 and bool(PROMPT_LINE.match(collapse(text)))


def is_widget_heading(text: str) -> bool:
    """'Read more', 'Ähnliche Artikel', 'Get daily National news': a widget title, not a sub-heading."""
    return len(text) <= MAX_MARKER_CHARS and bool(WIDGET_HEADINGS.match(collapse(text)))


def is_caption_line(text: str) -> bool:
    """'Pictured from left, are …', 'Above: …': a photo caption written as a paragraph."""
    return len(text) < 500 and bool(CAPTION_LINE.match(text))
