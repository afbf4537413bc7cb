"""Paragraphs of a split article body that trafilatura skipped (``body/recall.py``)."""

from __future__ import annotations

import random
from pathlib import Path

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.recall import _text_key, add_split_body_paragraphs
from newscrawl.extract.normalise import collapse, text_key
from newscrawl.extract.page import parse_page

PROSE_EN = (
    "The council voted on Tuesday to extend the night service on three lines during the festival week, "
    "citing record demand last year."
)
PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "generalise" / "body-recall-cards-it.html"


def test_the_story_parts_come_back_not_the_same_class_in_teaser_cards() -> None:
    page = parse_page(PAGE.read_bytes(), "https://example.org/notizie/teatro")
    first_part = page.tree.xpath("//div[@class='articolo-corpo']/div[@class='testo-ricco'][1]/p")
    blocks = [Block(text=collapse(p.text_content())) for p in first_part]
    texts = [block.text for block in add_split_body_paragraphs(page, blocks)]
    assert texts[:2] == [block.text for block in blocks]
    assert any(text.startswith("La nuova stagione comprende") for text in texts)
    assert any(text.startswith("Il sindaco ha ringraziato") for text in texts)
    assert not any("ponte vecchio" in text or "mercato del sabato" in text for text in texts)


def test_a_key_read_from_the_start_of_a_text_is_the_whole_texts() -> None:
    # _text_key reads up to a plain space past 80 characters; text_key reads the whole text.
    rng = random.Random(22)
    pieces = ["a", "B", " ", " ", ".", "\u0301", "\u00a0", "\u200b", "ß", "İ", "\u1100", "\u1161", "\u11a8"]
    pieces += ["Å", "\u030a", "\t", "ﬁ", "Σ", "\u0345", "\u00ad", "é"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(40, 200))) for _ in range(20000)]
    texts += ["x" * 79 + " \u0308" + "y" * 70, " ." * 60 + " z" * 40, "\u1100\u1161" * 45 + " \u11a8 ok"]
    texts += [PROSE_EN, PROSE_EN.upper(), " " * 100 + PROSE_EN]
    for text in texts:
        assert _text_key(text) == text_key(text, 60), text
