"""Dates a page shows when it declares none (no JSON-LD, no <meta>, no itemprop, no <time
datetime>): the story's date line is the one nearest its headline, not another story's teaser
date before or after it; a byline or a line of names running into the date is a date line; a
small meta box (<aside>) beside the headline is read; date lines of several languages. A time
with no zone stays naive (``date_published`` None, ``date_published_raw`` as shown) unless the
language tag names one civil zone. Each page is written for the test."""

from __future__ import annotations

import pytest

from newscrawl.extract.article import extract_article
from newscrawl.extract.meta.datelines import looks_like_dateline, undated
from tests.bylinepages import SENTENCES, meta_of, story

pytestmark = pytest.mark.unit


def _teasers(dates: list[str], title: str) -> str:
    """A row of other stories' cards, each with its date line."""
    cards = "".join(
        f"<li><div class='c1'><a href='/other/{i}'>{title} {i}</a></div><div class='c2'>{date}</div></li>"
        for i, date in enumerate(dates)
    )
    return f"<ul class='r7'>{cards}</ul>"


def _page(lang: str, lead: str, before: str = "", after: str = "") -> str:
    return (
        f"<div class='q1'>{before}</div><div class='q2'><h1>Der Haushalt ist beschlossen</h1>"
        f"{lead}{story(SENTENCES[lang[:2]])}</div><div class='q3'>{after}</div>"
    )


# ----------------------------------------------------- teaser dates before and after the story's

# (language, the story's date line, teaser dates before it, after it, expected raw date)
NEAREST_PAGES = [
    (
        "de",
        "<div class='d4'>28.04.2024, 09:36 Uhr</div>",
        ["19.03.2024, 11:00 Uhr", "05.03.2024, 08:15 Uhr"],
        ["26.04.2024, 17:45 Uhr"],
        "2024-04-28T09:36:00+02:00",
    ),
    (
        "en-GB",
        "<div class='d4'>Updated 10:05, 3 May 2024</div><div class='d5'>09:12, 3 May 2024</div>",
        ["12:00, 1 May 2024", "08:30, 2 May 2024"],
        [],
        "2024-05-03T09:12:00+01:00",
    ),
    (
        "es",
        "<div class='d4'>Publicado el 3 de mayo de 2024, 10:30</div>",
        ["2 de mayo de 2024, 18:00"],
        ["1 de mayo de 2024, 07:00", "30 de abril de 2024, 12:00"],
        "2024-05-03T10:30:00+02:00",
    ),
    (
        "nl",
        "<div class='d4'>Gepubliceerd op vrijdag 3 mei 2024 om 10:30</div>",
        ["donderdag 2 mei 2024 om 18:00"],
        [],
        "2024-05-03T10:30:00+02:00",
    ),
]


@pytest.mark.parametrize(("lang", "line", "before", "after", "expected"), NEAREST_PAGES)
def test_the_date_nearest_the_headline_wins_over_teaser_dates(
    lang: str, line: str, before: list[str], after: list[str], expected: str
) -> None:
    body = _page(lang, line, _teasers(before, "Andere Meldung"), _teasers(after, "Weitere Meldung"))
    assert meta_of(body, lang).date_published == expected


def test_a_date_line_just_above_the_headline_beats_the_masthead_date() -> None:
    body = (
        "<div class='m1'><div class='m2'>Dienstag, 30. April 2024</div><div class='m3'>Menü</div></div>"
        + "".join(f"<div class='n{i}'><a href='/s/{i}'>Rubrik {i}</a></div>" for i in range(8))
        + "<div class='k1'>Politik 28.04.2024</div><div class='k2'>28.04.2024</div>"
        + "<h1>Der Haushalt ist beschlossen</h1>"
        + story(SENTENCES["de"])
    )
    assert meta_of(body, "de").date_published == "2024-04-28"


# ----------------------------------------------- a byline or a line of names running into the date

# (language, the line under the headline, expected raw date)
BYLINE_PAGES = [
    ("de", "<p class='a1'>Anna Berger 28.04.2024 | 09:36 Uhr</p>", "2024-04-28T09:36:00+02:00"),
    (
        "en-GB",
        "<div class='a1'>By Jane Doe Lifestyle Writer 14:00, 28 Apr 2024</div>",
        "2024-04-28T14:00:00+01:00",
    ),
    ("fr", "<div class='a1'>Par Jean Dupont le 3 mai 2024 à 10h30</div>", "2024-05-03T10:30:00+02:00"),
    ("es", "<div class='a1'>Por María García 3 de mayo de 2024, 10:30</div>", "2024-05-03T10:30:00+02:00"),
    ("nl", "<div class='a1'>Door Jan de Vries 3 mei 2024, 10:30</div>", "2024-05-03T10:30:00+02:00"),
    ("pl", "<div class='a1'>Anna Nowak 03.05.2024 10:30</div>", "2024-05-03T10:30:00+02:00"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), BYLINE_PAGES)
