"""A dek set apart under a byline that has no byline word: the author's name alone, names joined
by a bar, a name with a role or a relative time, and a reading-time or relative-time line. A
site that declares nothing (no meta description, no JSON-LD) shows its standfirst there; the
names are the authors the page's byline reader found. Pages written for the test, with opaque
class names, in several languages."""

from __future__ import annotations

import pytest

from newscrawl.extract.images.beside import page_captions
from newscrawl.extract.meta.description import _is_meta_line
from newscrawl.extract.meta.metadata import Metadata, extract_metadata
from newscrawl.extract.page import parse_page

pytestmark = pytest.mark.unit


def _meta(body: str, lang: str, head: str = "") -> Metadata:
    page = parse_page(
        f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>',
        "https://news.example.org/story/1",
    )
    return extract_metadata(page, frozenset(caption for _, caption in page_captions(page)))


def _author(name: str) -> str:
    return f"<a href='/author/{name.lower().replace(' ', '-')}'>{name}</a>"


# (language, headline, byline box, time line, dek, story sentence)
PAGES = [
    (
        "en",
        "How to grow a lemon tree from seed",
        _author("Kate May"),
        "2 hours ago",
        "Lemon trees are among the easiest fruit trees to grow indoors. All they need is sun and patience.",
        "Start with fresh seeds from an organic lemon and rinse them well before you plant them",
    ),
    (
        "de",
        "Kondenswasser am Fenster verhindern",
        f"{_author('Jonas Weber')} | {_author('Lena Koch')}",
        "vor 3 Stunden",
        "In vielen Gebäuden sammelt sich im Winter Wasser an den Fenstern. Das ist zunächst kein Problem.",
        "Kondenswasser entsteht, weil die Scheiben kälter sind als die feuchte Luft im Raum davor",
    ),
    (
        "fr",
        "Comment faire pousser un citronnier à partir d'un pépin",
        f"{_author('Claire Martin')} <span>Journaliste</span>",
        "il y a 2 heures",
        "Le citronnier se cultive facilement chez soi. Il lui faut du soleil, de la terre et de la patience.",
        "Commencez avec des pépins frais d'un citron bio et rincez-les bien avant de les planter",
    ),
    (
        "es",
        "Cómo cultivar un limonero a partir de una semilla",
        f"{_author('Lucía Pérez')} <span>hace 3 horas</span>",
        "4 minutos de lectura",
        "Los limoneros se cultivan con facilidad en casa. Solo necesitan sol, buena tierra y paciencia.",
        "Empieza con semillas frescas de un limón ecológico y lávalas bien antes de plantarlas",
    ),
]


def _page(headline: str, byline: str, time_line: str, dek_box: str, sentence: str) -> str:
    story = "".join(f"<p class='x9'>{sentence} ({i})</p>" for i in range(4))
    return (
        f"<div class='s0'><h1 class='s1'>{headline}</h1><div class='s2'>{byline}</div>"
        f"<div class='s3'>{time_line}</div>{dek_box}<div class='s5'>{story}</div></div>"
    )


@pytest.mark.parametrize("case", PAGES, ids=[case[0] for case in PAGES])
def test_a_dek_under_a_byline_of_names_alone_is_the_description(case: tuple[str, ...]) -> None:
    lang, headline, byline, time_line, dek, sentence = case
    meta = _meta(_page(headline, byline, time_line, f"<div class='s4'><p>{dek}</p></div>", sentence), lang)
    assert meta.authors, "the page's byline reader finds the names"
    assert meta.description == dek
    assert meta.provenance["description"] == "h1-next"


@pytest.mark.parametrize("case", PAGES, ids=[case[0] for case in PAGES])
def test_a_picture_between_the_byline_and_the_dek_is_passed_over(case: tuple[str, ...]) -> None:
    lang, headline, byline, time_line, dek, sentence = case
    picture = (
        "<div class='s6'><img src='/lead.jpg' alt=''><div class='s7'>The garden in spring. "
        "Photo: Jane Roe</div></div>"
    )
    page = _page(headline, byline, time_line, f"{picture}<div class='s4'><p>{dek}</p></div>", sentence)
    assert _meta(page, lang).description == dek


