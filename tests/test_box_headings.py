"""Unit tests of the boxes a heading titles rather than heads (``body/headings.py``
``side_boxes``): interactive boxes, boxes of links and labels above the headline, found by
structure (every class name here is opaque)."""

from __future__ import annotations

from lxml import etree

from newscrawl.extract.body.headings import OtherStories, other_story_titles, side_boxes
from newscrawl.extract.nodes import text_of
from newscrawl.extract.page import parse_page

PROSE = (
    "The council met on Tuesday evening to discuss the plans for the new bridge across the river, "
    "which residents have asked for since the old ferry stopped running."
)


def _rules(body: str) -> dict[str, str]:
    page = parse_page(f"<html><body>{body}</body></html>", "https://example.org/news/bridge")
    return side_boxes(page)[0]


def _titles(body: str) -> set[str]:
    return set(_rules(body))


def test_each_box_is_named_by_the_rule_that_found_it() -> None:
    """``explain`` shows why a box went: a side box, an interactive box, a title over links and
    a label above the headline each carry their own rule."""
    rules = _rules(
        "<header><h4>THE CONVERSATION</h4><h1>Bridge plans</h1></header>"
        f"<div><p>{PROSE}</p>"
        "<div class='x1'><h3>Our morning letter</h3><p>The news of the day at six.</p>"
        "<form><input type='email' name='e'><button>Sign up</button></form></div>"
        f"<p>{PROSE}</p><div><h3>Key facts</h3><p>The bridge will be 240 metres long.</p></div>"
        f"<p>{PROSE}</p></div>"
        "<section><h2>Latest on:</h2>"
        "<ul><li><a href='/t/a'>Climate</a></li><li><a href='/t/b'>Housing</a></li></ul></section>"
    )
    assert rules == {
        "the conversation": "headline-label",
        "our morning letter": "control-box",
        "key facts": "side-box",
        "latest on:": "link-box",
    }


def test_a_heading_over_a_form_in_a_small_block_is_a_box() -> None:
    titles = _titles(
        f"<article><h1>Bridge</h1><div><p>{PROSE}</p>"
        "<div class='x1'><h3>Our morning letter</h3><p>The news of the day at six.</p>"
        "<form><input type='email' name='e'><input type='hidden' name='l'>"
        "<button>Sign up</button></form></div>"
        f"<p>{PROSE}</p></div></article>"
    )
    assert titles == {"our morning letter"}


def test_a_hidden_field_or_a_scripted_link_in_the_text_is_no_control() -> None:
    titles = _titles(
        f"<article><h1>Bridge</h1><p>{PROSE}</p>"
        "<section><h2>Sensors in six streets</h2><p>Six streets get sensors. <a href='#'>See the map</a></p>"
        "<input type='hidden' name='token'></section>"
        f"<section><h2>Mediators at weekends</h2><p>{PROSE}</p></section></article>"
    )
    assert titles == set()


def test_a_scripted_button_beside_the_text_makes_a_box() -> None:
    titles = _titles(
        f"<article><h1>Bridge</h1><p>{PROSE}</p><p>{PROSE}</p>"
        "<div><div><h3>Go on with ads</h3><p>As usual, with tracking.</p><a href='#'>Agree</a></div>"
        "<div><h3>No ads with Plus</h3><p>From 4.99 a month.</p>"
        "<a href='javascript:void(0)'>More</a></div></div></article>"
    )
    assert titles == {"go on with ads", "no ads with plus"}


def test_a_post_and_a_comment_form_under_headings_of_their_own_are_no_box() -> None:
    titles = _titles(
        "<div><div><h2><a href='https://example.org/news/bridge'>Number two</a></h2>"
        "<p>It has been a while since the first one was born. A few days ago the second came.</p></div>"
        "<h2>No comments yet</h2><h2>Say your words</h2>"
        "<form><input name='name'><textarea name='c'></textarea></form></div>"
    )
    assert titles == set()


def test_a_heading_over_nothing_but_links_is_a_box() -> None:
    titles = _titles(
        f"<article><h1>Bridge</h1><div><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<section><h2>Latest on:</h2>"
        "<ul><li><a href='/t/a'>Climate</a></li><li><a href='/t/b'>Housing</a></li></ul>"
        "<ul><li><a href='/n/1'>Ferry timetable changes for the summer</a></li>"
        "<li><a href='/n/2'>Harbour wall repairs finished early</a></li></ul></section></article>"
    )
    assert titles == {"latest on:"}


def test_a_heading_over_prose_with_links_is_no_box() -> None:
    titles = _titles(
        f"<article><h1>Bridge</h1><p>{PROSE}</p>"
        "<section><h2>Sources</h2><p>The figures come from <a href='/r/1'>the council's report</a> and from "
        "<a href='/r/2'>the ferry company</a>, which kept counts of its passengers for thirty years "
        "before it stopped running.</p></section></article>"
    )
    assert titles == set()


