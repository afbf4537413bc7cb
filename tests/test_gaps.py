"""The story's lists and sub-headings that trafilatura skips between its paragraphs when no
class name tells it where the story is (``body/gaps.py``). Pages with hashed class names
(CSS-in-JS) in several languages: what stands among the story's paragraphs comes back, a
box's list beside them and a list of links do not."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscrawl.extract import extract_article
from newscrawl.extract.body.gaps import _BodyText

pytestmark = pytest.mark.unit

URL = "https://news.example.org/2024/05/story"


def _page(body: str, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Story</title></head>"
        f"<body><div class='css-1x2y3z'>{body}</div></body></html>"
    )


def _text(body: str, lang: str = "en") -> str:
    return extract_article(_page(body, lang), URL).text or ""


def _paragraphs(words: str, count: int, start: int = 0) -> str:
    return "".join(
        f"<p>{words} {n}, a sentence long enough to be a paragraph of the story that readers came for.</p>"
        for n in range(start, start + count)
    )


ENGLISH = (
    "<h1 class='css-h1a2'>The harbour ferry returns</h1>"
    "<div class='css-9k8j7h'>"
    + _paragraphs("The ferry paragraph", 3)
    + "<ul><li>The crew trained for six weeks on the new engines before the first crossing.</li>"
    "<li>The timetable keeps the winter crossings every two hours until the end of May.</li></ul>"
    + _paragraphs("The ferry paragraph", 2, 3)
    + "<h2>What the council said</h2>"
    + _paragraphs("The council paragraph", 3)
    + "</div>"
)


def test_a_list_and_a_sub_heading_between_the_paragraphs_come_back() -> None:
    text = _text(ENGLISH)
    assert "The ferry paragraph 0" in text and "The council paragraph 2" in text
    assert "The crew trained for six weeks on the new engines" in text
    assert "every two hours until the end of May" in text
    assert "What the council said" in text
    # in the page's order
    assert (
        text.index("The ferry paragraph 2")
        < text.index("The crew trained")
        < text.index("The ferry paragraph 3")
    )
    assert text.index("What the council said") < text.index("The council paragraph 0")


GERMAN = (
    "<h1 class='c5f1a'>Die Fähre fährt wieder</h1>"
    "<div class='c8e2b'>"
    + _paragraphs("Der Absatz über die Fähre", 3)
    + "<ol><li>Die Besatzung hat sechs Wochen lang an den neuen Motoren geübt.</li>"
    "<li>Im Winter fährt die Fähre alle zwei Stunden, bis Ende Mai.</li></ol>"
    # a box of its own among the paragraphs: its list is the box's, not the story's
     + "<div class='c0d9e'><div class='c7a6b'><strong>Vorteile</strong>"
    "<ul><li>Günstiger Fahrpreis für Pendler</li><li>Bequeme Sitze im Oberdeck</li></ul></div></div>"
    + _paragraphs("Der Absatz über die Fähre", 3, 3)
    + "</div>"
)


def test_a_german_list_comes_back_and_a_box_list_stays_out() -> None:
    text = _text(GERMAN, "de")
    assert "sechs Wochen lang an den neuen Motoren" in text
    assert "alle zwei Stunden, bis Ende Mai" in text
    assert "Günstiger Fahrpreis für Pendler" not in text
    assert "Bequeme Sitze im Oberdeck" not in text


FRENCH = (
    "<h1 class='x1y2'>Le bac reprend du service</h1>"
    "<div class='x3y4'>"
    + _paragraphs("Le paragraphe sur le bac", 3)
    + "<ul><li><a href='/2024/05/autre-histoire'>Une autre histoire du port</a></li>"
    "<li><a href='/2024/05/encore-une'>Encore une histoire de la ville</a></li>"
    "<li><a href='/2024/05/la-derniere'>La dernière histoire de la semaine</a></li></ul>"
    + _paragraphs("Le paragraphe sur le bac", 3, 3)
    + "</div>"
    + "<ul class='x5y6'><li>Une liste après l'article, loin des paragraphes du récit.</li></ul>"
)


def test_a_list_of_links_and_a_list_after_the_story_stay_out() -> None:
    text = _text(FRENCH, "fr")
    assert "Le paragraphe sur le bac 5" in text
    assert "Une autre histoire du port" not in text
    assert "Encore une histoire de la ville" not in text
    assert "loin des paragraphes du récit" not in text


# ``_BodyText.holds`` finds the blocks that can hold a text by its words; it must answer as a
# search of every block would, for texts that start or end inside a word too.
_WORDS = st.sampled_from(["ferry", "harbour", "the", "a", "ab", "ba", "5", "50", "über", "straße", "x"])
_KEYS = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks=st.lists(_KEYS, min_size=1, max_size=8), start=st.integers(0, 40), length=st.integers(1, 40))
def test_body_text_holds_as_a_search_of_every_block(blocks: list[str], start: int, length: int) -> None:
    body = _BodyText(set(blocks))
    source = blocks[start % len(blocks)]
    for key in (
        source[start % len(source) :][:length].strip(" "),  # a piece of a block, maybe mid-word
        " ".join(reversed(source.split(" "))),  # its words in another order
        source + " ferry",
    ):
        if key and "  " not in key:
            assert body.holds(key) == any(key in block for block in blocks), key


def test_many_headings_between_paragraphs_come_back_in_order() -> None:
    body = "".join(
        f"<h3>Part {n}</h3><p>The ferry paragraph {n}, a sentence long enough to be a paragraph of the"
        " story that readers came for.</p>"
        for n in range(60)
    )
    text = _text(
        "<h1 class='css-h1a2'>The harbour ferry returns</h1><div class='css-9k8j7h'>" + body + "</div>"
    )
    parts = [line for line in text.split("\n\n") if line.startswith("Part ")]
    assert parts == [f"Part {n}" for n in range(60)]


def _wrapped(inner: str) -> str:
    """``inner`` in a page builder's row: two divs holding nothing else."""
    return f"<div class='r1a2'><div class='c3b4'>{inner}</div></div>"


