"""Teaser cards of other stories with short titles (``body/headings.py`` ``_cards``).

A related box set inside the story holds cards: a heading that links to another story of the
site and a line of that story's summary. A card's title of four words or more is another story's
title (``MIN_LINKED_TITLE_WORDS``); a shorter one ("Nairobi von unten", "Winterhechte") is too
when it is a heading element whose card holds a summary beside it: the title and its summary
both go. Without that, the linked heading alone was dropped (as a link) and its summary stayed
in the story as a paragraph. A short linked sub-heading over the story's own paragraphs holds
no card (its block holds far more than a summary) and stays.

Pages are written for the test, in English, German and Spanish; class names are opaque.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

URL = "https://news.example/{lang}/2024/05/story-one.html"


class Case(NamedTuple):
    lang: str
    headline: str
    story: list[str]
    titles: list[str]
    summaries: list[str]


CASES = [
    Case(
        "en",
        "Council approves the new river bridge",
        [
            "The city council approved the plans for the new bridge across the river on Tuesday evening.",
            "Engineers said that construction could begin next spring if the regional funding arrives.",
            "Residents have asked for a crossing since the old ferry stopped running three years ago.",
            "The mayor said the bridge would be open to cyclists and walkers as well as to buses.",
        ],
        ["Ferry memories", "Budget vote", "Cycling plans"],
        [
            "Older residents remember the crossing that ran for ninety years until the service ended.",
            "The council will vote on the budget for the coming year at its meeting next month.",
            "A network of new cycle lanes is planned to link the suburbs with the town centre.",
        ],
    ),
    Case(
        "de",
        "Stadtrat beschließt den Bau der neuen Brücke",
        [
            "Der Stadtrat hat am Dienstagabend die Pläne für die neue Brücke über den Fluss beschlossen.",
            "Die Ingenieure sagten, der Bau könne im Frühjahr beginnen, wenn die Fördermittel kommen.",
            "Die Anwohner fordern eine Verbindung, seit die alte Fähre vor drei Jahren eingestellt wurde.",
            "Die Bürgermeisterin sagte, die Brücke stehe auch Radfahrern und Fußgängern offen.",
        ],
        ["Nairobi von unten", "Winterhechte", "Haushalt 2025"],
        [
            "Ein Besuch in den Vierteln, die kein Reiseführer zeigt, und bei den Menschen, die dort leben.",
            "Im Winter sind die Möglichkeiten zu fischen begrenzter als in der warmen Jahreszeit.",
            "Der Rat stimmt im nächsten Monat über den Haushalt des kommenden Jahres ab.",
        ],
    ),
    Case(
        "es",
        "El ayuntamiento aprueba el nuevo puente",
        [
            "El ayuntamiento aprobó el martes por la noche los planes del nuevo puente sobre el río.",
            "Los ingenieros dijeron que las obras podrían empezar en primavera si llega la financiación.",
            "Los vecinos piden un paso desde que el viejo transbordador dejó de funcionar hace tres años.",
            "La alcaldesa dijo que el puente estará abierto también a ciclistas y peatones.",
        ],
        ["Recuerdos del ferry", "Presupuesto", "Carriles bici"],
        [
            "Los vecinos mayores recuerdan el servicio que funcionó durante noventa años hasta su cierre.",
            "El pleno votará el presupuesto del próximo año en su sesión del mes que viene.",
            "Una red de nuevos carriles bici unirá los barrios de la periferia con el centro.",
        ],
    ),
]


MORE = {
    "en": [
        "Opponents of the plan argued that the money would be better spent on repairing the roads.",
        "A public hearing in March drew more than two hundred people to the old school hall in town.",
        "The regional government has promised to cover half of the cost if the work starts this year.",
        "Shop owners near the river hope that the bridge will bring more visitors to the old quarter.",
    ],
    "de": [
        "Gegner des Plans meinten, das Geld wäre besser in die Sanierung der Straßen investiert worden.",
        "Zu einer Anhörung im März kamen mehr als zweihundert Menschen in die alte Turnhalle der Stadt.",
        "Das Land hat zugesagt, die Hälfte der Kosten zu tragen, wenn die Arbeiten dieses Jahr beginnen.",
        "Die Geschäftsleute am Fluss hoffen, dass die Brücke mehr Besucher in die Altstadt bringen wird.",
    ],
    "es": [
        "Los detractores del plan dijeron que el dinero estaría mejor invertido en arreglar las calles.",
        "Una audiencia pública en marzo reunió a más de doscientas personas en el viejo colegio del pueblo.",
        "El gobierno regional ha prometido pagar la mitad del coste si las obras empiezan este mismo año.",
        "Los comerciantes junto al río esperan que el puente atraiga a más visitantes al casco antiguo.",
    ],
}


def _story(case: Case) -> list[str]:
    """The story's paragraphs: the case's and four more (a story far longer than its box)."""
    return case.story + MORE[case.lang]


def _card(index: int, title: str, summary: str, lang: str) -> str:
    href = f"/{lang}/2024/04/other-{index}.html"
    return f"<div class='k2f{index}'><h3><a href='{href}'>{title}</a></h3><p>{summary}</p></div>"


def _page(case: Case, box: str) -> str:
    paragraphs = [f"<p>{text}</p>" for text in _story(case)]
    body = "".join(paragraphs[:2]) + box + "".join(paragraphs[2:])
    return (
        f"<html lang='{case.lang}'><head><title>{case.headline}</title></head><body>"
        "<nav><a href='/'>Home</a></nav>"
        f"<article class='k91'><h1>{case.headline}</h1>{body}</article>"
        "<footer><p>Footer</p></footer></body></html>"
    )


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_short_card_titles_and_their_summaries_go(case: Case) -> None:
    cards = "".join(
        _card(i, t, s, case.lang) for i, (t, s) in enumerate(zip(case.titles, case.summaries, strict=True))
    )
    article = extract_article(_page(case, f"<div class='k7a'>{cards}</div>"), URL.format(lang=case.lang))
    text = article.text or ""
    for paragraph in _story(case):
        assert paragraph in text
    for title, summary in zip(case.titles, case.summaries, strict=True):
        assert title not in text
        assert summary not in text


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_a_short_linked_sub_heading_over_the_story_stays(case: Case) -> None:
    """A sub-heading linked to another page of the site, heading the story's own paragraphs: its
    block is the story's, far more than a card's summary."""
    more = [p + " " + p for p in case.story]
    body = (
        "".join(f"<p>{t}</p>" for t in more[:2])
        + f"<h2><a href='/{case.lang}/topic/bridge.html'>{case.titles[2]}</a></h2>"
        + "".join(f"<p>{t}</p>" for t in more[2:])
    )
    page = f"<html lang='{case.lang}'><body><article><h1>{case.headline}</h1>{body}</article></body></html>"
    text = extract_article(page, URL.format(lang=case.lang)).text or ""
    for paragraph in more:
        assert paragraph in text
