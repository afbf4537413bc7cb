"""Unit tests of the styled sub-headings (``body/headings.py``): the page's own stylesheet read
for the classes that set a bold weight or a size, and the candidates found once per page."""

from __future__ import annotations

import gc
import weakref

from lxml import html

from newscrawl.extract.body.headings import class_styles, heading_candidates, styled_headings
from newscrawl.extract.body.prepare import page_candidates, prepare, prepared_tree
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules

CSS = """
/* a comment { with braces } */
.intro { font-size: 1.2em; color: red }
.sub, p.other-sub { font-weight: 700 }
.wrap .deep { font-weight: bold; font-size: 22px }
.light { font-weight: 400 }
.link:hover { font-weight: 800 }
.a.b { font-weight: 700 }
.preset { font-size: var(--wp--preset--font-size--large) !important }
@media (max-width: 600px) { .sub { font-size: 15px } }
"""

PROSE = "The council met on Tuesday evening to discuss the plans for the new bridge across the river."


def _styles(css: str) -> dict[str, str]:
    return class_styles(
        html.fromstring(f"<html><head><style>{css}</style></head><body></body></html>").iter("style")
    )


def test_stylesheet_classes_that_set_a_bold_weight_or_a_size() -> None:
    styles = _styles(CSS)
    assert "font-size: 1.2em" in styles["intro"]
    assert "font-weight: 700" in styles["sub"] and "font-weight: 700" in styles["other-sub"]
    assert styles["sub"].startswith("font-size: 15px")  # the later rule first
    assert "font-weight: bold" in styles["deep"] and "font-size: 22px" in styles["deep"]
    # a normal weight, a pseudo-class, a compound of classes and a var() size say nothing here
    assert not {"light", "link", "a", "b", "preset"} & set(styles)


def test_no_stylesheet_no_styles() -> None:
    assert _styles("") == {}
    assert _styles("body { margin: 0 }") == {}


def _page(body: str, css: str = ".x { font-weight: 700 }") -> str:
    return f"<html><head><style>{css}</style></head><body><div class='story'>{body}</div></body></html>"


def test_a_class_bold_by_the_stylesheet_heads_the_prose_between_two_paragraphs() -> None:
    tree = html.fromstring(_page(f"<p>{PROSE}</p><p class='x'>Money for the bridge</p><p>{PROSE}</p>"))
    assert [node.text_content() for node in styled_headings(tree)] == ["Money for the bridge"]


def test_a_class_bold_by_the_stylesheet_above_all_the_text_is_no_heading() -> None:
    tree = html.fromstring(_page(f"<div class='x'>By Jane Doe</div><p>{PROSE}</p><p>{PROSE}</p>"))
    assert styled_headings(tree) == []


def test_the_candidates_found_once_give_the_prepared_copy_the_same_headings() -> None:
    page = parse_page(_page(f"<p>{PROSE}</p><p class='x'>Money for the bridge</p><p>{PROSE}</p>"))
    once = prepared_tree(page, ExtractRules(), heading_candidates(page.tree))
    again = prepared_tree(page, ExtractRules())
    assert [h.text_content() for h in once.iter("h3")] == [h.text_content() for h in again.iter("h3")]
    assert [h.text_content() for h in once.iter("h3")] == ["Money for the bridge"]
    assert page.tree.find(".//h3") is None  # the page's own tree is left as it was


def test_the_walk_shared_with_the_captions_finds_the_same_candidates_and_regions() -> None:
    body = (
        f"<p>{PROSE}</p><p class='x'>Money for the bridge</p><p>{PROSE}</p>"
        "<figure><img src='a.jpg'><figcaption>A bridge</figcaption></figure>"
        "<span class='Photo-Credit'>Photo: Jane</span><div id='Newsletter-box'><p>Sign up</p></div>"
        f"<style>.y {{ color: red }}</style><div class='y'><p>{PROSE}</p></div>"
    )
    page = parse_page(_page(body))
    alone = heading_candidates(parse_page(_page(body)).tree)
    shared = page_candidates(page)
    assert [(c.node.text_content(), c.strict, c.sized) for c in shared] == [
        (c.node.text_content(), c.strict, c.sized) for c in alone
    ]
    fresh = prepare(parse_page(_page(body)), ExtractRules()).pruned
    read = prepare(page, ExtractRules(), shared).pruned  # the regions the shared walk found
    assert [(r.rule, r.text) for r in read] == [(r.rule, r.text) for r in fresh]
    assert {r.rule for r in read} >= {"caption", "chrome-box"}


def test_the_regions_kept_for_a_page_go_with_it() -> None:
    page = parse_page(_page(f"<p>{PROSE}</p><span class='caption'>A bridge</span><p>{PROSE}</p>"))
    page_candidates(page)  # the caption kept for the page's copies
    tree = weakref.ref(page.tree)
    del page
    gc.collect()
    assert tree() is None