# The story's key points, a list before its first paragraph, beside it.
KEY_POINTS = (
    "<h1 class='css-h1a2'>The council backs the new harbour ferry</h1>"
    "<div class='css-9k8j7h'>"
    "<ul><li>The council voted for the ferry by twenty-one votes to four on Tuesday night.</li>"
    "<li>The first crossing is planned for the spring, weather permitting.</li></ul>"
    + _paragraphs("The ferry paragraph", 5)
    + "</div>"
)


def test_the_key_points_before_the_first_paragraph_come_back() -> None:
    text = _text(KEY_POINTS)
    assert "twenty-one votes to four" in text
    assert "planned for the spring" in text
    assert text.index("planned for the spring") < text.index("The ferry paragraph 0")


SPANISH_LEAD = (
    "<h1 class='x1a2'>El ayuntamiento aprueba el nuevo ferry</h1>"
    "<div class='x3b4'>"
    # other pages' links before the story: a list of links, not the story's points
    "<ul><li><a href='/2024/05/otra-historia'>Otra historia del puerto de la ciudad</a></li>"
    "<li><a href='/2024/05/mas-noticias'>Más noticias de la semana en el puerto</a></li></ul>"
    # a list of cards with pictures before the story
    "<ul><li><img src='/a.jpg'><div>La regata del domingo reunió a cien barcos en la bahía.</div></li>"
    "<li><img src='/b.jpg'><div>El mercado del puerto abre también los lunes en verano.</div></li></ul>"
    + _paragraphs("El párrafo sobre el ferry", 5)
    + "</div>"
)


def test_a_list_of_links_or_cards_before_the_story_stays_out() -> None:
    text = _text(SPANISH_LEAD, "es")
    assert "El párrafo sobre el ferry 0" in text
    assert "Otra historia del puerto" not in text
    assert "Más noticias de la semana" not in text
    assert "La regata del domingo" not in text
    assert "El mercado del puerto abre" not in text


