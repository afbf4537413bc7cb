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
# Also the issue a magazine's story comes from: "Dieser Beitrag stammt aus Ausgabe 7/2019 …",
# "This story appears in the March 2020 issue of …", "Cet article est paru dans le numéro …".
PRINT_EDITION: dict[str, tuple[str, ...]] = {
    "de": (
        r"(?:ausgabe vom|erschienen in der (?:print)?ausgabe|aus der (?:print)?ausgabe)\b",
        r"(?:dieser|der) (?:artikel|beitrag|text) (?:stammt|ist) aus (?:der |dem )?(?:print-?|aktuellen )?"
        r"(?:ausgabe|heft)\b",
    ),
    "en": (
        "a version of this (?:article|story) appear(?:s|ed) in print",
        "this (?:article|story) appeared in (?:the )?print",
        r"this (?:article|story) (?:appears|appeared|is from|was published) in the (?:\w+ )?(?:\d{4} )?"
        r"(?:issue|print edition)\b",
    ),
    "fr": (r"cet article (?:est paru|a été publié|est extrait) (?:dans|du) (?:le )?(?:numéro|magazine)\b",),
    "es": (r"este artículo (?:se publicó|fue publicado|apareció) en (?:la edición impresa|el número)\b",),
    "it": (r"questo articolo è (?:stato pubblicato|apparso|uscito) (?:sul|nel) numero\b",),
    "pt": (r"este (?:artigo|texto) foi publicado (?:na edição impressa|no número)\b",),
    "nl": (r"dit artikel verscheen (?:eerder )?in (?:de (?:papieren )?krant|het nummer)\b",),
}  # fmt: skip

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
# The word "copyright" with a notice after it ("Copyright 2024 AP", "Copyright: dpa", "Copyright c
# Daily"), not with a lower-case word: "Copyright law changed …" opens a story's sentence.
COPYRIGHT_SIGNS = ("©", r"\(c\)", r"copyright\b(?!\s+(?-i:[a-z]{2,}))")
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

# What a site prints about itself, the same way on many sites: the words of the widely used
# consent banners, comment forms, blog themes (WordPress's own strings, translated) and
# calendar plugins, never one publisher's. Each is a notice about the site, not the story.

# A cookie consent notice: a block naming cookies ("cookie", "cookies" in every language
# here) that speaks of the site's use of them or the reader's consent ...
COOKIE_WORD = r"\bcookies?\b"
CONSENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:this|our) (?:web ?)?site\b", r"\bwe use\b", r"\byou (?:agree|consent|accept)\b",
        r"\bby (?:continuing|clicking|using|browsing)\b", r"\bconsent\b", r"\baccept(?: all)?\b",
    ),
    "de": (
        r"\b(?:diese[rsmn]?|unse?re?[rsmn]?) (?:web-?seite|website|internetseite|seite|homepage|"
        r"internetauftritt\w*|onlineangebot\w*)\b",
        r"\bwir (?:verwenden|nutzen|setzen)\b", r"\beinverstanden\b", r"\bzustimm\w*", r"\bstimmen sie\b",
        r"\beinwilligung\b", r"\berlaubnis\b", r"\bakzeptier\w*",
    ),
    "fr": (
        r"\b(?:ce|notre) site\b", r"\bnous utilisons\b", r"\bvous (?:acceptez|consentez)\b",
        r"\ben poursuivant\b", r"\bconsentement\b", r"\baccepter\b",
    ),
    "es": (
        r"\b(?:este|nuestro) (?:sitio|portal|web)\b", r"\b(?:utilizamos|usamos)\b", r"\bacept(?:a|as|ar|o)\b",
        r"\bsi (?:continúa|continúas|sigue|sigues)\b", r"\bconsentimiento\b",
    ),
    "it": (
        r"\b(?:questo|il nostro) sito\b", r"\b(?:utilizziamo|usiamo)\b", r"\baccett\w*",
        r"\b(?:consenso|acconsenti\w*)\b", r"\b(?:proseguendo|continuando)\b",
    ),
    "pt": (
        r"\b(?:este|nosso) (?:site|sítio)\b", r"\b(?:utilizamos|usamos)\b", r"\baceit\w*",
        r"\b(?:consentimento|concorda)\b", r"\bao continuar\b",
    ),
    "nl": (
        r"\b(?:deze|onze) (?:web)?site\b", r"\b(?:wij|we) gebruiken\b", r"\baccept\w*",
        r"\b(?:toestemming|akkoord)\b", r"\bdoor verder te gaan\b",
    ),
}  # fmt: skip

