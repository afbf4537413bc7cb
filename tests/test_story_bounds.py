"""A short story in the block a page built of plain divs marks as its story's (schema.org's
``articleBody``, an ``<article>``, ARIA's ``article`` role) stays the body when trafilatura's
readings of the whole page would win over it: a sign-up wall's questions, reader comments and a
pop-up's menu around it are no story text (``body/bounds.py``). Each page is written for the
test."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newscrawl.extract import extract_article
from newscrawl.extract.body.bounds import mostly_outside, story_block

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/10/story"

STORIES = {
    "de": (
        "Horrorclown versetzt das ganze Land in Angst und Schrecken",
        [
            "Halloween lockt offenbar die bizarrsten Gestalten aus ihren Löchern. Die Polizei warnt "
            "aktuell vor einem Horrorclown, der das ganze Land in Angst und Schrecken versetzt. Er "
            "droht, Kindern die Süßigkeiten wegzunehmen.",
            "„Süßes sonst gibt's Blaues“, kichert der irre Horrorclown im kurzen Gruselclip. Das "
            "bizarre Drohvideo, das auf sozialen Medien seine Runden dreht, ist auch der einzige "
            "Anhaltspunkt der Ermittler in diesem Fall.",
        ],
        [
            "Ein Konto ermöglicht Ihnen, drei kostenlose Artikel pro Monat zu lesen, uneingeschränkt "
            "zu kommentieren und Ihre Lieblingsartikel zu speichern, jederzeit und überall.",
            "Ihre Daten werden an niemanden verkauft und ausschließlich dazu verwendet, Ihnen die "
            "Nutzung der Seite zu ermöglichen. Eine Löschung Ihrer Daten ist jederzeit möglich.",
            "Hallo, gratis schreibt man aber immer noch mit kleinem g! Diese Leute zeigen damit den "
            "Unterschied zwischen gratis und umsonst, das sagte schon meine Lehrerin immer wieder.",
        ],
    ),
    "en": (
        "Horror clown spreads fear across the whole country",
        [
            "Halloween seems to lure the strangest figures out of their holes. The police are warning "
            "of a horror clown who is spreading fear across the whole country. He threatens to take "
            "the children's sweets away at every door they knock on.",
            "'Trick or treat or else', giggles the clown in a short clip. The bizarre video, which is "
            "doing the rounds on social media, is also the only lead the investigators have in this "
            "strange case so far.",
        ],
        [
            "An account lets you read three free articles a month, comment without limits and save "
            "your favourite articles, at any time and wherever you are in the world today.",
            "Your data is never sold to anyone and is only used to let you use the site. You can ask "
            "for your data to be deleted at any time, and we will do so within a few days.",
            "Hello, free is still written in lower case! These people show the difference between "
            "free and for nothing, which is what my teacher always used to tell us at school.",
        ],
    ),
    "fr": (
        "Un clown effrayant sème la peur dans tout le pays",
        [
            "Halloween attire apparemment les personnages les plus bizarres hors de leurs trous. La "
            "police met en garde contre un clown effrayant qui sème la peur dans tout le pays. Il "
            "menace de prendre les bonbons des enfants.",
            "« Des bonbons ou gare à vous », ricane le clown dans une courte vidéo. Cette vidéo "
            "étrange, qui circule sur les réseaux sociaux, est aussi la seule piste dont disposent "
            "les enquêteurs dans cette affaire.",
        ],
        [
            "Un compte vous permet de lire trois articles gratuits par mois, de commenter sans limite "
            "et d'enregistrer vos articles préférés, à tout moment et où que vous soyez.",
            "Vos données ne sont jamais vendues et servent uniquement à vous permettre d'utiliser le "
            "site. Vous pouvez demander leur suppression à tout moment, nous le ferons vite.",
            "Bonjour, gratuit s'écrit toujours avec une minuscule ! Ces gens montrent la différence "
            "entre gratuit et pour rien, comme le disait toujours ma maîtresse à l'école.",
        ],
    ),
}


def _page(language: str, marker: str) -> str:
    """A page of plain divs: a short story in the block ``marker`` marks, then a sign-up wall,
    reader comments and a pop-up's menu, each of several paragraphs, and a long footer."""
    headline, story, others = STORIES[language]
    paragraphs = "".join(f"<p>{text}</p>" for text in story)
    wall = "".join(f"<div><div>Frage {n}</div><p>{text}</p></div>" for n, text in enumerate(others * 3))
    menu = "".join(
        f"<div><div>Format {n}</div><div>{text[:60]}</div></div>" for n, text in enumerate(others * 4)
    )
    footer = "".join(f"<div><a href='/s{n}'>Rubrik {n}</a></div>" for n in range(60))
    open_tag, close_tag = (
        ("<article>", "</article>") if marker == "article" else (f"<div {marker}>", "</div>")
    )
    return f"""<html lang="{language}"><head><title>{headline}</title>
<meta property="og:title" content="{headline}"><meta property="og:type" content="article">
</head><body>
<div class="c1">{footer}</div>
<div class="c2"><div class="c3"><div class="c4"><h1>{headline}</h1>
{open_tag}{paragraphs}{close_tag}
<div class="c5">{wall}</div></div></div></div>
<div class="c6">{menu}</div>
<div class="c7">{footer}</div>
</body></html>"""


