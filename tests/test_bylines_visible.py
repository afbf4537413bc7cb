"""Bylines a page shows but does not declare (no JSON-LD, no <meta>, no rel / itemprop, opaque
class names, no <article>): a byline word on its own line with the names after it, a name line
that runs into the story's date, a name beside a date a few levels up; and the bylines of other
stories' cards or of the next story on an endless page (each under its own title) stay out.
Each page is written for the test."""

from __future__ import annotations

import pytest

from newscrawl.extract.meta.authors import _labelled
from tests.bylinepages import SENTENCES, meta_of, story

pytestmark = pytest.mark.unit


# ------------------------------------------------ a byline word on its own line, the names after it

# (language, byline word, names as shown, expected)
LABEL_PAGES = [
    ("en", "By", ["Jane Doe", "John Roe"], ["Jane Doe", "John Roe"]),
    ("de", "Von", ["Anna Berger"], ["Anna Berger"]),
    ("da", "Af", ["Mette Holm", "Lars Krogh"], ["Mette Holm", "Lars Krogh"]),
    ("es", "Por", ["Joana Silva"], ["Joana Silva"]),
]


@pytest.mark.parametrize("case", LABEL_PAGES, ids=[c[0] for c in LABEL_PAGES])
def test_names_in_a_list_after_a_byline_word_of_its_own(case: tuple[str, str, list[str], list[str]]) -> None:
    lang, word, names, expected = case
    # Footnote marks and separators between the names, as journals set them.
    items = "".join(
        f"<li class='q2'><a href='#p{i}'>{n}</a><sup class='q3'><a href='#a{i}'>{i + 1}</a></sup>"
        f"{',' if i < len(names) - 1 else ''}</li>"
        for i, n in enumerate(names)
    )
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<div class='q0'><span>{word}</span><ul class='q1'>{items}</ul></div>"
        + story(SENTENCES[lang])
        + "</div>"
    )
    assert meta_of(body, lang).authors == expected


def test_names_each_in_its_own_block_after_the_byline_word() -> None:
    body = (
        "<div class='a1'><h1>Riots spread to three more towns</h1>"
        "<div class='q0'><span>By</span>"
        "<div class='q1'><a href='#x'>Lucy Thornton</a><span> News Reporter</span></div>"
        "<div class='q1'><a href='#y'>Tim Hanlon</a><span> News Reporter</span></div>"
        "<div class='q1'><a href='#z'>Phoebe Tonks</a></div></div>" + story(SENTENCES["en"]) + "</div>"
    )
    assert meta_of(body).authors == ["Lucy Thornton", "Tim Hanlon", "Phoebe Tonks"]


def test_a_byline_word_alone_before_a_sentence_is_no_byline() -> None:
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        "<div class='q0'><span>By</span>"
        "<div class='q1'>the end of the year the works must be done</div></div>"
        + story(SENTENCES["en"])
        + "</div>"
    )
    assert meta_of(body).authors == []


# ------------------------------------------------ a name, then the story's date, on one line

# (language, name line, date as shown, expected)
DATED_PAGES = [
    ("de", "<b>Anna Berger</b>", "28.04.2024 | 09:36 Uhr", ["Anna Berger"]),
    ("en", "<span>Jane Doe</span>", "12 May 2024", ["Jane Doe"]),
    ("es", "Joana Silva", "25/04/2026 Actualizado 15:10", ["Joana Silva"]),
    # A name linked to a topic page is a person tag, beside the date or not
    # (fixtures/generalise meta-h4-name-line-tag-en).
    ("de", "<a href='/thema/duy-linh-dinh/'>Duy Linh Dinh</a>", "28.04.2024 | 09:36 Uhr", []),
]


@pytest.mark.parametrize("case", DATED_PAGES, ids=[f"{c[0]}-{i}" for i, c in enumerate(DATED_PAGES)])
def test_a_name_then_the_date_on_one_line(case: tuple[str, str, str, list[str]]) -> None:
    lang, name, date, expected = case
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<div class='d0'><p class='d1'>{name}<br/>{date}</p></div>" + story(SENTENCES[lang]) + "</div>"
    )
    assert meta_of(body, lang).authors == expected


def test_a_place_set_on_its_own_line_after_the_name_is_not_part_of_it() -> None:
    body = (
        "<div class='a1'><h1>El Córdoba logra un punto vital</h1>"
        "<div class='d0'><div class='d1'><p>Daniel Aragón</p><p>Córdoba</p></div>"
        "<time>25/04/2026</time></div>" + story(SENTENCES["es"]) + "</div>"
    )
    assert meta_of(body, "es").authors == ["Daniel Aragón"]