# ... unless the page is itself the site's privacy or cookie policy (its title says so): there
# the paragraphs about cookies are its text.
POLICY_TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\bprivacy\b", r"\bcookies?\b", r"\bdata protection\b"),
    "de": (r"\bdatenschutz\w*",),
    "fr": (r"\bconfidentialité\b", r"\bvie privée\b", r"\bdonnées personnelles\b"),
    "es": (r"\bprivacidad\b", r"\bprotección de datos\b"),
    "it": (r"\briservatezza\b", r"\bprotezione dei dati\b"),
    "pt": (r"\bprivacidade\b", r"\bproteção de dados\b"),
    "nl": (r"\bprivacy\w*", r"\bgegevensbescherming\b"),
}

# A comment section's rules, as comment forms word them: moderation, the address not shown,
# the site's netiquette or comment policy ("Bitte halten Sie sich an unsere Netiquette"), the
# form's log-in notice ("You must be logged in to post a comment.", WordPress's string and its
# translations) and the spam filter's notice under it ("This site uses Akismet to reduce spam.",
# the same on every site that runs the plugin) ...
COMMENT_POLICY: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bcomments? (?:are|is|will be|may be) (?:moderated|reviewed|pre-moderated)\b",
        r"\be-?mail addresse?s? (?:will|is|are|shall) (?:not|never) (?:be )?(?:published|displayed|shown)\b",
        r"\b(?:our|the site'?s) (?:community (?:guidelines|standards|rules)|"
        r"comment(?:ing)? (?:guidelines|rules)|house rules|netiquette)\b",
        r"\byou must be (?:logged in|signed in|registered) to (?:post|leave|write) a (?:comment|reply)\b",
        r"\bthis site uses akismet\b",
    ),
    "de": (
        r"\bkommentare werden (?:vor (?:der|ihrer) (?:veröffentlichung|freischaltung) )?"
        r"(?:moderiert|geprüft|freigeschaltet)\b",
        r"\bunsere[rn]? (?:netiquette|kommentar(?:regeln|richtlinien)|diskussionsregeln|"
        r"community-?richtlinien)\b",
        r"\be-mail-adresse wird nicht veröffentlicht\b",
        r"\b(?:du musst|sie müssen) (?:angemeldet|eingeloggt) sein,? um (?:einen )?kommentar",
        r"\bdiese (?:web)?site verwendet akismet\b",
    ),
    "fr": (
        r"\bcommentaires (?:sont|seront) (?:modérés|soumis à modération)\b",
        r"\bnotre (?:nétiquette|netiquette|charte (?:de modération|des commentaires))\b",
        r"\badresse (?:e-mail|de messagerie|électronique) ne sera pas publiée\b",
        r"\bvous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire\b",
        r"\bce site utilise akismet\b",
    ),
    "es": (
        r"\bcomentarios (?:son|serán|están) moderados\b",
        r"\bnuestr[ao]s? (?:netiqueta|normas de (?:participación|la comunidad))\b",
        r"\bcorreo electrónico no (?:será|se) publica\w*\b",
        r"\bdebes (?:estar conectado|iniciar sesión) para (?:publicar|escribir) un comentario\b",
        r"\beste sitio (?:usa|utiliza) akismet\b",
    ),
    "it": (
        r"\bcommenti (?:sono|vengono|saranno) moderati\b",
        r"\bla nostra netiquette\b", r"\bregole (?:della community|per i commenti)\b",
        r"\bindirizzo (?:e-?mail|di posta) non sarà pubblicato\b",
        r"\bdevi essere (?:connesso|registrato|loggato) per (?:inviare|pubblicare|scrivere) un commento\b",
        r"\bquesto sito (?:usa|utilizza) akismet\b",
    ),
    "pt": (
        r"\bcomentários (?:são|serão) moderados\b",
        r"\bnossa (?:netiqueta|política de comentários)\b", r"\be-?mail não será publicado\b",
        r"\b(?:você precisa|tem de) (?:fazer o login|estar (?:conectado|autenticado)) para publicar "
        r"um comentário\b",
        r"\beste site (?:usa|utiliza) o akismet\b",
    ),
    "nl": (
        r"\breacties worden (?:gemodereerd|gecontroleerd)\b",
        r"\bonze (?:netiquette|huisregels|reactieregels)\b", r"\be-?mailadres wordt niet gepubliceerd\b",
        r"\bje moet (?:ingelogd|aangemeld) zijn om een reactie te plaatsen\b",
        r"\bdeze site gebruikt akismet\b",
    ),
}  # fmt: skip
# ... and the word a block must hold to belong to the rules after them (a policy is often a
# run of short paragraphs: "We ask that comments are civil …", "Please do not …").
COMMENT_WORDS = (
    r"\b(?:comment\w*|kommentar\w*|commentaire\w*|comentario\w*|commento|commenti|comentário\w*|reactie\w*)"
)

