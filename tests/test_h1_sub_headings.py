"""Sub-headings written as ``<h1>``s (some CMSs and page builders rank every heading first):
an ``<h1>`` after the headline that stands between the story's paragraphs is a sub-heading
(``headings.page_headings`` puts it back where trafilatura lost it, ``cleaning._title_texts``
no longer reads it as a statement of the title). Must-contain / must-not-contain cases in
several languages, through the whole extraction."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from tests.bridge import PROSE, TITLES

pytestmark = pytest.mark.unit

HEADLINES = {
    "en": "New bridge across the river approved",
    "de": "Neue Brücke über den Fluss beschlossen",
    "es": "Aprobado el nuevo puente sobre el río",
}
STORIES = {lang: (headline, PROSE[lang], TITLES[lang]) for lang, headline in HEADLINES.items()}


def _page(lang: str, titles: list[str], after: str = "") -> str:
    headline, prose, _ = STORIES[lang]
    parts = [f"<p>{prose[0]}</p>", f"<p>{prose[1]}</p>"]
    for title, paragraph in zip(titles, prose[2:4], strict=True):
        parts += [f"<h1>{title}</h1>", f"<p>{paragraph}</p>"]
    parts.append(f"<p>{prose[4]}</p>")
    return (
        f"<html lang='{lang}'><head><title>{headline}</title></head><body><div class='q1'>"
        f"<h1>{headline}</h1><div class='q2'>{''.join(parts)}</div>{after}</div></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_h1s_between_the_storys_paragraphs_are_its_sub_headings(lang: str) -> None:
    headline, prose, titles = STORIES[lang]
    article = extract_article(_page(lang, titles), "https://example.org/news/2024/05/bridge-123.html")
    assert article.headline == headline
    assert [section.heading for section in article.sections] == [None, *titles]
    assert [p for section in article.sections for p in section.paragraphs] == prose


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_single_h1_between_paragraphs_is_a_sub_heading_too(lang: str) -> None:
    _, prose, titles = STORIES[lang]
    page = _page(lang, titles).replace(f"<h1>{titles[1]}</h1>", "")
    article = extract_article(page, "https://example.org/news/2024/05/bridge-123.html")
    assert [section.heading for section in article.sections] == [None, titles[0]]
    assert [p for section in article.sections for p in section.paragraphs] == prose


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_headline_repeated_as_an_h1_in_the_text_is_no_sub_heading(lang: str) -> None:
    headline, _, titles = STORIES[lang]
    article = extract_article(
        _page(lang, [headline, titles[1]]), "https://example.org/news/2024/05/bridge-123.html"
    )
    assert [section.heading for section in article.sections] == [None, titles[1]]
    assert headline not in article.text


LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{}"}}</script>'
OTHER_WORDING = {
    "en": "Council approves a new bridge across the river",
    "de": "Stadtrat stimmt für die neue Brücke über den Fluss",
    "es": "El concejo aprueba un nuevo puente sobre el río",
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_h1_sub_headings_stay_when_the_headline_is_worded_otherwise_than_the_h1(lang: str) -> None:
    _, prose, titles = STORIES[lang]
    page = _page(lang, titles).replace("</head>", LD.format(OTHER_WORDING[lang]) + "</head>")
    article = extract_article(page, "https://example.org/news/2024/05/bridge-123.html")
    assert article.headline == OTHER_WORDING[lang]
    assert [section.heading for section in article.sections] == [None, *titles]
    assert [p for section in article.sections for p in section.paragraphs] == prose
