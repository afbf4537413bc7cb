"""``newscrawl explain FILE``: why one page gave the record it gave.

For one saved page (``.html`` or ``.html.gz``): each metadata field with its value and source
(the record's ``provenance``), the body's sections with paragraph counts, the images with caption
and credit, every block a cleaning rule dropped from the body, named by that rule, every other
story and every region pruned from the page before trafilatura read it (grouped by rule: the
large ones with size and heading or label, the small ones counted), and every
picture left out of ``images`` with its reason (not in the story, a graphic, a duplicate). Pure: the
extraction functions run directly, no crawl. Text for people by default, ``--json`` for tools.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newscrawl.extract.page_type import PageType
from newscrawl.extract.refusals import NotHtml
from newscrawl.html.explain import FIELDS
from newscrawl.html.explain import render as render_html
from newscrawl.html.page import write_atomic
from newscrawl.intake import PageSkipped, read_page
from newscrawl.items import PROVENANCE_SOURCES, Article, Image
from newscrawl.options import EXIT_FAILED, EXIT_OK, UsageError, base_settings, configure_logging, int_setting
from newscrawl.publishers import default_publishers

if TYPE_CHECKING:
    from newscrawl.extract.body.blocks import Block
    from newscrawl.extract.body.stories import Pruned

SHORT = 100
"""Longer texts are cut to this many characters in the text report (never in --json)."""
LABEL = 40
"""A pruned region's label is cut to this many characters in the text report."""
LISTED_CHARS = 200
"""A region pruned before extraction with this many characters is listed by itself; shorter
ones are counted by rule (another story is always listed)."""
NO_HEADING = "(before the first sub-heading)"


@dataclass(frozen=True, slots=True)
class Explanation:
    """What ``explain`` reports about one page."""

    article: Article
    dropped: list[tuple[str, str]]
    """(rule, text) of every body block a cleaning rule removed, in page order."""
    images_left_out: list[tuple[str, Image]]
    """(reason, picture) of every picture left out of ``images``."""
    blocks: list[tuple[str | None, Block]] = field(default_factory=list)
    """Every body block in page order with the rule that removed it, or None when kept."""
    restored: list[str] = field(default_factory=list)
    """Body text trafilatura found that was lost without a named cause and came back."""
    page_type: PageType = field(default_factory=lambda: PageType("article"))
    """Article, listing or other, with the signals the decision rests on."""
    pruned: list[Pruned] = field(default_factory=list)
    """What was pruned from the page before trafilatura read it (other stories, regions that
    are never article text), with the rule of each."""
    pruned_lines: list[tuple[str, str]] = field(default_factory=list)
    """(rule, line): trafilatura's lines the recall guard left out as part of what was pruned."""
    root: str | None = None
    """The block made the story's root on a page with none of its own (``body/root.py``)."""


@dataclass(frozen=True, slots=True)
class PrunedGroup:
    """What one rule pruned before extraction: the large records listed, the small counted."""

    rule: str
    count: int
    chars: int
    listed: list[Pruned]
    shorter: int
    shorter_chars: int


def pruned_groups(records: list[Pruned]) -> list[PrunedGroup]:
    """``records`` grouped by rule, in the order the rules first pruned: each story and each
    region of ``LISTED_CHARS`` or more listed, the shorter regions counted."""
    rules: dict[str, list[Pruned]] = {}
    for record in records:
        rules.setdefault(record.rule, []).append(record)
    groups = []
    for rule, found in rules.items():
        listed = [r for r in found if r.story or r.chars >= LISTED_CHARS]
        shorter = [r for r in found if not (r.story or r.chars >= LISTED_CHARS)]
        groups.append(
            PrunedGroup(
                rule=rule,
                count=len(found),
                chars=sum(r.chars for r in found),
                listed=listed,
                shorter=len(shorter),
                shorter_chars=sum(r.chars for r in shorter),
            )
        )
    return groups


def page_type_line(kind: PageType) -> str:
    """What the page is, why, and what ``parse`` and ``crawl`` do with it."""
    why = f" ({'; '.join(kind.reasons)})" if kind.reasons else ""
    if kind.is_article:
        return f"article{why}"
    return (
        f"{kind.kind}{why}: parse and crawl skip it as not_article (a crawl follows its links) "
        "unless --keep-non-articles"
    )


def explain_page(data: bytes | str, url: str | None = None) -> Explanation:
    """The record for ``data`` (provenance on) and the body blocks the cleaning rules dropped.

    Raises ``NotHtml`` (a ``ValueError``) when the input is not an HTML document.
    """
    from newscrawl.extract.article import trace_article  # noqa: PLC0415  (trafilatura: on use)

    article, body = trace_article(data, url, publishers=default_publishers(), provenance=True)
    return Explanation(
        article=article,
        dropped=body.dropped,
        images_left_out=body.images_left_out,
        blocks=body.blocks,
        restored=body.restored,
        page_type=body.page_type,
        pruned=body.pruned,
        pruned_lines=body.pruned_lines,
        root=body.root,
    )