# A blog post's meta line under the text, as blog themes print it (WordPress's strings and
# their translations): "This entry was posted in News and tagged x, y. Bookmark the
# permalink.", "Dieser Eintrag wurde veröffentlicht in …", and its pieces when the links
# between them went: "und verschlagwortet mit". At the start of a short block.
POST_META: dict[str, tuple[str, ...]] = {
    "en": (
        r"this entry was (?:posted|filed)(?: in| on| under| by)?\b",
        r"bookmark the permalink",
        r"and tagged\b",
    ),
    "de": (
        r"dieser (?:eintrag|beitrag|artikel) wurde (?:am [^.]{0,40}? )?(?:veröffentlicht|abgelegt|"
        r"geschrieben|gepostet)(?: in| unter| von)?\b",
        r"(?:setze|füge) ein lesezeichen (?:auf|für) den permalink", r"lesezeichen (?:auf|für) den permalink",
        r"und verschlagwortet mit\b",
    ),
    "fr": (
        r"(?:cette entrée|ce billet|cet article) a été (?:publiée?|posté) dans\b",
        r"(?:vous pouvez )?(?:la |le )?mettre en favoris avec ce permalien",
    ),
    "es": (
        r"esta entrada (?:fue|se) publica\w* en\b", r"guarda el enlace permanente",
        r"y etiquetada (?:con|como|en)\b",
    ),
    "it": (
        r"questa voce è stata (?:pubblicata|scritta) in\b",
        r"(?:aggiungi ai segnalibri|contrassegna) il permalink",
    ),
    "pt": (
        r"esta entrada foi (?:publicada|postada) em\b",
        r"(?:adicione aos favoritos|marque) o (?:link permanente|permalink)",
    ),
    "nl": (r"dit (?:bericht|artikel) (?:is|werd) geplaatst in\b", r"bookmark de permalink"),
}  # fmt: skip

# The credit of a site's software or theme in its footer: "Powered by WordPress", "Proudly
# powered by …", "Stolz präsentiert von …", "Fièrement propulsé par …" (WordPress's strings and
# their translations). At the start of a short block.
POWERED_BY: dict[str, tuple[str, ...]] = {
    "en": (r"(?:proudly )?powered by\b",),
    "de": (r"(?:mit )?stolz präsentiert von\b", r"betrieben mit\b"),
    "fr": (r"(?:fièrement )?propulsé par\b",),
    "es": (r"funciona gracias a\b", r"(?:orgullosamente )?(?:impulsado|gestionado) (?:por|con)\b"),
    "it": (r"orgogliosamente (?:powered by|alimentato da)\b",),
    "pt": (r"(?:orgulhosamente )?(?:mantido|criado) com\b", r"com tecnologia\b"),
    "nl": (r"(?:trots )?(?:aangedreven|ondersteund) door\b",),
}

