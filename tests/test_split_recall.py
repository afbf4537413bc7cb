"""Paragraphs of a split article body that trafilatura skipped (``body/recall.py``)."""

from __future__ import annotations

from pathlib import Path

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.recall import add_split_body_paragraphs
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import parse_page

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
