"""The first-element helpers (``extract/nodes.py``) answer as lxml's ``iter`` and ``find`` do;
what a form's field is (``reader_field``, ``shown_field``)."""

from __future__ import annotations

import pytest
from lxml import html

from newscrawl.extract.nodes import FIELD_TAGS, first_below, first_in, reader_field, shown_field

pytestmark = pytest.mark.unit

PAGE = html.fromstring(
    "<div><p>one <a>no link</a></p><section><h2>b</h2><span><h3>c</h3><a href='/x'>x</a></span></section>"
    "<!-- a comment --><article><h1>d</h1><p>e</p></article></div>"
)
NODES = list(PAGE.iter())
QUERIES = [
    ("h1",),
    ("h2", "h3"),
    ("h3", "h2"),
    ("div",),
    ("section", "p"),
    ("table",),
    ("a",),
    ("article", "span"),
]


@pytest.mark.parametrize("tags", QUERIES)
def test_first_in_is_the_first_of_iter(tags: tuple[str, ...]) -> None:
    for node in NODES:
        assert first_in(node, *tags) is next(node.iter(*tags), None)


@pytest.mark.parametrize("tags", QUERIES)
def test_first_below_is_find_of_every_descendant(tags: tuple[str, ...]) -> None:
    for node in NODES:
        expected = next((e for e in node.iter(*tags) if e is not node), None)
        assert first_below(node, *tags) is expected
        if len(tags) == 1:
            assert first_below(node, *tags) is node.find(".//" + tags[0])


def test_first_below_with_an_attribute_is_find_with_its_predicate() -> None:
    for node in NODES:
        assert first_below(node, "a", attribute="href") is node.find(".//a[@href]")


def test_a_reader_field_is_typed_in_or_ticked_a_shown_field_is_any_but_a_hidden_one() -> None:
    """``reader_field`` (where ``prepare``'s form boxes grow from): text-like inputs, check
    boxes, radio buttons, menus and text areas, and an input of a type HTML does not know (a
    browser shows a text field), type read case-blind with white space around it forgiven.
    ``shown_field`` (``headings``' control boxes): any field but a hidden input,
    its type read as written (" hidden" is no type HTML knows: a text field)."""
    form = html.fromstring(
        "<form><input><input type='Email'><input type=' text '><input type='CHECKBOX'>"
        "<input type='hidden'><input type='HIDDEN'><input type=' hidden'><input type='submit'>"
        "<input type='image'><input type='date'><select><option>a</option></select>"
        "<textarea></textarea><input type='e-mail'><input type=' TXT'></form>"
    )
    fields = list(form.iter(*FIELD_TAGS))
    readers = [reader_field(node) for node in fields]
    shown = [shown_field(node) for node in fields]
    assert readers == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
        False,
        True,
        True,
        True,
        True,
    ]
    assert shown == [True, True, True, True, False, False, True, True, True, True, True, True, True, True]


def test_in_over_an_elements_ancestors_finds_that_element_alone() -> None:
    """``headings._inside`` asks ``block in node.iterancestors()``: an lxml element equals itself
    alone (no ``__eq__``), so ``in`` finds the very element, never a copy of the same markup."""
    from newscrawl.extract.body.headings import _inside  # noqa: PLC0415

    twins = html.fromstring("<div>" + "<section><p><b>same</b></p></section>" * 2 + "</div>")
    first, second = twins.findall("section")
    bold = first.find(".//b")
    assert html.tostring(first) == html.tostring(second) and first != second
    for node in NODES + list(twins.iter()):
        for block in NODES + list(twins.iter()):
            assert _inside(node, block) is any(up is block for up in node.iterancestors())
    assert _inside(bold, first) and not _inside(bold, second) and not _inside(first, first)
