"""Site and publisher rules as extraction reads them (``newscrawl.extract.rules``): a prune
XPath is checked once where it is loaded, and on a page only elements are pruned."""

from __future__ import annotations

import logging

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.page import parse_page
from newscrawl.extract.rules import ExtractRules, check_prune_xpath, prune_nodes

PAGE = """<html><body><article><h1>Harbour ferry returns after a winter of repairs</h1>
<p>The ferry to the island sails again from Monday, after four months in the yard where its
engines and hull were overhauled at a cost the council put at two million.</p>
<aside class="promo"><p>Subscribe to the morning letter for the harbour news every day.</p></aside>
<p>Passengers will find new seats, a heated cabin and a ramp for wheelchairs, the operator said,
and the timetable keeps the summer sailings it had before the repairs began last year.</p>
</article></body></html>"""


@pytest.mark.unit
@pytest.mark.parametrize(
    "xpath", ["//aside", "//div[@class='x'] | //aside", "//*[contains(@class, 'promo')]"]
)
def test_an_expression_that_selects_nodes_is_accepted(xpath: str) -> None:
    check_prune_xpath(xpath)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("xpath", "complaint"),
    [
        ("//aside[", "bad XPath"),
        ("count(//aside)", "gives a number, not elements to remove"),
        ("string(//h1)", "gives a string, not elements to remove"),
        ("boolean(//aside)", "gives a truth value, not elements to remove"),
        ("//p[unknown-function()]", "cannot be evaluated"),
    ],
)
def test_an_expression_that_cannot_select_elements_is_refused(xpath: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=r"^prune_xpaths: ") as raised:
        check_prune_xpath(xpath)
    assert complaint in str(raised.value) and repr(xpath) in str(raised.value)


@pytest.mark.unit
def test_on_a_page_only_elements_below_the_root_are_pruned() -> None:
    tree = parse_page(PAGE).tree
    found = prune_nodes(tree, ["//aside/@class", "//p/text()", "/html", "//aside"])
    assert [node.tag for node in found] == ["aside"]


@pytest.mark.unit
def test_rules_that_select_attributes_or_text_leave_the_article_as_it_is() -> None:
    plain = extract_article(PAGE, "https://harbour.example/ferry")
    for xpath in ("//aside/@class", "//p/text()", "//article/@id"):
        article = extract_article(
            PAGE, "https://harbour.example/ferry", rules=ExtractRules(prune_xpaths=(xpath,))
        )
        assert article.text == plain.text and "heated cabin" in article.text
    pruned = extract_article(
        PAGE, "https://harbour.example/ferry", rules=ExtractRules(prune_xpaths=("//aside",))
    )
    assert "morning letter" not in pruned.text and "heated cabin" in pruned.text


@pytest.mark.unit
def test_an_expression_that_fails_on_a_page_is_skipped_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # the probe page has no <aside>: the unknown function is first called on this page
    xpath = "//aside[not-a-function()]"
    check_prune_xpath(xpath)
    rules = ExtractRules(prune_xpaths=(xpath, "//aside"))
    with caplog.at_level(logging.WARNING, logger="newscrawl.extract.rules"):
        first = extract_article(PAGE, "https://harbour.example/ferry", rules=rules)
        extract_article(PAGE, "https://harbour.example/ferry", rules=rules)
    assert "morning letter" not in first.text and "heated cabin" in first.text
    assert caplog.text.count(f"prune_xpaths: XPath {xpath!r} skipped") == 1