def as_json(explanation: Explanation, source: str) -> dict[str, Any]:
    """The machine form: full texts, sources as in the record's ``provenance``."""
    article = explanation.article
    provenance = article.provenance or {}
    return {
        "file": source,
        "page_type": {
            "kind": explanation.page_type.kind,
            "reasons": list(explanation.page_type.reasons),
        },
        "fields": [
            {"field": name, "value": getattr(article, name), "source": provenance.get(name)}
            for name in FIELDS
        ],
        "sections": [
            {"heading": section.heading, "paragraphs": len(section.paragraphs)}
            for section in article.sections
        ],
        "word_count": article.word_count,
        "images": [_image(image) for image in article.images],
        "dropped": [{"rule": rule, "text": text} for rule, text in explanation.dropped],
        "pruned": [
            {
                "rule": group.rule,
                "count": group.count,
                "chars": group.chars,
                "listed": [
                    {"heading": record.heading, "chars": record.chars, "text": record.text}
                    for record in group.listed
                ],
                "shorter": {"count": group.shorter, "chars": group.shorter_chars},
            }
            for group in pruned_groups(explanation.pruned)
        ],
        "root": explanation.root,
        "pruned_lines": [{"rule": rule, "text": text} for rule, text in explanation.pruned_lines],
        "restored": list(explanation.restored),
        "images_left_out": [
            {"reason": reason, **_image(image)} for reason, image in explanation.images_left_out
        ],
    }


def as_text(explanation: Explanation, source: str) -> str:
    """The report for people: one line per field, section, image and dropped block."""
    article = explanation.article
    provenance = article.provenance or {}
    lines = [
        f"{source}",
        "",
        f"Page type: {page_type_line(explanation.page_type)}",
        *(
            [f"Story root: {explanation.root} (the headline's block with the page's prose)"]
            if explanation.root
            else []
        ),
        "",
        "Fields (value <- source)",
    ]
    for name in FIELDS:
        value = getattr(article, name)
        shown = "; ".join(value) if isinstance(value, list) else value
        if isinstance(value, bool):
            shown = str(value).lower()
        where = provenance.get(name)
        lines.append(
            f"  {name:<15} {shorten(shown) if shown else '-'}" + (f"  <- {where}" if where and shown else "")
        )
    paragraphs = sum(len(section.paragraphs) for section in article.sections)
    lines += ["", f"Sections ({len(article.sections)}, {paragraphs} paragraphs, {article.word_count} words)"]
    lines += [
        f"  {len(section.paragraphs):>3} x  {shorten(section.heading or NO_HEADING)}"
        for section in article.sections
    ] or ["  (no body text found)"]
    lines += ["", f"Images ({len(article.images)})"]
    for number, image in enumerate(article.images, 1):
        lines.append(f"  {number}. {image.url or '(no url: a caption or credit line without an image)'}")
        lines.append(f"     caption: {shorten(image.caption) if image.caption else '-'}")
        lines.append(f"     credit:  {image.credit or '-'}")
    lines += ["", f"Dropped from the body ({len(explanation.dropped)})"]
    width = max((len(rule) for rule, _ in explanation.dropped), default=0)
    lines += [f"  {rule:<{width}}  {shorten(text)}" for rule, text in explanation.dropped]
    if explanation.pruned:
        lines += ["", *_pruned_lines(explanation)]
    if explanation.restored:
        lines += [
            "",
            f"Restored by the recall guard ({len(explanation.restored)}: lost without a named rule)",
        ]
        lines += [f"  {shorten(text)}" for text in explanation.restored]
    left_out = explanation.images_left_out
    lines += ["", f"Images left out ({len(left_out)})"]
    width = max((len(reason) for reason, _ in left_out), default=0)
    lines += [f"  {reason:<{width}}  {_picture(image)}" for reason, image in left_out]
    used = [source for source in dict.fromkeys(provenance.values()) if source]
    if used:
        lines += ["", "Sources"]
        lines += [f"  {name:<15} {PROVENANCE_SOURCES.get(name, '?')}" for name in used]
    return "\n".join(lines) + "\n"


