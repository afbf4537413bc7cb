"""``prepare._same_nodes``: the elements of a deep copy at the places of the original's, found
by child indices; each parent numbers its children once (thousands of side-by-side boxes)."""

from __future__ import annotations

import time
from copy import deepcopy

import pytest
from lxml import html

from newscrawl.extract.body.prepare import _same_nodes

pytestmark = pytest.mark.unit


def _path(node: html.HtmlElement) -> list[int]:
    path: list[int] = []
    while (parent := node.getparent()) is not None:
        path.append(parent.index(node))
        node = parent
    return path[::-1]


def test_the_copy_elements_at_the_same_places() -> None:
    boxes = "".join(f"<div class='box'><h3>Box {i}</h3><!-- c --><p>Line {i}</p></div>" for i in range(50))
    original = html.fromstring(
        f"<html><body><div><p>Lead</p>{boxes}</div><aside><p>x</p></aside></body></html>"
    )
    copy = deepcopy(original)
    nodes = [*original.iter("h3"), *original.iter("aside"), *original.iter("p")]
    known: dict[html.HtmlElement, html.HtmlElement] = {}
    found = _same_nodes(original, copy, nodes, known)
    assert [_path(node) for node in found] == [_path(node) for node in nodes]
    assert all(node.text == twin.text for node, twin in zip(nodes, found, strict=True))
    again = _same_nodes(original, copy, nodes[:5], known)  # from what is known already
    assert again == found[:5]


def test_thousands_of_boxes_side_by_side_in_linear_time() -> None:
    boxes = "".join(f"<div><p>Line {i}</p></div>" for i in range(8_000))
    original = html.fromstring(f"<html><body><div>{boxes}</div></body></html>")
    copy = deepcopy(original)
    nodes = list(original.iter("p"))
    start = time.process_time()
    found = _same_nodes(original, copy, nodes, {})
    assert time.process_time() - start < 1.0
    assert found[-1].text == "Line 7999"
