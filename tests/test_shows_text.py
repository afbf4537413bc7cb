"""``normalise.shows_text``: whether a text holds anything ``collapse`` keeps, read without
collapsing it."""

from __future__ import annotations

import itertools

import pytest

from newscrawl.extract.normalise import ZERO_WIDTH, collapse, shows_text

pytestmark = pytest.mark.unit

PIECES = [" ", "\t\n", "\u00a0", "\u3000", "\u0301", "a", ".", "é", "\u2126", "中", *map(chr, ZERO_WIDTH)]


@pytest.mark.parametrize("size", [0, 1, 2, 3])
def test_shows_text_is_collapse_not_empty(size: int) -> None:
    for parts in itertools.product(PIECES, repeat=size):
        text = "".join(parts)
        assert shows_text(text) == bool(collapse(text)), repr(text)


def test_long_text() -> None:
    assert shows_text("\n" * 5000 + "x" + "ü" * 5000)
    assert not shows_text("\u200b \u00ad\n" * 2000)
    assert shows_text(" \u00a0\u200bé" + "text " * 1000)