# A widget with nothing to show (a calendar's, a list's): the whole block.
EMPTY_STATES: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:there are )?(?:currently )?no upcoming events(?: (?:at this time|found|scheduled))?",
        r"(?:sorry, )?no (?:posts|articles|results|events|entries|items) (?:found|yet|to (?:show|display))",
        r"nothing (?:found|to (?:show|display))",
    ),
    "de": (
        r"(?:es gibt )?(?:derzeit |zurzeit |aktuell |momentan )?(?:sind |gibt es )?keine (?:bevorstehenden |"
        r"anstehenden |kommenden )?(?:veranstaltungen|termine|events)(?: vorhanden| geplant)?",
        r"keine (?:beiträge|artikel|ergebnisse|einträge) (?:gefunden|vorhanden)",
    ),
    "fr": (
        r"(?:il n['’]y a )?(?:actuellement )?(?:aucun|pas d['’]) ?(?:évènements?|événements?) à venir",
        r"aucun (?:article|résultat|événement|billet) (?:trouvé|à afficher)",
    ),
    "es": (
        r"no hay (?:próximos eventos|eventos próximos|eventos)(?: (?:programados|por el momento))?",
        r"no se (?:encontraron|han encontrado) (?:resultados|entradas|artículos|eventos)",
    ),
    "it": (
        r"non ci sono (?:eventi|appuntamenti) (?:in programma|imminenti|futuri|in arrivo)",
        r"nessun (?:evento|articolo|risultato) (?:trovato|in programma)",
    ),
    "pt": (
        r"não há (?:próximos eventos|eventos(?: futuros| agendados)?)",
        r"nenhum (?:evento|artigo|resultado|post) encontrado",
    ),
    "nl": (
        r"er zijn (?:momenteel |op dit moment )?geen (?:aankomende |komende |geplande )?"
        r"(?:evenementen|activiteiten)",
        r"geen (?:berichten|resultaten|evenementen|artikelen) gevonden",
    ),
}  # fmt: skip

# The title of an author's box as blog themes print it: "About" and the author's name ("About
# Jane Doe", "Über Jane Doe", "À propos de Jane Doe").
ABOUT_AUTHOR: dict[str, tuple[str, ...]] = {
    "en": ("about",),
    "de": ("über",),
    "fr": ("à propos de", "a propos de"),
    "es": ("acerca de", "sobre"),
    "it": ("informazioni su",),
    "pt": ("sobre",),
    "nl": ("over",),
}

# A site's legal links, as its footer prints them in a row ("Impressum · Datenschutz · AGB",
# "Privacy Policy | Terms of Use | Cookies"): the words that start such a link's text.
LEGAL_LINKS: dict[str, tuple[str, ...]] = {
    "en": (
        r"privacy(?: policy| notice| statement| settings)?",
        r"terms(?: (?:of|and) (?:use|service|conditions))?",
        r"cookie(?:s| policy| settings| preferences)",
        r"imprint",
        r"legal(?: notice| information)?",
        r"disclaimer",
        r"accessibility(?: statement)?",
    ),
    "de": (
        r"impressum",
        r"datenschutz\w*",
        r"agb",
        r"nutzungsbedingungen",
        r"cookie[- ]?(?:richtlinien?|einstellungen)",
        r"barrierefreiheit",
    ),
    "fr": (
        r"mentions légales",
        r"(?:politique de )?confidentialité",
        r"(?:conditions|cgu|cgv)\b.*",
        r"(?:gestion des |politique de )?cookies",
        r"données personnelles",
    ),
    "es": (
        r"aviso legal",
        r"(?:política de )?privacidad",
        r"(?:política de )?cookies",
        r"(?:términos|condiciones)\b.*",
    ),
    "it": (r"note legali", r"(?:informativa )?privacy", r"(?:informativa )?cookie", r"termini\b.*"),
    "pt": (r"(?:política de )?privacidade", r"(?:política de )?cookies", r"termos\b.*", r"aviso legal"),
    "nl": (r"privacy\w*", r"cookie\w*", r"(?:algemene )?voorwaarden", r"colofon", r"disclaimer"),
}  # fmt: skip
