"""A date line's label whose date trafilatura dropped with its ``<time>`` element ("Posted on
<time>…</time>" reads "Posted on") is a date line, no paragraph of the story
(``datelines.is_bare_date_label``, read by the body's cleaning only); a sentence that opens
with such a word stays. Must-contain / must-not-contain cases in several languages, through
the whole extraction."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.meta.datelines import is_bare_date_label
from tests.bridge import PROSE

pytestmark = pytest.mark.unit

URL = "https://example.org/news/2024/05/bridge-123.html"

LABELS = {
    "en": ("Posted on", "Updated:"),
    "de": ("Veröffentlicht am", "-Aktualisiert am"),
    "es": ("Publicado el", "Actualizado:"),
    "fr": ("Publié le", "Mis à jour le"),
}


def _page(lang: str) -> str:
    published, modified = LABELS[lang]
    prose = PROSE[lang]
    story = "".join(f"<p>{p} {prose[(i + 1) % len(prose)]}</p>" for i, p in enumerate(prose))
    return (
        f"<html lang='{lang}'><head><title>Bridge</title></head><body><main><article>"
        f"<h1>The bridge, {lang}</h1>"
        f"<div class='k1'><p>{published} <time datetime='2024-05-03T10:00:00+02:00'>3.5.2024</time></p>"
        f"{story}<p>{modified} <time datetime='2024-05-04T09:00:00+02:00'>4.5.2024</time></p></div>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize("lang", list(LABELS))
def test_a_date_label_without_its_date_is_no_paragraph(lang: str) -> None:
    article = extract_article(_page(lang), URL)
    paragraphs = article.text.split("\n\n")
    for label in LABELS[lang]:
        assert label not in paragraphs
        assert label.strip("-:") not in paragraphs
    assert all(p in article.text for p in PROSE[lang])


@pytest.mark.parametrize(
    "text",
    ["Published in Nature this week, the study followed 400 patients.", "Posted on behalf of the team"],
)
def test_a_line_that_opens_with_a_label_and_says_more_is_no_date_line(text: str) -> None:
    assert not is_bare_date_label(text)


def test_a_label_beside_its_date_still_gives_the_date() -> None:
    """The date readers read the page itself: a label in an element of its own next to the date
    ("<h5>Datum:</h5> 03.11.2021<br><h5>Autor:</h5> Jane Doe") belongs to that date."""
    story = "".join(f"<p>{p} {p}</p>" for p in PROSE["de"])
    page = (
        "<html lang='de'><head><title>Bridge</title></head><body><main><article><h1>Die Brücke</h1>"
        f"<div class='k2'><h5>Datum: </h5>03.11.2021<br><h5>Autor: </h5>Jane Doe</div>"
        f"<div class='k1'>{story}</div>"
        "</article></main></body></html>"
    )
    assert extract_article(page, URL).date_published_raw == "2021-11-03"
