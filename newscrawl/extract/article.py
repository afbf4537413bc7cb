"""The pipeline: page -> Article, read top to bottom.

parse once (``page.py``) -> body blocks: the prepared page, the trafilatura call and the
other body sources (``body/sources.py``) -> metadata (``meta/``) -> pictures (``images/``)
-> the block-cleaning step (``body/cleaning.py``; it needs the headline, the authors and the
pictures' captions, so it runs after them) -> sections -> the Article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.cleaning import Cleaned, clean_blocks
from newscrawl.extract.body.guard import lost_lines, put_back
from newscrawl.extract.body.headings import off_story_headings
from newscrawl.extract.body.markup import body_html as markup
from newscrawl.extract.body.reread import read_again
from newscrawl.extract.body.sections import HEADS_NOTHING, grouped_sections, promote_bold_headings
from newscrawl.extract.body.sources import body_blocks
from newscrawl.extract.body.stories import Pruned, PrunedText
from newscrawl.extract.body.threads import comment_threads
from newscrawl.extract.gc_pause import collector_paused
from newscrawl.extract.images.beside import page_captions
from newscrawl.extract.images.credits import attach_credits
from newscrawl.extract.images.figures import classify_images
from newscrawl.extract.images.main import main_image
from newscrawl.extract.meta.access import is_accessible_for_free
from newscrawl.extract.meta.language import contradicting_language, detect_language
from newscrawl.extract.meta.metadata import Metadata, extract_metadata
from newscrawl.extract.meta.section import extract_section
from newscrawl.extract.normalise import record_word_count, text_key, word_count, word_overlap
from newscrawl.extract.page import Page, canonical_url, parse_page
from newscrawl.extract.page_type import PageType, page_type
from newscrawl.extract.rules import NO_PUBLISHERS, NO_RULES, ExtractRules, PublisherRules
from newscrawl.extract.visible import shared_walk
from newscrawl.items import Article, Image, Section, offset_datetime

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Body:
    """What the pipeline built the body from, for ``explain``."""

    sections: list[Section] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    """(rule, text) of every block the cleaning rules removed, in order."""
    images_left_out: list[tuple[str, Image]] = field(default_factory=list)
    """(reason, picture) of every picture left out of ``images``."""
    blocks: list[tuple[str | None, Block]] = field(default_factory=list)
    """Every body block in page order with the rule that removed it, or None when kept."""
    restored: list[str] = field(default_factory=list)
    """Text trafilatura found that was lost without a named cause and came back (recall guard)."""
    page_type: PageType = field(default_factory=lambda: PageType("article"))
    """Article, listing or other, and the signals the decision rests on."""
    pruned: list[Pruned] = field(default_factory=list)
    """What was pruned from the page before trafilatura read it, each with its rule: other
    stories and regions that are never article text (consent dialogs, hidden nodes, captions,
    side boxes, embedded posts, the site's prune XPaths)."""
    pruned_lines: list[tuple[str, str]] = field(default_factory=list)
    """(rule, line): trafilatura's lines the recall guard found lost and left out, because
    they are part of what was pruned by that rule."""
    root: str | None = None
    """The block made the story's root on a page with none of its own (``body/root.py``)."""


def extract_article(
    data: bytes | str,
    url: str | None = None,
    *,
    rules: ExtractRules = NO_RULES,
    publishers: PublisherRules = NO_PUBLISHERS,
    provenance: bool = False,
    body_html: bool = False,
) -> Article:
    """Extract one article from an HTML document (see :func:`trace_article`)."""
    return trace_article(
        data, url, rules=rules, publishers=publishers, provenance=provenance, body_html=body_html
    )[0]


def trace_article(
    data: bytes | str,
    url: str | None = None,
    *,
    rules: ExtractRules = NO_RULES,
    publishers: PublisherRules = NO_PUBLISHERS,
    provenance: bool = False,
    body_html: bool = False,
) -> tuple[Article, Body]:
    """Extract one article from an HTML document.

    ``url`` is where the page came from: an http(s) URL for a crawl, a ``file://`` URI for a
    saved page. For a saved page the record's ``url`` is the page's own declared URL
    (canonical, else og:url, else JSON-LD url) when it has one.
    ``rules`` are the site's own rules (a crawl's sites file); ``publishers`` is publisher
    knowledge by host: the rules of the host of ``url`` (else of the page's canonical or declared
    URL) are added to ``rules``. Both are optional: the generic rules always apply.
    With ``provenance``, the record's ``provenance`` says where each field came from (else null);
    with ``body_html``, the record's ``body_html`` holds the body as safe HTML (else null).
    Also returns the ``Body`` it was built from: what the cleaning rules dropped and which
    pictures were left out, each with its reason, for ``explain``.
    Raises ``NotHtml`` (a ``ValueError``) when the input is not an HTML document; a ``url``
    that is no URL at all ("http://[x/") is read as none.
    """
    with collector_paused():  # the page's objects go by reference counting (gc_pause.py)
        return _trace(data, url, rules, publishers, provenance=provenance, body_html=body_html)


def _trace(
    data: bytes | str,
    url: str | None,
    rules: ExtractRules,
    publishers: PublisherRules,
    *,
    provenance: bool,
    body_html: bool,
) -> tuple[Article, Body]:
    page = parse_page(data, url)
    url = page.url  # (None for one that is no URL at all)
    with shared_walk(page.tree):  # the readers of shown text share one walk of the page
        meta = extract_metadata(
            page, frozenset(caption for _, caption in page_captions(page)), comment_threads(page)
        )
        fetched = url if url and urlsplit(url).scheme in ("http", "https") else None
        rules = rules.merged(publishers.for_urls(fetched, canonical_url(page), meta.url))
        source = body_blocks(page, rules)
        images, left_out = classify_images(page)
        pictures = [*images, *(image for _, image in left_out)]
        cleaned = clean_blocks(source.blocks, page, meta, pictures, rules)
        # trafilatura read a region that is all boilerplate (the cleaning emptied it): again without it
        second = read_again(
            page,
            cleaned,
            lambda copy: body_blocks(copy, rules),
            lambda blocks, copy: clean_blocks(blocks, copy, meta, pictures, rules),
        )
        if second is not None:
            source, cleaned = second.source, second.cleaned
        dropped = [text for _, text in cleaned.dropped]
        lost = lost_lines(source.content, cleaned.kept, dropped + source.left_out, PrunedText(source.pruned))
        if lost.lines:  # back through the same rules: what one of them drops has its cause now
            again = clean_blocks([Block(text=line) for line in lost.lines], page, meta, pictures, rules)
            cleaned = _with_restored(cleaned, again, dict(zip(lost.lines, lost.after, strict=True)))
        deks: list[str] = []
        cleaned = _without_off_story(cleaned, page, meta.description, deks)
        if deks and not meta.description and _reads_as_dek(deks[0], meta.headline):
            # a dek set as a heading over the story, on a page that declares no description
            meta = replace(
                meta, description=deks[0], provenance={**meta.provenance, "description": "heading"}
            )
    sections, headed_nothing = grouped_sections(promote_bold_headings(cleaned.kept))
    if headed_nothing:  # a heading over nothing leaves the record: explain names it too
        cleaned = _with_headed_nothing(cleaned, headed_nothing)
    images = attach_credits(images, cleaned.credits)
    # The text's own language when none is declared, or when it clearly is not the declared one.
    sample = "\n".join(filter(None, (meta.headline, meta.description, sections_to_text(sections))))
    if meta.language is None:
        detected = detect_language(sample)
    else:
        detected = contradicting_language(meta.language, sample)
    if detected:
        meta = replace(meta, language=detected, provenance={**meta.provenance, "language": "detected"})
    kind = page_type(page, _lines(sections))
    html = markup(sections, cleaned.kept, page.absolute) if body_html else None
    article = _article(page, url, meta, sections, images, provenance=provenance, body_html=html)
    article = replace(article, page_type=kind.kind)
    if provenance and page.intake and article.provenance is not None:
        article = replace(article, provenance={**article.provenance, "input": "+".join(sorted(page.intake))})
    restored = [block.text for block in cleaned.kept if block.restored]
    return article, Body(
        sections=sections,
        images=images,
        dropped=cleaned.dropped,
        images_left_out=left_out,
        blocks=cleaned.trace,
        restored=restored,
        page_type=kind,
        pruned=source.pruned,
        pruned_lines=lost.pruned,
        root=source.root,
    )


def _article(
    page: Page,
    url: str | None,
    meta: Metadata,
    sections: list[Section],
    images: list[Image],
    *,
    provenance: bool,
    body_html: str | None = None,
) -> Article:
    """The record: ``meta``'s fields, the body as sections and text, and its pictures."""
    canonical = canonical_url(page)
    text = sections_to_text(sections)
    record_url = _record_url(url, canonical, meta.url)
    return Article(
        url=record_url,
        canonical_url=canonical,
        site_name=meta.site_name,
        language=meta.language,
        headline=meta.headline,
        description=meta.description,
        authors=meta.authors,
        date_published=offset_datetime(meta.date_published),
        date_modified=offset_datetime(meta.date_modified),
        date_published_raw=meta.date_published,
        date_modified_raw=meta.date_modified,
        sections=sections,
        text=text,
        body_html=body_html,
        images=images,
        main_image=main_image(page, images),
        tags=meta.tags,
        section=extract_section(page, meta.headline),
        is_accessible_for_free=is_accessible_for_free(page),
        word_count=record_word_count(text),
        fingerprint=fingerprint(text),
        provenance=_provenance(meta, record_url, url, canonical) if provenance else None,
    )


def _with_restored(cleaned: Cleaned, again: Cleaned, after: dict[str, int]) -> Cleaned:
    """The cleaning result with the recall guard's lines that passed the rules put back."""
    # One object per restored block, in the kept list and the trace alike (``_without_off_story``
    # finds a block of the one in the other).
    restored = {id(block): replace(block, restored=True) for block in again.kept}
    back = [(after[block.text], restored[id(block)]) for block in again.kept]
    return Cleaned(
        kept=put_back(cleaned.kept, back),
        credits=[*cleaned.credits, *again.credits],
        dropped=[*cleaned.dropped, *again.dropped],
        trace=[
            *cleaned.trace,
            *((reason, restored[id(block)] if reason is None else block) for reason, block in again.trace),
        ],
    )


def _with_headed_nothing(cleaned: Cleaned, headings: list[Block]) -> Cleaned:
    """The cleaning result with the headings that headed nothing (``grouped_sections``) dropped
    by the rule ``heads-nothing``: out of ``kept``, into ``dropped`` and the trace."""
    gone = {id(block) for block in headings}
    return replace(
        cleaned,
        kept=[block for block in cleaned.kept if id(block) not in gone],
        dropped=[*cleaned.dropped, *((HEADS_NOTHING, block.text) for block in headings)],
        trace=[(HEADS_NOTHING if id(block) in gone else reason, block) for reason, block in cleaned.trace],
    )


OFF_STORY = "off-story"  # a heading set after the story, outside its block, and what it heads


# A dek over the story that shares this much of the headline's words restates it: no description.
_SAYS_HEADLINE = 0.5
# A dek is a sentence: this many words, or fewer closed by a sentence's mark (not a label such as
# "See also", a name, a title).
_MIN_DEK_WORDS = 8
_MIN_CLOSED_DEK_WORDS = 4
_SENTENCE_MARKS = (".", "!", "?", "…", "。", "！", "？")


def _reads_as_dek(text: str, headline: str | None) -> bool:
    """``text`` (a heading over the story) reads as a dek: a sentence, not the headline again."""
    words = word_count(text)
    closed = text.rstrip("\"'»”’)").endswith(_SENTENCE_MARKS)
    return (words >= _MIN_DEK_WORDS or (closed and words >= _MIN_CLOSED_DEK_WORDS)) and word_overlap(
        text, headline or ""
    ) < _SAYS_HEADLINE


def _without_off_story(
    cleaned: Cleaned, page: Page, description: str | None, deks: list[str] | None = None
) -> Cleaned:
    """The cleaning result without the headings set after the story, outside its block, and the
    blocks under them (``headings.off_story_headings``), each dropped block named by the rule
    ``off-story`` for ``explain``. The standfirst the cleaning took out of trafilatura's body as
    the ``description`` still counts as the story's prose there. A dek set as a heading over
    the story goes to ``deks`` (when given)."""
    key = text_key(description)
    dek = next(
        (b.text for r, b in cleaned.trace if r and not b.heading and key and text_key(b.text) == key), None
    )
    kept = off_story_headings(cleaned.kept, page, dek, description, deks)
    if len(kept) == len(cleaned.kept):
        return cleaned
    # The blocks themselves (the lists hold them alive): a block's equal may stand elsewhere.
    staying = {id(block) for block in kept}
    gone = {id(block) for block in cleaned.kept if id(block) not in staying}
    return replace(
        cleaned,
        kept=kept,
        dropped=[*cleaned.dropped, *((OFF_STORY, b.text) for b in cleaned.kept if id(b) in gone)],
        trace=[(OFF_STORY if reason is None and id(b) in gone else reason, b) for reason, b in cleaned.trace],
    )


def _lines(sections: list[Section]) -> list[str]:
    return [line for s in sections for line in ([s.heading] if s.heading else []) + s.paragraphs]


def sections_to_text(sections: list[Section]) -> str:
    """Headings and paragraphs, in order, separated by blank lines."""
    blocks: list[str] = []
    for section in sections:
        if section.heading:
            blocks.append(section.heading)
        blocks.extend(section.paragraphs)
    return "\n\n".join(blocks)


def fingerprint(text: str) -> str | None:
    """sha256 of the text with Unicode, case and whitespace normalised; None for no text."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if not words:
        return None
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def _provenance(
    meta: Metadata, record_url: str | None, url: str | None, canonical: str | None
) -> dict[str, str]:
    """``meta.provenance`` for the fields the record has, plus where the record's url came from."""
    record = {
        "url": record_url,
        "site_name": meta.site_name,
        "language": meta.language,
        "headline": meta.headline,
        "description": meta.description,
        "authors": meta.authors,
        "date_published": offset_datetime(meta.date_published),
        "date_modified": offset_datetime(meta.date_modified),
    }
    sources = {
        name: source
        for name, source in meta.provenance.items()
        if name != "url" and source and record.get(name)
    }
    for name in ("date_published", "date_modified"):  # the raw date comes from the same place
        if getattr(meta, name) and meta.provenance.get(name):
            sources[f"{name}_raw"] = meta.provenance[name]
    if record_url is None:
        return sources
    if record_url == url:
        scheme = urlsplit(url).scheme
        url_source = "fetch" if scheme in ("http", "https") else "file"
    elif record_url == canonical:
        url_source = "canonical"
    else:
        url_source = meta.provenance.get("url", "meta")
    return {"url": url_source, **sources}


def _record_url(url: str | None, canonical: str | None, declared: str | None) -> str | None:
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return canonical or declared or url
