"""Words of image credits: the labels that introduce one ("Photo:", "Foto:", "©"), agencies and
photo libraries that are a credit alone on a line, and "Photo by" openers. Regex fragments,
matched case-blind."""

from __future__ import annotations

# Labels that introduce an image credit: "Image: AP", "Photo: Reuters", "Foto: dpa", "© AFP".
# One ordered alternation (the label is cut off the credit): a longer form before its prefix.
CREDIT_LABELS = (
    r"(?:photo|image|picture)\s+(?:credits?|courtesy|illustration)",  # en: "Photo credit: …"
    # de: "Bildquelle: …", "Fotonachweis: …", "Symbolbild: dpa", "Archivfoto: …", "Foto/Bild: …"
    r"(?:bild|foto)(?:quelle|rechte|nachweis|credits?)",
    r"(?:titel|beitrags|symbol|archiv|vorschau)(?:bild|foto)",
    "foto/bild", "créditos?",  # es, pt
    "photographs?", "photos?", "imagen", "imagem", "images?", "pictures?", "pic",  # en, es, pt
    "fotograf(?:ía|ia|ie)?", "fotoğraf", "fotó", "foto's", "fotos?",  # es, it, pt, de, da, nl, cs, tr, hu
    "sursa foto",  # ro
    "צילום",  # he
    "تصوير",  # ar
    r"fot\.", "zdjęcie",  # pl
    "beeld",  # nl
    "kuva",  # fi
    "immagine",  # it
    "写真", "撮影", "图片来源", "来源", "图片", "圖片", "图", "摄影", "사진",  # ja, zh, ko
    r"ảnh(?=\s*:)",  # vi
    "φωτογραφία", "φωτο",  # el
    "фото",  # ru
    "bilder", "bild",  # de
    r"crédits?\s+photos?", "crédits?",  # fr: "Crédit photo : …", "Crédits photos : …"
    "credits?", "source",  # en, fr
    "quelle",  # de
    "fuente",  # es
    "fonte",  # pt, it
    "video",
    "grafik",  # de
    "illustration",
    "©", r"\(c\)", "copyright",
)  # fmt: skip
# Agencies that open a credit in parentheses: "(AP Photo/Jane Doe)", "(AFP Photo)".
PAREN_CREDIT_AGENCIES = ("AP", "AFP", "Reuters", "EPA", "Getty", "dpa")
# Labels of a credit closing a caption: "… an der Trasse. Foto: dpa", "… jeudi 2 mai. Photo AFP".
TRAILING_CREDIT_LABELS = (
    r"(?:bild|foto)(?:quelle|rechte|nachweis|credits?)",  # de
    r"(?:titel|beitrags|symbol|archiv|vorschau)(?:bild|foto)",
    "créditos?",  # es, pt
    "photographs?",
    "photos?",
    "images?",
    "pictures?",
    "foto's",  # nl
    "fotos?",
    "fotoğraf",  # tr
    "fotograf(?:ía|ia|ie)?",  # es, it, pt, de; "Fotograf: …" da, no, sv
    "sursa foto",  # ro
    "צילום",  # he
    "تصوير",  # ar
    r"fot\.",  # pl
    "zdjęcie",  # pl
    "imagen", "imagem", "immagine",  # es, pt, it
    "фото",
    "bild",
    "beeld",
    "kuva",
    "fotó",
    "crédits? photos?",  # fr ("… en 1999. Crédits photos : Bestimage"; the text is collapsed)
    "credits?", "crédits?",
    "illustrations?",
    "φωτογραφία",  # el
    "写真", "撮影",  # ja
    r"ảnh(?=\s*:)",  # vi
    "图片来源", "图片", "摄影", "圖片",  # zh
    "사진",  # ko
    "©",
)  # fmt: skip
# The same labels as one group of alternatives: the patterns of a closing credit are built on it
# (``images/credits.py``, the standfirst's in ``meta/description.py``).
ANY_TRAILING_CREDIT_LABEL = "(?:" + "|".join(TRAILING_CREDIT_LABELS) + ")"

# Agencies and photo libraries that, alone on a line, are a credit.
CREDIT_NAMES = frozenset(
    {
        "ap",
        "afp",
        "reuters",
        "getty images",
        "getty",
        "epa",
        "dpa",
        "picture alliance",
        "imago",
        "shutterstock",
        "istock",
        "istockphoto",
        "ap photo",
        "pa",
        "pa media",
        "anadolu",
        "xinhua",
        "alamy",
        "keystone",
        "ansa",
        "efe",
        "abaca",
        "sipa",
        "picture-alliance",
        "dpa-bildfunk",
        "afp via getty images",
        "reuters/file photo",
        "unsplash",
        "pexels",
        "pixabay",
        "wikimedia commons",
    }
)

# Credit names that begin with a label word: never cut as a label ("picture alliance/dpa").
LABEL_LIKE_CREDIT_NAMES = ("picture alliance", "picture-alliance")

# Credit openers the shared credit rules leave on: "by Handout/…", "Photo by Jane Doe": a
# picture noun (optional, plural too) ...
PICTURE_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("photo", "image", "picture"),
    "de": ("foto", "bild"),
}
# ... and the word for "by".
CREDIT_BY: dict[str, tuple[str, ...]] = {
    "en": ("by", "via", "on"),  # "Photo by Jane Doe on Unsplash", "Image via Wikimedia Commons"
    "de": ("von",),
    "fr": ("par",),
    "es": ("por",),
    "it": ("di",),
    "nl": ("door",),
}
