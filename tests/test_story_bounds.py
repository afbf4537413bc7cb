"""A short story in the block a page built of plain divs marks as its story's (schema.org's
``articleBody``, an ``<article>``, ARIA's ``article`` role) stays the body when trafilatura's
readings of the whole page would win over it: a sign-up wall's questions, reader comments and a
pop-up's menu around it are no story text (``body/bounds.py``). Each page is written for the
test."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newscrawl.extract import extract_article
from newscrawl.extract.body.bounds import MIN_BLOCK_CHARS, mostly_outside, story_block

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
            "the children's sweets away.",
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
    story = "word " * 80
    tree = html.fromstring(
        f"<html><body><article><p>{story}</p></article><div role='article'><p>{story}</p></div>"
        f"<div itemprop='articleBody'><p>{story} marked</p></div></body></html>"
    )
    block = story_block(tree)
    assert block is not None
    assert block.endswith("marked")  # schema.org's articleBody first, as trafilatura reads
    short = html.fromstring("<html><body><div itemprop='articleBody'><p>Too short.</p></div></body></html>")
    assert story_block(short) is None
    assert story_block(html.fromstring("<html><body><p>No block.</p></body></html>")) is None
    assert len("".join(story.split())) >= MIN_BLOCK_CHARS


def test_mostly_outside() -> None:
    block = "".join(("First paragraph of the story. " * 5 + "Second paragraph.").split())
    inside = etree.fromstring("<body><p>First paragraph of the story.</p><p>Second paragraph.</p></body>")
    outside = etree.fromstring(
        "<body><p>First paragraph of the story.</p><p>A comment by a reader, much longer than the story's "
        "own short paragraph, about something else.</p></body>"
    )
    assert not mostly_outside(inside, block)
    assert mostly_outside(outside, block)
