"""What is no part of a standfirst, though it stands beside one: the byline and the story's
first paragraph after a standfirst set as the story's first lines, on a page whose `<meta>`
description is the CMS's excerpt of its text (the standfirst, the byline and the story's start
run together: ``description._with_agreeing_siblings``; the byline sets the standfirst apart
from the story, so the body does not repeat it); and the byline or a picture's caption inside
a standfirst's own box (``description._dek_paragraphs``). Must-contain / must-not-contain cases
in several languages, through the whole extraction."""

from __future__ import annotations

import html

import pytest

from newscrawl.extract import extract_article
from tests.bridge import PROSE

pytestmark = pytest.mark.unit

URL = "https://example.org/news/2024/05/bridge-123.html"

DEKS = {
    "en": ["…as residents fear traffic in the old town", "…council to decide in June after consultation"],
    "de": [
        "…Anwohner fürchten Verkehr in der Altstadt",
        "…Stadtrat will im Juni nach Bürgerbeteiligung entscheiden",
    ],
    "es": [
        "…los vecinos temen más tráfico en el casco antiguo",
        "…el concejo decidirá en junio tras la consulta",
    ],
    "fr": [
        "…les habitants craignent le trafic en vieille ville",
        "…le conseil tranchera en juin après consultation",
    ],
    "tr": ["…sakinler eski şehirde trafikten korkuyor", "…meclis danışmadan sonra haziranda karar verecek"],
}

BYLINES = {
    "name": "<p><strong>Jane Doe/John Roe</strong></p>",
    "by": "<p>{by} Jane Doe</p>",
}
BY = {"en": "By", "de": "Von", "es": "Por", "fr": "Par", "tr": "Yazar:"}


def _story(lang: str) -> list[str]:
    """Five paragraphs of three sentences each: a story longer than a dek's box could be."""
    prose = PROSE[lang]
    return [" ".join(prose[(i + k) % len(prose)] for k in range(3)) for i in range(len(prose))]


def _page(lang: str, byline: str, excerpt: bool) -> str:
    dek, prose = DEKS[lang], _story(lang)
    line = BYLINES[byline].format(by=BY[lang])
    shown_line = line.replace("<p>", "").replace("</p>", "").replace("<strong>", "").replace("</strong>", "")
    if excerpt:  # the first words of the page's text, cut short
        words = " ".join([*dek, shown_line, *prose]).split()
        description = " ".join(words[:45]) + "..."
    else:  # a summary of its own
        description = "A summary written for the search engines, in other words than the page's."
    body = "".join(f"<p><em>{d}</em></p>" for d in dek) + line + "".join(f"<p>{p}</p>" for p in prose)
    return (
        f"<html lang='{lang}'><head><title>Bridge</title>"
        f"<meta property='og:description' content='{html.escape(description, quote=True)}'></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        f"<h1>The bridge, {lang}</h1><div class='entry-content'>{body}</div>"
        f"</article></main><footer>About us</footer></body></html>"
    )


@pytest.mark.parametrize("byline", list(BYLINES))
@pytest.mark.parametrize("lang", list(DEKS))
def test_an_excerpt_past_the_byline_gives_the_standfirst_above_it(lang: str, byline: str) -> None:
    article = extract_article(_page(lang, byline, excerpt=True), URL)
    assert article.description == "\n\n".join(DEKS[lang])
    assert "Jane Doe" not in article.description
    story = _story(lang)
    assert article.text.startswith(story[0])
    for line in DEKS[lang]:
        assert line not in article.text
    assert story[-1] in article.text


@pytest.mark.parametrize("lang", list(DEKS))
def test_a_summary_of_its_own_stays_the_description(lang: str) -> None:
    """Without the excerpt, nothing changes: the declared summary is the description and the
    opening lines stay in the text, as trafilatura read them."""
    article = extract_article(_page(lang, "by", excerpt=False), URL)
    assert article.description is not None
    assert article.description.startswith("A summary written for the search engines")
    for line in [*DEKS[lang], _story(lang)[0]]:
        assert line in article.text


CAPTIONS = {
    "en": ("The old bridge seen from the river bank.", "Photo: Jane Roe"),
    "de": ("Die alte Brücke vom Flussufer aus gesehen.", "Foto: Jane Roe"),
    "es": ("El viejo puente visto desde la orilla.", "Foto: Jane Roe"),
    "fr": ("Le vieux pont vu depuis la rive.", "Photo : Jane Roe"),
    "tr": ("Eski köprü nehir kıyısından görünüyor.", "Fotoğraf: Jane Roe"),
}

# What a standfirst's box holds beside the dek: the byline, a caption closing with its credit, a
# caption with its credit on the next line.
BESIDE = {
    "byline": lambda lang: f"<p>{BY[lang]} <a href='/author/jane-doe'>Jane Doe</a></p>",
    "credited-caption": lambda lang: f"<p>{CAPTIONS[lang][0]} {CAPTIONS[lang][1]}</p>",
    "caption-and-credit": lambda lang: f"<p>{CAPTIONS[lang][0]}</p><p>{CAPTIONS[lang][1]}</p>",
}


def _boxed_page(lang: str, beside: str, first: bool) -> tuple[str, str]:
    dek = " ".join(DEKS[lang]).replace("…", "").capitalize() + "."
    parts = [BESIDE[beside](lang), f"<p class='lead-text'>{dek}</p>"]
    box = "".join(parts if first else parts[::-1])
    body = "".join(f"<p>{p}</p>" for p in _story(lang))
    return (
        f"<html lang='{lang}'><head><title>Bridge</title></head><body><main><article>"
        f"<header><h1>The bridge, {lang}</h1><div class='article-lead'>{box}</div></header>"
        f"<div class='entry-content'>{body}</div></article></main></body></html>"
    ), dek


@pytest.mark.parametrize("first", [True, False], ids=["before", "after"])
@pytest.mark.parametrize("beside", list(BESIDE))
@pytest.mark.parametrize("lang", list(DEKS))
def test_a_standfirst_box_gives_the_dek_alone(lang: str, beside: str, first: bool) -> None:
    page, dek = _boxed_page(lang, beside, first)
    article = extract_article(page, URL)
    assert article.description == dek
    assert "Jane" not in article.description
    assert CAPTIONS[lang][0] not in article.description
    assert article.text.startswith(_story(lang)[0])
