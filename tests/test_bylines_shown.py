"""Bylines a page shows when it declares no author (no JSON-LD, no <meta>): a name ends where
its link or line ends (a place, a section label or a job title in the next element is not run
into it); of the elements marked as author, a picture's credit, another story's byline (an
<article> inside the story's, a story card) and the outer element around an inner one that names
the person are not read. Each page is written for the test, in several languages."""

from __future__ import annotations

import pytest

from tests.bylinepages import meta_of, story

pytestmark = pytest.mark.unit


# ------------------------------------------------ a name ends where its link or line ends

# (language, byline word, name, the next element's words, headline, sentence, date)
RUN_ON_PAGES = [
    (
        "de",
        "Ein Kommentar von",
        "Jana Sellmer",
        "Ulm",
        "Warum die Stadt mehr Radwege braucht",
        "Die Stadt hat im vergangenen Jahr so wenige Radwege gebaut wie seit zehn Jahren nicht mehr.",
        "11.07.2026, 09:30 Uhr",
    ),
    (
        "en",
        "By",
        "Emma Mackin",
        "Lifestyle Writer",
        "Five ways to keep your kitchen tidy",
        "Keeping a kitchen tidy is easier when every pan and plate has a place of its own on a shelf.",
        "14:00, 28 Apr 2024",
    ),
    (
        "es",
        "Por",
        "Daniel Arroyo",
        "Córdoba",
        "El ayuntamiento aprueba el nuevo presupuesto",
        "El pleno del ayuntamiento aprobó el martes el presupuesto del próximo año tras un largo debate.",
        "25/04/2026 12:10",
    ),
]


def _run_on_page(case: tuple[str, str, str, str, str, str, str]) -> str:
    _, prefix, name, label, headline, sentence, date = case
    slug = name.lower().replace(" ", "-")
    return (
        f"<h1>{headline}</h1><div class='q1'><div class='q2'>{prefix}</div>"
        f"<div class='q3'><a href='/autor/{slug}/'><div class='q4'>{name}</div></a></div>"
        f"<div class='q5'><span><time datetime=''>{date}</time></span>"
        f"<span class='q6'>{label}</span></div></div>" + story(sentence)
    )


@pytest.mark.parametrize("case", RUN_ON_PAGES, ids=[c[0] for c in RUN_ON_PAGES])
def test_a_name_ends_where_its_link_ends(case: tuple[str, str, str, str, str, str, str]) -> None:
    lang, _, name, label, _, _, _ = case
    authors = meta_of(_run_on_page(case), lang).authors
    assert authors == [name]
    assert not any(label.split()[0] in a for a in authors)


@pytest.mark.parametrize("case", RUN_ON_PAGES, ids=[c[0] for c in RUN_ON_PAGES])
def test_a_name_line_ends_where_its_paragraph_ends(case: tuple[str, str, str, str, str, str, str]) -> None:
    lang, _, name, label, headline, sentence, date = case
    body = (
        f"<h1>{headline}</h1><div class='r1'><div class='r2'><div class='r3'>"
        f"<p class='r4'>{name}</p><p class='r5'><span>{label}</span></p></div>"
        f"<time datetime='2026-04-25T13:10:38Z'>{date}</time></div></div>" + story(sentence)
    )
    authors = meta_of(body, lang).authors
    assert authors == [name]


def test_a_name_held_whole_by_its_link_is_kept_whole() -> None:
    """Given and family name in one link, the middle name outside none: nothing is cut."""
    body = (
        "<h1>City council approves the new budget</h1>"
        "<div class='q1'>By <a href='/author/mary-ann-smith/'><span>Mary Ann</span> <span>Smith</span></a>"
        " <span>14:00, 28 Apr 2024</span></div>"
        + story("The city council approved next year's budget on Tuesday after a long and heated debate.")
    )
    assert meta_of(body).authors == ["Mary Ann Smith"]


# ------------------------------------------------ which author elements are the story's


def _author_box(name: str, role: str) -> str:
    return (
        f"<div class='author-box'><div class='author-box__item'><p class='author-box__name'>"
        f"<a href='/autor/{name.lower().replace(' ', '-')}/'>{name}</a></p>"
        f"<p class='author-box__role'>{role}</p></div></div>"
    )


