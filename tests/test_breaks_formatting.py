"""Line breaks inside bold or italic text, and text-only divs among paragraphs rebuilt from
line breaks (``body/breaks.py``): the same text, in markup trafilatura reads whole."""

from __future__ import annotations

from lxml import html

from newscrawl.extract.body.breaks import breaks_out_of_formatting, paragraphs_from_breaks

PROSE = (
    "The council voted on Tuesday to extend the night service on three lines during the festival week, "
    "citing record demand last year and complaints from workers on late shifts."
)


def _markup(node: html.HtmlElement) -> str:
    return html.tostring(node, encoding=str)


def test_a_break_inside_bold_splits_the_bold_text() -> None:
    tree = html.fromstring(
        '<div><p><b class="x">Awards:<br>2010</b> first prize // <b>2008</b> medal</p></div>'
    )
    breaks_out_of_formatting(tree)
    assert _markup(tree.find("p")) == (
        '<p><b class="x">Awards:</b><br><b class="x">2010</b> first prize // <b>2008</b> medal</p>'
    )


def test_a_break_closing_bold_text_moves_after_it_and_nested_formatting_is_split_too() -> None:
    tree = html.fromstring(
        "<div><p><strong><em>Prizes:<br></em></strong><strong>2019</strong> first</p></div>"
    )
    breaks_out_of_formatting(tree)
    paragraph = tree.find("p")
    assert _markup(paragraph) == "<p><strong><em>Prizes:</em></strong><br><strong>2019</strong> first</p>"
    assert paragraph.text_content() == "Prizes:2019 first"


def test_breaks_outside_formatting_stay_where_they_are() -> None:
    markup = "<p>One line<br><span>two <b>bold</b></span><br>three</p>"
    tree = html.fromstring(f"<div>{markup}</div>")
    breaks_out_of_formatting(tree)
    assert _markup(tree.find("p")) == markup


def test_a_text_only_div_among_rebuilt_paragraphs_becomes_a_paragraph() -> None:
    tree = html.fromstring(
        f"<div>{PROSE}<br><br>{PROSE}<br><br><div><b>Verdict:</b> very good</div>"
        f"<div>{PROSE} <strong>End.</strong></div><div><ul><li>menu</li></ul></div></div>"
    )
    paragraphs_from_breaks(tree)
    tags = [child.tag for child in tree]
    assert tags == ["p", "p", "p", "p", "div"]  # a div holding a list stays a div
