"""newscrawl beside bare trafilatura on the ../shared/eval sets, in one run and one table.

    python benchmarks/compare.py [--out out/compare] [--jobs 2] [--eval-dir DIR]

Both tools read the same pages: newscrawl through ``extract_article`` (as ``quality.py``), and
trafilatura exactly as the eval README's peer run, ``bare_extraction(html, url,
with_metadata=True, include_tables=True)`` with its body XML mapped to sections (``head`` = a
heading; ``p``, list items and table rows = paragraphs), its own plain text as ``text``, authors
split on ";". Each output is written as JSONL under
``--out``, scored by the set's ``score.py --json``, and the issue-4 metrics are printed as one
Markdown table next to the best published figure and newscrawl's target. Exits 0 without doing
anything when the eval directory is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evalsets import EVAL, SETS, newscrawl_line, read_page, run_pages, score_json, set_pages
from lxml import etree
from trafilatura import __version__ as trafilatura_version
from trafilatura import bare_extraction
from trafilatura.settings import Document

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # per-page quirks, not results


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: a metric of one set, its best published figure and our target."""

    set: str
    metric: str
    published: float | None
    published_by: str
    target: float
    lower_is_better: bool = False


ROWS = (
    Row("zyte", "body_f1", 0.970, "Zyte AutoExtract, rs-trafilatura", 0.975),
    Row("fundus", "headline", None, "", 0.95),
    Row("fundus", "authors_f1", None, "", 0.92),
    Row("fundus", "date_published", None, "", 0.93),
    Row("fundus", "description", None, "", 0.90),
    Row("fundus", "heading_f1", None, "", 0.92),
    Row("fundus", "paragraph_f1", None, "", 0.95),
    Row("fundus", "body_f1", None, "", 0.96),
    Row("fundus", "noise_leak", None, "", 0.01, lower_is_better=True),
)
"""The issue-4 targets; published figures from the zyte benchmark's README (none exist for fundus)."""


# -- bare trafilatura, as the eval README's peer run -------------------------------------------


def trafilatura_line(path: str) -> str:
    """trafilatura's record for one page, in the output contract score.py reads."""
    url = Path(path).resolve().as_uri()
    document = bare_extraction(read_page(path), url, with_metadata=True, include_tables=True)
    if not isinstance(document, Document):  # None: nothing extracted
        return json.dumps({"source_path": path, "sections": [], "text": ""})
    sections = body_sections(document.body)
    record = {
        "source_path": path,
        "url": document.url,
        "headline": document.title,
        "authors": [name.strip() for name in (document.author or "").split(";") if name.strip()],
        "date_published": document.date,
        "description": document.description,
        "language": document.language,
        "sections": sections,
        "text": document.text or "",  # trafilatura's own plain text
        "images": [],
    }
    return json.dumps(record, ensure_ascii=False)


BLOCKS = frozenset({"head", "p", "list", "table", "quote", "div", "code"})
"""trafilatura's block elements; a ``div`` or ``quote`` holding blocks is read block by block."""


def body_sections(body: etree._Element | None) -> list[dict[str, Any]]:
    """trafilatura's body XML -> [{"heading", "paragraphs"}]: ``head`` opens a section; ``p``,
    each list ``item`` and each table ``row`` is a paragraph (other blocks: their text)."""
    sections: list[dict[str, Any]] = [{"heading": None, "paragraphs": []}]
    if body is not None:
        _read_blocks(body, sections)
    return [s for s in sections if s["heading"] or s["paragraphs"]]


def _read_blocks(parent: etree._Element, sections: list[dict[str, Any]]) -> None:
    for element in parent:
        if element.tag == "head":
            sections.append({"heading": _text(element), "paragraphs": []})
            continue
        if element.tag == "list":
            parts = [_text(item, skip="list") for item in element.iter("item")]
        elif element.tag == "table":
            parts = [" ".join(_text(cell) for cell in row) for row in element.iter("row")]
        elif element.tag in {"div", "quote"} and any(child.tag in BLOCKS for child in element):
            _read_blocks(element, sections)
            continue
        else:
            parts = [_text(element)]
        sections[-1]["paragraphs"] += [part for part in parts if part]