# (language, name, role with a place, photographer, other story's author, headline, sentence)
ELEMENT_PAGES = [
    (
        "es",
        "Marta Cañas",
        "Corresponsal en Atenas",
        "Pella Photo",
        "Guillermo Ortiz",
        "Detenido un funcionario por fraude en las ayudas agrícolas",
        "La policía detuvo el lunes a un funcionario acusado de desviar ayudas agrícolas durante años.",
    ),
    (
        "de",
        "Anna Berger",
        "Korrespondentin in Wien",
        "Max Muster",
        "Peter Klein",
        "Der Stadtrat beschließt den neuen Haushalt",
        "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
    ),
    (
        "en",
        "Jane Porter",
        "Correspondent in Athens",
        "John Lens",
        "Oliver Stone",
        "City council approves the new budget",
        "The city council approved next year's budget on Tuesday after a long and heated debate.",
    ),
]


@pytest.mark.parametrize("case", ELEMENT_PAGES, ids=[c[0] for c in ELEMENT_PAGES])
def test_only_the_storys_own_author_elements_are_read(
    case: tuple[str, str, str, str, str, str, str],
) -> None:
    lang, name, role, photographer, other, headline, sentence = case
    body = (
        f"<article class='story'><h1>{headline}</h1>"
        f"<figure><img src='/a.jpg' alt=''><figcaption>{sentence[:40]} "
        f"<span class='caption-author'>{photographer}</span></figcaption></figure>"
        + _author_box(name, role)
        + story(sentence)
        + f"<div class='more'><article class='x7'><h3><a href='/other/'>{headline[:20]}</a></h3>"
        f"<span class='x8-author'>{other}</span></article></div></article>"
    )
    authors = meta_of(body, lang).authors
    assert authors == [name]
    assert photographer not in authors
    assert other not in authors
    assert not any(role.split()[-1] == a for a in authors)


@pytest.mark.parametrize("case", ELEMENT_PAGES, ids=[c[0] for c in ELEMENT_PAGES])
def test_bylines_in_story_cards_give_way_to_the_storys_byline(
    case: tuple[str, str, str, str, str, str, str],
) -> None:
    lang, name, _, _, other, headline, sentence = case
    cards = "".join(
        f"<div class='summary-item'><h3><a href='/other/{i}/'>{headline[:15]} {i}</a></h3>"
        f"<p class='byline'>{other}</p></div>"
        for i in range(3)
    )
    body = f"<h1>{headline}</h1><p class='byline'>{name}</p>" + story(sentence) + cards
    authors = meta_of(body, lang).authors
    assert authors == [name]
    assert other not in authors


def test_a_card_byline_is_read_when_the_page_shows_no_other() -> None:
    """Only card bylines: they are still read (the story's byline may be set as a card)."""
    body = (
        "<h1>City council approves the new budget</h1>"
        "<div class='teaser-head'><p class='byline'>Jane Porter</p></div>"
        + story("The city council approved next year's budget on Tuesday after a long and heated debate.")
    )
    assert meta_of(body).authors == ["Jane Porter"]


OUTER_PAGES = [
    (
        "en",
        "By",
        "Jane Porter",
        "and",
        "John Roe",
        "City council approves the new budget",
        "The city council approved next year's budget on Tuesday after a long and heated debate.",
    ),
    (
        "de",
        "Von",
        "Anna Berger",
        "und",
        "Peter Klein",
        "Der Stadtrat beschließt den neuen Haushalt",
        "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
    ),
    (
        "fr",
        "Par",
        "Claire Dubois",
        "et",
        "Jean Martin",
        "Le conseil municipal adopte le budget",
        "Le conseil municipal a adopté mardi le budget de l'année prochaine après un long débat.",
    ),
]


@pytest.mark.parametrize("case", OUTER_PAGES, ids=[c[0] for c in OUTER_PAGES])
def test_a_name_outside_the_inner_author_element_is_still_read(
    case: tuple[str, str, str, str, str, str, str],
) -> None:
    """Only the first author linked: the outer byline element still names the second."""
    lang, prefix, first, link, second, headline, sentence = case
    body = (
        f"<h1>{headline}</h1><div class='byline'>{prefix} "
        f"<a class='author-link' href='/author/x/'>{first}</a> {link} {second}</div>" + story(sentence)
    )
    assert meta_of(body, lang).authors == [first, second]


def test_a_byline_in_the_storys_meta_list_is_read_beside_list_items() -> None:
    """A list item is no story card: the byline set as one item of the meta list is read."""
    body = (
        "<h1>City council approves the new budget</h1>"
        "<ul class='post-meta'><li class='post-author'>By Jane Porter</li><li>3 May 2024</li></ul>"
        + story("The city council approved next year's budget on Tuesday after a long and heated debate.")
        + "<div class='author-bio'><p class='author-name'>Jane Porter</p></div>"
    )
    assert meta_of(body).authors == ["Jane Porter"]
