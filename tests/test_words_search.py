"""``joined_for_search``: the fast form of a phrase alternation finds a phrase exactly where the
plain ``joined`` alternation does (yes/no), for the shipped tables and for tricky patterns."""

from __future__ import annotations

import re

import pytest

from newscrawl.extract.words import _top_level_branch, joined, joined_for_search
from newscrawl.extract.words.prompts import SELF_PROMOTION

TEXTS = (
    "Follow us on Twitter for the latest news.",
    "Already a subscriber? Log in here.",
    "Sign up for our daily newsletter, delivered straight to your inbox.",
    "No comments yet. Leave a reply",
    "  — Keine Kommentare",
    "Folgen Sie uns auf Instagram",
    "Suivez-nous sur Facebook et Twitter.",
    "Síguenos en nuestras redes sociales.",
    "The council followed us on a tour of the new school on Tuesday.",
    "A subscriber wrote to the paper about comments on the policy.",
    "Newsletters were bookmarked by readers who like newsletters.",
    "Bookmark this page and our newsletter",
    "",
    "ÜBER UNS: FOLGEN SIE UNS AUF X",
    "nocomments leave-a-reply",
)

TABLE = {
    "en": (
        r"\bfoo\b",
        r"\bbar|baz",  # a top-level alternation: its \b covers only the first branch
        r"\b(?:x|y)z",
        r"\b[|]pipe",
        r"\b[]|]q",
        r"\b\|bar",
        r"^\W*start",
        r"middle\b",
    )
}
TRICKY = (
    "foo",
    "afoo",
    "abaz",
    "xbar",
    "bar",
    "yz",
    "ayz",
    "|pipe",
    "]q",
    "|q",
    "|bar",
    "a |bar",
    "start here",
    "not start",
    "amiddle",
    "",
)


@pytest.mark.parametrize("text", TEXTS)
def test_self_promotion_matches_where_the_plain_alternation_does(text: str) -> None:
    plain = re.compile(joined(SELF_PROMOTION), re.IGNORECASE)
    fast = re.compile(joined_for_search(SELF_PROMOTION), re.IGNORECASE)
    assert bool(fast.search(text)) == bool(plain.search(text))


def test_the_examples_cover_both_answers() -> None:
    plain = re.compile(joined(SELF_PROMOTION), re.IGNORECASE)
    answers = {bool(plain.search(text)) for text in TEXTS}
    assert answers == {True, False}


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_patterns_keep_their_meaning(text: str) -> None:
    plain = re.compile(joined(TABLE))
    fast = re.compile(joined_for_search(TABLE))
    assert bool(fast.search(text)) == bool(plain.search(text))


@pytest.mark.parametrize(
    ("pattern", "branch"),
    [
        (r"\bfoo", False),
        (r"\bfoo|bar", True),
        (r"\b(?:foo|bar)", False),
        (r"\b[|]", False),
        (r"\b[]|]", False),
        (r"\b[^]|]x", False),
        (r"\b\|x", False),
        (r"\b\\|x", True),
        (r"\b(?:a(?:b|c)|d)", False),
    ],
)
def test_top_level_branch(pattern: str, branch: bool) -> None:
    assert _top_level_branch(pattern) is branch
