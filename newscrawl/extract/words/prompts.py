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
        r"\bfollow (?:us|@?\w+(?: \w+)?) on (?:twitter|facebook|instagram|linkedin|tiktok|youtube)\b",
        r"\balready an? (?:subscriber|member)\b",
        r"\bplease subscribe\b",
        r"\bsubscribe (?:now|today) (?:to|and|for)\b",
        r"\bdelivered (?:straight |directly )?to your inbox\b",
        r"\bsign up for (?:our|the) [\w\s-]{0,30}newsletters?\b",
        r"\bbe the first to comment\b",
        r"^\W*(?:no comments(?: yet)?|leave a (?:reply|comment))\b",
        r"\b(?:subscribe|sign up|register)\b.{0,80}\bnewsletters?\b",
    ),
    "de": (
        r"\bfolgen sie uns auf\b",
        r"\bfolge uns auf\b",
        r"\b(?:bereits|schon) abonnent(?:in)?\b",
        r"\bmelden sie sich (?:jetzt )?(?:für|zu) unserem newsletter an\b",
        r"\bmelden sie sich (?:jetzt )?für unseren newsletter an\b",
        r"^\W*(?:keine kommentare|(?:hinterlasse|schreibe?) einen kommentar)\b",
        r"\b(?:abonnier\w*|bestell\w*|hol (?:dir|dich))\b.{0,80}\bnewsletter",
        r"\bnewsletter\b.{0,80}\babonnier\w*",
    ),
    "fr": (
        r"\bsuivez-nous sur\b",
        r"\bdéjà abonné(?:e)?\b",
        r"\binscrivez-vous à (?:notre|la) newsletter\b",
        r"^\W*(?:aucun commentaire|laisser un commentaire)\b",
        r"\b(?:abonnez-vous|inscrivez-vous)\b.{0,80}\b(?:newsletter|infolettre|lettre d'information)",
    ),
    "es": (
        r"\bsíguenos en\b",
        r"\bya eres (?:suscriptor|socio)\b",
        r"\bsuscríbete a (?:nuestro|nuestra) (?:boletín|newsletter)\b",
        r"^\W*(?:no hay comentarios|sin comentarios|deja un comentario)\b",
        r"\b(?:suscríbete|suscribete|suscríbase|regístrate)\b.{0,80}\b(?:newsletter|boletín)",
    ),
    "it": (
        r"\bseguici su\b",
        r"\bsei già abbonato\b",
        r"\biscriviti alla (?:nostra )?newsletter\b",
        r"^\W*(?:nessun commento|lascia un commento)\b",
        r"\b(?:iscriviti|iscrivetevi|abbonati)\b.{0,80}\bnewsletter",
    ),
    "pt": (
        r"\bsiga-nos no\b",
        r"\bjá é assinante\b",
        r"^\W*(?:sem comentários|deixe um comentário)\b",
        r"\b(?:assine|inscreva-se|cadastre-se)\b.{0,80}\b(?:newsletter|boletim)",
    ),
    "nl": (
        r"\bvolg ons op\b",
        r"\bal abonnee\b",
        r"^\W*(?:geen reacties|laat een reactie achter)\b",
        r"\b(?:abonneer|meld je aan|schrijf je in)\b.{0,80}\bnieuwsbrief",
    ),
}

# Single words of a page's tool bar (share, print, download, save buttons and the networks'
# names), case-blind: a short block made mostly of them is that bar, whatever else it names
# ("12.11.2021 Artikel: Download PDF Drucken Teilen Feedback").
TOOLBAR_WORDS: dict[str, tuple[str, ...]] = {
    "*": (
        "pdf", "rss", "whatsapp", "facebook", "twitter", "x", "linkedin", "xing", "telegram",
        "reddit", "pinterest", "messenger", "threads", "mastodon", "bluesky", "flipboard",
        "instagram", "youtube", "tiktok", "e-mail", "email", "mail", "feedback", "link",
    ),
    "en": ("share", "print", "download", "save", "copy", "tweet", "comment", "comments", "bookmark"),
    "de": ("teilen", "drucken", "herunterladen", "speichern", "merken", "kopieren", "kommentare"),
    "fr": ("partager", "imprimer", "télécharger", "enregistrer", "copier", "commentaires"),
    "es": ("compartir", "imprimir", "descargar", "guardar", "copiar", "comentarios"),
    "it": ("condividi", "stampa", "scarica", "salva", "copia", "commenti"),
    "pt": ("compartilhar", "partilhar", "imprimir", "baixar", "salvar", "copiar", "comentários"),
    "nl": ("delen", "printen", "afdrukken", "opslaan", "kopiëren", "reacties"),
}  # fmt: skip
