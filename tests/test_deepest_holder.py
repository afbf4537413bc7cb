"""``nodes.deepest_holder``: the story's block around its paragraphs, read with each ancestor
once. The fast reading must give what the definition gives (each size added to every ancestor
of its element) on generated trees, ties and empty sizes included; and nested blocks thousands
deep take linear time."""

from __future__ import annotations

import time
from collections.abc import Mapping

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html

from newscrawl.extract.nodes import deepest_holder

pytestmark = pytest.mark.unit


def _definition(
    sizes: Mapping[html.HtmlElement, int], share: float, min_count: int = 1
) -> html.HtmlElement | None:
    chars: dict[html.HtmlElement, int] = {}
    count: dict[html.HtmlElement, int] = {}
    depth: dict[html.HtmlElement, int] = {}
    for element, size in sizes.items():
        for level, ancestor in enumerate(reversed(list(element.iterancestors()))):
            chars[ancestor] = chars.get(ancestor, 0) + size
            count[ancestor] = count.get(ancestor, 0) + 1
            depth[ancestor] = level
    need = share * sum(sizes.values())
    best: html.HtmlElement | None = None
    for element, size in chars.items():
        if size >= need and count[element] >= min_count and (best is None or depth[element] > depth[best]):
            best = element
    return best


_TREES = st.recursive(
    st.just("<p>x</p>"),
    lambda inner: st.lists(inner, min_size=1, max_size=4).map(
        lambda kids: "<div>" + "".join(kids) + "</div>"
    ),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=_TREES,
    picks=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 300)), max_size=12),
    share=st.sampled_from([0.0, 0.3, 0.5, 0.6, 0.8, 0.9, 1.0]),
    min_count=st.integers(1, 4),
)
def test_fast_reading_equals_the_definition(
    body: str, picks: list[tuple[int, int]], share: float, min_count: int
) -> None:
    tree = html.fromstring(f"<html><body>{body}</body></html>")
    elements = list(tree.iter())
    sizes = {elements[at % len(elements)]: size for at, size in picks}  # the root, inner blocks too
    assert deepest_holder(sizes, share, min_count) is _definition(sizes, share, min_count)


def test_the_story_block_around_most_of_the_text() -> None:
    tree = html.fromstring(
        "<html><body><div id='menu'><p>Home</p></div>"
        "<div id='story'><div id='text'><p>Erster Absatz der Geschichte.</p><p>Deuxième paragraphe.</p></div>"
        "<p>短い</p></div></body></html>"
    )
    paragraphs = list(tree.iter("p"))
    sizes = {p: len(p.text_content()) for p in paragraphs}
    assert deepest_holder(sizes, 0.9).get("id") == "story"
    assert deepest_holder(sizes, 0.6).get("id") == "text"
    assert deepest_holder(sizes, 0.6, min_count=3).get("id") == "story"


def test_nested_blocks_thousands_deep_in_linear_time() -> None:
    nest = "".join("<div><p>A paragraph of the story in a block of its own.</p>" for _ in range(1_500))
    tree = html.fromstring(f"<html><body>{nest}{'</div>' * 1_500}</body></html>")
    sizes = dict.fromkeys(tree.iter("p"), 50)
    start = time.process_time()
    found = deepest_holder(sizes, 0.9)
    assert time.process_time() - start < 0.5
    assert found is _definition(sizes, 0.9)
