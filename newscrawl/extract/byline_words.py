"""Words of bylines, as data: byline openers, job titles, news agencies, name particles.

Lower-case; compared against lower-cased words. Add a language's words here, not in code.
"""

from __future__ import annotations

# Words that open a byline, any language we have met; "by" also after "Written" / "Reported".
BYLINE_PREFIXES = (
    "by", "written by", "reported by", "reporting by", "story by", "words by", "text by",
    "compiled by", "posted by", "authored by", "interview by", "analysis by", "opinion by",
    "commentary by", "column by", "review by",
    "von", "text", "texte", "text von", "ein beitrag von", "eine analyse von", "ein kommentar von",
    "por", "par", "di", "av", "door", "af", "przez", "autor", "autorin", "autoren", "auteur",
    "auteurs", "autore", "autori", "author", "authors", "redacción", "redaktion", "yazar",
    "автор", "авторы", "текст",
)
# Job titles that follow a name ("Jane Doe, Staff Writer"); a part made only of these is dropped.
ROLE_WORDS = frozenset(
    [
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "reports",
        "report", "editorial", "board", "opinion", "admin", "administrator", "webmaster",
        "auto", "markets", "finance", "entertainment", "music", "food", "travel", "weather",
        "crime", "courts", "education", "environment", "climate", "energy", "legal", "medical",
        "correspondents", "editor", "editors", "senior", "chief", "political", "business",
        "sports", "sport", "foreign", "science", "health", "contributing", "contributor",
        "contributors", "columnist", "journalist", "journalists", "freelance", "guest",
        "special", "deputy", "associate", "assistant", "managing", "executive", "digital",
        "desk", "team", "news", "breaking", "data", "investigative", "photographer",
        "photographers", "photojournalist", "video", "producer", "analyst", "intern",
        "newsroom", "at", "large", "online", "world", "national", "international",
        "economics", "economy", "culture", "arts", "tech", "technology", "redakteur",
        "redakteurin", "redaktion", "korrespondent", "korrespondentin", "autor", "autorin",
        "volontär", "volontärin", "reporterin", "fotograf", "fotografin", "rédacteur",
        "rédactrice", "journaliste", "envoyé", "envoyée", "spéciale", "spécial", "periodista",
        "corresponsal", "redactor", "redactora", "enviado", "enviada", "especial",
        "giornalista", "inviato", "inviata", "redattore", "redattrice", "verslaggever",
        "journalist", "correspondent"
    ]
)
# News agencies: an agency byline is an author even when it is also the publisher.
AGENCIES = frozenset(
    {
        "afp", "ap", "dpa", "reuters", "sda", "ats", "apa", "kna", "epd", "ddp", "efe", "ansa",
        "anp", "belga", "pa", "tt", "ntb", "ritzau", "stt", "yonhap", "kyodo", "jiji", "xinhua",
        "tass", "ria", "aa", "iha", "dha", "upi", "aap", "cp", "lusa", "ctk", "pap",
        "associated press", "the associated press", "agence france-presse",
        "deutsche presse-agentur", "anadolu ajans\u0131", "anadolu agency", "press association",
        "canadian press", "the canadian press", "australian associated press", "reuters staff",
        "pti", "ians", "ani", "press trust of india", "united press international",
    }
)
# Lower-case words allowed inside a name ("Ursula von der Leyen", "Ana de la Cruz").
NAME_PARTICLES = frozenset(
    [
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du",
        "la", "le", "lo", "ter", "ten", "zu", "zum", "af", "al", "el", "bin", "ibn", "y", "e",
        "dei", "des", "st.", "mc"
    ]
)
# Academic and professional post-nominals that follow a name after a comma.
CREDENTIALS = frozenset(
    {"phd", "md", "ms", "msc", "bsc", "ba", "ma", "mba", "mph", "mfa", "jd", "rd", "rdn", "apd",
     "rn", "cpa", "cfa", "dr", "prof", "ph.d", "m.d"}
)
# Job titles that end a part ("CNN Editor-at-large" after a name is the name's title).
ROLE_NOUNS = frozenset(
    {"writer", "reporter", "correspondent", "editor", "columnist", "journalist", "producer",
     "photographer", "analyst", "contributor", "large", "redakteur", "redakteurin",
     "korrespondent", "korrespondentin", "rédacteur", "rédactrice", "periodista"}
)
