"""The body's blocks from the best source the page offers, before cleaning.

trafilatura's main content (``content.py``) of the prepared page, plus the paragraphs of split
body containers it skipped (``recall.py``); JSON-LD ``articleBody`` when the visible body is
missing or much shorter; article HTML embedded in script data when the page shows little text
(app shells); then the page's own sub-headings restored (``headings.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from newscrawl.extract.body.blocks import Block, blocks_from_text, blocks_from_xml
from newscrawl.extract.body.bold import restore_bold
from newscrawl.extract.body.content import main_content
from newscrawl.extract.body.embedded import embedded_article_html
from newscrawl.extract.body.fallback import fallback_blob, split_blob
from newscrawl.extract.body.gaps import add_skipped_lists, skipped_lists_possible
from newscrawl.extract.body.headings import page_headings, restore_headings
from newscrawl.extract.body.prepare import (
    CARDS,
    CONSENT,
    FOOTER,
    FORM,
    SIDE,
    TEASERS,
    THREAD,
    page_candidates,
    prepare,
    prepared_tree,
)
from newscrawl.extract.body.recall import add_split_body_paragraphs
from newscrawl.extract.body.stories import Pruned, PrunedText
from newscrawl.extract.normalise import collapse
from newscrawl.extract.page import Page, parse_page
from newscrawl.extract.rules import ExtractRules

# Below this much visible body text, script-embedded article HTML is looked for.
MIN_VISIBLE_CHARS = 500
# Below this much text from the prepared page, trafilatura also reads the page as it is (the
# pruning may have cut what it scores the article by); that reading wins when it has this many
# times the text.
SHORT_BODY_CHARS = 1000
UNPRUNED_GAIN = 2.0
_NOT_RECALLED = (FOOTER, SIDE, FORM, CONSENT)
# JSON-LD articleBody replaces the extracted text when the latter is this much shorter.
ARTICLE_BODY_RATIO = 2.0


@dataclass(frozen=True, slots=True)
class BodySource:
    """The body's blocks, and trafilatura's main content they were read from (for the recall
    guard, ``guard.py``)."""

    blocks: list[Block] = field(default_factory=list)
    content: etree._Element | None = None
    pruned: list[Pruned] = field(default_factory=list)
    """What was pruned from the page before trafilatura read it, each with its rule: other
    stories (``stories.py``) and regions that are never article text (``prepare.py``)."""
    root: str | None = None
    """The block made the story's root in the copy trafilatura read (``root.py``), if any."""
    left_out: list[str] = field(default_factory=list)
    """Lines of trafilatura's reading of the plain page (or of its text read again by line)
    left out here as another story's, a comment thread's or a teaser row's: their cause is on
    record (``pruned``), so the recall guard counts them as accounted for."""


def body_blocks(page: Page, rules: ExtractRules) -> BodySource:
    """The blocks of ``page``'s article body, in order, not yet cleaned."""
    # One walk: the prepared copies' captions and side boxes, their and page_headings' candidates.
    candidates = page_candidates(page)
    prepared_page = prepare(page, rules, candidates)
    xml = main_content(page, rules, tree=prepared_page.tree)
    blocks = blocks_from_xml(xml) if xml is not None else []
    prepared = True
    # (Other stories, and reader comment threads: the plain page still holds them.)
    others = PrunedText(
        [record for record in prepared_page.pruned if record.story or record.rule in (THREAD, TEASERS, CARDS)]
    )
    left_out: list[str] = []
    if _chars(blocks) < SHORT_BODY_CHARS:
        unpruned = main_content(page, rules, prepared=False)
        # The other stories stay out: the plain page wins on the named story's text only.
        plain = blocks_from_xml(unpruned) if unpruned is not None else []
        found = [b for b in plain if b.text not in others]
        if _chars(found) > UNPRUNED_GAIN * _chars(blocks):
            xml, blocks, prepared = unpruned, found, False
            left_out = [b.text for b in plain if b.text in others]
    if (blob := fallback_blob(xml)) is not None:
        # trafilatura's fallback: the article's whole text as one paragraph, read again by line
        lines = split_blob(blob, prepared_tree(page, rules, candidates) if prepared else page.tree) or []
        if story_lines := [b for b in lines if b.text not in others]:
            blocks = story_lines
            left_out = [b.text for b in lines if b.text in others]  # (the same text, by line)
    if skipped_lists_possible(xml):
        # (trafilatura reads a copy of the tree it is given: the prepared page is as it was,
        # but for its scripts and style sheets.)
        blocks = add_skipped_lists(prepared_page.tree if prepared else page.tree, blocks)
    # A paragraph of a split body's class (``recall.py``) in the site's footer or a side column
    # pruned from the copy is chrome that shares the story's class, not the story's.
    chrome = PrunedText([record for record in prepared_page.pruned if record.rule in _NOT_RECALLED])
    read = {id(block) for block in blocks}
    blocks = [
        block
        for block in add_split_body_paragraphs(page, blocks)
        if id(block) in read or block.text not in chrome
    ]
    blocks = _prefer_embedded_html(page, rules, _prefer_article_body(page, blocks))
    # A source that kept no formatting (justext, articleBody, a blob read by line): the page's
    # bold-only paragraphs are bold again, for the sub-heading rules (``bold.py``).
    blocks = restore_bold(blocks, prepared_page.tree if prepared else page.tree)
    return BodySource(
        blocks=restore_headings(blocks, page_headings(page, candidates) + prepared_page.headings),
        content=xml,
        pruned=prepared_page.pruned,
        root=prepared_page.root if prepared else None,
        left_out=left_out,
    )


def _chars(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks)


def _prefer_article_body(page: Page, blocks: list[Block]) -> list[Block]:
    """JSON-LD articleBody when the page's visible body is missing or much shorter."""
    for article in page.articles_ld():
        body = article.get("articleBody")
        if isinstance(body, str) and body.strip():
            visible = sum(len(block.text) for block in blocks)
            from_ld = blocks_from_text(body)
            longer = visible < MIN_VISIBLE_CHARS and len(collapse(body)) > ARTICLE_BODY_RATIO * visible
            # trafilatura itself falls back to articleBody, but as one paragraph.
            same_text_fewer_breaks = len(blocks) <= 1 < len(from_ld) and visible >= 0.9 * len(collapse(body))
            if longer or same_text_fewer_breaks:
                return from_ld
    return blocks


def _prefer_embedded_html(page: Page, rules: ExtractRules, blocks: list[Block]) -> list[Block]:
    """Script-embedded article HTML (app shells) when the visible page gave little text."""
    if sum(len(block.text) for block in blocks) >= MIN_VISIBLE_CHARS:
        return blocks
    html = embedded_article_html(page)
    if html is None:
        return blocks
    embedded = parse_page(f"<html><body><article>{html}</article></body></html>", page.url)
    xml = main_content(embedded, rules)
    found = blocks_from_xml(xml) if xml is not None else []
    return found if sum(len(b.text) for b in found) > sum(len(b.text) for b in blocks) else blocks