# A page builder's rows: each paragraph, list and heading in divs of its own.
DUTCH_ROWS = (
    "<h1 class='q1w2'>De veerpont vaart weer</h1>"
    "<div class='q3e4'>"
    + "".join(_wrapped(_paragraphs("De alinea over de veerpont", 1, n)) for n in range(3))
    + _wrapped(
        "<ul><li>De bemanning oefende zes weken met de nieuwe motoren.</li>"
        "<li>In de winter vaart de pont elke twee uur, tot eind mei.</li></ul>"
    )
    + _wrapped("<h3>Wat de gemeente zegt</h3>")
    + "".join(_wrapped(_paragraphs("De alinea over de gemeente", 1, n)) for n in range(3))
    # a box in the rows: its list under its own title line
    + _wrapped(
        "<strong>Voordelen</strong><ul><li>Goedkoop voor forenzen</li><li>Ruime stoelen boven</li></ul>"
    )
    + "".join(_wrapped(_paragraphs("De alinea over de haven", 1, n)) for n in range(2))
    + "</div>"
)


def test_a_list_and_a_heading_in_rows_of_their_own_come_back_a_box_stays_out() -> None:
    text = _text(DUTCH_ROWS, "nl")
    assert "zes weken met de nieuwe motoren" in text
    assert "elke twee uur, tot eind mei" in text
    assert "Wat de gemeente zegt" in text
    assert (
        text.index("De alinea over de veerpont 2")
        < text.index("zes weken met de nieuwe motoren")
        < text.index("Wat de gemeente zegt")
        < text.index("De alinea over de gemeente 0")
    )
    assert "Goedkoop voor forenzen" not in text
    assert "Ruime stoelen boven" not in text


# A short point whose words stand in the lead too: the list comes back whole.
GERMAN_POINTS = (
    "<h1 class='c5f1a'>Die Schwerpunkte des Vorsitzes</h1>"
    "<div class='c8e2b'>"
    "<p>Klimaschutz, Gesundheit und ein starkes Miteinander: das Kabinett hat die Schwerpunkte "
    "des Vorsitzes im kommenden Jahr beschlossen.</p>"
    + _paragraphs("Der Absatz über den Vorsitz", 2)
    + "<ul><li>einen nachhaltigen Planeten und saubere Energie für alle,</li>"
    "<li>wirtschaftliche Stabilität und einen gerechten Wandel,</li>"
    "<li>ein starkes Miteinander.</li></ul>" + _paragraphs("Der Absatz über den Vorsitz", 3, 2) + "</div>"
)


def test_a_list_comes_back_whole_when_a_point_stands_in_the_lead_too() -> None:
    text = _text(GERMAN_POINTS, "de")
    assert "einen nachhaltigen Planeten" in text
    assert "wirtschaftliche Stabilität" in text
    assert "\n\nein starkes Miteinander" in text


# A story written in sections (a box per section: its heading, then its paragraphs) whose last
# section is a list: the section comes back, heading and list, even after the last paragraph.
def _section(heading: str, inner: str, rank: str = "h2") -> str:
    return f"<div class='s9q'><{rank}>{heading}</{rank}>{inner}</div>"


ENGLISH_SECTIONS = (
    "<h1 class='css-h1a2'>How to borrow for a new bicycle</h1>"
    "<div class='css-sec0'>"
    + _section("Borrowing is quick", _paragraphs("The quick paragraph", 2))
    + _section(
        "What you need to apply",
        "<ul><li>A phone or a laptop with a web browser</li>"
        "<li>An identity card for the online check</li><li>A regular income of your own</li></ul>",
    )
    + _section("How the money arrives", _paragraphs("The money paragraph", 2))
    + _section(
        "The conditions at a glance",
        "<ol><li>Terms run from six to seventy-two months</li><li>No fee to repay early</li></ol>",
    )
    + "</div>"
)


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a section of a story written in sections that is only a list (its heading, "
    "then points) does not come back on loose-paragraph pages; branch s29-recall2 (24a0465) brought "
    "it back but changed one design record and no judge-half record: not taken (2026-12-06)",
)
def test_a_section_written_as_a_list_comes_back_between_and_after_the_paragraphs() -> None:
    text = _text(ENGLISH_SECTIONS)
    assert "What you need to apply" in text and "An identity card for the online check" in text
    assert "The conditions at a glance" in text and "No fee to repay early" in text
    assert (
        text.index("The quick paragraph 1")
        < text.index("What you need to apply")
        < text.index("A regular income of your own")
        < text.index("The money paragraph 0")
        < text.index("The money paragraph 1")
        < text.index("The conditions at a glance")
        < text.index("Terms run from six")
    )


