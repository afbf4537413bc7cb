"""Breadcrumb trails written as a line of links ("Home » News » Headline"), whatever their
classes, stay out of the body (``body/chrome.py`` ``breadcrumb_trails``, rule ``breadcrumb``);
a sentence of the story that links two pages with an arrow between them stays. Pages written
for the test, with opaque class names, in several languages."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract import extract_article
from newscrawl.extract.body.chrome import breadcrumb_trails
from tests.bridge import PROSE

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/bridge-123.html"

TRAILS = {
    "en": (
        "<a href='/'>Home</a> » <a href='/news'>News</a> » <strong>The new bridge</strong>",
        "The new bridge",
    ),
    "de": (
        "Sie sind hier: <a href='/'>Startseite</a> › <a href='/lokales'>Lokales</a> › Die neue Brücke",
        "Die neue Brücke",
    ),
    "fr": (
        "<a href='/'>Accueil</a> &gt; <a href='/actu'>Actualités</a> &gt; <span>Le pont</span>",
        "Le pont",
    ),
}


def _page(lang: str, trail: str, where: str = "top") -> str:
    prose = "".join(f"<p>{p}</p>" for p in PROSE[lang][:4])
    crumbs = f"<p class='k3f9'><span>{trail}</span></p>"
    story = (
        f"<h1>{TRAILS[lang][1]}, {lang}</h1>{crumbs}{prose}"
        if where == "top"
        else f"<h1>Bridge</h1>{prose}{crumbs}"
    )
    head = f"<html lang='{lang}'><head><title>Bridge</title></head>"
    return f"{head}<body><div class='q1'>{story}</div></body></html>"


@pytest.mark.parametrize("lang", sorted(TRAILS))
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_a_trail_of_links_is_no_paragraph_of_the_story(lang: str, where: str) -> None:
    article = extract_article(_page(lang, TRAILS[lang][0], where), URL)
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    assert paragraphs == PROSE[lang][:4]


def test_a_sentence_with_linked_steps_stays() -> None:
    tree = html.fromstring(
        "<div><p class='k1'>Go to <a href='/settings'>Settings</a> › <a href='/privacy'>Privacy</a>"
        " to turn the location history off.</p>"
        "<p class='k2'>» <a href='/a'>One story</a> » <a href='/b'>Another story</a></p></div>"
    )
    assert breadcrumb_trails(tree) == []


def test_a_trail_in_a_nav_is_left_to_trafilatura() -> None:
    tree = html.fromstring(
        "<div><nav><p><a href='/'>Home</a> » <a href='/news'>News</a> » Story</p></nav></div>"
    )
    assert breadcrumb_trails(tree) == []


def test_a_trail_is_found_by_its_shape() -> None:
    tree = html.fromstring(
        "<div><div class='x'><a href='/'>Home</a> &gt; <a href='/sport'>Sport</a> &gt; "
        "<a href='/sport/f'>Football</a></div>"
        "<p>A paragraph of the story that is long enough to be prose, with a <a href='/x'>link</a>.</p></div>"
    )
    assert [node.get("class") for node in breadcrumb_trails(tree)] == ["x"]
