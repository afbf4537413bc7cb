"""Words of class and id names (and itemprops) that say what an element holds, by role. Matched
against an element's class tokens (``visible.class_tokens``), or as substrings where noted."""

from __future__ import annotations

# Class / id / itemprop words that name a standfirst.
STANDFIRST_WORDS = frozenset(
    {
        "standfirst",
        "dek",
        "deck",
        "subtitle",
        "subheadline",
        "subhead",
        "subheader",
        "summary",
        "lead",
        "leadtext",
        "teaser",
        "intro",
        "excerpt",
        "abstract",
        "description",
        "strapline",
        "kicker",
        "lede",
        "sapo",
        "chapo",
        "chapeau",
        "entradilla",
        "sumario",
        "occhiello",
        "catenaccio",
        "ingress",
        "ingres",
        "vorspann",
        "einleitung",
        "preamble",
        "synopsis",
        "desc",
        "sommario",  # it
        "sottotitolo",  # it
        "bajada",  # es (Latin America)
        "copete",  # es (Argentina)
        "subtitulo",  # es / pt
        "perex",  # cs / sk
        "anotace",  # cs
        "zajawka",  # pl
        "accroche",  # fr
        "inleiding",  # nl
        "ingressi",  # fi
        "spot",  # tr
        "entradeta",  # ca
    }
)


# Words that disqualify an element even if it also carries a standfirst word.
NOT_STANDFIRST_WORDS = frozenset(
    {
        "image",
        "img",
        "photo",
        "picture",
        "media",
        "video",
        "figure",
        "caption",
        "author",
        "byline",
        "date",
        "time",
        "share",
        "social",
        "related",
        "list",
        "nav",
        "menu",
        "footer",
        "comment",
        "comments",
        "newsletter",
        "ad",
        "ads",
        "advert",
        "promo",
        "icon",
        "label",
        "link",
        "links",
        "card",
        "cards",
        "item",
        "items",
        "more",
        "recommended",
        "title",
        "headline",
        "wrapper",
        "container",
        "gallery",
        "slideshow",
        "audio",
        "podcast",
    }
)


# Class / id words of elements that hold author names, and words that rule an element out.
AUTHOR_CLASS_WORDS = frozenset(
    {
        "byline",
        "author",
        "authors",
        "autor",
        "autoren",
        "byl",
        "auteur",
        "auteurs",
        "writer",
        "creator",
        "reporter",
        "contributor",
        "contributors",
        "journalist",
        "journaliste",
        "signature",  # fr / en "signature": the signed name
        "firma",  # es / it: the signature, i.e. byline
        "autore",
        "autori",
        "autores",
        "autora",
        "periodista",
        "giornalista",
        "redakteur",
        "forfatter",
        "yazar",
        "penulis",
    }
)


NOT_AUTHOR_CLASS_WORDS = frozenset(
    {
        "image",
        "img",
        "avatar",
        "photo",
        "picture",
        "bio",
        "description",
        "desc",
        "follow",
        "social",
        "more",
        "about",
        "icon",
        "label",
        "title",
        "box",
    }
)


# Class words of a date element that shows when the story was updated.
MODIFIED_CLASS_WORDS = frozenset({"updated", "update", "modified", "aktualisiert", "lastmod"})


# Class words of an element that holds a headline.
HEADLINE_CLASS_WORDS = frozenset({"headline", "title", "heading"})


# Class words of a site's logo or masthead: its text is the site's name, not a headline.
LOGO_CLASS_WORDS = frozenset({"logo", "brand", "branding", "masthead"})


# Caption and credit containers, by the words in their class: removed so they cannot leak into
# the text (images/ reads them from the original tree).
CAPTION_TOKENS = (
    "caption", "credit", "copyright", "image-source", "img-source", "photo-source",
    "bildunterschrift", "bildquelle", "legende", "légende",
)  # fmt: skip


