"""Another story's card in the story's flow (``body/sources.py``: ``_linked_cards``).

A card is one link around a picture and a title set as a paragraph or a heading of its own
(``<article><a href><img><p><b>Title</b></p></a></article>``: a card set as an article of its
own in the story's flow). trafilatura reads the paragraph inside the link and
leaves the link out, so the block showed no link: the bold title read as a sub-heading, a plain
one as a paragraph of the story. Read as all link text, the title is another story's (a
teaser), neither. A link around more text than a card holds (a whole story set in one link, as
some builders do) is not read so, and a paragraph with a link in its text stays the story's.

Each page is written for the test, built of divs with opaque class names, in several languages.
"""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

# (language, a card's bold title, a card's plain title, a sub-heading, five paragraphs)
CASES = [
    (
        "en",
        "Drill, baby, drill? Why the oil boom will not last",
        "Will the science agencies survive the budget cuts?",
        "What the council decides next",
        [
            "The council will vote on the harbour plan next month, after "
            "two public hearings in the old town hall.",
            "Traders say nobody asked them before the first draft was "
            "written, and they want a seat at the table.",
            "Engineers found cracks in two of the bridge's piers last "
            "winter and asked the city for a load limit.",
            "The mayor said the city would publish every submission it "
            "receives before the final vote is taken.",
            "A second hearing is planned for the spring, when the "
            "engineers' full report is due to be published.",
        ],
    ),
    (
        "de",
        "Bohren, bohren? Warum der Ölboom nicht hält",
        "Überleben die Forschungsämter die Kürzungen?",
        "Was der Stadtrat als Nächstes entscheidet",
        [
            "Der Stadtrat stimmt im nächsten Monat über den Hafenplan ab, "
            "nach zwei öffentlichen Anhörungen im Rathaus.",
            "Die Händler sagen, niemand habe sie vor dem ersten Entwurf "
            "gefragt, und sie wollen nun mitreden dürfen.",
            "Ingenieure fanden im letzten Winter Risse in zwei Pfeilern "
            "der Brücke und baten die Stadt um ein Limit.",
            "Die Bürgermeisterin sagte, die Stadt werde jede Eingabe vor "
            "der endgültigen Abstimmung veröffentlichen.",
            "Eine zweite Anhörung ist für das Frühjahr geplant, wenn der "
            "vollständige Bericht der Ingenieure vorliegt.",
        ],
    ),
    (
        "fr",
        "Forer, encore forer ? Pourquoi le boom pétrolier ne durera pas",
        "Les agences scientifiques survivront-elles aux coupes ?",
        "Ce que le conseil décidera ensuite",
        [
            "Le conseil votera le projet du port le mois prochain, après "
            "deux audiences publiques à l'ancienne mairie.",
            "Les commerçants disent ne pas avoir été consultés avant la "
            "première version et veulent être entendus.",
            "Des ingénieurs ont trouvé des fissures dans deux piles du "
            "pont l'hiver dernier et demandent une limite.",
            "La maire a dit que la ville publierait chaque contribution "
            "reçue avant le vote final du conseil municipal.",
            "Une deuxième audience est prévue au printemps, quand le "
            "rapport complet des ingénieurs sera publié.",
        ],
    ),
]
IDS = [case[0] for case in CASES]


def _card(title: str, *, bold: bool) -> str:
    shown = f"<b>{title}</b>" if bold else title
    return (
        "<article class='q7'><a class='q8' href='https://news.example.org/other/2'>"
        "<img class='q9' src='https://news.example.org/i/2.jpg' alt=''>"
        f"<p class='q10'>{shown}</p></a></article>"
    )


def _page(lang: str, bold_title: str, plain_title: str, heading: str, paragraphs: list[str]) -> str:
    first, second, third, fourth, fifth = paragraphs
    return (
        f"<html lang='{lang}'><head><title>Harbour</title></head><body><div class='k1'><h1>Harbour</h1>"
        f"<div class='k2'><p>{first}</p>{_card(bold_title, bold=True)}<p>{second}</p><p>{third}</p>"
        f"{_card(plain_title, bold=False)}<h2>{heading}</h2><p>{fourth}</p>"
        f"<p>{fifth[:-20]}<a href='https://news.example.org/report'>{fifth[-20:]}</a></p>"
        "</div></div></body></html>"
    )


def _read(page: str) -> tuple[list[str], list[str]]:
    article = extract_article(page, "https://news.example.org/a/1")
    headings = [section.heading for section in article.sections if section.heading]
    return headings, [paragraph for section in article.sections for paragraph in section.paragraphs]


@pytest.mark.parametrize(("lang", "bold_title", "plain_title", "heading", "paragraphs"), CASES, ids=IDS)
def test_card_titles_are_neither_headings_nor_paragraphs(
    lang: str, bold_title: str, plain_title: str, heading: str, paragraphs: list[str]
) -> None:
    headings, texts = _read(_page(lang, bold_title, plain_title, heading, paragraphs))
    assert headings == [heading]
    assert texts == paragraphs


@pytest.mark.parametrize(("lang", "bold_title", "plain_title", "heading", "paragraphs"), CASES, ids=IDS)
def test_a_story_set_in_one_link_keeps_its_paragraphs(
    lang: str, bold_title: str, plain_title: str, heading: str, paragraphs: list[str]
) -> None:
    first, second, third, fourth, fifth = paragraphs
    page = (
        f"<html lang='{lang}'><head><title>Harbour</title></head><body><div class='k1'><h1>Harbour</h1>"
        f"<a class='k2' href='https://news.example.org/a/1'><p>{first}</p><p>{second}</p>"
        f"<p><b>{bold_title}</b></p><p>{third}</p><p>{fourth}</p><p>{fifth}</p></a>"
        "</div></body></html>"
    )
    _, texts = _read(page)
    assert texts == paragraphs
