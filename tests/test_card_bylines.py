"""A byline under a story card's linked title is that story's (``meta/authors.py``,
``_under_linked_heading``).

On a page no <article> bounds, the first byline after the headline is read as the story's. A
list of other stories further down may give each card a byline of its own, beside the card's
link ("<a><h3>Other story</h3><p>Teaser</p></a><div>Von Jane Doe</div>"): the nearest heading
before such a line is a link's title, not the headline, and the line is passed over. A byline
under the story's own headline, or under a sub-heading of the story that is no link, is read.
Pages are written for the test, in several languages.
"""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2025/10/25/story"

# (language, headline, story sentence, byline word, card title, card teaser)
PAGES = [
    (
        "de",
        "Kühltürme des Kraftwerks gesprengt",
        "Die beiden Kühltürme des stillgelegten Kraftwerks sind am Samstagmittag gesprengt worden.",
        "Von",
        "Gequälte Krämerseelen halten dagegen",
        "Die EU bleibt im Umgang mit Russland gewohnt uneins, schreibt unser Chefredakteur.",
    ),
    (
        "en",
        "Cooling towers of the old plant demolished",
        "The two cooling towers of the closed power plant were brought down on Saturday at noon.",
        "By",
        "Why the union keeps hesitating",
        "The union remains divided over how to deal with the frozen assets, writes our editor.",
    ),
    (
        "fr",
        "Les tours de refroidissement de la centrale détruites",
        "Les deux tours de refroidissement de la centrale fermée ont été abattues samedi à midi.",
        "Par",
        "Pourquoi l'Union hésite encore",
        "L'Union reste divisée sur la manière de traiter les avoirs gelés, écrit notre rédacteur.",
    ),
]


def _page(page: tuple[str, ...], byline: str = "") -> str:
    lang, headline, sentence, word, title, teaser = page
    story = "".join(f"<p>{sentence} ({i + 1})</p>" for i in range(5))
    card = (
        f"<div class='c1'><div class='c2'><a href='/other-story.html'><div class='c3'><h3>"
        f"<span>{title}</span></h3></div><div class='c4'><span>{teaser}</span></div></a></div>"
        f"<div class='c5'><div class='c6'>{word} Max Mustermann</div></div></div>"
    )
    body = (
        f"<div class='x0'><a href='/'>Home</a></div><div class='x1'><h1>{headline}</h1>{byline}"
        f"<div class='x2'>{story}</div></div><div class='x3'><h2>Mehr</h2>{card}</div>"
    )
    return f"<html lang='{lang}'><head><title>{headline}</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_a_card_byline_is_not_the_storys(page: tuple[str, ...]) -> None:
    article = extract_article(_page(page), URL)
    assert "Max Mustermann" not in article.authors


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_the_storys_own_byline_is_read(page: tuple[str, ...]) -> None:
    word = page[3]
    byline = f"<div class='x4'>{word} Erika Musterfrau</div>"
    article = extract_article(_page(page, byline), URL)
    assert article.authors == ["Erika Musterfrau"]


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_a_byline_under_an_unlinked_sub_heading_is_read(page: tuple[str, ...]) -> None:
    """A byline at the story's end, under a sub-heading of the story (no link): still read."""
    lang, headline, sentence, word, _, _ = page
    story = "".join(f"<p>{sentence} ({i + 1})</p>" for i in range(5))
    body = (
        f"<div class='x1'><h1>{headline}</h1><div class='x2'>{story}<h2>{headline[:20]}</h2>"
        f"{story}<p class='x5'>{word} Erika Musterfrau</p></div></div>"
    )
    page_html = f"<html lang='{lang}'><head><title>{headline}</title></head><body>{body}</body></html>"
    assert extract_article(page_html, URL).authors == ["Erika Musterfrau"]


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_the_storys_byline_after_a_list_of_linked_stories_is_read(page: tuple[str, ...]) -> None:
    """The story's own byline set at its end, after a box of linked stories: the box that
    holds the byline and the last linked title is large (the story's page), no card."""
    lang, headline, sentence, word, title, teaser = page
    story = "".join(f"<p>{sentence} ({i + 1})</p>" for i in range(5))
    cards = "".join(
        f"<div class='c1'><a href='/other-{i}.html'><h2>{title} ({i})</h2><p>{teaser}</p></a></div>"
        for i in range(3)
    )
    body = (
        f"<div class='x1'><h1>{headline}</h1><div class='x2'>{story}</div><div class='x3'>"
        f"<h4>Mehr</h4>{cards}</div><ul class='x4'><li>{word} Erika Musterfrau</li></ul></div>"
    )
    page_html = f"<html lang='{lang}'><head><title>{headline}</title></head><body>{body}</body></html>"
    assert extract_article(page_html, URL).authors == ["Erika Musterfrau"]


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_no_byline_is_read_past_a_story_cards(page: tuple[str, ...]) -> None:
    """Past a story card's byline, the page lists other things (a box of readers' latest
    comments, "von Cara zu <a>Other story</a>"): a byline-shaped line there is no author."""
    lang, headline, sentence, word, title, teaser = page
    story = "".join(f"<p>{sentence} ({i + 1})</p>" for i in range(5))
    card = (
        f"<div class='c1'><div class='c2'><a href='/other.html'><h3>{title}</h3><p>{teaser}</p></a></div>"
        f"<div class='c5'>{word} Max Mustermann</div></div>"
    )
    latest = f"<div class='c7'><h2>Kommentare</h2><ul><li>{word} Erika Musterfrau</li></ul></div>"
    body = f"<div class='x1'><h1>{headline}</h1><div class='x2'>{story}</div></div>{card}{latest}"
    page_html = f"<html lang='{lang}'><head><title>{headline}</title></head><body>{body}</body></html>"
    assert extract_article(page_html, URL).authors == []
