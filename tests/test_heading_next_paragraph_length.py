"""The length test of the paragraph a heading introduces (``headings._long_enough``): more than
40 characters with its white space collapsed as XPath's normalize-space() does. Most texts pass
on their characters that are no white space alone (counted without collapsing the text); the
rest are collapsed. Both ways give the same answer, in several languages and spacings."""

from __future__ import annotations

import re

import pytest

from newscrawl.extract.body.headings import _long_enough

_XPATH_SPACE = re.compile("[ \t\n\r]+")


def _collapsed_length(text: str) -> int:
    return len(_XPATH_SPACE.sub(" ", text).strip(" \t\n\r"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Kurz.",
        "A paragraph of prose that runs well past forty characters.",
        "Ein Absatz, der deutlich länger ist als vierzig Zeichen, mit Umlauten.",
        "Un paragraphe\n\n\n\n        très          espacé          mais court",
        "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tx",
        "a " * 21,  # 41 characters collapsed, 21 of them no white space
        "a " * 20,  # 40 collapsed: not more than 40
        "工程资金主要来自市级财政专项资金。市政府表示，工程将于明年完工。这是一段较长的中文段落文字。",
        "\u00a0" * 45,  # no-break spaces: no XPath white space, each counts
        " \r\n ".join(["слово"] * 8),
    ],
)
def test_long_enough_is_the_collapsed_length_over_forty(text: str) -> None:
    assert _long_enough(text) == (_collapsed_length(text) > 40)
