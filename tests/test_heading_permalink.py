"""A heading's text leaves out the permalink sign linked to the heading's own anchor
(``blocks.heading_text``), and reading it leaves no garbage for the cyclic collector."""

from __future__ import annotations

import gc

import pytest
from lxml import etree

from newscrawl.extract.body.blocks import heading_text

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        (
            '<head>Was die Räder gekostet haben<ref target="#kosten">#</ref></head>',
            "Was die Räder gekostet haben",
        ),
        ('<head><ref target="#s2">¶</ref> Second part</head>', "Second part"),
        (
            '<head>Méthode <hi rend="#b">et</hi> résultats<ref target="#m">🔗</ref></head>',
            "Méthode et résultats",
        ),
        # a link to another page, or one with words, is part of the heading
        ('<head>Read <ref target="https://example.org/a">the report</ref></head>', "Read the report"),
        ('<head>Jump <ref target="#next">to next</ref></head>', "Jump to next"),
        ('<head>Nivel <ref target="https://example.org/#">§</ref></head>', "Nivel §"),
    ],
)
def test_heading_text(xml: str, expected: str) -> None:
    assert heading_text(etree.fromstring(xml)) == expected


def test_heading_text_makes_no_reference_cycle() -> None:
    """A nested function calling itself was a cycle per call (four objects at least): a hundred
    calls leave fewer than a hundred objects to the cyclic collector (other tests' finalisers may
    leave a few)."""
    xml = '<head>A <hi rend="#b">bold <hi rend="#i">deep</hi></hi> head<ref target="#a">#</ref></head>'
    node = etree.fromstring(xml)
    for _ in range(5):
        if not gc.collect():
            break
    gc.disable()
    try:
        for _ in range(100):
            assert heading_text(node) == "A bold deep head"
        assert gc.collect() < 100
    finally:
        gc.enable()