def _pruned_lines(explanation: Explanation) -> list[str]:
    """The pruned section of the text report: one line per rule (how many, how many
    characters), under it each large record (characters, heading or label, start of its text
    for a region) and the count of the shorter ones; then the lines the recall guard left out
    as pruned."""
    records = explanation.pruned
    total = sum(record.chars for record in records)
    lines = [f"Pruned before extraction ({len(records)}: {total:,} chars)"]
    groups = pruned_groups(records)
    width = max(len(group.rule) for group in groups)
    for group in groups:
        lines.append(f"  {group.rule:<{width}}  {group.count:>4} x  {group.chars:>8,} chars")
        for record in group.listed:
            if record.story:
                shown = shorten(record.heading)
            else:  # a region: its label, then the start of its text
                shown = f"{shorten(record.heading, LABEL)}  {shorten(record.text, SHORT - LABEL)}"
            lines.append(f"      {record.chars:>8,} chars  {shown}")
        if group.shorter:
            lines.append(f"      ({group.shorter} shorter: {group.shorter_chars:,} chars)")
    if explanation.pruned_lines:
        lines += [
            "",
            f"Left out by the recall guard as pruned ({len(explanation.pruned_lines)})",
        ]
        width = max(len(rule) for rule, _ in explanation.pruned_lines)
        lines += [f"  {rule:<{width}}  {shorten(text)}" for rule, text in explanation.pruned_lines]
    return lines


def shorten(text: str, limit: int = SHORT) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def _pruned_rows(records: list[Pruned]) -> list[tuple[str, str, int]]:
    """The pruned table of ``explain --html``: (rule, heading or label, characters) of each
    large record, one row per rule for the shorter ones."""
    rows: list[tuple[str, str, int]] = []
    for group in pruned_groups(records):
        rows += [(group.rule, record.heading, record.chars) for record in group.listed]
        if group.shorter:
            rows.append((group.rule, f"({group.shorter} shorter)", group.shorter_chars))
    return rows


def _picture(image: Image, limit: int = SHORT) -> str:
    """A picture in one line: the end of its URL (the file name tells pictures apart, the
    shared prefix does not), else its caption or credit."""
    if not image.url:
        return shorten(image.caption or image.credit or "-")
    return image.url if len(image.url) <= limit else "\u2026" + image.url[-(limit - 1) :]


def _image(image: Image) -> dict[str, str | None]:
    return {"url": image.url, "caption": image.caption, "credit": image.credit}


# -- the subcommand --------------------------------------------------------------------------


def add_explain(subcommands: Any) -> None:
    """``newscrawl explain FILE [--json]``."""
    parser = subcommands.add_parser(
        "explain",
        help="show where each field of one page came from and what the body cleaning dropped",
        description="For one saved page (.html, .html.gz): each metadata field with its value "
        "and source (JSON-LD, meta tag, visible byline, dateline, ...), the sections with "
        "paragraph counts, the images with caption and credit, the blocks dropped from the "
        "body with the rule that dropped each, the other stories and regions pruned from the page, and the "
        "pictures left out with their reason. "
        "No crawl: the extractor runs directly.",
    )
    parser.add_argument("file", metavar="FILE", help="a saved HTML page (.html or .html.gz)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help="print one JSON object (full texts) instead of the text report"
    )
    output.add_argument(
        "--html",
        metavar="OUT.html",
        help="write a static HTML page instead: the body's blocks in order, kept and dropped "
        "(with the rule), the fields with their sources, the pictures with captions and credits",
    )
    parser.set_defaults(run=run_explain)


def run_explain(args: argparse.Namespace) -> int:
    settings = base_settings(args)
    max_bytes = int_setting(settings, "NEWSCRAWL_MAX_PAGE_BYTES")
    configure_logging(settings)
    path = Path(args.file)
    html_target = Path(args.html) if args.html else None
    if html_target is not None and (html_target.is_dir() or not html_target.parent.is_dir()):
        raise UsageError(f"cannot write {args.html}: give a file in an existing directory")
    if not os.path.lexists(path):
        raise UsageError(f"{args.file} does not exist")
    if path.is_dir():
        raise UsageError(f"{args.file} is a directory; explain reads one saved page")
    try:
        data = read_page(path, max_bytes)  # as `parse` reads it: regular files, gzip, size cap
    except PageSkipped as err:
        print(f"newscrawl explain: error: cannot read {args.file}: {err}", file=sys.stderr)
        return EXIT_FAILED
    try:
        explanation = explain_page(data, path.resolve().as_uri())
    except NotHtml as err:
        print(f"newscrawl explain: error: {args.file} is not an HTML document ({err})", file=sys.stderr)
        return EXIT_FAILED
    if html_target is not None:
        page = render_html(
            explanation.article,
            explanation.blocks,
            explanation.images_left_out,
            args.file,
            page_type=page_type_line(explanation.page_type),
            pruned=_pruned_rows(explanation.pruned),
            pruned_lines=explanation.pruned_lines,
        )
        write_atomic(html_target, page)
        print(f"Wrote the explanation of {args.file} to {html_target.resolve()}")
    elif args.json:
        json.dump(as_json(explanation, args.file), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(as_text(explanation, args.file))
    return EXIT_OK
