"""Titles of boxes that are not the article, by language: widget headings ("Read more",
"Ähnliche Artikel") and summary-box titles ("Key points", "Das Wichtigste in Kürze").
Regex fragments, matched case-blind against a whole heading (optionally closed by ":" or ".")."""

from __future__ import annotations

# Headings of widgets rather than of the article: the heading and its section go.
WIDGET_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "read more",
        "read next",
        "more from",
        "more stories",
        "more news",
        r"related(?: \w+)?",
        r"recommended(?: \w+)?",
        "you (?:may|might) also like",
        r"most (?:read|popular|viewed)(?: in [\w\s]+)?",
        "trending(?: now)?",
        "top stories",
        "latest(?: news| stories)?",
        "popular(?: now)?",
        "editor'?s picks",
        "what to read next",
        "also read",
        "comments?",
        "share this(?: article)?",
        "article content",
        "table of contents",
        "contents",
        "key events",
        "accessibility links",
        "sign up.*",
        "get (?:daily|weekly|our) .*news.*",
        "leave a comment",
        "post a comment",
        "newsletter",
        "recent (?:posts|comments|articles)",
    ),
    "de": (
        "kommentar abgeben",
        "kommentare",
        "ähnliche artikel",
        "auch interessant",
        "mehr zum thema",
        "das könnte sie auch interessieren",
        "meistgelesen",
        "empfehlungen",
        "weitere artikel",
        "neue(?:ste)? (?:beiträge|kommentare|artikel)",
        "(?:verwandte|ähnliche) (?:beiträge|artikel|themen)",
        "letzte (?:beiträge|kommentare)",
    ),
    "fr": (
        "laisser un commentaire",
        "à lire aussi",
        "lire aussi",
        "sur le même sujet",
        "les plus lus",
        "dans la même rubrique",
        "(?:articles|commentaires) récents",
        "articles (?:similaires|liés|connexes)",
        "derniers (?:articles|commentaires)",
    ),
    "es": (
        "deja un comentario",
        "noticias relacionadas",
        "más noticias",
        "te puede interesar",
        "(?:entradas|comentarios) recientes",
        "(?:artículos|entradas|publicaciones) relacionad[oa]s",
    ),
    "pt": ("leia também", "veja também", "notícias relacionadas", "(?:artigos|posts) relacionados"),
    "it": ("potrebbe interessarti", "(?:articoli|commenti) recenti", "articoli correlati"),
}

# Titles of summary boxes: the box restates the article, so the title and the list under it go.
SUMMARY_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "summary",
        "key points",
        "key takeaways",
        "takeaways",
        "highlights",
        "in short",
        "at a glance",
        "tl;?dr",
        "the big picture",
    ),
    "de": (
        "das wichtigste(?: in kürze)?",
        "auf einen blick",
        "kurz und knapp",
        "zusammenfassung",
        "in kürze",
        "darum geht['’]?s",
        "worum es geht",
    ),
    "fr": ("en bref", "l'essentiel", "l’essentiel", "ce qu'il faut retenir"),
    "es": ("resumen", "lo más importante", "en resumen"),
    "pt": ("resumo",),
    "it": ("in breve",),
    "no": ("kort fortalt", "kort sagt"),
    "sv": ("kortversion",),
    "fi": ("lyhyesti",),
    "pl": ("w skrócie",),
    "nl": ("samenvatting",),
}

# Titles of the author box inside the article container: the title and the short bio under it
# are about the writer, not the story.
AUTHOR_BOX_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("about the authors?", "about the writer"),
    "de": ("über (?:den|die) autor(?:in|en)?", "zum autor", "zur autorin"),
    "fr": ("à propos de l['’]auteur",),
    "es": ("(?:sobre|acerca) (?:el|la) autora?",),
    "it": ("sull['’]autore",),
    "pt": ("sobre o autor",),
    "ru": ("об авторе",),
    "zh": ("关于作者", "關於作者", "作者简介"),
    "ja": ("著者について",),
    "nl": ("over de auteur",),
    "no": ("om forfatteren",),
    "sv": ("om författaren",),
    "pl": ("o autorze",),
}


# Titles of a comment section ("Comments", "Kommentare (3)"): the section runs to the end of the
# page. These words head one alone or with a count after them.
COMMENT_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("comments", "reader comments"),
    "de": ("kommentare", "leserkommentare"),
    "fr": ("commentaires",),
    "es": ("comentarios",),
    "pt": ("comentários",),
    "it": ("commenti",),
    "nl": ("reacties",),
    "pl": ("komentarze",),
    "sv": ("kommentarer",),
    "no": ("kommentarer",),
    "da": ("kommentarer",),
    "ru": ("комментарии",),
    "tr": ("yorumlar",),
}
# After a count ("12 Comments", "1 Kommentar", "2 thoughts on “Title”", "3 Antworten zu „Titel“"),
# these words head one too, optionally followed by "on" and the article's title.
COMMENT_COUNTED: dict[str, tuple[str, ...]] = {
    "en": ("comments?", "responses?", "replies", "reply", "thoughts?"),
    "de": ("kommentare?", "antworten", "antwort", "gedanken"),
    "fr": ("commentaires?", "réactions?", "réponses?"),
    "es": ("comentarios?", "respuestas?"),
    "pt": ("comentários?", "respostas?"),
    "it": ("commenti", "commento", "risposte"),
    "nl": ("reacties?",),
    "pl": ("komentarze?", "komentarzy"),
    "sv": ("kommentarer",),
    "no": ("kommentarer",),
    "da": ("kommentarer",),
    "ru": ("комментари(?:и|ев|я|й)",),
    "tr": ("yorum",),
}
COMMENT_ON: dict[str, tuple[str, ...]] = {
    "en": ("on", "to"),
    "de": ("zu", "auf"),
    "fr": ("sur", "à"),
    "es": ("a", "en", "sobre"),
    "pt": ("a", "em", "sobre"),
    "it": ("a", "su"),
    "nl": ("op",),
}
