"""Captions found by the page's structure, not by its class words (``images/beside.py``): the
pages use opaque class names, as a publisher no table of ours lists may."""

from __future__ import annotations

from newscrawl.extract.images.beside import captions_after_pictures, declared_texts, picture_descriptions
from newscrawl.extract.images.credits import is_credit_beside_picture
from newscrawl.extract.page import parse_page

STORY = "".join(
    f"<p>Paragraph {i} of the story about the new tram line, long enough to be prose text.</p>"
    for i in range(5)
)


def _captions(body: str, head: str = "") -> list[str]:
    page = parse_page(f"<html><head>{head}</head><body>{body}</body></html>", "https://example.org/a")
    return [
        " ".join(caption.text_content().split())
        for _, caption in captions_after_pictures(page.tree, declared_texts(page))
    ]


def test_a_figure_written_as_divs_gives_its_caption_and_credit_blocks() -> None:
    figure = (
        "<div class='x1'><div class='x2'><img src='/tram.jpg'></div>"
        "<div class='x3'><span class='x4'>Jan Novák/Foto Praha</span>"
        "<div class='x5'>Die neue Straßenbahn auf der Brücke am Morgen.</div></div></div>"
    )
    assert _captions(f"<article>{STORY}{figure}{STORY}</article>") == [
        "Jan Novák/Foto Praha",
        "Die neue Straßenbahn auf der Brücke am Morgen.",
    ]


def test_a_picture_in_a_lightbox_link_counts_and_one_to_another_page_does_not() -> None:
    def figure(href: str) -> str:
        picture = f"<a href='{href}'><img src='/tram.jpg'></a>"
        return f"<div class='x1'>{picture}<p class='x2'>Le tram au dépôt.</p></div>"

    for href in ("javascript:void(0)", "#", "/media/tram-large.jpg"):
        assert _captions(f"<article>{STORY}{figure(href)}</article>") == ["Le tram au dépôt."], href
    assert _captions(f"<article>{STORY}{figure('/news/other-story')}</article>") == []


def test_what_a_caption_never_holds_makes_no_figure() -> None:
    blocks = (
        "<p class='x2'>Leggi anche: <a href='/altro'>un'altra storia</a></p>",  # a link elsewhere
        "<h3 class='x2'>Il nuovo tram</h3>",  # a heading
        "<ul class='x2'><li>uno</li><li>due</li></ul>",  # a list
        "<p class='x2'>Uno.</p><p class='x2'>Due.</p><p class='x2'>Tre.</p><p class='x2'>Quattro.</p>",
        "<p class='x2'>" + "Un testo lungo del racconto, non una didascalia. " * 8 + "</p>",  # > 300 chars
    )
    for block in blocks:
        page = f"<article>{STORY}<div class='x1'><img src='/tram.jpg'>{block}</div></article>"
        assert _captions(page) == [], block


def test_text_above_the_picture_or_running_beside_it_makes_no_figure() -> None:
    above = "<div class='x1'><p class='x2'>Il tram al capolinea</p><img src='/tram.jpg'></div>"
    running = "<div class='x1'><img src='/tram.jpg'>Il tram al capolinea, <b>lunedì</b></div>"
    for figure in (above, running):
        assert _captions(f"<article>{STORY}{figure}</article>") == [], figure


def test_a_picture_and_its_text_alone_on_the_page_are_a_post_not_a_figure() -> None:
    post = "<div class='x1'><img src='/garten.jpg'><p class='x2'>Endlich ist das Hochbeet fertig.</p></div>"
    assert _captions(f"<h1>Der Garten</h1>{post}") == []


def test_the_declared_description_beside_the_lead_picture_is_the_standfirst() -> None:
    standfirst = "A single night of frost destroyed half of the blossom in the valley's orchards."
    head = f"<meta property='og:description' content=\"{standfirst}\">"
    lead = f"<div class='x1'><img src='/frost.jpg'><p class='x2'>{standfirst}</p></div>"
    assert _captions(f"<article>{lead}{STORY}</article>", head) == []
    assert _captions(f"<article>{lead}{STORY}</article>") == [standfirst]


def test_aria_describedby_names_the_caption_near_the_picture() -> None:
    caption = "<p id='c-1' class='x9'>" + "Die neue Bahn fährt am Morgen über die Brücke. " * 8 + "</p>"
    figure = (
        f"<div class='x1'><div class='x2'><img src='/tram.jpg' aria-describedby='c-1'></div>{caption}</div>"
    )
    assert _captions(f"<article>{STORY}{figure}{STORY}</article>") == [
        ("Die neue Bahn fährt am Morgen über die Brücke. " * 8).strip()
    ]


def test_aria_never_takes_a_heading_or_a_far_element() -> None:
    heading = (
        "<h3 id='c-2'>Der Fahrplan</h3><div class='x1'><img src='/plan.png' aria-labelledby='c-2'></div>"
    )
    far = (
        "<div class='x1'><img src='/tram.jpg' aria-describedby='c-3'></div>"
        f"{STORY}<footer><div><div><div><p id='c-3'>Impressum der Verkehrsbetriebe</p>"
        "</div></div></div></footer>"
    )
    assert _captions(f"<article>{STORY}{heading}{STORY}</article>") == []
    assert _captions(f"<main><article>{STORY}{far}</article></main>") == []


def test_names_joined_by_a_slash_beside_a_picture_are_its_credit() -> None:
    for credit in (
        "Tomer Appelbaum/Haaretz",
        "Moa Karlberg/imagebank.sweden.se",
        "Giulia Ferri/Agenzia Nord",
    ):
        assert is_credit_beside_picture(credit), credit
    for text in ("and/or", "Die Stadt/der Kreis plant", "The harbour at dusk", "Phase 1/2 of the plan."):
        assert not is_credit_beside_picture(text), text
    figure = "<div class='x1'><img src='/tram.jpg'></div><p class='x2'>Jan Novák/Deník Jihlava</p>"
    assert _captions(f"<article>{STORY}{figure}{STORY}</article>") == ["Jan Novák/Deník Jihlava"]


def test_a_picture_whose_sources_the_parser_nested_is_one_picture() -> None:
    """libxml2 does not know ``<source>`` is void: ``<picture><source><source><img>`` parses as
    sources nested around the ``<img>``; the figure is still the block around the ``<picture>``."""
    sources = "".join(f"<source media='(min-width: {w}px)' srcset='/tram-{w}.webp'>" for w in (0, 600, 900))
    figure = (
        f"<div class='x1'><picture>{sources}<img src='/tram.jpg' alt='Tram'></picture>"
        "<p class='x2'>Die neue Bahn</p><p class='x3'>Foto: Jan Novák</p></div>"
    )
    assert _captions(f"<article>{STORY}{figure}{STORY}</article>") == ["Die neue Bahn", "Foto: Jan Novák"]


def test_a_lightbox_link_around_a_picture_element_describes_it() -> None:
    title = "Die neue Bahn auf der Brücke am Morgen"
    sources = "<source srcset='/tram.webp'><source srcset='/tram-2x.webp'>"
    page = parse_page(
        f"<html><body><a href='/tram.jpg' title='{title}'><picture>{sources}"
        "<img src='/tram.jpg'></picture></a></body></html>"
    )
    assert picture_descriptions(page.tree) == {title.casefold()}
