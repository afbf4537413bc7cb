"""The figures' walk in Python asks what their XPaths asked: ``in_chrome`` is
``CHROME_ANCESTORS``, and a word's case change is split only where there is one."""

from __future__ import annotations

import itertools

from lxml import etree, html

from newscrawl.extract.images.noise import CHROME_ANCESTORS, in_chrome, words

_CHROME = etree.XPath(f"boolean({CHROME_ANCESTORS})")


def test_in_chrome_answers_as_the_xpath() -> None:
    """Every nesting of up to four of header, article, nav, a, div around an <img>."""
    tags = ("header", "article", "nav", "a", "div", "footer", "aside")
    for depth in range(5):
        for chain in itertools.product(tags, repeat=depth):
            markup = "".join(f"<{t}>" for t in chain) + "<img>" + "".join(f"</{t}>" for t in reversed(chain))
            root = html.fromstring(f"<html><body>{markup}</body></html>")
            img = next(root.iter("img"))
            assert in_chrome(img) is _CHROME(img), chain


def test_words_of_lower_case_and_mixed_values() -> None:
    assert words("newsletter-widget__header") == {"newsletter", "widget", "header"}
    assert words("appIcon") == {"app", "icon"}
    assert words("APPIcon") == {"appicon"}
    assert words("123") == set()
    assert words("") == set() == words(None)