def test_a_word_then_the_date_is_no_name() -> None:
    body = (
        "<div class='a1'><h1>Byrådet vedtager budgettet</h1>"
        "<div class='d0'><p class='d1'>Publiceret 05.08.2024, kl. 13.05</p></div>"
        + story(SENTENCES["da"])
        + "</div>"
    )
    assert meta_of(body, "da").authors == []


def test_a_name_beside_a_date_a_few_levels_up() -> None:
    body = (
        "<div class='a1'><h1>Man kept in a basement for years</h1>"
        "<div class='m0'><div class='m1'><div><a href='/news/'>News</a></div>"
        "<div class='m2'><span><strong>Steffan Rhys</strong> Deputy Content Hub Director</span></div></div>"
        "<div class='m3'><span>08:39, 06 Jan 2026</span><span>Updated 08:41, 06 Jan 2026</span></div></div>"
        + story(SENTENCES["en"])
        + "</div>"
    )
    assert meta_of(body).authors == ["Steffan Rhys"]


# ------------------------------------------------ other stories' bylines, under their own titles


def test_the_bylines_of_cards_under_their_own_titles_stay_out() -> None:
    card = (
        "<div class='c0'><div class='c1'><h3>{title}</h3>"
        "<p class='c2' data-testid='BylineWrapper'>By <span data-testid='BylineName'>{name}</span></p>"
        "</div></div>"
    )
    cards = "".join(
        card.format(title=t, name=n)
        for t, n in (("The best tents", "Matt Jancer"), ("The best stoves", "David Nield"))
    )
    body = (
        "<div class='a0'><div class='a1'><h1>The best sleeping bags</h1>"
        "<p class='c2' data-testid='BylineWrapper'>By "
        "<span data-testid='BylineName'>Scott Gilbertson</span></p>"
        "</div>" + story(SENTENCES["en"]) + f"</div><div class='r0'>{cards}</div>"
    )
    assert meta_of(body).authors == ["Scott Gilbertson"]


def test_the_next_story_of_an_endless_page_keeps_its_authors() -> None:
    def one(headline: str, name: str, mail: str) -> str:
        return (
            f"<div class='s0'><div class='s1'><h1>{headline}</h1></div>"
            f"<div class='s2'><address><a rel='author' href='mailto:{mail}@example.org'>{name}</a>"
            "</address></div>" + story(SENTENCES["da"]) + "</div>"
        )

    body = one("Byrådet vedtager budgettet", "Martin Gram", "martin") + one(
        "Havnen åbner igen efter stormen", "Magnus Larsen", "magnus"
    )
    assert meta_of(body, "da").authors == ["Martin Gram"]


def test_one_byline_under_its_own_title_is_still_read() -> None:
    # The only author element sits in a block with a heading that is not the headline (an author
    # box titled with the name): nothing else names an author, so it is kept.
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        + story(SENTENCES["en"])
        + "<div class='b0'><h3>About the author</h3><p class='b1' rel='author'>Jane Doe</p></div></div>"
    )
    assert meta_of(body).authors == ["Jane Doe"]


def test_a_label_list_stops_at_the_next_label() -> None:
    body = (
        "<div class='a1'><h1>Four things to do in October</h1>"
        "<dl class='m0'><dt>Author:</dt><dd>Jane Doe</dd><dt>Publish date:</dt><dd>Oct 4, 2018</dd></dl>"
        + story(SENTENCES["en"])
        + "</div>"
    )
    assert meta_of(body).authors == ["Jane Doe"]


def test_a_publication_before_the_date_and_a_name_after_it() -> None:
    # "The Guardian 02/10/2020 Anna Fazackerley" on one line: the line does not tell whose name
    # is whose, so the name before the date is not taken for the author.
    body = (
        "<div class='a1'><h1>Student halls too full to be safe</h1>"
        "<p class='m0'>The Guardian 02/10/2020 Anna Fazackerley</p>" + story(SENTENCES["en"]) + "</div>"
    )
    assert "The Guardian" not in meta_of(body).authors


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Tom Krisher, AP Auto Writer", ["Tom Krisher"]), ("Anna Berger | Redakteurin", ["Anna Berger"])],
)
def test_a_job_title_after_a_name_beside_the_date(line: str, expected: list[str]) -> None:
    body = (
        "<div class='a1'><h1>New electric cars highlight the auto show</h1>"
        f"<div class='m0'><p class='m1'>{line}</p><span>Updated 1:39 am, November 20, 2019</span></div>"
        + story(SENTENCES["en"])
        + "</div>"
    )
    assert meta_of(body).authors == expected


