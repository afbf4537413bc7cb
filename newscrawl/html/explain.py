"""``explain --html``: one page's extraction as a static page to look at.

The body's blocks in page order (kept ones plain, dropped ones struck through and marked with
the rule that dropped them), the fields with the source each came from, the pictures with
their captions and credits, and the pictures left out with their reason. Picture URLs are shown
as text, never loaded: the page fetches nothing, and every text from the page is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from newscrawl.extract.body.blocks import Block
from newscrawl.html.page import cards, document, esc, table
from newscrawl.items import PROVENANCE_SOURCES, Article, Image

FIELDS = (
    "url",
    "canonical_url",
    "site_name",
    "language",
    "headline",
    "description",
    "authors",
    "date_published",
    "date_modified",
    "date_published_raw",
    "date_modified_raw",
    "tags",
    "section",
    "is_accessible_for_free",
    "main_image",
)
"""The metadata fields shown, in this order (the text report and the HTML page)."""

CSS = """
.legend { display: flex; gap: 16px; flex-wrap: wrap; margin: 4px 0 12px; font-size: 13px;
  color: var(--muted); }
.blk { border-left: 4px solid var(--kept); padding: 4px 12px; margin: 0 0 8px; }
.blk p { margin: 0; }
.blk.head p { font-weight: 700; font-size: 17px; }
.blk.drop { border-left-color: var(--drop); background: #fff5f5; color: var(--muted); }
.blk.drop p { text-decoration: line-through; text-decoration-color: #cf222e88; }
.rule { display: inline-block; font: 600 12px/1.6 ui-monospace, SFMono-Regular, Menlo, monospace;
  color: #fff; background: var(--drop); border-radius: 4px; padding: 0 6px; margin-bottom: 2px; }
.pic { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 0 0 8px; }
.pic code, td code { font-size: 12px; overflow-wrap: anywhere; color: var(--muted); }
.pic .cap { margin: 4px 0 0; } .pic .cred { margin: 2px 0 0; font-size: 13px; color: var(--muted); }
.pic.out { background: var(--soft); }
.swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin-right: 4px; }
"""


def render(
    article: Article,
    blocks: Sequence[tuple[str | None, Block]],
    left_out: Sequence[tuple[str, Image]],
    source: str,
    *,
    page_type: str = "article",
    pruned: Sequence[tuple[str, str, int]] = (),
    pruned_lines: Sequence[tuple[str, str]] = (),
) -> str:
    """The whole page for one explained file: its record (with provenance), its body blocks in
    page order with the rule that dropped each (None: kept), the other stories and regions
    pruned before extraction (rule, heading or label, characters; short regions one row per
    rule; ``pruned_lines``: trafilatura's lines the recall guard left out as part of them),
    the pictures left out with their reason; ``source``
    is the file's path as given, ``page_type`` what the page is and why."""
    kept = sum(1 for rule, _ in blocks if rule is None)
    dropped = len(blocks) - kept
    paragraphs = sum(len(section.paragraphs) for section in article.sections)
    parts = [
        f"<h1>{esc(article.headline or '(no headline found)')}</h1>",
        f'<p class="sub">newscrawl explain: {esc(source)}</p>',
        f'<p class="sub">page type: {esc(page_type)}</p>',
        cards(
            [
                ("sections", len(article.sections)),
                ("paragraphs", paragraphs),
                ("words", f"{article.word_count:,}"),
                ("blocks kept", kept),
                ("blocks dropped", dropped),
                ("pictures", len(article.images)),
                ("pictures left out", len(left_out)),
            ]
        ),
        "<h2>Fields</h2>",
        _fields(article),
        "<h2>Body, block by block</h2>",
        '<div class="legend"><span><span class="swatch" style="background:#1a7f37"></span>kept: '
        'article text</span><span><span class="swatch" style="background:#cf222e"></span>dropped, '
        "with the rule that dropped it</span></div>",
        _blocks(blocks),
        f"<h2>Pruned before extraction ({len(pruned)})</h2>",
        table(["rule", "heading", "characters"], [(r, h, f"{n:,}") for r, h, n in pruned], numeric=[2]),
        *(
            [
                f"<h3>Left out by the recall guard as pruned ({len(pruned_lines)})</h3>",
                table(["rule", "line"], pruned_lines),
            ]
            if pruned_lines
            else []
        ),
        f"<h2>Pictures ({len(article.images)})</h2>",
        _pictures(article.images),
        f"<h2>Pictures left out ({len(left_out)})</h2>",
        _left_out(left_out),
    ]
    return document(f"explain: {article.headline or source}", "\n".join(parts), css=CSS)


def _fields(article: Article) -> str:
    provenance = article.provenance or {}
    rows = []
    for name in FIELDS:
        value = getattr(article, name)
        shown = "; ".join(value) if isinstance(value, list) else value
        if isinstance(value, bool):
            shown = str(value).lower()
        where = provenance.get(name, "") if shown else ""
        rows.append((name, shown if shown else "-", where, PROVENANCE_SOURCES.get(where, "")))
    return table(["field", "value", "source", "what the source is"], rows)


def _blocks(blocks: Sequence[tuple[str | None, Block]]) -> str:
    if not blocks:
        return '<p class="empty">no body text found</p>'
    out = []
    for rule, block in blocks:
        kind = "head" if block.heading else ""
        if rule is None:
            out.append(f'<div class="blk kept {kind}"><p>{esc(block.text)}</p></div>')
        else:
            label = f'<span class="rule">{esc(rule)}</span>'
            out.append(f'<div class="blk drop {kind}">{label}<p>{esc(block.text)}</p></div>')
    return "\n".join(out)


def _picture(image: Image, label: str, *, css: str = "pic") -> str:
    url = f"<code>{esc(image.url)}</code>" if image.url else '<span class="empty">no URL</span>'
    caption = f'<p class="cap">{esc(image.caption)}</p>' if image.caption else ""
    credit = f'<p class="cred">credit: {esc(image.credit)}</p>' if image.credit else ""
    return f'<div class="{css}"><span class="tag">{esc(label)}</span> {url}{caption}{credit}</div>'


def _pictures(images: Sequence[Image]) -> str:
    if not images:
        return '<p class="empty">none</p>'
    return "\n".join(_picture(image, str(number)) for number, image in enumerate(images, 1))


def _left_out(left_out: Sequence[tuple[str, Image]]) -> str:
    if not left_out:
        return '<p class="empty">none</p>'
    return "\n".join(_picture(image, reason, css="pic out") for reason, image in left_out)
