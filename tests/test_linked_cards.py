"""Other pages' teaser cards written each as one link (``body/leaks.linked_cards``): a title and
a summary inside an ``<a>`` to another page of the site, alone or two in a box between the
story's paragraphs, whatever the classes say (hashed here). They go, under the rule
``linked-card``; the story's own paragraphs stay. Not a card: a link to the page itself, a link
that holds more than a card's text (an unclosed ``<a>`` that swallowed the story), a link whose
text before its heading is a sentence, not a kicker."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article, trace_article
from newscrawl.extract.body.leaks import linked_cards
from newscrawl.extract.body.prepare import CARDS
from newscrawl.extract.body.stories import page_addresses
from newscrawl.extract.page import parse_page

SITE = "https://news.example.org"


def _page(headline: str, paragraphs: list[str], box: str, url: str, *, at: int = 2) -> str:
    """A story whose classes are hashed, with ``box`` after its ``at``-th paragraph."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs[:at]) + box
    body += "".join(f"<p>{text}</p>" for text in paragraphs[at:])
    return (
        f"<html><head><title>{headline}</title><link rel='canonical' href='{url}'></head>"
        f"<body class='q1w2'><div class='e3r4'><h1 class='t5y6'>{headline}</h1>"
        f"<div class='u7i8'>{body}</div></div></body></html>"
    )


def _card(path: str, title: str, summary: str, kicker: str = "") -> str:
    kicker_html = f"<span class='k9'>{kicker}</span>" if kicker else ""
    return (
        f"<a class='o0p1' href='{SITE}{path}'>{kicker_html}<h4 class='a2s3'>{title}</h4>"
        f"<p class='d4f5'>{summary}</p></a>"
    )


def _box(label: str, *cards: str) -> str:
    return f"<div class='g6h7'><h3 class='j8k9'>{label}</h3>{''.join(cards)}</div>"


