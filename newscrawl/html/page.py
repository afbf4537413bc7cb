"""The shell every static page shares: escaping, the document, tables."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

CSS = """
:root { color-scheme: light; --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --soft: #f6f8fa;
  --kept: #1a7f37; --drop: #cf222e; --new: #2f81f7; --upd: #bf8700; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 48px; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 10px;
  padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.sub { color: var(--muted); margin: 0 0 16px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top;
  overflow-wrap: break-word; }
th { background: var(--soft); font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 140px; }
.card b { display: block; font-size: 22px; } .card span { color: var(--muted); font-size: 13px; }
.tag { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 10px;
  background: var(--soft); border: 1px solid var(--line); color: var(--muted); white-space: nowrap; }
.empty { color: var(--muted); font-style: italic; }
.scroll { overflow-x: auto; }
svg { max-width: 100%; height: auto; font-family: inherit; }
"""
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""Content-Security-Policy: no script runs and nothing is fetched, whatever a page's text holds."""


def esc(value: object) -> str:
    """``value`` as HTML text or attribute value (``None`` -> empty)."""
    return escape("" if value is None else str(value), quote=True)


def document(title: str, body: str, *, css: str = "") -> str:
    """A whole HTML document around ``body`` (markup the caller built with ``esc``)."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}{css}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], *, numeric: Iterable[int] = ()) -> str:
    """A table; cells are escaped, the columns in ``numeric`` right-aligned."""
    right = set(numeric)

    def cell(tag: str, index: int, value: object) -> str:
        return f'<{tag} class="n">{esc(value)}</{tag}>' if index in right else f"<{tag}>{esc(value)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>" for row in rows)
    if not body:
        body = f'<tr><td colspan="{len(headers)}" class="empty">none</td></tr>'
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def cards(items: Iterable[tuple[str, object]]) -> str:
    """Big numbers with a caption each."""
    inner = "".join(
        f'<div class="card"><b>{esc(value)}</b><span>{esc(label)}</span></div>' for label, value in items
    )
    return f'<div class="cards">{inner}</div>'


def write_atomic(target: Path, text: str) -> None:
    """``text`` to ``target`` through a temporary file beside it, renamed into place."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(name).chmod(0o644)
        Path(name).replace(target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
