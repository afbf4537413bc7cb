"""Clean blocks -> [Section(heading, paragraphs)]: sub-headings found; every heading kept."""

from __future__ import annotations

import re

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.normalise import title_words
from newscrawl.extract.visible import SENTENCE_END, holds_address
from newscrawl.items import Section

# A bold-only paragraph acts as a sub-heading when it is short and reads like a title.
MAX_BOLD_HEADING_WORDS = 18
# A short bold question heads a section of an explainer ("What happens next?") when every bold
# question of the body heads at least two paragraphs; in an interview each question is followed
# by its answer (often one paragraph) and the questions are text.
_QUESTION_END = re.compile(r"[?？]\s*[\"'”’“»«)」』]?$")
MAX_QUESTION_HEADING_WORDS = 15
MIN_QUESTION_SECTION_PARAGRAPHS = 2


_QUOTES = frozenset({"quote", "blockquote"})
# A "heading" longer than this is a statement set large (a pull quote, a lead sentence in an
# <h2>): it is text, never dropped as a heading with nothing under it.
MAX_HEADING_WORDS = 25


def promote_bold_headings(blocks: list[Block]) -> list[Block]:
    """Bold-only short paragraphs between paragraphs become headings. An item of a list (a list
    of points set in bold), a quote (a pull quote set in bold), a bold line above all the
    text (a kicker, "Exclusive", a dateline) and one with an e-mail or web address in it (a
    contact note) are not headings. A sentence is no heading, but a
    short question may be (``_section_questions``)."""
    out: list[Block] = []
    questions = _section_questions(blocks)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            any(not before.heading for before in out)  # text above it: no kicker, no dateline
            and block.bold
            and not block.heading
            and not block.list_item
            and not _in_quote(block)
            and title_words(block.text) <= MAX_BOLD_HEADING_WORDS
            and (index in questions or not SENTENCE_END.search(block.text))
            and not holds_address(block.text)  # a contact note: "Get in touch at news@example.com"
            and following is not None
            and not following.heading
            and not following.bold
            and block.link_ratio < 0.5
        ):
            out.append(Block(text=block.text, heading=True))
        else:
            out.append(block)
    return out


def _section_questions(blocks: list[Block]) -> set[int]:
    """Indices of the short bold questions (up to 15 words) that head sections: when each of the
    body's bold questions heads at least two plain paragraphs (before the next heading or bold
    line).
    An interview's questions, each followed by its answer, stay text (one short answer is
    enough to tell an interview)."""
    questions = [
        index
        for index, block in enumerate(blocks)
        if block.bold and not block.heading and not block.list_item and _QUESTION_END.search(block.text)
    ]
    for index in questions:
        paragraphs = 0
        for block in blocks[index + 1 : index + 1 + MIN_QUESTION_SECTION_PARAGRAPHS]:
            if block.heading or block.bold:
                break
            paragraphs += 1
        if paragraphs < MIN_QUESTION_SECTION_PARAGRAPHS:
            return set()
    return {index for index in questions if title_words(blocks[index].text) <= MAX_QUESTION_HEADING_WORDS}


def _in_quote(block: Block) -> bool:
    node = block.node
    return node is not None and (node.tag in _QUOTES or any(a.tag in _QUOTES for a in node.iterancestors()))


HEADS_NOTHING = "heads-nothing"
"""The rule ``explain`` names a heading by that ``grouped_sections`` leaves out: it headed nothing."""


def grouped_sections(blocks: list[Block]) -> tuple[list[Section], list[Block]]:
    """One section per heading, in order, and the headings left out. A heading directly over a
    heading of a lower rank (a part title over its first sub-heading: ``h2`` then ``h3``) keeps
    a section of its own with no paragraphs, so its text stays in the record. A heading with
    nothing under it before a heading of the same or a higher rank (or of a rank the markup
    does not tell) heads nothing: it is left out, as is one closing the body (``explain``
    names them by the rule ``heads-nothing``)."""
    sections: list[Section] = []
    left_out: list[Block] = []
    heading: Block | None = None
    paragraphs: list[str] = []
    for block in blocks:
        if block.heading and title_words(block.text) <= MAX_HEADING_WORDS:
            if paragraphs or (heading is not None and _outranks(heading, block)):
                sections.append(Section(heading=heading.text if heading else None, paragraphs=paragraphs))
            elif heading is not None:
                left_out.append(heading)
            heading, paragraphs = block, []
        else:
            paragraphs.append(block.text)
    if paragraphs:
        sections.append(Section(heading=heading.text if heading else None, paragraphs=paragraphs))
    elif heading is not None:
        left_out.append(heading)
    return sections, left_out


def _outranks(heading: Block, below: Block) -> bool:
    """``heading`` is of a higher rank than the heading ``below`` it (h2 over h3)."""
    upper, lower = _rank(heading), _rank(below)
    return upper is not None and lower is not None and upper < lower


def _rank(block: Block) -> int | None:
    """1-6 for a heading read from ``<h1>``-``<h6>`` (trafilatura's ``<head rend="h2">``)."""
    node = block.node
    if node is None:
        return None
    tag = node.get("rend") if node.tag == "head" else node.tag
    if isinstance(tag, str) and len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
        return int(tag[1])
    return None
