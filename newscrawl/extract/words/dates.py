"""Words around dates and times: hour words after a time ("16 Uhr", "10 heures"), the words
between a date and its time ("at", "um", "à", "a las", "kl."), and between a time and the date
after it ("on", "am", "le"). Ordered regex fragments (a longer form after its prefix only when
the pattern backtracks to it), matched case-blind."""

from __future__ import annotations

# After a time: "Uhr" (de), "h" (fr, de), "heures" (fr), "horas" (es, pt), "hrs" (en).
HOUR_WORDS = ("Uhr", "h", "heures?", "horas?", "hrs?")
# Between a date and its time: en "at", de "um", fr "à", es "a las", it "alle", "ore", nl "om",
# da/no/sv "kl.", fi "klo", sv "klockan", pl "o", pt "às", ru/uk "в", cs "v", id "pukul", el "στις".
DATE_TIME_WORDS = (
    "at",
    "um",
    "à",
    r"a\s+las",
    "alle",
    "om",
    r"kl\.?",
    "klo",
    "klockan",
    "o",
    "ore",
    "às",
    "в",
    "v",
    "pukul",
    "στις",
    ",",
)
# Between a time and the date after it: en "on", de "am", fr "le", es "el", it "il".
TIME_DATE_WORDS = ("on", "am", "le", "el", "il")

# Keys of a published date in a page's script state (a framework's page data, a data layer:
# ``"firstPublicationDate":"2024-01-30T14:13:12Z"``, ``pubdate: '2024-04-30T05:30:00+02:00'``),
# written lower-case without "_" / "-". The first tuple names the story's first publication
# outright and is trusted before the second, whose words a related item's date also uses.
STATE_FIRST_PUBLISHED_KEYS = (
    "datepublished",
    "firstpublished",
    "firstpublishedat",
    "firstpublisheddate",
    "firstpublicationdate",
)
STATE_PUBLISHED_KEYS = (
    "publishedat",
    "publisheddate",
    "publishedtime",
    "publishdate",
    "publishtime",
    "publicationdate",
    "publishedtimestamp",
    "publicationtime",
    "pubdate",
    "pubtime",
    "pubtimestamp",
    "pub",
    "publish",
    "published",
)
