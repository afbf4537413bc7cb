"""Bold lines that the body's source lost: a bold-only paragraph of the page, read back as bold.

Bold-only paragraphs are how many sites write their sub-headings (``<p><strong>Title</strong></p>``,
``sections.promote_bold_headings``). trafilatura keeps that formatting on its own path, but when
it takes its justext fallback, or the body comes from JSON-LD ``articleBody`` or from one
paragraph of text read again by line, every block is plain text: the bold is gone and so are
the sub-headings written that way (a ``<h2>`` is put back by ``headings.restore_headings``; a
bold paragraph had no such way back).

So when no block of the body is bold, a block whose text is that of a bold-only paragraph of
the page read (and of no other paragraph of it that is not bold) is marked bold again; the
usual rules then judge it as any bold paragraph. When any block is bold, the source kept the
formatting, and the blocks it read stay as read; but a block added as text alone, with no
element of the source behind it (a paragraph of a split body that ``recall.py`` put back), lost
its formatting all the same, and is read back as bold in the same way.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from lxml import etree, html

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.nodes import text_of
from newscrawl.extract.normalise import collapse

_BOLD_TAGS = frozenset({"b", "strong"})
# As ``blocks._paragraph``: bold when bold text covers this share of its letters.
_BOLD_SHARE = 0.95
# A paragraph read: a <p>, or a <div> of text with no paragraph or division inside it.
_PARAGRAPH_TAGS = ("p", "div")
_INNER_BLOCKS = ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
_BOLD_TEXT = etree.XPath(".//text()[ancestor::b or ancestor::strong]")
# Sub-headings are short: longer bold paragraphs are not read (``sections.MAX_BOLD_HEADING_WORDS``
# is 18 words; 300 characters holds them in any script).
_MAX_CHARS = 300


def restore_bold(blocks: list[Block], tree: html.HtmlElement) -> list[Block]:
    """``blocks`` with the paragraphs ``tree`` shows as bold-only marked bold, when none is (else
    those of the blocks read as text alone, with no element behind them)."""
    formatted = any(block.bold for block in blocks)
    candidates = {
        block.text
        for block in blocks
        if not block.heading
        and not block.list_item
        and len(block.text) <= _MAX_CHARS
        and not (formatted and block.node is not None)
    }
    if not candidates:
        return blocks
    shown: dict[str, bool] = {}  # text -> every paragraph of the page with it is bold-only
    for node in tree.iter(*_PARAGRAPH_TAGS):
        if node.tag == "div" and next(islice(node.iter(*_INNER_BLOCKS), 1, None), None) is not None:
            continue  # a block inside it (iter yields the div itself first)
        text = collapse(text_of(node))  # (``text_content()``'s text, in one C call)
        if text not in candidates:
            continue
        shown[text] = shown.get(text, True) and _bold_only(node, text)
    if not any(shown.values()):
        return blocks
    return [
        replace(block, bold=True)
        if shown.get(block.text)
        and not block.heading
        and not block.list_item
        and not (formatted and block.node is not None)
        else block
        for block in blocks
    ]


def _bold_only(node: html.HtmlElement, text: str) -> bool:
    """The text of ``node`` (``text``, collapsed) is all (95%) inside ``<b>`` / ``<strong>``."""
    bold = "".join(_BOLD_TEXT(node))
    letters = text.replace(" ", "")
    return bool(letters) and len("".join(bold.split())) >= len(letters) * _BOLD_SHARE
