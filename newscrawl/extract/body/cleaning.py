"""The block-cleaning step: which blocks of the body are not article text, and why.

Each block is checked against the page's own facts (headline, standfirst, authors, captions of
its pictures, the site's noise patterns) and the boilerplate rules (``boilerplate.py``); the
first rule that fires names the reason, kept for ``explain``. Credit lines are dropped too and
handed on, so the pictures can carry them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.boilerplate import (
    BARE_URL,
    continues_comment_policy,
    continues_consent,
    is_about_author,
    is_ad_marker,
    is_author_box_heading,
    is_caption_line,
    is_comment_heading,
    is_comment_policy,
    is_consent_notice,
    is_copyright_notice,
    is_editorial_note,
    is_policy_title,
    is_prompt,
    is_site_notice,
    is_summary_heading,
    is_teaser,
    is_widget_heading,
)
from newscrawl.extract.body.headings import OtherStories, between_paragraphs, other_story_titles
from newscrawl.extract.images.beside import picture_descriptions
from newscrawl.extract.images.credits import credit_value, ends_with_picture_credit, is_credit_line
from newscrawl.extract.images.media import is_media_label
from newscrawl.extract.meta.bylines import looks_like_byline
from newscrawl.extract.meta.datelines import is_bare_date_label, looks_like_dateline
from newscrawl.extract.meta.dates import find_dates
from newscrawl.extract.meta.metadata import Metadata
from newscrawl.extract.meta.names import is_agency, split_names
from newscrawl.extract.normalise import collapse, compare_key, text_key, word_count
from newscrawl.extract.page import Page, canonical_url
from newscrawl.extract.rules import ExtractRules
from newscrawl.extract.words import joined
from newscrawl.extract.words.bylines import BIO_VERBS
from newscrawl.extract.words.prompts import PITCH_WORDS, SECOND_PERSON
from newscrawl.items import Image

_WORD = re.compile(r"\w+")
# Link-only short paragraphs are teasers of other articles.
TEASER_MAX_WORDS = 15
TEASER_MIN_LINK_RATIO = 0.9
# Teaser cards of other stories are taken out while they are at most this share of the body,
# or while they are fewer than MIN_LIST_CARDS (and no side box is among them): a list of stories
# has more; one or two cards in a short story's "Read also" box are a large share of its text,
# and still not the story.
MAX_TEASER_SHARE = 0.35
MIN_LIST_CARDS = 3
# Provenance of a description found in a standfirst element (class or itemprop says so).
SHOWN_SOURCES = frozenset({"standfirst"})
# A wire signature: agencies and an editor's lower-case initials ("SDA/sep").
MAX_SIGNATURE_CHARS = 40
INITIALS = re.compile(r"[a-zäöüé]{2,4}")
_SIGNATURE_PARTS = re.compile(r"\s*[/,;]\s*")  # "dpa/AFP", "SDA/sep"
# A block that starts with a picture's caption this long and goes on with a credit is that caption.
MIN_CAPTION_PREFIX_CHARS = 20
# ... or with a short text in brackets after it: "(NPA)", "(smolaw11/iStock)", "[Reuters]".
_BRACKETED_CREDIT = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]")
# An author's bio closes a story: one of its last blocks, a few sentences long.
BIO_TAIL = 3
BIO_MAX_CHARS = 500
# What follows the name in a bio (``words/bylines.py``): "is a …", "ist Redaktor …".
BIO_VERB = re.compile(r",?\s?(?:" + joined(BIO_VERBS) + r")\s")
# The tail of the body: a comment heading opens the comment section only after this share of
# the kept text; a block this much inside links is a link (related stories, tags); the story
# before a tail keeps at least this many characters, or nothing is cut.
TAIL_START_SHARE = 0.5
TAIL_LINK_RATIO = 0.5
MIN_STORY_CHARS = 300
# A pitch for subscriptions or donations closing the body: blocks this short at most.
MAX_PITCH_CHARS = 400
PITCH = re.compile(joined(PITCH_WORDS), re.IGNORECASE)
ADDRESSED = re.compile(joined(SECOND_PERSON), re.IGNORECASE)
QUOTED = re.compile(r"[\"“”„«»]")
# A line above the story's text that carries a date and is this short is the story's date line.
MAX_META_LINE_CHARS = 120
MAX_META_LINE_WORDS = 12
# An author's name is looked for in a line by its letters alone ("Tom Krisher, AP Auto Writer",
# "Umair IrfanUpdated", "News reporter @TomGillespie1"): names of two words this long at least.
MIN_AUTHOR_LETTERS = 6
_SENTENCE_END = re.compile(r"[.!?…:;]\s*[\"'”’»)]?$")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The blocks that are article text, and what the cleaning took out."""

    kept: list[Block] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    """Credit lines found among the blocks ("Photo: AP" -> "AP"), in order, for the pictures."""
    dropped: list[tuple[str, str]] = field(default_factory=list)
    """(rule, text) of every block the cleaning rules removed, in order: for ``explain``."""
    trace: list[tuple[str | None, Block]] = field(default_factory=list)
    """Every block in page order with the rule that removed it, or None when kept: for
    ``explain --html``."""