def _text(element: etree._Element, skip: str | None = None) -> str:
    """The element's text, whitespace collapsed; without nested ``skip`` elements (sub-lists,
    whose items are paragraphs of their own)."""
    chunks = [element.text or ""]
    for child in element:
        if child.tag != skip:
            chunks.append(_text(child, skip))
        chunks.append(child.tail or "")
    return " ".join("".join(chunks).split())


# -- the run ---------------------------------------------------------------------------------


def measure(eval_dir: Path, out: Path, jobs: int) -> dict[tuple[str, str], dict[str, Any]]:
    """(tool, set) -> score.py metrics, after writing each tool's JSONL for each set."""
    tools = {"newscrawl": newscrawl_line, "trafilatura": trafilatura_line}
    scores: dict[tuple[str, str], dict[str, Any]] = {}
    for name in SETS:
        pages = set_pages(eval_dir, name)
        for tool, extract in tools.items():
            target = out / f"{tool}-{name}.jsonl"
            started = time.monotonic()
            written = run_pages(extract, pages, target, jobs)
            seconds = time.monotonic() - started
            print(
                f"{name:<7} {tool:<12} {written}/{len(pages)} records in {seconds:5.1f} s -> {target}",
                file=sys.stderr,
                flush=True,
            )
            scores[tool, name] = score_json(eval_dir, name, target)
    return scores


def table(scores: dict[tuple[str, str], dict[str, Any]]) -> str:
    """The Markdown table, then one line saying which targets are met."""
    lines = [
        f"| metric | trafilatura {trafilatura_version} (measured) | published best | newscrawl | target |",
        "|---|---|---|---|---|",
    ]
    missed: list[str] = []
    for row in ROWS:
        ours = scores["newscrawl", row.set].get(row.metric)
        theirs = scores["trafilatura", row.set].get(row.metric)
        published = f"{row.published:.3f} ({row.published_by})" if row.published else "—"
        sign = "≤" if row.lower_is_better else "≥"
        met = ours is not None and (ours <= row.target if row.lower_is_better else ours >= row.target)
        label = f"{row.set} {row.metric}"
        if row.metric == "date_published":  # a date without time is never the same instant
            day = scores["trafilatura", row.set].get("date_day")
            theirs_shown = f"{_figure(theirs)} (same day: {_figure(day)})"
        else:
            theirs_shown = _figure(theirs)
        if not met:
            missed.append(f"{label} {_figure(ours)} vs {sign} {row.target:.3f}")
        lines.append(
            f"| {label} | {theirs_shown} | {published} | "
            f"{'**' if met else ''}{_figure(ours)}{'**' if met else ''} | "
            f"{sign} {row.target:.3f} |"
        )
    met_count = len(ROWS) - len(missed)
    lines.append("")
    lines.append(
        f"Targets met: {met_count}/{len(ROWS)} (bold)" + (f"; missed: {'; '.join(missed)}" if missed else "")
    )
    return "\n".join(lines) + "\n"


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="out/compare", help="where the JSONL files go")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument(
        "--eval-dir", default=str(EVAL), help="the evaluation kit (default: ../shared/eval beside the repo)"
    )
    args = parser.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    missing = [name for name in SETS if not (eval_dir / name / "pages").is_dir()]
    if not (eval_dir / "score.py").is_file() or missing:
        print(
            f"compare.py: no evaluation sets at {eval_dir} (need score.py and "
            f"{', '.join(SETS)}/pages); nothing to compare."
        )
        return 0
    scores = measure(eval_dir, Path(args.out), args.jobs)
    sys.stdout.write(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