@pytest.mark.parametrize("language", sorted(STORIES))
@pytest.mark.parametrize("marker", ['itemprop="articleBody"', "article", 'role="article"'])
def test_short_story_stays_in_its_block(language: str, marker: str) -> None:
    _, story, others = STORIES[language]
    article = extract_article(_page(language, marker), URL)
    text = article.text or ""
    for paragraph in story:
        assert paragraph in text
    for paragraph in others:
        assert paragraph not in text


def test_story_block_order_and_size() -> None:
    story = "A sentence of the story, long enough to read as prose in a paragraph of its own. " * 3
    tree = html.fromstring(
        f"<html><body><article><p>{story}</p></article><div role='article'><p>{story}</p></div>"
        f"<div itemprop='articleBody'><p>{story}</p><p>{story} Marked.</p></div></body></html>"
    )
    block = story_block(tree)
    assert block is not None
    assert block.text.endswith("Marked.")  # schema.org's articleBody first, as trafilatura reads
    assert block.holds_story()
    short = html.fromstring("<html><body><div itemprop='articleBody'><p>Too short.</p></div></body></html>")
    assert story_block(short) is None
    assert story_block(html.fromstring("<html><body><p>No block.</p></body></html>")) is None
    # Text enough, but in links and short lines: a card's or a summary's block, not a story's.
    links = "".join(f"<div><a href='/s{n}'>Another story of the day, number {n}</a></div>" for n in range(20))
    cards = story_block(html.fromstring(f"<html><body><article>{links}</article></body></html>"))
    assert cards is not None
    assert not cards.holds_story()


def test_mostly_outside() -> None:
    text = "First paragraph of the story. " * 20 + "Second paragraph."
    block = story_block(html.fromstring(f"<html><body><article><p>{text}</p></article></body></html>"))
    assert block is not None
    inside = etree.fromstring("<body><p>First paragraph of the story.</p><p>Second paragraph.</p></body>")
    outside = etree.fromstring(
        "<body><p>First paragraph of the story.</p><p>A comment by a reader, much longer than the story's "
        "own short paragraph, about something else.</p></body>"
    )
    assert not mostly_outside(inside, block)
    assert mostly_outside(outside, block)


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_summary_block_leaves_the_story_outside_it_read(language: str) -> None:
    """The block the page marks holds less prose than a story's (a summary over the story, which
    runs in plain divs below it): trafilatura's readings of the whole page stay."""
    headline, story, others = STORIES[language]
    long_story = "".join(f"<p>{text}</p>" for text in (others + story) * 3)
    lines = "".join(f"<div>{headline[:40]} {n}</div>" for n in range(5))  # short lines, no prose
    page = f"""<html lang="{language}"><head><title>{headline}</title>
<meta property="og:title" content="{headline}"><meta property="og:type" content="article">
</head><body><div class="c2"><h1>{headline}</h1>
<div itemprop="articleBody"><p>{story[0]} {story[1][:90]}</p>{lines}</div>
<div class="c5">{long_story}</div></div></body></html>"""
    text = extract_article(page, URL).text or ""
    for paragraph in others:
        assert paragraph in text
