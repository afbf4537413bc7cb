"""Words of media players and picture galleries, by language: the labels of their controls
("Play video", "Listen to this article", "Enlarge image", "View gallery") that leak as lines of
text when a player or a lightbox is written into the story, and the words that name a
player's time ("Video: 02:31", "Dauer 2:31") or a gallery's counter ("Bild 3 von 8").
Regex fragments, matched case-blind against a whole block."""

from __future__ import annotations

# A whole block that is only one of these (optionally closed by ".", ":" or "!").
MEDIA_LABELS: dict[str, tuple[str, ...]] = {
    "en": (
        "play(?: (?:the )?(?:video|audio|podcast|episode))?",
        "watch(?: (?:the )?(?:video|full video))?(?: now)?",
        "pause", "(?:un)?mute", "replay", "now playing", "up next",
        "video", "videos", "audio", "podcast",
        "listen(?: now)?", r"listen to (?:this|the) (?:article|story|episode|podcast)",
        "audio version", "loading (?:the )?video(?:\\.\\.\\.|…)?", "video (?:is )?loading(?:\\.\\.\\.|…)?",
        r"(?:click|tap) (?:here )?to (?:enlarge|zoom|expand|play|view(?: larger)?)",
        r"enlarge(?: (?:this )?(?:image|photo|picture))?", "zoom(?: in| out)?", r"expand (?:image|photo)",
        "full ?screen", "exit full ?screen", r"(?:next|previous|prev) (?:image|photo|picture|slide)",
        r"\d{1,3} (?:photos|images|pictures)", "interactive (?:graphic|map|chart)", "infographic",
        "(?:more|all) (?:photos|pictures|images)",
        # chart and map embeds (Datawrapper, Flourish, Infogram): their fallback and credit lines
        r"an? (?:flourish|infogram) (?:chart|map|data visuali[sz]ation|visuali[sz]ation|graphic)",
        "get the data", r"download (?:the )?(?:image|data|chart|map)",
        r"loading (?:the )?(?:chart|map|graphic|interactive)(?:\.\.\.|…)?",
        r"(?:view|open|see|launch) (?:the )?(?:photo )?"
        r"(?:gallery|slideshow|all photos|all images|full image|larger image)",
        "(?:photo|image|picture) gallery", "gallery", "slideshow",
        r"your browser does not support (?:the )?(?:html5 )?(?:video|audio)(?: tag| element| playback)?\.?",
        r"(?:this|the) video (?:is (?:no longer |not )?available"
        r"|(?:cannot|can ?not|could not) be (?:played|loaded))[\w\s.,]*",
        # a gallery's or lightbox's toggles, written as text: "Caption" / "Close", "Hide caption"
        "close", "caption", r"(?:show|hide|view|open|close) captions?",
        r"close (?:the )?(?:gallery|slideshow|lightbox|image|photo)",
    ),
    "de": (
        "video(?: abspielen| starten| ansehen)?", "abspielen", "wiedergabe", "audio",
        "artikel (?:anhören|vorlesen lassen)", "(?:jetzt )?anhören", "vorlesen", "beitrag (?:anhören|hören)",
        "bild vergrößern", "vergrößern", "(?:zum vergrößern )?klicken(?: zum vergrößern)?",
        r"\d{1,3} (?:bilder|fotos)", "infografik", "(?:mehr|alle) (?:bilder|fotos)",
        "daten herunterladen", "grafik herunterladen",
        r"(?:zur )?(?:bilder|foto)galerie", "galerie(?: öffnen| ansehen)?",
        "(?:alle )?bilder ansehen", "vollbild", "ton (?:an|aus)",
        r"dieses video kann nicht abgespielt werden[\w\s.,]*", "video wird geladen(?:\\.\\.\\.|…)?",
        "schließen", "bildunterschrift", r"bildunterschrift (?:anzeigen|ausblenden|einblenden)",
        r"(?:galerie|bild|bildergalerie) schließen",
    ),
    "fr": (
        "lire la vidéo", "regarder la vidéo", "vidéo", "écouter(?: cet article| l['’]article)?",
        "agrandir(?: l['’]image| la photo)?", "voir (?:la galerie|le diaporama|les photos)", "diaporama",
        "plein écran", "galerie photos?", "infographie", "(?:plus de|toutes les) photos",
        "fermer", "légende", r"(?:afficher|masquer) la légende",
    ),
    "es": (
        "reproducir(?: (?:el )?v[ií]deo)?", "ver (?:el )?v[ií]deo", "v[ií]deo",
        "escuchar(?: (?:este |el )?(?:artículo|noticia|audio))?", "escucha (?:este|el) artículo",
        "ampliar(?: (?:la )?(?:imagen|foto))?", "ver galería", "galería(?: de fotos)?", "fotogalería",
        "pantalla completa", "infografía", "(?:más|todas las) fotos",
        "cerrar", "pie de foto",
    ),
    "it": (
        "riproduci(?: (?:il )?video)?", "guarda (?:il )?video",
        "ascolta(?: (?:l['’]|quest['’]|questo )articolo)?", "ingrandisci(?: (?:l['’])?immagine)?",
        "(?:apri la |vai alla )?(?:photo|foto) ?gallery", "galleria(?: fotografica)?", "schermo intero",
        "chiudi", "didascalia",
    ),
    "pt": (
        "reproduzir(?: (?:o )?vídeo)?", "assista(?: ao vídeo)?", "assistir(?: ao)? vídeo", "vídeo",
        "ouvir(?: (?:esta |a |o )?(?:matéria|notícia|artigo|reportagem))?",
        "ouça (?:esta|a) (?:matéria|notícia)",
        "ampliar(?: (?:a )?(?:imagem|foto))?", "(?:ver |abrir )?galeria(?: de fotos)?", "tela cheia",
        "fechar",
    ),
    "nl": (
        "(?:video )?afspelen", "bekijk (?:de )?video", "beluister(?: (?:dit|het) artikel)?", "lees voor",
        "luister(?: naar (?:dit|het) artikel)?", "vergroot(?: (?:de )?afbeelding)?",
        "(?:bekijk (?:de )?)?(?:fotoserie|fotogalerij)", "volledig scherm",
        "sluiten", "bijschrift",
    ),
    "pl": (
        "odtwórz(?: (?:wideo|film))?", "wideo", "posłuchaj(?: artykułu)?", "odsłuchaj(?: artykuł)?",
        "powiększ(?: zdjęcie)?", "(?:zobacz )?galeri[aę](?: zdjęć)?", "pełny ekran",
        "zamknij",
    ),
    "ru": (
        "смотреть(?: видео)?", "воспроизвести", "видео", "(?:слушать|прослушать)(?: статью)?",
        "увеличить(?: фото| изображение)?", "(?:смотреть )?(?:фото)?галерея", "(?:на|во) весь экран",
        "закрыть",
    ),
    "sv": (
        "spela upp(?: videon?)?", "lyssna(?: på artikeln)?", "förstora(?: bilden)?", "helskärm", "bildspel",
        "stäng",
    ),
    "da": ("afspil(?: video)?", "lyt til artiklen", "forstør(?: billedet)?", "fuld skærm", "luk"),
    "no": (
        "spill av(?: video)?", "lytt til (?:artikkelen|saken)", "forstørr(?: bildet)?", "fullskjerm", "lukk",
    ),
    "fi": (
        "toista(?: video)?", "kuuntele(?: artikkeli| juttu)?", "suurenna(?: kuva)?", "koko näyttö", "sulje",
    ),
    "cs": (
        "přehrát(?: video)?", "poslechnout(?: si článek)?", "zvětšit(?: obrázek)?", "fotogalerie", "zavřít",
    ),
    "tr": ("videoyu oynat", "oynat", "haberi dinle", "dinle", "büyüt", "tam ekran", "foto ?galeri", "kapat"),
    "hu": ("lejátszás", "videó", "meghallgatom", "nagyítás", "galéria"),
    "ja": ("動画を再生", "再生", "画像を拡大", "拡大(?:する)?", "記事を聞く", "音声で聞く"),
    "zh": ("播放(?:视频|視頻)?", "点击放大", "點擊放大", "查看大图", "收听"),
    "ko": ("재생", "크게 보기", "기사 듣기"),
}  # fmt: skip