# A box with its title line over its own text, a box of links in the story's shape, and a last
# section followed by a line of another kind stay out.
GERMAN_SECTIONS = (
    "<h1 class='c5f1a'>So finanzieren Sie ein neues Fahrrad</h1>"
    "<div class='c8e2b'>"
    + _section("Schnell zum Kredit", _paragraphs("Der schnelle Absatz", 2), "h3")
    + _section(
        "Ähnliche Ratgeber",
        "<ul><li><a href='/ratgeber/auto'>Der Ratgeber zum Autokredit</a></li>"
        "<li><a href='/ratgeber/haus'>Der Ratgeber zum Baukredit</a></li></ul>",
        "h3",
    )
    + _section("So kommt das Geld", _paragraphs("Der Absatz über das Geld", 2), "h3")
    + "<div class='c7a6b'><strong>Vorteile</strong>"
    "<ul><li>Günstiger Zins für Pendler</li><li>Keine Gebühr bei Sondertilgung</li></ul></div>"
    + _section("Bedingungen", "<ul><li>Laufzeit von sechs bis zweiundsiebzig Monaten</li></ul>", "h3")
    + "<div class='c0d9e'><p>Stand: Mai 2024</p></div>"
    + "</div>"
)


def test_boxes_of_links_a_titled_box_and_a_section_before_other_text_stay_out() -> None:
    text = _text(GERMAN_SECTIONS, "de")
    assert "Der Absatz über das Geld 1" in text
    assert "Der Ratgeber zum Autokredit" not in text
    assert "Günstiger Zins für Pendler" not in text
    assert "Laufzeit von sechs bis" not in text


# The story ends with a list beside its paragraphs: it comes back when nothing else with text
# follows it in the story's block; a list of links there, or a list followed by a line of
# another kind, does not.
def _ending(after: str) -> str:
    return (
        "<h1 class='e1f2'>El ferry vuelve al puerto</h1>"
        "<div class='e3f4'>"
        + _paragraphs("El párrafo sobre el ferry", 4)
        + "<ul><li>La tripulación entrenó seis semanas con los nuevos motores.</li>"
        "<li>En invierno el ferry sale cada dos horas hasta finales de mayo.</li></ul>" + after + "</div>"
    )


def test_a_list_that_ends_the_story_comes_back() -> None:
    text = _text(_ending(""), "es")
    assert "La tripulación entrenó seis semanas" in text
    assert text.index("El párrafo sobre el ferry 3") < text.index("cada dos horas hasta finales de mayo")


def test_a_list_before_other_text_or_a_list_of_links_after_the_story_stays_out() -> None:
    text = _text(_ending("<div class='e5f6'>Publicidad</div>"), "es")
    assert "El párrafo sobre el ferry 3" in text
    assert "La tripulación entrenó seis semanas" not in text
    links = (
        "<ul><li><a href='/2024/05/otra-historia'>Otra historia del puerto de la ciudad</a></li>"
        "<li><a href='/2024/05/una-mas'>Una historia más de la semana pasada</a></li></ul>"
    )
    text = _text(
        "<h1 class='e1f2'>El ferry vuelve al puerto</h1><div class='e3f4'>"
        + _paragraphs("El párrafo sobre el ferry", 4)
        + links
        + "</div>",
        "es",
    )
    assert "El párrafo sobre el ferry 3" in text
    assert "Otra historia del puerto" not in text