# Boxes that are never the article, by the words CMSs put in their class or id: consent
# banners, newsletter sign-ups, paywall prompts, recommendation widgets, fact boxes beside the
# story. Only small boxes: a "paywall" class on a wrapper of the whole story must not remove it.
CHROME_TOKENS = (
    "cookie", "consent", "gdpr", "newsletter", "signup", "sign-up", "paywall", "outbrain",
    "taboola", "most-viewed", "most-popular", "mostread", "most-read",
    "factbox", "fact-box", "faktaboks", "infobox", "info-box",
    # share, like and rating bars and related posts of the common blog platforms (Jetpack's
    # "sharedaddy"), author boxes under a post
    "sharedaddy", "jp-post-flair", "jp-relatedposts", "share-buttons", "social-share",
    "author-bio", "author-box", "authorbox", "about-author", "author-info-box", "entry-author",
)  # fmt: skip


# Consent and privacy dialogs, by the words in their class or id: pruned whatever their size when
# the element is also a dialog (a word below, role="dialog", aria-modal): a consent manager
# lists every service with its purpose and can be longer than the story.
CONSENT_TOKENS = ("cookie", "consent", "gdpr", "dsgvo", "rgpd", "privacy", "datenschutz", "cmp")
DIALOG_TOKENS = ("popup", "pop-up", "overlay", "modal", "dialog", "banner", "notice", "layer", "lightbox")


# Class words of embedded picture and video posts (the platforms' own embed markup): their text
# is the platform's labels ("View this post on Instagram", "A post shared by …"). Text posts
# (tweets) stay: the judge sets count their text as the article's.
EMBED_TOKENS = (
    "instagram-media", "tiktok-embed",
)  # fmt: skip


# Substrings of the class of an element beside a bare image that holds its credit.
CREDIT_CLASS_TOKENS = ("credit", "copyright", "source", "author", "bildquelle")


# Words of class / id names (split at case changes, "-", "_") of a region that is not the story.
# Not "paywall", "popup", "social": story bodies and their lightbox galleries carry those.
REGION_WORDS = frozenset(
    {
        "related", "recirculation", "recirc", "recommended", "recommendations", "sidebar",
        "newsletter", "newsletters", "promo", "subscribe", "subscription", "signup", "consent",
        "cookie", "player", "jwplayer", "playlist", "podcast", "audio", "outbrain", "taboola",
        "comments", "share", "sharing", "trending", "popular", "byline", "bylines", "author",
        "authors",
    }
)  # fmt: skip


# Words of an image file's name, its folders or its <img> class that mark an interface graphic.
GRAPHIC_WORDS = frozenset(
    {
        "icon", "icons", "iconos", "favicon", "logo", "logos", "sprite", "sprites", "avatar",
        "avatars", "gravatar", "emoji", "badge", "placeholder", "spacer", "pixel", "blank",
        "dummy", "lazyload", "fallback", "missing", "loading", "caret", "transparent",
    }
)  # fmt: skip


# The same words on an <img> class ("wire-published-by__logo"); not "lazyload" and its kin,
# which real pictures carry too.
GRAPHIC_CLASS_WORDS = frozenset({"icon", "logo", "avatar", "sprite", "emoji", "badge", "pixel", "spacer"})


# Substrings of the class of a container of other stories' cards (related, teaser, summary
# lists): a byline inside is another story's.
CARD_CLASS_TOKENS = ("related", "teaser", "card", "summary", "recirc", "river", "promo", "recommend", "embed")


