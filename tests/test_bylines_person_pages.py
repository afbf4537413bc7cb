"""Bylines a page shows without a byline word or class word (no JSON-LD, no <meta>, opaque class
names): a name linked to a page whose address names the person ("/av/viktor-hedlund/"), unless
that page is a topic or tag page ("/topics/linda-park": a person tag); a name beside the
author's portrait (a picture named after them); a byline after a standfirst that follows the
date line. Menu entries, topic tags, photo credits, related cards and commenters stay out.
Each page is written for the test."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract.meta.authors import _slug, _to_own_page
from tests.bylinepages import SENTENCES, meta_of, story

pytestmark = pytest.mark.unit

_DATES = {
    "en": "May 3, 2025",
    "de": "03.05.2025",
    "da": "3. maj 2025",
    "es": "3 de mayo de 2025",
    "sv": "3 maj 2025",
}


def _linked(lang: str, href: str, name: str, title: str = "", portrait: bool = False) -> str:
    tip = f" title='{title}'" if title else ""
    picture = "<img src='/i/7f3a9.jpg' alt=''>" if portrait else ""
    return (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<div class='q0'><a class='q1' href='{href}'{tip}>{picture}<span>{name}</span></a>"
        f"<span class='q2'>{_DATES[lang]}</span></div>" + story(SENTENCES[lang]) + "</div>"
    )


# ------------------------------------------------ a name linked to the person's own page

# (language, link, name): the address names the person under any path word, or none; the link
# holds their picture
OWN_PAGES = [
    ("sv", "/av/viktor-hedlund/", "Viktor Hedlund"),
    ("de", "https://news.example.org/team/till-eckert/", "Till Eckert"),
    ("es", "/equipo/marta-canete-5890/", "Marta Cañete"),
    ("en", "/victoria-oregan-2/", "Victoria O'Regan"),
    ("da", "/medarbejdere/12-soren-moller.html", "Søren Møller"),
]


@pytest.mark.parametrize("case", OWN_PAGES, ids=[c[0] for c in OWN_PAGES])
def test_a_name_linked_to_a_page_that_names_the_person(case: tuple[str, str, str]) -> None:
    lang, href, name = case
    assert meta_of(_linked(lang, href, name, portrait=True), lang).authors == [name]
    # A bare link to it beside the date is no byline alone: story cards show their titles
    # linked to addresses made of them, beside their dates.
    assert meta_of(_linked(lang, href, name), lang).authors == []


# (language, link, name): a topic or tag page of the person, with their picture
TOPIC_PAGES = [
    ("en", "/topics/linda-park", "Linda Park"),
    ("de", "/thema/anna-berger/", "Anna Berger"),
    ("da", "/emne/mette-holm", "Mette Holm"),
    ("es", "/etiqueta/joana-silva/", "Joana Silva"),
    ("sv", "/tagg/person/viktor-hedlund/", "Viktor Hedlund"),
]


@pytest.mark.parametrize("case", TOPIC_PAGES, ids=[c[0] for c in TOPIC_PAGES])
def test_a_name_linked_to_a_topic_page_is_a_tag(case: tuple[str, str, str]) -> None:
    lang, href, name = case
    assert meta_of(_linked(lang, href, name, portrait=True), lang).authors == []


# (language, link, name, tooltip, expected): a topic-path link whose tooltip credits the person
TOOLTIPS = [
    (
        "de",
        "/thema/duy-linh-dinh,145046_58/",
        "Duy Linh Dinh",
        "Alle Inhalte von Duy Linh Dinh",
        ["Duy Linh Dinh"],
    ),
    ("es", "/tema/luna-gonzalez", "Luna González", "Listado de noticias de Luna González", ["Luna González"]),
    ("en", "/topics/jane-doe", "Jane Doe", "More stories by Jane Doe", ["Jane Doe"]),
    ("de", "/thema/anna-berger/", "Anna Berger", "Alles über Anna Berger", []),
    ("en", "/topics/jane-doe", "Jane Doe", "Jane Doe", []),
]


@pytest.mark.parametrize("case", TOOLTIPS, ids=[f"{c[0]}-{bool(c[4])}" for c in TOOLTIPS])
def test_a_topic_link_whose_tooltip_credits_the_person(case: tuple[str, str, str, str, list[str]]) -> None:
    lang, href, name, title, expected = case
    assert meta_of(_linked(lang, href, name, title), lang).authors == expected


def test_an_address_that_does_not_name_the_person_is_not_their_page() -> None:
    # A link to another story, to a section, or to a page named after only one of the words.
    for href in ("/news/2025/budget-approved", "/sport/", "/av/viktor/", "/av/hedlund-viktor-x/"):
        assert meta_of(_linked("sv", href, "Viktor Hedlund", portrait=True), "sv").authors == []
    # Nor a script's call that names them.
    assert meta_of(_linked("en", "javascript:play('Ben Patton')", "Ben Patton", portrait=True)).authors == []


def test_a_row_of_story_cards_under_the_headline_is_no_byline() -> None:
    cards = "".join(
        f"<div class='k1'><a href='/features/{slug}.html'><img src='/p/{i}.jpg' alt=''>"
        f"<span>{title}</span></a>"
        f"<span class='k2'>August 18, 2025</span></div>"
        for i, (slug, title) in enumerate(
            (
                ("the-northern-xperience", "The Northern Xperience"),
                ("harbour-ferry-plans", "Harbour Ferry Plans"),
            )
        )
    )
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<div class='k0'>{cards}</div>" + story(SENTENCES["en"]) + "</div>"
    )
    assert meta_of(body).authors == []


def test_links_named_as_their_addresses_are_no_byline() -> None:
    # Section and story links whose addresses are made of their titles, under the headline.
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        "<div class='q0'><a href='/latest-news'>Latest News</a> <a href='/meal-plans/'>Meal Plans</a></div>"
        "<div class='q1'><a href='/2025/05/harbour-board-plans'>Harbour Board Plans</a></div>"
        + story(SENTENCES["en"])
        + "</div>"
    )
    assert meta_of(body).authors == []


def test_a_linked_name_with_its_job_title_after_a_dash() -> None:
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        "<div class='q0'><div class='q1'><a href='mailto:mathias.hagen@example.no'>Mathias Hagen"
        "<span> – Journalist</span></a></div>"
        "<div class='q1'><a href='mailto:anders.skjerdingstad@example.no'>Anders Skjerdingstad"
        "<span> – Journalist i Paris</span></a></div></div>"
        + story(
            "Kvalifiseringen i stavsprang ble av det dramatiske slaget for norske utøvere i kveld, i Paris."
        )
        + "</div>"
    )
    assert meta_of(body, "no").authors == ["Mathias Hagen", "Anders Skjerdingstad"]


# (language, label, name)
LONG_LABELS = [
    ("en", "Author of the article:", "The Associated Press"),
    ("en", "Author of the article:", "Jane Doe"),
    ("fr", "Auteur de l'article :", "Jean Dupont"),
]


@pytest.mark.parametrize("case", LONG_LABELS, ids=[f"{c[0]}-{c[2]}" for c in LONG_LABELS])
def test_a_byline_word_with_a_few_words_and_a_colon_on_a_line_of_its_own(case: tuple[str, str, str]) -> None:
    lang, label, name = case
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<div class='q0'><p class='q1'>{label}</p><div class='q2'>{name}</div></div>"
        + story(SENTENCES.get(lang, SENTENCES["en"]))
        + "</div>"
    )
    assert meta_of(body, lang).authors == [name]


def test_a_label_that_is_not_a_byline_word_and_lower_case_words() -> None:
    # "By the numbers:" before figures; "Text of the law:" before a quote: no byline label.
    for label, after in (
        ("By the numbers:", "Three new ferries"),
        ("Text of the law:", "the council may borrow"),
    ):
        body = (
            "<div class='a1'><h1>The council approves the new budget</h1>"
            f"<div class='q0'><p class='q1'>{label}</p><div class='q2'>{after}</div></div>"
            + story(SENTENCES["en"])
            + "</div>"
        )
        assert meta_of(body).authors == [], label


def test_a_menu_entry_before_the_headline_and_a_related_card_after_the_story_stay_out() -> None:
    body = (
        "<div class='m0'><a href='/av/anna-lind/'>Anna Lind</a><a href='/sport/'>Sport</a></div>"
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<div class='q2'>{_DATES['sv']}</div>"
        + story(SENTENCES["sv"])
        + "<div class='r0'><div class='r1'><a href='/av/per-holm/'>Per Holm</a></div>"
        "<div class='r2'><a href='/a/2'>Another story</a></div></div>"
        "<div class='c0'><a href='/av/eva-berg/'>Eva Berg</a><p class='c1'>I disagree with this.</p></div>"
        "</div>"
    )
    assert meta_of(body, "sv").authors == []


def test_a_byline_after_a_standfirst_that_follows_the_date_line() -> None:
    standfirst = "Kommunen har röstat om budgeten för nästa år, och oppositionen är inte nöjd med resultatet."
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<div class='q2'><time datetime='2025-05-03'>Publicerad {_DATES['sv']}</time></div>"
        f"<div class='q3'><p class='q4'>{standfirst}</p><p class='q4'>Nu väntar beslutet.</p></div>"
        "<div class='q5'><a href='/av/viktor-hedlund/'><img src='/i/56.jpg' alt=''>"
        "<div>Viktor Hedlund</div></a></div>" + story(SENTENCES["sv"]) + "</div>"
    )
    assert meta_of(body, "sv").authors == ["Viktor Hedlund"]


# ------------------------------------------------ a name beside the author's portrait


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_a_name_beside_a_picture_named_after_the_person(lang: str) -> None:
    standfirst = SENTENCES[lang] + " " + SENTENCES[lang]
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        f"<p class='q0'>{standfirst}</p>"
        "<div class='q1'><img src='/pictures/harbour-view.jpg' alt=''>"
        "<div class='q2'>Foto: Miles Lilley</div></div>"
        "<div class='q3'><div class='q4'><img src='https://img.example.org/plain/https%3A%2F%2Fimg%2Fbyline%2Fmark-sigetty.jpg'>"
        "<div class='q5'><span class='q6'>Mark Sigetty</span></div></div></div>"
        + story(SENTENCES[lang])
        + "</div>"
    )
    assert meta_of(body, lang).authors == ["Mark Sigetty"]


def test_a_name_under_a_picture_of_something_else_is_a_credit_not_a_byline() -> None:
    body = (
        "<div class='a1'><h1>The council approves the new budget</h1>"
        "<div class='q1'><img src='/pictures/harbour-view.jpg' alt=''><div class='q2'>Tom Baker</div></div>"
        + story(SENTENCES["en"])
        + "</div>"
    )
    assert meta_of(body).authors == []


def test_a_name_under_a_picture_of_the_person_the_story_is_about_is_no_byline() -> None:
    # The subject's picture, named after the story and then the person, captioned with the name.
    body = (
        "<div class='a1'><h1>Standings after the last race</h1>"
        "<div class='q1'><img src='/uploads/2019/03/nascar19-kyle-busch.jpg' alt=''>"
        "<div class='q2'>Kyle Busch</div></div>" + story(SENTENCES["en"]) + "</div>"
    )
    assert meta_of(body).authors == []


# ------------------------------------------------ the pieces


def test_slug_is_the_name_as_addresses_write_it() -> None:
    assert _slug("Marta Cañete") == "marta-canete"
    assert _slug("Søren Møller") == "soren-moller"
    assert _slug("Victoria O’Regan") == "victoria-oregan"
    assert _slug("Jörg Groß") == "jorg-gross"
    assert _slug("Андрей Колесников") == ""


def test_own_page_needs_the_whole_name_in_one_path_segment() -> None:
    def link(href: str, title: str = "") -> html.HtmlElement:
        return html.fragment_fromstring(f"<a href='{href}' title='{title}'>x</a>")

    assert _to_own_page(link("/autor/4971-piotr-jendroszczyk"), "Piotr Jendroszczyk")
    assert _to_own_page(link("/verlag/redakteure/jens-kassner-redakteur-kas"), "Jens Kassner")
    assert not _to_own_page(link("/piotr/jendroszczyk"), "Piotr Jendroszczyk")
    assert not _to_own_page(link("/autor/piotr-jendroszczykowski"), "Piotr Jendroszczyk")
    assert not _to_own_page(link("/autor/madonna"), "Madonna")  # one word: too often a topic
    assert not _to_own_page(link("/tags/jane-doe"), "Jane Doe")
    assert _to_own_page(link("/tags/jane-doe", "Posts by Jane Doe"), "Jane Doe")
    assert not _to_own_page(link("http://[bad/jane-doe"), "Jane Doe")
