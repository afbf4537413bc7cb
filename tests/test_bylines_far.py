"""A byline line before the headline is read only beside it: on a page no <article> bounds, the
site's header and menus come before the story's headline, deep in their own blocks, and a menu
entry or a listed story's title that opens with a byline word ("Autoren", "Von Sarajevo …") is the
site's, not the story's byline. A byline set just above the headline is still read. Each page is
written for the test, with opaque class names."""

from __future__ import annotations

import pytest

from tests.bylinepages import meta_of, story

pytestmark = pytest.mark.unit

# (language, a header line that reads as a byline, the byline after the headline, its names, sentence)
PAGES = [
    (
        "de",
        "Autoren Podcast Newsletter Shop Kontakt",
        "Von Tomas Spahn",
        ["Tomas Spahn"],
        "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
    ),
    (
        "en",
        "By Land And Sea",
        "By Jane Doe",
        ["Jane Doe"],
        "The city council approved next year's budget on Tuesday after a long and heated debate.",
    ),
    (
        "es",
        "Por Tierra Santa",
        "Por Joana Silva",
        ["Joana Silva"],
        "El ayuntamiento aprobó el martes el presupuesto del año próximo tras un largo debate.",
    ),
]


def _header(line: str) -> str:
    """The site's header: a bar of menus, the line deep in one of them."""
    return (
        "<div class='h0'><div class='h1'><div class='h2'><div class='h3'><ul class='h4'>"
        f"<li class='h5'><a href='/a/'>Start</a></li><li class='h5'>{line}</li></ul></div></div></div></div>"
    )


def _main(inner: str) -> str:
    """The story's column, the headline deep in it."""
    return f"<div class='m0'><div class='m1'><div class='m2'><div class='m3'>{inner}</div></div></div></div>"


@pytest.mark.parametrize("case", PAGES, ids=[c[0] for c in PAGES])
def test_a_header_line_far_before_the_headline_is_no_byline(
    case: tuple[str, str, str, list[str], str],
) -> None:
    lang, line, byline, names, sentence = case
    body = _header(line) + _main(f"<h1>Headline</h1><p class='b1'>{byline}</p>{story(sentence)}")
    assert meta_of(body, lang).authors == names


@pytest.mark.parametrize("case", PAGES, ids=[c[0] for c in PAGES])
def test_a_header_line_is_no_byline_when_the_story_has_none(
    case: tuple[str, str, str, list[str], str],
) -> None:
    lang, line, _, _, sentence = case
    body = _header(line) + _main(f"<h1>Headline</h1>{story(sentence)}")
    assert meta_of(body, lang).authors == []


@pytest.mark.parametrize("case", PAGES, ids=[c[0] for c in PAGES])
def test_a_byline_just_above_the_headline_is_read(case: tuple[str, str, str, list[str], str]) -> None:
    lang, _, byline, names, sentence = case
    headline = "<h1>The council, the budget and the long night of the vote</h1>"
    body = _main(f"<div class='k0'><p class='b1'>{byline}</p>{headline}</div>{story(sentence)}")
    assert meta_of(body, lang).authors == names


def test_a_byline_before_a_headline_that_is_no_heading_is_read() -> None:
    # The headline found as a title in a <div> may be another story's (a side column's): no
    # position is read from it, the byline in the story's column before it stays.
    title = "The council, the budget and the long night of the vote"
    sentence = "The city council approved next year's budget on Tuesday after a long and heated debate."
    column = f"<div class='c0'><div class='c1'><div class='c2'><p class='b1'>By Jane Doe</p>{story(sentence)}"
    column += "</div></div></div>"
    side = _main(f"<div class='s1'>{title}</div>")
    meta = meta_of(column + side, "en", head=f"<title>{title}</title>")
    assert meta.authors == ["Jane Doe"]