# Class words of a sub-heading written as a plain element (substrings of the class attribute):
# "crosshead", "intertitre", "Zwischenüberschrift", and the newsroom word in more languages.
# Not "subtitle"/"subhead": those name the standfirst as often as a sub-heading.
SUBHEADING_CLASS_WORDS = (
    "crosshead",
    "cross-head",
    "intertitle",
    "inter-title",
    "intertitre",
    "intertítulo",
    "intertitulo",
    "zwischentitel",
    "zwischenueberschrift",
    "zwischenüberschrift",
    "subheading",
    "sub-heading",
    "ladillo",  # es
    "entretitulo",  # pt, es
    "entretítulo",
    "tussenkop",  # nl
    "mellanrubrik",  # sv
    "mellomtittel",  # no
    "mellemrubrik",  # da
    "valiotsikko",  # fi
    "väliotsikko",
    "srodtytul",  # pl
    "śródtytuł",
    "ara-baslik",  # tr
    "mezititulek",  # cs
    "medjunaslov",  # hr, sr
    "međunaslov",
)


# Class words of a picture's caption written as a plain element next to the picture (substrings
# of the class or id, lower case), in the newsroom's language: a legend, the "picture text" of
# German, Nordic and Dutch CMSs, the "foot of the photo" of Spanish ones ("caption" itself is
# in CAPTION_TOKENS: pruned wherever it stands). Only read for an element right beside a
# picture (``images/beside.py``): alone, a class word such as "legend" or "description" names
# other things too.
PICTURE_TEXT_CLASS_TOKENS = (
    "legend", "légende", "bildtext", "bildunterschrift", "bu-text",
    "pie-de-foto", "pie_de_foto", "piedefoto", "pie-foto", "pie-imagen", "didascalia",
    "onderschrift", "bijschrift", "podpis", "popisek", "kuvateksti", "billedtekst", "bildetekst",
    "leyenda", "felirat",
)  # fmt: skip
# ... or a picture word and a text word in one class name ("image-description", "fotoText",
# "photo-text", "img-desc"): words of the class split at case changes, "-" and "_".
PICTURE_CLASS_WORDS = frozenset(
    {
        "image",
        "img",
        "photo",
        "foto",
        "picture",
        "pic",
        "bild",
        "media",
        "imagen",
        "slide",
        "gallery",
        "figure",
    }
)
TEXT_CLASS_WORDS = frozenset(
    {"text", "txt", "desc", "description", "info", "beschreibung", "texto", "testo", "tekst", "texte"}
)


# Class words of a story's share bar (whole words of the class): under a further story's headline
# it marks that story's start as a byline does. Not "social": embedded posts carry it too.
SHARE_CLASS_WORDS = frozenset({"share", "sharing", "sharebar", "shares", "sharetools"})


# Class / id words of a live blog or live ticker and its posts (a "-" stands for an optional
# "-" or "_"; an "s" may follow): the dated posts under such a page's headline are the story's
# own parts, not further stories.
LIVE_CLASS_WORDS = (
    "live-blog",
    "live-ticker",
    "live-update",
    "live-feed",
    "live-coverage",
    "live-news",
    "live-post",
    "live-entry",
    "minute-by-minute",
    "en-direct",  # fr
    "directo",  # es, pt
    "en-vivo",  # es
    "diretta",  # it
    "ao-vivo",  # pt
    "na-zywo",  # pl
    "live-verslag",  # nl
    "liveuutiset",  # fi
)


# Class names that the common CSS frameworks and CMSs give text set for screen readers only, never
# shown (Bootstrap, Tailwind, WordPress, Drupal, Foundation, HTML5 Boilerplate, GOV.UK, …): a
# label "Notice" beside an icon, the ": " between a kicker and a title, "(opens in a new window)".
# Whole class names, not tokens.
SCREEN_READER_CLASSES = frozenset(
    {
        "sr-only",
        "sr-only-focusable",
        "visually-hidden",
        "visually-hidden-focusable",
        "visuallyhidden",
        "screen-reader-text",
        "screen-reader-only",
        "screenreader-only",
        "element-invisible",
        "show-for-sr",
        "u-visually-hidden",
        "is-visually-hidden",
        "hidden-visually",
        "govuk-visually-hidden",
        "a11y-hidden",
        "assistive-text",
    }
)