def test_a_byline_running_into_the_date_gives_the_date(lang: str, line: str, expected: str) -> None:
    assert meta_of(_page(lang, line), lang).date_published == expected


def test_a_dated_name_line_of_a_teaser_far_below_is_no_date_line() -> None:
    far = "".join(f"<div class='f{i}'><a href='/x/{i}'>Link {i}</a></div>" for i in range(45))
    body = _page("de", "", after=far + "<p class='t1'>Anna Berger 12.03.2024 | 08:00 Uhr</p>")
    assert meta_of(body, "de").date_published is None


# -------------------------------------------------------------- a meta box beside the headline


def test_a_small_aside_beside_the_headline_gives_the_date() -> None:
    body = (
        "<main><div class='g1'><div class='g2'><h1>Spain's farmers block roads again</h1></div>"
        "<aside class='g3'><address><span>Associated Press in Valencia</span></address>"
        "<div class='g4'>Sat 24 Feb 2024 12.42 CET</div></aside>"
        f"<div class='g5'>{story(SENTENCES['en'])}</div></div></main>"
    )
    assert meta_of(body, "en").date_published == "2024-02-24T12:42:00+01:00"


def test_a_sidebar_of_dated_teasers_is_not_read() -> None:
    teasers = "".join(
        f"<div class='s{i}'><a href='/t/{i}'>Another story about the council number {i}</a>"
        f"<div>Sat {10 + i} Feb 2024 12.42 CET</div></div>"
        for i in range(6)
    )
    body = (
        f"<main><div class='g1'><h1>Spain's farmers block roads again</h1><aside>{teasers}</aside>"
        f"<div class='g5'>{story(SENTENCES['en'])}</div></div></main>"
    )
    assert meta_of(body, "en").date_published is None


# ----------------------------------------------------------------- date lines of more languages


@pytest.mark.parametrize(
    "line",
    [
        "Mis en ligne le 3 mai 2024 à 10h30",
        "Geplaatst op 3 mei 2024 om 10:30",
        "Gepubliceerd op vrijdag 3 mei 2024 om 10:30",
        "Opublikowano: piątek, 3 maja 2024, 10:30",
        "Publicado em 3 de maio de 2024, às 10:30",
        "Publicado sexta-feira, 3 de maio de 2024 às 10:30",
        "Publisert torsdag 09. mai 2024 - 13:26",
        "Publicerad fredag 3 maj 2024 kl 10.30",
        "Fecha de publicación: 3 de mayo de 2024",
    ],
)
def test_date_lines_of_several_languages(line: str) -> None:
    assert looks_like_dateline(line)


def test_undated_leaves_the_byline() -> None:
    line = "Von Anna Berger | Veröffentlicht am 3. Mai 2024, 10:30 Uhr | 4 min read"
    assert undated(line) == "Von Anna Berger"
    assert undated("Anna Berger") is None


# ---------------------------------------------------------------------- a naive time stays naive


def _article(lang: str, line: str) -> tuple[str | None, str | None]:
    page = f'<html lang="{lang}"><head></head><body>{_page(lang, line)}</body></html>'
    article = extract_article(page, "https://news.example.org/story/1")
    return article.date_published, article.date_published_raw


def test_a_naive_time_stays_naive_when_nothing_anchors_it() -> None:
    # "en" is spoken across many zones: the wall clock is kept as shown, no offset is made up.
    line = "<div class='a1'>By Jane Doe 3 May 2024, 10:30</div>"
    assert _article("en", line) == (None, "2024-05-03T10:30:00")


def test_a_naive_time_takes_the_single_zone_of_the_language_tag() -> None:
    published, raw = _article("en-GB", "<div class='a1'>By Jane Doe 3 May 2024, 10:30</div>")
    assert published == raw == "2024-05-03T10:30:00+01:00"


def test_a_bare_day_gets_no_time() -> None:
    assert _article("de", "<p class='a1'>Anna Berger 28.04.2024</p>") == (None, "2024-04-28")
