"""newscrawl beside bare trafilatura on the ../shared/eval sets, in one run and one table.

    python benchmarks/compare.py [--sets zyte fundus-A fundus-B traf traf-A traf-B]
                                 [--tools newscrawl trafilatura] [--against out/compare/scores.json]
                                 [--out out/compare] [--jobs 2]

Sets: ``zyte``, the two fixed fundus halves ``fundus-A`` / ``fundus-B`` (see ``evalsets.py``:
design on A, judge on B), ``traf`` and its two fixed halves by site ``traf-A`` / ``traf-B`` (a
page is extracted once per run, whatever sets hold it). Both tools read the same pages
in-process, in a pool of ``--jobs`` niced workers: newscrawl through ``extract_article``,
trafilatura exactly as the eval README's peer run, ``bare_extraction(html, url,
with_metadata=True, include_tables=True)`` with its body XML mapped to sections (``head`` = a
heading; ``p``, list items and table rows =
paragraphs), its own plain text as ``text``, authors split on ";".

Bare trafilatura's records never change for a given trafilatura version, so they are cached
under ``--cache`` and a re-run only extracts with newscrawl. Each tool's JSONL and per-page
results go under ``--out``, all metrics to ``scores.json`` there; ``--against`` an earlier
``scores.json`` shows newscrawl's figures as ``before→after``. Exits 0 without doing anything
when the eval directory is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from evalsets import (
    EVAL,
    SETS,
    directory,
    newscrawl_line,
    read_page,
    run_pages,
    score_set,
    set_pages,
    write_lines,
)
from lxml import etree
from trafilatura import __version__ as trafilatura_version
from trafilatura import bare_extraction
from trafilatura.settings import Document

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # per-page quirks, not results

TOOLS = ("newscrawl", "trafilatura")

METRICS = (
    "coverage",
    "body_f1",
    "headline",
    "authors_f1",
    "date_published",
    "date_day",
    "description",
    "heading_f1",
    "paragraph_f1",
    "noise_leak",
    "with",
    "without",
    "with_without_hm",
)
"""The table's rows: every metric score.py gives on one of the sets (a cell is empty when the set
has no truth for it)."""

TARGETS = (
    ("traf", "with_without_hm", 0.955),
    ("traf", "with", 0.965),
    ("zyte", "body_f1", 0.975),
)
"""Issue 10's dev targets (all "at least")."""


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


def cached_trafilatura(pages: list[str], cache: Path, jobs: int) -> dict[str, str]:
    """Bare trafilatura's line for each page, extracting only the pages not in ``cache`` yet
    (one JSONL file per trafilatura version: ``{"page": file name, "line": record}``)."""
    store = cache / f"trafilatura-{trafilatura_version}.jsonl"
    known: dict[str, str] = {}
    if store.is_file():
        for raw in store.read_text(encoding="utf-8").splitlines():
            entry = json.loads(raw)
            known[entry["page"]] = entry["line"]
    key = {page: f"{Path(page).parent.parent.name}/{Path(page).name}" for page in pages}
    missing = [page for page in pages if key[page] not in known]
    fresh = run_pages(trafilatura_line, missing, jobs)
    if fresh:
        store.parent.mkdir(parents=True, exist_ok=True)
        with store.open("a", encoding="utf-8") as out:
            for page, line in fresh.items():
                out.write(json.dumps({"page": key[page], "line": line}, ensure_ascii=False) + "\n")
                known[key[page]] = line
    return {page: known[key[page]] for page in pages}


def measure(
    eval_dir: Path, out: Path, cache: Path, *, sets: list[str], tools: list[str], jobs: int
) -> dict[str, dict[str, dict[str, float]]]:
    """tool -> set -> score.py metrics, after writing each tool's JSONL and per-page results."""
    scores: dict[str, dict[str, dict[str, float]]] = {tool: {} for tool in tools}
    done: dict[str, dict[str, str]] = {tool: {} for tool in tools}  # a page read once per run
    for name in sets:
        pages = set_pages(eval_dir, name)
        for tool in tools:
            started = time.monotonic()
            todo = [page for page in pages if page not in done[tool]]
            if tool == "trafilatura":
                done[tool].update(cached_trafilatura(todo, cache, jobs))
            else:
                done[tool].update(run_pages(newscrawl_line, todo, jobs))
            lines = {page: done[tool][page] for page in pages}
            seconds = time.monotonic() - started
            target = out / f"{tool}-{name}.jsonl"
            written = write_lines(list(lines.values()), target)
            metrics, per_page = score_set(eval_dir, name, list(lines.values()))
            write_lines(
                [json.dumps(row, ensure_ascii=False) for row in per_page],
                target.with_suffix(".per-page.jsonl"),
            )
            scores[tool][name] = metrics
            print(
                f"{name:<9} {tool:<12} {written}/{len(pages)} records in {seconds:5.1f} s -> {target}",
                file=sys.stderr,
                flush=True,
            )
    return scores