@dataclass(frozen=True, slots=True)
class _Context:
    """What the per-block rules compare against, computed once per page."""

    repeats: set[str]
    heading_repeats: set[str]
    """Headline and description however found: a sub-heading never restates either."""
    authors: set[str]
    captions: set[str]
    caption_openings: dict[str, list[str]]
    """The captions a block may start with (``MIN_CAPTION_PREFIX_CHARS`` long at least), by
    their first ``MIN_CAPTION_PREFIX_CHARS`` characters."""
    noise: list[re.Pattern[str]]
    others: OtherStories
    """Other stories' titles the page links to, and their cards (``headings.py``); none when no
    heading of the body is one of those titles (``_other_stories``)."""
    own: frozenset[str] = frozenset()
    """The page's own addresses without a fragment: a heading linked to one is its anchor."""
    author_letters: tuple[str, ...] = ()
    """The authors' names of two words or more, their letters only, lower case (``_letters``)."""
    policy: bool = False
    """The page is the site's privacy or cookie policy (its headline says so): no consent
    notice is taken out of it."""


def clean_blocks(
    blocks: list[Block], page: Page, meta: Metadata, pictures: list[Image], rules: ExtractRules
) -> Cleaned:
    """``blocks`` without the ones that are not article text; ``meta`` tells which blocks repeat
    the headline etc., ``pictures`` (kept or left out) whose captions are never body text."""
    titles = _title_texts(page, meta.headline)
    # Captions of every picture, kept or left out (a player's, a card's): never body text.
    captions = {text_key(image.caption) for image in pictures if image.caption} | (
        picture_descriptions(page.tree) - _own_texts(meta)
    )
    context = _Context(
        repeats={text_key(t) for t in (meta.headline, *_shown_description(meta), *titles) if t},
        heading_repeats={text_key(t) for t in (meta.headline, meta.description, *titles) if t},
        authors={text_key(name) for name in meta.authors},
        captions=captions,
        caption_openings=_openings(captions),
        noise=[re.compile(pattern, re.IGNORECASE) for pattern in rules.noise_patterns],
        others=_other_stories(blocks, page),
        own=frozenset(_unfragment(url) for url in (page.url, canonical_url(page)) if url),
        author_letters=_author_letters(meta.authors),
        policy=any(is_policy_title(title) for title in (meta.headline, *titles) if title),
    )
    kept: list[Block] = []
    credits: list[str] = []
    dropped: list[tuple[str, str]] = []
    trace: list[tuple[str | None, Block]] = []
    box: str | None = None  # "widget", "summary" or "author" while inside such a box
    reasons: list[str | None] = []
    any_kept = False
    any_prose = False  # a kept block longer than a meta line: the story's text has begun
    cards = _teaser_cards(blocks, context)
    standfirst_at = _standfirst_index(blocks, _shown_description(meta))
    for index, block in enumerate(blocks):
        if block.heading or is_summary_heading(block.text):
            box = "widget" if is_widget_heading(block.text) else None
            box = "summary" if is_summary_heading(block.text) else box
            box = (
                "author"
                if is_author_box_heading(block.text) or is_about_author(block.text, context.authors)
                else box
            )
        elif not (
            (box == "widget" and block.link_ratio >= 0.5)
            or (box == "summary" and block.list_item)
            or (box == "author" and len(block.text) <= BIO_MAX_CHARS)
        ):
            box = None
        reason = f"{box}-box" if box else cards.get(index)
        reason = reason or _drop_reason(block, index, context)
        if not reason and block.heading and not any_kept and index < standfirst_at:
            reason = "repeats-title"  # the page's display title, set above its standfirst
        if not reason and not any_kept and _is_header_meta_line(block):
            reason = "dateline"  # "24. April 2020 | Pressemitteilungen", "Erstellt von X am …"
        if not reason and not any_prose and _is_author_line(block, context.author_letters):
            reason = "byline"  # "Tom Krisher, AP Auto Writer", "Jane DoeEditor" above the text
        if not reason and len(blocks) - index <= BIO_TAIL and _is_author_bio(block, context.authors):
            reason = "author-bio"
        any_kept = any_kept or not reason
        any_prose = any_prose or (
            not reason and not block.heading and word_count(block.text) > MAX_META_LINE_WORDS
        )
        reasons.append(reason)
    reasons = _pull_quotes(blocks, _notice_runs(blocks, reasons))
    reasons = _orphaned_headings(blocks, _pitch_tail(blocks, _tail_reasons(blocks, reasons)))
    for block, reason in zip(blocks, reasons, strict=True):
        if reason == "credit":
            credits.append(credit_value(block.text))
        if reason:
            dropped.append((reason, block.text))
        else:
            kept.append(block)
        trace.append((reason or None, block))
    return Cleaned(kept=kept, credits=credits, dropped=dropped, trace=trace)


