"""Sub-headings a page builder writes as ``<div>``s of a class its stylesheet sets bold and larger
(``body/headings.py``: ``styled_headings``, ``_text_before``, ``_text_after``).

- Bold and larger than the text after it, such an element looks as an ``<h3>`` does: it is a
  sub-heading even as a question or a sentence ("Where did she live?") and over a short
  paragraph, with no paragraph of prose needed before it.
- What stands between a sub-heading and the text around it and shows no text (an empty ad
  slot), or only a picture and its caption, is passed over: the text before and after is what
  a reader sees there.
- A sub-heading first in its box (a live blog's post) has the text before the box above it.
- Not a sub-heading: a bold line no larger than the text (a sentence), a line with an address in
  it, a bold and larger line with nothing of text after it.

Each page is written for the test, its class names opaque, in several languages.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

STYLE = (
    "<style>.k3{font-weight:700;font-size:1.3em}.k4{font-weight:700}.k5{font-size:16px}"
    ".k6{font-weight:700;font-size:16px}</style>"
)


class Case(NamedTuple):
    lang: str
    prose: list[str]  # three paragraphs
    short: str  # a short paragraph
    title: str
    question: str
    sentence: str


CASES = [
    Case(
        "en",
        [
            "The city council met on Tuesday evening to discuss the plans for the new bridge over the river.",
            "Engineers told the meeting that construction could begin next year if the funding is approved.",
            "Several residents spoke against the design, saying it would bring traffic to the old town.",
        ],
        "The mayor said a decision would come in June.",
        "What the engineers said",
        "Where will the bridge go?",
        "Nobody asked the traders.",
    ),
    Case(
        "de",
        [
            "Der Stadtrat hat am Dienstagabend über die Pläne für die neue Brücke über den Fluss beraten.",
            "Die Ingenieure erklärten, der Bau könne nächstes Jahr beginnen, wenn das Geld bewilligt ist.",
            "Mehrere Anwohner sprachen sich gegen den Entwurf aus, weil er Verkehr in die Altstadt bringe.",
        ],
        "Die Entscheidung soll im Juni fallen, hieß es.",
        "Was die Ingenieure sagen",
        "Wo soll die Brücke stehen?",
        "Die Händler fragte niemand.",
    ),
    Case(
        "es",
        [
            "El concejo se reunió el martes por la noche para debatir los planes del nuevo puente.",
            "Los ingenieros dijeron que las obras podrían empezar el año próximo si hay fondos.",
            "Varios vecinos se opusieron al diseño porque llevaría mucho tráfico al casco antiguo.",
        ],
        "El alcalde dijo que la decisión llegará en junio.",
        "Qué dijeron los ingenieros",
        "¿Dónde estará el puente?",
        "Nadie preguntó a los comerciantes.",
    ),
    Case(
        "tr",
        [
            "Belediye meclisi salı akşamı nehrin üzerindeki yeni köprünün planlarını görüşmek için toplandı.",
            "Mühendisler, finansman onaylanırsa inşaatın gelecek yıl başlayabileceğini toplantıda söyledi.",
            "Bazı sakinler tasarıma karşı çıktı; köprünün eski şehre yoğun trafik getireceğini söylediler.",
        ],
        "Başkan kararın haziranda çıkacağını söyledi.",
        "Mühendisler ne dedi",
        "Köprü nereye yapılacak?",
        "Esnafa kimse sormadı.",
    ),
]


def _headings(lang: str, body: str) -> list[str | None]:
    page = (
        f"<html lang='{lang}'><head>{STYLE}<title>Bridge</title></head><body>"
        f"<div class='k1'><h1>The bridge, {lang}</h1><div class='k2'>{body}</div></div></body></html>"
    )
    article = extract_article(page, "https://example.org/news/2024/05/bridge-123.html")
    return [section.heading for section in article.sections]


def _p(text: str) -> str:
    return f"<p>{text}</p>"


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_bold_and_larger_divs_are_sub_headings_questions_and_sentences_too(case: Case) -> None:
    body = (
        _p(case.prose[0])
        + f"<div class='k3'>{case.question}</div>"
        + _p(case.prose[1])
        + f"<div class='k3'>{case.sentence}</div>"
        + _p(case.prose[2])
        + f"<div class='k3'>{case.title}</div>"
        + _p(case.short)  # a short paragraph under it
    )
    assert _headings(case.lang, body) == [None, case.question, case.sentence, case.title]


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_empty_slots_and_pictures_beside_a_sub_heading_are_passed_over(case: Case) -> None:
    body = (
        _p(case.prose[0])
        + "<div class='k9'><img src='/a.jpg' alt=''><span>Foto: Jane Doe</span></div>"
        + f"<div class='k4'>{case.title}</div>"  # bold only: prose before it, past the picture
        + "<div class='k8'><div id='ad-1'></div></div>"  # an empty ad slot after it
        + _p(case.prose[1])
        + _p(case.prose[2])
    )
    assert _headings(case.lang, body) == [None, case.title]


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_a_sub_heading_first_in_its_post_box(case: Case) -> None:
    label = case.question.strip("?¿")  # (bold only, not larger: a question would be text)
    posts = "".join(
        f"<div class='k7'><div class='k4'>{heading}</div>{_p(text)}</div>"
        for heading, text in ((case.title, case.prose[1]), (label, case.prose[2]))
    )
    assert _headings(case.lang, _p(case.prose[0]) + posts) == [None, case.title, label]


@pytest.mark.parametrize("case", CASES, ids=[case.lang for case in CASES])
def test_no_larger_bold_lines_addresses_and_lines_over_nothing_are_no_headings(case: Case) -> None:
    body = (
        _p(case.prose[0])
        + f"<div class='k6'>{case.sentence}</div>"  # bold, the text's size: a sentence stays text
        + _p(case.prose[1])
        + "<div class='k3'>news@example.org</div>"  # an address
        + _p(case.prose[2])
        + f"<div class='k3'>{case.title}</div>"  # nothing after it
    )
    assert _headings(case.lang, body) == [None]