def table(
    scores: dict[str, dict[str, dict[str, float]]],
    before: dict[str, dict[str, dict[str, float]]] | None = None,
) -> str:
    """The Markdown table (a cell: newscrawl / trafilatura; newscrawl as before→after when
    ``before`` is given), then the issue's dev targets, met or not."""
    sets = [name for name in SETS if any(name in by_set for by_set in scores.values())]
    tools = [tool for tool in TOOLS if tool in scores]
    lines = [
        f"| metric ({' / '.join(_tool_label(tool) for tool in tools)}) | {' | '.join(sets)} |",
        "|---|" + "---|" * len(sets),
    ]
    for metric in METRICS:
        cells = [_cell(scores, before, tools, name, metric) for name in sets]
        if any(cells):
            lines.append(f"| {metric} | {' | '.join(cells)} |")
    ours = scores.get("newscrawl", {})
    verdicts = []
    for name, metric, goal in TARGETS:
        if name in ours:
            figure = ours[name].get(metric)
            verdict = "met" if figure is not None and figure >= goal else "MISSED"
            verdicts.append(f"{name} {metric} {_figure(figure)} {verdict} (≥ {goal:.3f})")
    if verdicts:
        lines += ["", "Issue-10 dev targets: " + "; ".join(verdicts)]
    return "\n".join(lines) + "\n"


def _tool_label(tool: str) -> str:
    return f"trafilatura {trafilatura_version}" if tool == "trafilatura" else tool


def _cell(
    scores: dict[str, dict[str, dict[str, float]]],
    before: dict[str, dict[str, dict[str, float]]] | None,
    tools: list[str],
    name: str,
    metric: str,
) -> str:
    figures = [scores[tool].get(name, {}).get(metric) for tool in tools]
    if all(figure is None for figure in figures):
        return ""
    shown = [_figure(figure) for figure in figures]
    if before is not None and "newscrawl" in tools:
        old = before.get("newscrawl", {}).get(name, {}).get(metric)
        now = figures[tools.index("newscrawl")]
        if old is not None and now is not None and f"{old:.3f}" != f"{now:.3f}":
            shown[tools.index("newscrawl")] = f"{old:.3f}→**{now:.3f}**"
    return " / ".join(shown)


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS), help="sets to run")
    parser.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS), help="tools to run")
    parser.add_argument("--against", help="an earlier scores.json: newscrawl shown as before→after")
    parser.add_argument("--out", default="out/compare", help="where the JSONL files go")
    parser.add_argument("--cache", default="out/compare/cache", help="bare trafilatura's cached records")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument(
        "--eval-dir", default=str(EVAL), help="the evaluation kit (default: ../shared/eval beside the repo)"
    )
    args = parser.parse_args(argv)
    eval_dir = Path(args.eval_dir)
    missing = sorted(
        {directory(name) for name in args.sets if not (eval_dir / directory(name) / "pages").is_dir()}
    )
    if not (eval_dir / "score.py").is_file() or missing:
        print(
            f"compare.py: no evaluation sets at {eval_dir} "
            f"(need score.py and {', '.join(missing)}/pages); nothing to compare."
        )
        return 0
    before = json.loads(Path(args.against).read_text(encoding="utf-8")) if args.against else None
    out = Path(args.out)
    scores = measure(eval_dir, out, Path(args.cache), sets=args.sets, tools=args.tools, jobs=args.jobs)
    (out / "scores.json").write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    sys.stdout.write(table(scores, before))
    return 0


if __name__ == "__main__":
    sys.exit(main())