def test_a_heading_right_above_the_headline_is_its_label() -> None:
    titles = _titles(
        "<header><h4>THE CONVERSATION</h4><h1>Bridge plans</h1></header>"
        f"<div><p>{PROSE}</p><h2>What the residents say</h2><p>{PROSE}</p></div>"
    )
    assert titles == {"the conversation"}


def test_a_heading_with_prose_before_the_headline_is_no_label() -> None:
    titles = _titles(
        f"<div><h2>A note from the editor</h2><p>{PROSE}</p><h1>Bridge plans</h1><p>{PROSE}</p></div>"
    )
    assert titles == set()


def test_a_fold_toggle_is_no_control() -> None:
    titles = _titles(
        f"<article><h1>Bridge</h1><p>{PROSE}</p>"
        "<div><div><h2>In short</h2><ul><li>The council approved the plans.</li></ul>"
        "<p>This summary was written by the newsroom.</p>"
        "<a href='#' role='button' aria-expanded='false' aria-controls='x'>Show more</a></div></div>"
        f"<p>{PROSE}</p></article>"
    )
    assert titles == set()


def test_text_written_between_links_under_a_heading_is_prose() -> None:
    titles = _titles(
        f"<article><h1>Bridge</h1><div><p>{PROSE}</p><h2>Cheap plans for light users</h2>"
        "After the success of the first offer the company repeats it <a href='/go/1'>for 5.99 a month</a>"
        " with the same allowance of minutes and messages as before.<!-- ad --><br><br>"
        "<a href='/go/2'>Go to the offer</a></div></article>"
    )
    assert titles == set()


def test_a_title_over_story_cards_with_linked_titles_is_a_box() -> None:
    titles = _titles(
        f"<article><h1>Bridge</h1><div><p>{PROSE}</p><p>{PROSE}</p>"
        "<h2>More on the river</h2>"
        "<div><h3><a href='/n/1'>Ferry timetable changes for the summer</a></h3></div>"
        "<div><a href='/n/2'><h3>Harbour wall repairs finished early</h3></a></div>"
        f"<h2>What comes next</h2><p>{PROSE}</p></div></article>"
    )
    assert titles == {"more on the river"}


def test_a_title_last_in_its_wrapper_heads_what_follows_the_wrapper() -> None:
    links = (
        "<ul><li><a href='/n/1'>Ferry timetable changes for the summer</a></li>"
        "<li><a href='/n/2'>Harbour wall repairs finished early</a></li></ul>"
    )
    titles = _titles(
        f"<article><h1>Bridge</h1><div><p>{PROSE}</p><p>{PROSE}</p></div>"
        f"<section><header><div><span>Blog</span><h2>More from us</h2></div></header>{links}</section>"
        f"<section><div><h2>What comes next</h2></div><p>{PROSE}</p>{links}</section></article>"
    )
    assert titles == {"more from us"}


def test_other_stories_are_read_only_when_a_body_heading_titles_one() -> None:
    """``other_story_titles`` with the body's heading keys: everything (as without them) when
    one of them is a card's or a box's title, else nothing (``cleaning.py`` would read none of
    it)."""
    page = parse_page(
        "<html><body><h1>Bridge plans</h1>"
        f"<div><p>{PROSE}</p><div><h3>Key facts</h3><p>The bridge will be 240 metres long.</p></div>"
        f"<p>{PROSE}</p></div><div class='x2'><div><h3>Ferry service to stop next spring</h3>"
        "<p>The last boats run in April.</p><a href='/news/ferry'>Ferry service to stop next spring</a>"
        "</div></div><h2>Further reading</h2></body></html>",
        "https://example.org/news/bridge",
    )
    whole = other_story_titles(page)
    assert whole.titles == {"ferry service to stop next spring"}
    assert whole.box_titles == {"key facts": "side-box"}
    for headings in ({"key facts"}, {"ferry service to stop next spring", "bridge plans"}):
        assert other_story_titles(page, headings) == whole
    for headings in (set(), {"bridge plans", "further reading"}):
        assert other_story_titles(page, headings) == OtherStories(set(), [])


def testtext_of_reads_what_text_content_reads() -> None:
    """``text_of``: an element's text nodes, as ``text_content()``: no tail, no comment's or
    processing instruction's text, entities and non-ASCII text as parsed."""
    page = parse_page(
        "<html><body><div><a href='/x'>Fähre <!-- note -->&amp; Brücke<?pi x?> <b>neu</b>\u00a0</a>"
        "tail<p></p><span>日本語</span></div></body></html>",
        "https://example.org/news/bridge",
    )
    for node in page.tree.iter(etree.Element):
        assert text_of(node) == node.text_content()
