"""A comment thread under a heading that counts its comments on the article's title ("34
responses to “…”", "3 Antworten zu „…“", "2 réponses à « … »"), however long the title, and
whose short comments are mostly their author's linked name and their linked date (the date's
permalink is the comment's stamp, not linked text): found by ``body/threads.py`` whatever the
page's class names. The story stays, and so does a heading that only speaks of responses."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.body.prepare import THREAD, prepare
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

URL = "https://blog.example.org/2024/05/harbour-ferry-returns"

STORY = {
    "en": [
        "The harbour ferry returned to service on Monday morning after four months of repairs to its "
        "hull and engines, carrying more than two hundred passengers on its first crossing.",
        "The town council said the repairs had cost less than expected, and that the timetable would "
        "return to its summer frequency from the first week of June.",
    ],
    "de": [
        "Die Hafenfähre ist am Montagmorgen nach vier Monaten Reparatur an Rumpf und Motoren wieder in "
        "Betrieb gegangen und hat auf ihrer ersten Fahrt mehr als zweihundert Fahrgäste befördert.",
        "Der Gemeinderat teilte mit, die Reparatur sei günstiger gewesen als erwartet, und der "
        "Sommerfahrplan gelte wieder ab der ersten Juniwoche.",
    ],
    "fr": [
        "Le ferry du port a repris du service lundi matin après quatre mois de réparations de sa coque "
        "et de ses moteurs, avec plus de deux cents passagers lors de sa première traversée.",
        "Le conseil municipal a indiqué que les réparations avaient coûté moins que prévu et que les "
        "horaires d'été reprendraient dès la première semaine de juin.",
    ],
}
HEADINGS = {
    "en": "3 responses to “The harbour ferry returns to service after four months of winter repairs”",
    "de": "3 Antworten zu „Die Hafenfähre fährt nach vier Monaten Reparatur im Winter wieder los“",
    "fr": "3 réponses à « Le ferry du port reprend du service après quatre mois de réparations »",
}
COMMENTS = {
    "en": ["Finally!", "Will the early crossing run on Sundays as well this summer?", "Great news."],
    "de": ["Endlich!", "Fährt die frühe Fähre im Sommer auch wieder sonntags?", "Super."],
    "fr": ["Enfin !", "Le premier départ du matin circulera-t-il aussi le dimanche cet été ?", "Bravo."],
}
SAYS = {"en": "says:", "de": "sagt:", "fr": "dit :"}


def _comment(lang: str, at: int, text: str) -> str:
    """A comment with hashed classes: the author's linked name, a linked date (its permalink),
    the text; no reply button."""
    return (
        f"<li class='c118a99 ce08f8{at}'><div class='c52edf'><div class='ccc96b'>"
        f"<a class='c47fdd' href='https://people.example.net/u{at}'>reader_number_{at}</a> "
        f"<span>{SAYS[lang]}</span></div>"
        f"<div class='cf1e67'><a href='{URL}/#comment-70{at}'>"
        f"<time datetime='2024-05-1{at}T06:34:04+02:00'>2024-05-1{at} 06:34</time></a></div>"
        f"<div class='c244e3'><p>{text}</p></div></div></li>"
    )


def _page(lang: str, heading: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY[lang])
    thread = "".join(_comment(lang, at, text) for at, text in enumerate(COMMENTS[lang]))
    return (
        f"<html lang='{lang}'><head><title>Ferry</title></head><body><div class='c45bbc'>"
        f"<div class='c7f3e1'><h1>Ferry</h1>{story}</div>"
        f"<div class='c3a1b2'><h2 class='c9d8e7'>{heading}</h2><ol class='c62bcf'>{thread}</ol></div>"
        "</div></body></html>"
    )


def _threads(page: str) -> list[str]:
    """The texts ``prepare`` prunes under the rule ``comment-thread``."""
    return [
        record.text
        for record in prepare(parse_page(page, URL), ExtractRules()).pruned
        if record.rule == THREAD
    ]


@pytest.mark.unit
@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_thread_under_a_count_of_responses_on_the_title_is_pruned(lang: str) -> None:
    page = _page(lang, HEADINGS[lang])
    pruned = " ".join(_threads(page))
    for comment in COMMENTS[lang]:
        assert comment in pruned
    text = extract_article(page, URL).text or ""
    for paragraph in STORY[lang]:
        assert paragraph in text
    for comment in COMMENTS[lang]:
        assert comment not in text


@pytest.mark.unit
def test_a_long_heading_that_only_speaks_of_responses_names_no_thread() -> None:
    """A sub-heading that is a sentence about responses (no count on the title) names no
    comment section: with no comment form near, the list under it is not read as a thread."""
    heading = "How the town council and the ferry company framed their responses to the passengers"
    assert not _threads(_page("en", heading))