# A chart tool's signature anywhere in a short line ("Chart: X • Source: Y • Get the data •
# Created with Datawrapper"): the line is the embed's, not the story's.
EMBED_SIGNATURES: dict[str, tuple[str, ...]] = {
    "en": (r"(?:created|made|built) with (?:datawrapper|flourish|infogram)",),
    "de": (r"erstellt mit (?:datawrapper|flourish|infogram)",),
    "fr": (r"(?:créé|réalisé) avec (?:datawrapper|flourish|infogram)",),
    "es": (r"(?:creado|hecho) con (?:datawrapper|flourish|infogram)",),
    "it": (r"(?:creato|realizzato) con (?:datawrapper|flourish|infogram)",),
    "nl": (r"gemaakt met (?:datawrapper|flourish|infogram)",),
}

# Words that name a player's time before it: "Video: 02:31", "Dauer 2:31", "Durée : 3:05".
PLAYER_TIME_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("video", "audio", "podcast", "play", "duration", "length", "runtime", "watch", "listen"),
    "de": ("dauer", "länge", "laufzeit", "spieldauer"),
    "fr": ("durée", "vidéo"),
    "es": ("duración", "vídeo"),
    "it": ("durata",),
    "pt": ("duração", "vídeo"),
    "nl": ("duur",),
    "pl": ("czas trwania", "wideo"),
    "ru": ("длительность", "видео"),
    "*": ("▶", "►", "▷"),
}
# Nouns of a gallery's counter: "Bild 3 von 8", "Photo 2 of 10", "Foto 2 de 10", "Slide 4/12".
COUNTER_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("photo", "image", "picture", "slide", "item"),
    "de": ("bild", "foto"),
    "fr": ("photo", "image", "diapositive"),
    "es": ("foto", "imagen", "diapositiva"),
    "it": ("foto", "immagine"),
    "pt": ("foto", "imagem"),
    "nl": ("foto", "afbeelding"),
    "pl": ("zdjęcie",),
    "ru": ("фото",),
    "sv": ("bild",),
    "fi": ("kuva",),
}
# The word between a counter's two numbers: "3 of 8", "3 von 8", "2 de 10", "4 из 12".
COUNTER_OF: dict[str, tuple[str, ...]] = {
    "en": ("of",),
    "de": ("von",),
    "fr": ("sur",),
    "es": ("de",),
    "it": ("di",),
    "pt": ("de",),
    "nl": ("van",),
    "pl": ("z",),
    "ru": ("из",),
    "sv": ("av",),
    "da": ("af",),
    "fi": ("/",),
}