@pytest.mark.parametrize("case", PAGES, ids=[case[0] for case in PAGES])
def test_the_storys_first_paragraph_under_such_a_byline_is_no_dek(case: tuple[str, ...]) -> None:
    """In the box of the story's paragraphs the first one is the body's."""
    lang, headline, byline, time_line, dek, sentence = case
    story = "".join(f"<p class='x9'>{sentence} ({i})</p>" for i in range(4))
    body = (
        f"<div class='s0'><h1 class='s1'>{headline}</h1><div class='s2'>{byline}</div>"
        f"<div class='s3'>{time_line}</div><div class='s5'><p>{dek}</p>{story}</div></div>"
    )
    assert _meta(body, lang).description is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Kate May", ("Kate May",)),
        ("Jonas Weber | Lena Koch", ("Jonas Weber", "Lena Koch")),
        ("Jonas Weber und Lena Koch", ("Jonas Weber", "Lena Koch")),
        ("Claire Martin Journaliste", ("Claire Martin",)),
        ("Nizaar Kinsella 2 minutes ago", ("Nizaar Kinsella",)),
        ("vor 3 Stunden", ()),
        ("5 min read", ()),
        ("Lesezeit: 4 Minuten", ()),
    ],
)
def test_lines_of_names_or_times_are_meta_lines(line: str, names: tuple[str, ...]) -> None:
    assert _is_meta_line(line, names)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Kate May", ()),  # nobody found: a name-shaped line alone proves nothing
        ("Kate May spoke to growers across the whole region about the frost", ("Kate May",)),
        ("Kate May, our gardening editor, answers.", ("Kate May",)),
        ("Two hours ago the council voted to close the old bridge over the river.", ()),
    ],
)
def test_prose_naming_the_author_or_a_time_is_no_meta_line(line: str, names: tuple[str, ...]) -> None:
    assert not _is_meta_line(line, names)


def test_a_sentence_with_a_relative_time_is_no_meta_line() -> None:
    assert not _is_meta_line("2 hours ago the council voted to close the old bridge over the river.")


def test_the_authors_name_inside_the_first_paragraph_does_not_close_a_header() -> None:
    """A name set in bold inside the story's first paragraph (the author's, declared) is part of
    it, not a byline line after it: the paragraph stays the body's."""
    sentence = "The mayor met the council on Monday to talk about the new bridge over the river"
    story = "".join(f"<p class='x9'>{sentence} ({i})</p>" for i in range(4))
    body = (
        "<div class='s0'><h1 class='s1'>A new bridge for the old town</h1>"
        "<div class='s5'><p>On Monday the mayor met the council, and our reporter "
        f"<b>{_author('Kate May')}</b> asked what the bridge will cost the town.</p>{story}</div></div>"
    )
    declared = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Kate May"}}'
    meta = _meta(body, "en", f'<script type="application/ld+json">{declared}</script>')
    assert meta.authors == ["Kate May"]
    assert meta.description is None


# (language, caption, credit line)
CAPTIONS = [
    ("en", "The mayor and the council on the old bridge before the vote", "Photo: Jane Roe"),
    ("de", "Die Bürgermeisterin und der Rat auf der alten Brücke vor der Abstimmung", "Foto: Jana Roth"),
    ("es", "La alcaldesa y el concejo en el puente viejo antes de la votación", "FOTO: Juan Ruiz"),
]


@pytest.mark.parametrize(("lang", "caption", "credit"), CAPTIONS, ids=[case[0] for case in CAPTIONS])
def test_a_caption_with_its_credit_on_the_next_line_is_no_dek(lang: str, caption: str, credit: str) -> None:
    """A picture's caption set as text, its credit on a line of its own after it, right under
    the headline and over the byline, is the picture's, not the standfirst."""
    sentence = "The council voted on Monday to close the old bridge over the river for repairs"
    story = "".join(f"<p class='x9'>{sentence} ({i})</p>" for i in range(4))
    body = (
        "<div class='s0'><h1 class='s1'>The old bridge closes for a year</h1>"
        f"<div class='s6'><img src='/bridge.jpg' alt=''></div><div class='s7'>{caption}</div>"
        f"<div class='s8'>{credit}</div><div class='s2'>{_author('Kate May')}</div>"
        f"<div class='s5'>{story}</div></div>"
    )
    meta = _meta(body, lang)
    assert meta.authors == ["Kate May"]
    assert meta.description != caption


def test_a_paragraph_before_the_next_pictures_credit_is_no_caption() -> None:
    """A credit line after a picture that stands between it and the paragraph is that picture's:
    the paragraph is still read (here as the header's dek, before the byline)."""
    dek = "The town will close the old bridge for a year. Drivers must take the ring road instead."
    sentence = "The council voted on Monday to close the old bridge over the river for repairs"
    story = "".join(f"<p class='x9'>{sentence} ({i})</p>" for i in range(4))
    body = (
        "<div class='s0'><h1 class='s1'>The old bridge closes for a year</h1>"
        f"<div class='s4'>{dek}</div><div class='s6'><img src='/bridge.jpg' alt=''>"
        f"<div class='s8'>Photo: Jane Roe</div></div><div class='s2'>{_author('Kate May')}</div>"
        f"<div class='s5'>{story}</div></div>"
    )
    assert _meta(body, "en").description == dek
