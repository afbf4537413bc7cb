"""Clean blocks -> [Section(heading, paragraphs)]: sub-headings found, empty headings dropped."""

from __future__ import annotations

import re

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.normalise import word_count
from newscrawl.items import Section

# A bold-only paragraph acts as a sub-heading when it is short and reads like a title.
MAX_BOLD_HEADING_WORDS = 18
_SENTENCE_END = re.compile(r"[.!?…:;,。！？：；，]\s*[\"'”’»)」』]?$")  # full-width marks too


def promote_bold_headings(blocks: list[Block]) -> list[Block]:
    """Bold-only short paragraphs between prose paragraphs become headings."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.bold
            and not block.heading
            and word_count(block.text) <= MAX_BOLD_HEADING_WORDS
            and not _SENTENCE_END.search(block.text)
            and following is not None
            and not following.heading
            and not following.bold
            and block.link_ratio < 0.5
        ):
            out.append(Block(text=block.text, heading=True))
        else:
            out.append(block)
    return out


def group_sections(blocks: list[Block]) -> list[Section]:
    """One section per heading; a heading with no paragraph under it is dropped."""
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for block in blocks:
        if block.heading:
            if paragraphs:
                sections.append(Section(heading=heading, paragraphs=paragraphs))
            heading, paragraphs = block.text, []
        else:
            paragraphs.append(block.text)
    if paragraphs:
        sections.append(Section(heading=heading, paragraphs=paragraphs))
    return sections