def _tail_reasons(blocks: list[Block], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` with what closes the body after the story marked too: a comment section (a
    comment heading in the later part of the body, kept or taken by another rule, and all
    after it), then, from the end, a run of mostly-linked blocks and the headings over them
    (related stories, "more from", tag and share links: blocks a rule already dropped do not
    end the run), and headings left with no text under them at the very end. The story before
    the tail must keep some text."""
    kept = [i for i, reason in enumerate(reasons) if not reason]
    total = sum(len(blocks[i].text) for i in kept)
    out = list(reasons)
    seen = 0
    for i, reason in enumerate(reasons):
        # (A comment heading another rule took, as a widget's title or a small box's, still
        # opens the section: the comments' own headings, their writers' names, end that box.)
        if blocks[i].heading and seen >= TAIL_START_SHARE * total and is_comment_heading(blocks[i].text):
            for j in range(i, len(blocks)):
                out[j] = out[j] or "comments"
            break
        if not reason:
            seen += len(blocks[i].text)
    out = _footer(blocks, out, total)
    tail: list[int] = []
    links = 0
    for i in reversed(range(len(blocks))):
        if out[i]:
            continue
        block = blocks[i]
        if block.heading:
            tail.append(i)
        elif block.link_ratio >= TAIL_LINK_RATIO:
            tail.append(i)
            links += 1
        else:
            break
    if links == 0:  # headings with nothing under them: only those after the last text
        tail = [i for i in tail if i > max((j for j in kept if not blocks[j].heading), default=-1)]
    story = sum(len(blocks[i].text) for i in kept if not out[i] and i not in tail)
    if tail and story >= MIN_STORY_CHARS:
        for i in tail:
            out[i] = "related-tail" if links else "empty-heading"
    return out


def _footer(blocks: list[Block], reasons: list[str | None], total: int) -> list[str | None]:
    """``reasons`` with the site's footer marked too: the blocks after its copyright notice
    (a block the rule ``copyright`` dropped) when it stands in the later part of the body
    (after ``TAIL_START_SHARE`` of the kept text ``total``) and the story before it keeps
    ``MIN_STORY_CHARS`` at least: a footer's links, addresses and fine print under its notice."""
    seen = 0
    for i, reason in enumerate(reasons):
        if reason == "copyright" and seen >= max(TAIL_START_SHARE * total, MIN_STORY_CHARS):
            return [reason or ("footer" if j > i else None) for j, reason in enumerate(reasons)]
        if not reason:
            seen += len(blocks[i].text)
    return reasons


def _orphaned_headings(blocks: list[Block], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` with the kept headings whose every block under them was dropped marked
    too ("Mehr erfahren Sie hier:" over its links, a box title over its teasers): a heading
    that lost what it headed is that box's title. A heading that never had a block of its own
    under it (a part title directly over its first sub-heading) stays."""
    out = list(reasons)
    for index, block in enumerate(blocks):
        if not block.heading or out[index]:
            continue
        after = index + 1
        while after < len(blocks) and reasons[after] and not blocks[after].heading:
            after += 1
        if after > index + 1 and (after == len(blocks) or blocks[after].heading):
            out[index] = "empty-heading"
    return out


def _pitch_tail(blocks: list[Block], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` with the publication's pitch closing the body marked ``prompt``: from the end
    back, kept blocks that each carry subscription, membership or donation words
    (``words/prompts.py``), the first of them speaking to the reader. The story before it
    keeps some text."""
    run: list[int] = []
    for i in reversed(range(len(blocks))):
        if reasons[i]:
            continue
        text = blocks[i].text
        if len(text) > MAX_PITCH_CHARS or not PITCH.search(text) or QUOTED.search(text):
            break  # a quotation is someone in the story speaking, not the publication
        run.append(i)
    while run and not ADDRESSED.search(blocks[run[-1]].text):
        run.pop()  # the pitch opens by speaking to the reader; a story line about subscribers does not
    if not run:
        return reasons
    story = sum(len(blocks[i].text) for i, reason in enumerate(reasons) if not reason and i not in run)
    if story < MIN_STORY_CHARS:
        return reasons
    return [("prompt" if i in run else reason) for i, reason in enumerate(reasons)]


# A notice that runs on over the blocks after it while they keep to its subject: a consent
# dialog's "What are cookies?" and its paragraphs, a comment policy's further rules.
_RUNS: dict[str, Callable[[str, bool], bool]] = {
    "consent": continues_consent,
    "comment-policy": continues_comment_policy,
}
MAX_RUN_BLOCK_CHARS = 800
# A pull quote: a line of the story said again, set large between its paragraphs.
MIN_PULL_QUOTE_CHARS = 40
# A shorter one, down to this, when it is a whole sentence of the paragraph (it ends as one, and
# the paragraph has it between sentence ends): a short line of the story set large.
MIN_SENTENCE_QUOTE_CHARS = 20
MAX_PULL_QUOTE_CHARS = 400
MAX_PULL_QUOTE_BLOCKS = 1000  # a longer "body" is a list page: no pairs read
MAX_PULL_QUOTE_DISTANCE = 4  # kept blocks between a pull quote and the paragraph it repeats
_QUOTE_EDGES = " \"'‹›."  # after compare_key: its quotation marks folded to " and '


def _pull_quotes(blocks: list[Block], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` with each kept block that says again, word for word, part of one longer kept
    paragraph of the body marked ``pull-quote``: a line of the story set large between its
    paragraphs (a ``<blockquote>``, an aside, a styled box: whatever its markup), which the
    story has once. Quotation marks around it do not count. Not read: headings, bold lines
    that end no sentence (a sub-heading quoting the text it heads), list items and table rows
    (a list repeats its items), blocks shorter than a sentence (``MIN_PULL_QUOTE_CHARS``; down
    to ``MIN_SENTENCE_QUOTE_CHARS`` when the block is a whole sentence of the paragraph, set
    between its sentence ends: ``_says_sentence``) or longer than a quote is set
    (``MAX_PULL_QUOTE_CHARS``), a text the body has twice as a block of its own (a repeated
    item; but a paragraph said whole again in a quotation block near it, ``_in_quote``, is a
    one-sentence paragraph set large: the quote's copy goes); and the longer paragraph must be
    no quote itself (a forum reply quoting the post before it), hold no other such block (a
    block that says several paragraphs again is the copy, not they), and stand near it (at most
    ``MAX_PULL_QUOTE_DISTANCE`` kept blocks away: a line said again far from its paragraph is
    a list's or a form's repeated entry, or a quote the story tells twice)."""
    if len(blocks) > MAX_PULL_QUOTE_BLOCKS:
        return reasons
    kept = [not reason and not block.heading for block, reason in zip(blocks, reasons, strict=True)]
    keys = [_quote_key(block) if keep else "" for block, keep in zip(blocks, kept, strict=True)]
    counts = Counter(key for key in keys if key)
    candidates = [
        index
        for index, (block, key) in enumerate(zip(blocks, keys, strict=True))
        if MIN_SENTENCE_QUOTE_CHARS <= len(key) <= MAX_PULL_QUOTE_CHARS
        and (len(key) >= MIN_PULL_QUOTE_CHARS or _SENTENCE_END.search(block.text))
        and not (block.bold and not _SENTENCE_END.search(block.text))
        and not block.list_item
        and not _row(block)
    ]
    order = [index for index, keep in enumerate(kept) if keep]
    place = {index: at for at, index in enumerate(order)}
    holders: dict[int, list[int]] = {}
    out = list(reasons)
    for index in candidates:
        key, at = keys[index], place[index]
        near = order[max(0, at - MAX_PULL_QUOTE_DISTANCE) : at + MAX_PULL_QUOTE_DISTANCE + 1]
        if counts[key] == 2:
            # A whole paragraph said again in a quotation block beside it (a one-sentence
            # paragraph set large): the copy in the quote goes, the paragraph stays.
            twin = [other for other in near if other != index and keys[other] == key]
            if twin and _in_quote(blocks[index]) and not _in_quote(blocks[twin[0]]):
                out[index] = "pull-quote"
            continue
        if counts[key] != 1:
            continue
        short = len(key) < MIN_PULL_QUOTE_CHARS
        found = [
            other
            for other in near
            if len(keys[other]) > len(key)
            and key in keys[other]
            and not _quote(blocks[other])
            and (not short or _says_sentence(keys[other], key))
        ]
        if len(found) == 1:
            holders.setdefault(found[0], []).append(index)
    for held in holders.values():
        if len(held) == 1:
            out[held[0]] = "pull-quote"
    return out


_SENTENCE_MARKS = ".!?…"


def _says_sentence(text: str, sentence: str) -> bool:
    """``text`` has ``sentence`` as one of its sentences: at its start or after a sentence's
    end, and followed by a sentence's end or by nothing (both keys, ``_quote_key``)."""
    start = text.find(sentence)
    while start >= 0:
        end = start + len(sentence)
        before = text[:start].rstrip(" \"'")
        if (not before or before[-1] in _SENTENCE_MARKS) and (
            end == len(text) or text[end] in _SENTENCE_MARKS
        ):
            return True
        start = text.find(sentence, start + 1)
    return False


def _in_quote(block: Block) -> bool:
    """``block`` is a quotation block's text (``_quote``), or a paragraph in one."""
    parent = block.node.getparent() if block.node is not None else None
    return _quote(block) or (parent is not None and parent.tag == "quote")


def _quote(block: Block) -> bool:
    return block.node is not None and block.node.tag == "quote"


def _row(block: Block) -> bool:
    return block.node is not None and block.node.tag == "row"


def _quote_key(block: Block) -> str:
    """``block``'s comparison key (``compare_key``: case, quotation marks, spacing folded)
    without the quotation marks and the full stop around it."""
    return compare_key(block.text).strip(_QUOTE_EDGES)


def _notice_runs(blocks: list[Block], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` with the blocks right after a consent notice or a comment policy marked like
    it while each (at most ``MAX_RUN_BLOCK_CHARS`` long) goes on with it (``_RUNS``: cookies
    spoken of to the reader, comments); blocks a rule dropped already do not end the run."""
    out = list(reasons)
    # Where the next block no rule dropped is (``_kept_from``): a run skips the dropped blocks
    # without reading them again (thousands of notices between blocks dropped otherwise, each
    # run reading on over all of them to the end, were quadratic).
    ahead = [index + 1 if reason else index for index, reason in enumerate(reasons)] + [len(reasons)]
    for index, reason in enumerate(reasons):
        on_topic = _RUNS.get(reason or "")
        if on_topic is None or (index and out[index - 1] == reason):
            continue
        after = _kept_from(ahead, index + 1)
        while after < len(blocks):
            text = blocks[after].text
            if len(text) > MAX_RUN_BLOCK_CHARS or not on_topic(text, blocks[after].heading):
                break
            out[after] = reason
            ahead[after] = after + 1
            after = _kept_from(ahead, after + 1)
    return out


def _kept_from(ahead: list[int], index: int) -> int:
    """The first block at or after ``index`` that is kept (``ahead[i] == i``; a dropped block's
    ``ahead`` points further on, shortened on the way: each block read about once)."""
    end = index
    while ahead[end] != end:
        end = ahead[end]
    while ahead[index] != end:
        ahead[index], index = end, ahead[index]
    return end


def _drop_reason(  # noqa: PLR0911, PLR0912 -- one return per rule, in the rules' order
    block: Block, index: int, context: _Context
) -> str | None:
    """The name of the first rule that says ``block`` is not article text, or None. The rules, in
    order (the first hit wins), each ask of the block, its text's key, its index and the page's
    context whether the block is not article text. (Written out as one chain, not a table of
    rules: every kept block is asked all of them, and a call for each was most of the calls.)"""
    text, heading = block.text, block.heading
    key = text_key(text)
    if heading and _repeats_title(text, context.heading_repeats, index):
        return "repeats-title"
    if context.authors and _names_only(key, context.authors):
        return "byline"
    if heading and block.link_ratio >= TEASER_MIN_LINK_RATIO and not _anchor(block, context):
        return "teaser"
    if is_credit_line(text):
        return "credit"
    if is_ad_marker(text):
        return "ad-marker"
    if key in context.repeats:
        return "repeats-title"
    if (
        _is_picture_caption(key, context.captions, context.caption_openings)
        or is_caption_line(text)
        or ends_with_picture_credit(text)
    ):
        return "caption"
    if looks_like_byline(text) or _is_agency_signature(text):
        return "byline"
    if looks_like_dateline(text) or is_bare_date_label(text):
        return "dateline"
    if is_teaser(text, block.link_ratio) or (_is_link_teaser(block) and not _anchor(block, context)):
        return "teaser"
    if not heading and is_copyright_notice(text):
        return "copyright"
    if is_editorial_note(text):
        return "editorial-note"
    if is_prompt(text):
        return "prompt"
    if not context.policy and is_consent_notice(text):
        return "consent"
    if not heading and is_comment_policy(text):
        return "comment-policy"
    if is_site_notice(text) is not None:  # post-meta, powered by
        return "site-notice"
    if is_media_label(text):  # "Play video", "Video: 02:31", "1 / 12"
        return "media-label"
    if context.noise and any(pattern.fullmatch(text) for pattern in context.noise):
        return "site-noise-pattern"
    return None


def _anchor(block: Block, context: _Context) -> bool:
    """A sub-heading linked to its own anchor on this page."""
    return block.heading and _anchors_itself(block, context.own)


def _anchors_itself(block: Block, own: frozenset[str]) -> bool:
    """A heading whose links all lead to a part of the page itself ("#why", or the page's full
    address and a fragment: its own anchor): a sub-heading, not another story's title."""
    node = block.node  # trafilatura's ``ref``s, or the page's own ``a``s (a heading put back)
    targets = (
        [link.get("target") or link.get("href") or "" for link in node.iter("ref", "a")]
        if node is not None
        else []
    )
    return bool(targets) and all(
        target.startswith("#") or ("#" in target and _unfragment(target) in own) for target in targets
    )


def _other_stories(blocks: list[Block], page: Page) -> OtherStories:
    """Other stories' titles and side boxes (``headings.other_story_titles``) as far as
    ``_teaser_cards`` reads them: only when a heading of the body is one of their titles."""
    headings = {text_key(block.text) for block in blocks if block.heading}
    return other_story_titles(page, headings) if headings else OtherStories(set(), [])


def _unfragment(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/")


def _teaser_cards(blocks: list[Block], context: _Context) -> dict[int, str]:
    """Indexes of the blocks that are teaser cards of other stories set inside the article: a
    heading the page also links to another page (not the story's own title) and the blocks
    right after it that are text of its small card (summary, date, "more"). When such cards
    would be more than a third of the body, the page is a list of stories (an index, a
    round-up, a listicle): nothing is taken. Side boxes among the story's paragraphs
    (``headings.side_boxes``) the same way: title and text, by the rule that found the box
    (``side-box``, ``control-box``, ``link-box``, ``headline-label``)."""
    others = context.others
    found: dict[int, str] = {}
    if not others.titles and not others.box_titles:
        return found
    inside: tuple[str, list[str]] | None = None
    for index, block in enumerate(blocks):
        key = text_key(block.text)
        if block.heading:
            inside = None
            if not _repeats_title(block.text, context.heading_repeats, index):
                if key in others.titles:
                    inside = ("teaser-card", others.cards)
                elif key in others.box_titles:
                    inside = (others.box_titles[key], others.boxes)
            if inside:
                found[index] = inside[0]
        elif inside and key and any(key in card for card in inside[1]):
            found[index] = inside[0]  # the card's summary, date, "more" link; the box's text
        else:
            inside = None
    total = sum(len(block.text) for block in blocks)
    if sum(len(blocks[index].text) for index in found) > MAX_TEASER_SHARE * total:
        cards = sum(1 for index, rule in found.items() if rule == "teaser-card" and blocks[index].heading)
        if cards >= MIN_LIST_CARDS or any(rule != "teaser-card" for rule in found.values()):
            return {}
    return found


def _is_picture_caption(key: str, captions: set[str], openings: dict[str, list[str]]) -> bool:
    """A picture's caption, alone or with its credit run on ("… reapertura.Foto: EFE", "…
    in November. (NPA)": after the caption, a short text in brackets is its credit, whatever
    it says): one of the ``openings`` (``_openings``) the key starts with."""
    if key in captions:
        return True
    for caption in openings.get(key[:MIN_CAPTION_PREFIX_CHARS], ()):
        if key.startswith(caption):
            rest = key[len(caption) :].strip(" .").lstrip(".")
            if is_credit_line(rest or "-") or _BRACKETED_CREDIT.fullmatch(rest):
                return True
    return False


def _openings(captions: set[str]) -> dict[str, list[str]]:
    """The captions a block can start with, by their first ``MIN_CAPTION_PREFIX_CHARS``
    characters: all that are that long at least."""
    found: dict[str, list[str]] = {}
    for caption in captions:
        if len(caption) >= MIN_CAPTION_PREFIX_CHARS:
            found.setdefault(caption[:MIN_CAPTION_PREFIX_CHARS], []).append(caption)
    return found


def _own_texts(meta: Metadata) -> set[str]:
    """The headline and the description: a picture whose alternative text repeats one of them
    describes the story, and the lede paragraph saying the same is no caption."""
    return {text_key(text) for text in (meta.headline, meta.description) if text}


def _standfirst_index(blocks: list[Block], standfirst: tuple[str, ...]) -> int:
    """Where the marked-up standfirst (or its first paragraph) sits among the blocks (-1 when
    it is not among them)."""
    keys = {text_key(text) for text in standfirst} - {""}
    return next((i for i, block in enumerate(blocks) if text_key(block.text) in keys), -1)


def _is_author_bio(block: Block, authors: set[str]) -> bool:
    """ "Jane Doe is a senior researcher at …" closing the story: about its author, not in it."""
    if block.heading or len(block.text) > BIO_MAX_CHARS:
        return False
    key = text_key(block.text)
    return any(key.startswith(name) and BIO_VERB.match(key, len(name)) for name in authors if " " in name)


def _is_header_meta_line(block: Block) -> bool:
    """A short line above the story's first text that carries a date and is no sentence: the
    date with its category, author or label ("03/12/2019 ~ Lena", "Veröffentlicht am 17.
    Dezember 2019 von Simon Dückert")."""
    text = block.text
    if block.heading or block.list_item or len(text) > MAX_META_LINE_CHARS or _SENTENCE_END.search(text):
        return False
    return word_count(text) <= MAX_META_LINE_WORDS and bool(find_dates(text))


def _author_letters(authors: list[str]) -> tuple[str, ...]:
    """The names of ``authors`` that have two words at least, as ``_letters`` gives them, when
    ``MIN_AUTHOR_LETTERS`` long at least (one word may be any word of the story)."""
    names = (_letters(name) for name in authors if len(name.split()) >= 2)
    return tuple(name for name in names if len(name) >= MIN_AUTHOR_LETTERS)


def _letters(text: str) -> str:
    """``text``'s letters only, lower case: a name read the same run together with the next
    word, written as a handle or split by a separator."""
    return "".join(char for char in text.lower() if char.isalpha())


def _is_author_line(block: Block, names: tuple[str, ...]) -> bool:
    """A short line above the story's text, no sentence, that holds an author's name: the
    byline with the writer's role, desk or a handle ("Meg Kinnard and Errin Haines, Associated
    Press", "Bill Hoppe| Special to the Pioneer Press", "Daniel GroßertRedakteur")."""
    text = block.text
    if not names or block.heading or block.list_item or len(text) > MAX_META_LINE_CHARS:
        return False
    if _SENTENCE_END.search(text) or word_count(text) > MAX_META_LINE_WORDS:
        return False
    letters = _letters(text)
    return any(name in letters for name in names)


def _is_agency_signature(text: str) -> bool:
    """ "AA", "(dpa)", "dpa/AFP", "SDA/sep": the wire service (and editor's initials) that
    signs a story, alone on its line."""
    if len(text) > MAX_SIGNATURE_CHARS:
        return False
    parts = [p for p in _SIGNATURE_PARTS.split(text.strip(" ()[].")) if p]
    return (
        bool(parts) and is_agency(parts[0]) and all(is_agency(p) or INITIALS.fullmatch(p) for p in parts[1:])
    )


def _repeats_title(text: str, repeats: set[str], index: int) -> bool:
    """A heading that restates the headline, alone, with other punctuation, or run together
    with a kicker or the standfirst."""
    key = text_key(text)
    if key in repeats:
        return True
    words = _words(key)
    return any(
        words == _words(title) or (index < 3 and len(title) > 20 and _words(title) in words)
        for title in repeats
    )


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text))


def _names_only(key: str, authors: set[str]) -> bool:
    """A block that is just the author name(s), as bylines above or below the text are."""
    if not any(author in key for author in authors):
        return False  # (no need to split a block that holds none of the names)
    names = [part.strip() for part in split_names(key)]
    return all(name in authors for name in names if name) and any(names)


def _shown_description(meta: Metadata) -> tuple[str, ...]:
    """The description's paragraphs when the page marks it up as a standfirst or shows it apart
    from the story's paragraphs (``Metadata.description_apart``: in the headline's header, or
    outside the story's box; the whole text first, then each of its paragraphs when it has
    several: none of them is body text). Otherwise (empty) a body paragraph equal to the
    description is the lede that <meta> (or the paragraph after the headline) repeats:
    trafilatura judged it body text, and it stays."""
    if not meta.description or (
        meta.provenance.get("description") not in SHOWN_SOURCES and not meta.description_apart
    ):
        return ()
    return (meta.description, *meta.description.split("\n\n"))


def _title_texts(page: Page, headline: str | None) -> list[str]:
    """Every way the page states its title: the body must not repeat any of them as a block.
    Not the ``<h1>``s after the one that shows the headline that share their parent with
    another such ``<h1>``: a text whose parts are titled in the wrong rank (a blog post's
    "Lebenslauf", "Auszeichnungen"), where a single later ``<h1>`` may be a box's title; nor
    an ``<h1>`` that stands between paragraphs (``between_paragraphs``) and does not show the
    headline: a sub-heading."""
    h1s = list(page.tree.iter("h1"))
    shown = text_key(headline)
    at = next((i for i, h1 in enumerate(h1s) if shown and text_key(h1.text_content()) == shown), None)
    later = set(h1s[at + 1 :]) if at is not None else set()
    parents = Counter(h1.getparent() for h1 in later)
    parts = {h1 for h1 in later if parents[h1.getparent()] > 1}
    parts |= {h1 for h1 in h1s if between_paragraphs(h1) and text_key(h1.text_content()) != shown}
    texts = [collapse(h1.text_content()) for h1 in h1s if h1 not in parts]
    texts += [page.first_meta("og:title", "twitter:title") or ""]
    texts += [str(obj.get("headline") or "") for obj in page.articles_ld()]
    return texts


def _is_link_teaser(block: Block) -> bool:
    if BARE_URL.match(block.text):
        return False  # a web address the text cites, not another story's title
    if block.in_link_list:
        return True
    return block.link_ratio >= TEASER_MIN_LINK_RATIO and word_count(block.text) <= TEASER_MAX_WORDS