def test_an_agency_after_the_names_beside_the_date_is_theirs() -> None:
    body = (
        "<div class='a1'><h1>The governor takes his campaign south</h1>"
        "<div class='m0'><p class='m1'>Meg Kinnard and Errin Haines, Associated Press</p>"
        "<span>Updated 12:24 am EST, Wednesday, November 20, 2019</span></div>"
        + story(SENTENCES["en"])
        + "</div>"
    )
    assert meta_of(body).authors == ["Meg Kinnard", "Errin Haines"]


def test_ui_words_in_a_gallery_whose_caption_tells_a_date_are_no_name() -> None:
    caption = (
        "Former Governor Deval Patrick speaks with a business owner during a campaign stop in "
        "Columbia on Tuesday, November 19, 2019, his first visit to the state since he entered the race "
        "for the nomination of his party last week."
    )
    gallery = (
        "<div class='g0'><div class='g1'><div class='g2'><span>Photo: Meg Kinnard, AP</span></div>"
        "<div class='g3'><div class='g4'>Image 1 of 5</div>"
        "<div class='g5'><p>Caption</p><p>Close</p></div></div>"
        f"</div><div class='g6'>{caption}</div></div>"
    )
    body = (
        "<div class='a1'><h1>The governor takes his campaign south</h1>"
        + gallery
        + story(SENTENCES["en"])
        + "</div>"
    )
    assert meta_of(body).authors == []


def test_a_declared_author_mark_under_a_subheading_outranks_class_words() -> None:
    # The author link (rel=author) closes the story, under its subheadings; an element classed
    # "byline" under the headline names someone else: the declared mark is not given up.
    body = (
        "<div class='a0'><div class='a1'><h1>How to decant wine</h1>"
        "<div class='byline'>Tom Stone</div></div>"
        "<div class='a2'><h2>Why decant at all</h2>"
        + story(SENTENCES["en"])
        + "<h2>Which wines to decant</h2>"
        + story(SENTENCES["en"])
        + "<p class='a3'><a rel='author' href='/author/susanne-boersch/'>Susanne Börsch</a></p></div></div>"
    )
    assert "Susanne Börsch" in meta_of(body).authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe 1, John Roe 2", "By Jane Doe  , John Roe  "),  # a mark right before the comma
        ("Jane Doe 1 , 2 , … John Roe 3", "By Jane Doe   ,   ,   John Roe  "),
        ("Jane Doe 1,2, John Roe 2", "By Jane Doe  , , John Roe  "),  # two affiliations
        ("Jane Doe and John Roe", "By Jane Doe and John Roe"),
    ],
)
def test_footnote_marks_between_names_go(line: str, names: str) -> None:
    assert _labelled("By", line) == names


# ------------------------------------------------ a journal's list of authors, no byline word

# (language, separator the next-to-last item ends with, names)
AUTHOR_LIST_PAGES = [
    ("en", "&", ["Jane Doe", "John Roe", "Mary Major"]),
    ("de", "und", ["Anna Berger", "Max Muster", "Lena Hartwell"]),
    ("fr", "et", ["Jean Dupont", "Claire Martin", "Luc Bernard"]),
    ("es", "y", ["Joana Silva", "Pedro Gómez", "Lucía Torres"]),
]


@pytest.mark.parametrize("case", AUTHOR_LIST_PAGES, ids=[c[0] for c in AUTHOR_LIST_PAGES])
def test_an_author_list_with_footnote_marks_and_separators(case: tuple[str, str, list[str]]) -> None:
    lang, last, names = case
    # Each name in an item of its own, with its affiliation's mark and the separator to the next
    # name; an elided list's "…" item before the last name.
    items = [
        f"<li class='author-list__item'><a href='#p{i}'>{n}</a><sup><a href='#a{i}'>{i}</a></sup>"
        f"{',' if i < len(names) - 2 else ' ' + last if i == len(names) - 2 else ''}</li>"
        for i, n in enumerate(names)
    ]
    items.insert(len(names) - 1, "<li class='author-list__more'>…</li>")
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<ul class='author-list'>{''.join(items)}</ul>" + story(SENTENCES[lang]) + "</div>"
    )
    assert meta_of(body, lang).authors == names


@pytest.mark.parametrize(("lang", "reading"), [("en", "5 Min Read"), ("de", "3 Min Lesezeit")])
def test_a_reading_time_in_the_byline_bar_is_no_name(lang: str, reading: str) -> None:
    # Only a superscript is a footnote mark: a number on the line is no mark to drop.
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        "<div class='BylineBar_byline'><span><a href='/journalists/jane-doe'>Jane Doe</a></span></div>"
        f"<p class='BylineBar_reading-time'>{reading}</p>" + story(SENTENCES[lang]) + "</div>"
    )
    assert meta_of(body, lang).authors == ["Jane Doe"]