CASES = {
    "en": (
        f"{SITE}/2024/05/harbour-ferry-returns",
        "Harbour ferry returns after a winter of repairs",
        [
            f"The harbour ferry returned to service on Monday after a winter of repairs, part {i} of "
            "the story, with the crew and the town council speaking about the timetable."
            for i in range(5)
        ],
        "Related",
        [
            (
                "/2024/05/council-budget",
                "Council agrees the budget for next year",
                "The council voted late on Tuesday.",
            ),
            (
                "/2024/05/school-roof",
                "School roof to be replaced this summer",
                "Pupils will move to the hall.",
            ),
        ],
    ),
    "de": (
        f"{SITE}/2024/05/faehre-wieder-im-dienst",
        "Die Hafenfähre fährt nach der Reparatur wieder",
        [
            f"Die Hafenfähre ist am Montag nach einem Winter der Reparaturen wieder in Betrieb, Teil {i} "
            "des Berichts, und die Besatzung und der Stadtrat sprechen über den neuen Fahrplan."
            for i in range(5)
        ],
        "Lesen Sie auch",
        [
            (
                "/2024/05/haushalt",
                "Stadtrat beschließt den Haushalt für das nächste Jahr",
                "Die Abstimmung dauerte lange.",
            ),
            (
                "/2024/05/schuldach",
                "Das Schuldach wird im Sommer erneuert",
                "Die Schüler ziehen in die Halle.",
            ),
        ],
    ),
    "es": (
        f"{SITE}/2024/05/el-ferry-vuelve",
        "El ferry del puerto vuelve tras las reparaciones",
        [
            f"El ferry del puerto volvió al servicio el lunes tras un invierno de reparaciones, parte {i} "
            "de la historia, y la tripulación y el ayuntamiento hablaron del nuevo horario."
            for i in range(5)
        ],
        "Te puede interesar",
        [
            (
                "/2024/05/presupuesto",
                "El ayuntamiento aprueba el presupuesto del año",
                "La votación duró horas.",
            ),
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_cards_written_as_links_go_and_the_story_stays(lang: str) -> None:
    url, headline, paragraphs, label, cards = CASES[lang]
    box = _box(label, *(_card(path, title, summary) for path, title, summary in cards))
    article = extract_article(_page(headline, paragraphs, box, url), url)
    text = article.text or ""
    for paragraph in paragraphs:
        assert paragraph in text
    for _, title, summary in cards:
        assert title not in text and summary not in text
    assert all(section.heading != cards[0][1] for section in article.sections)


def test_the_cards_are_on_record_under_their_rule() -> None:
    url, headline, paragraphs, label, cards = CASES["en"]
    box = _box(label, *(_card(path, title, summary, kicker="Local") for path, title, summary in cards))
    _, body = trace_article(_page(headline, paragraphs, box, url), url)
    recorded = [record for record in body.pruned if record.rule == CARDS]
    assert len(recorded) == 2  # a kicker before the title is still a card's
    assert "Council agrees the budget" in recorded[0].text


def _cards(html_text: str, url: str) -> list[str]:
    page = parse_page(html_text, url)
    urls, hosts = page_addresses(page)
    return [link.get("href") for link in linked_cards(page.tree, urls, hosts)]


def test_not_a_card_a_link_to_the_page_itself_or_to_another_site() -> None:
    url, headline, paragraphs, label, _ = CASES["en"]
    own = (
        f"<a href='{url}'><h4>Harbour ferry returns after a winter</h4><p>Read the whole story here.</p></a>"
    )
    away = (
        "<a href='https://elsewhere.example.com/ferries'><h4>Ferries of the world, a guide</h4>"
        "<p>A guide to ferries on another site.</p></a>"
    )
    assert _cards(_page(headline, paragraphs, _box(label, own, away), url), url) == []


def test_not_a_card_an_unclosed_link_that_swallowed_the_story() -> None:
    # libxml2 nests what follows an unclosed <a> inside it: the link holds the rest of the story.
    url, headline, paragraphs, _, _ = CASES["en"]
    story = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = (
        f"<html><head><link rel='canonical' href='{url}'></head><body><h1>{headline}</h1>"
        f"<div><a href='{SITE}/2024/05/other'><h2>Harbour ferry, the details</h2>{story}</div>"
        "</body></html>"
    )
    assert _cards(page, url) == []
    text = extract_article(page, url).text or ""
    assert all(paragraph in text for paragraph in paragraphs)


def test_not_a_card_a_sentence_before_the_heading() -> None:
    url, headline, paragraphs, label, _ = CASES["en"]
    link = (
        f"<a href='{SITE}/2024/05/ferry-timetable'>The new timetable for the harbour ferry starts in June "
        "and runs every hour from the pier<h4>Timetable</h4><p>Every hour from the pier.</p></a>"
    )
    assert _cards(_page(headline, paragraphs, _box(label, link), url), url) == []


def test_two_cards_in_a_short_storys_box_go_though_they_are_much_of_its_text() -> None:
    # Cards whose linked title is a heading (``cleaning._teaser_cards``): two of them in a short
    # story are more than a third of its text, and still no list of stories. A card is the block
    # around one title: the box of both, or the story around the box, is none.
    url = f"{SITE}/2024/05/pier-closed"
    paragraphs = [
        "The old pier was closed on Monday after a storm damaged its wooden deck overnight.",
        "Engineers will inspect the structure this week, the harbour office said in a statement.",
    ]
    cards = "".join(
        f"<div class='z{i}'><h3><a href='{SITE}/2024/05/{path}'><b>{title}</b></a></h3><p>{summary}</p></div>"
        for i, (path, title, summary) in enumerate(
            [
                (
                    "council-budget",
                    "Council agrees the budget for the coming year",
                    "The council voted late on Tuesday after a long debate about the harbour works.",
                ),
                (
                    "school-roof",
                    "School roof to be replaced over the summer",
                    "Pupils will move to the sports hall while the builders replace the old roof.",
                ),
            ]
        )
    )
    page = _page("Old pier closed after storm", paragraphs, f"<div class='x1'>{cards}</div>", url, at=1)
    text = extract_article(page, url).text or ""
    assert all(paragraph in text for paragraph in paragraphs)
    assert "long debate about the harbour works" not in text
    assert "replace the old roof" not in text
