"""How far newscrawl's records of a changed kit are from its records of the real pages.

    python benchmarks/identical.py --save /tmp/real --sets zyte,fundus,traf
    python benchmarks/identical.py --eval KIT --save /tmp/kit --sets zyte,fundus,traf
    python benchmarks/agree.py /tmp/real /tmp/kit [--field headings --show 20]

``KIT`` is the eval kit with the pages' class words hashed (``scramble.py``) or also its HTML5
sectioning and figure elements made ``div``s (``scramble.py --plain``). The real record is read
with what the site named its elements; where the kit's record differs, newscrawl leaned on
those names, which a site nobody here has seen may not give. The table counts, per set and half
(zyte, fundus-A/B, traf-A/B), the records whose field differs. A rule that brings the kit's
records to the real ones without changing the real ones rests on what every page has; judge it
on the B halves' counts, look at the design halves' records (``--show`` lists only those:
zyte, fundus-A, traf-A). The real record is the reference here, not the truth: look at what
moved before calling it right.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from evalsets import EVAL, fundus_half, page_id, traf_half

Record = dict[str, Any]


def _headings(r: Record) -> list[str]:
    return [s["heading"] for s in r.get("sections") or [] if s.get("heading")]


def _paragraphs(r: Record) -> list[str]:
    return [p for s in r.get("sections") or [] for p in s.get("paragraphs") or []]


def _pictures(r: Record) -> list[tuple[str, str]]:
    return sorted((i.get("caption") or "", i.get("credit") or "") for i in r.get("images") or [])


FIELDS: dict[str, Callable[[Record], object]] = {
    "headline": lambda r: r.get("headline"),
    "description": lambda r: r.get("description"),
    "authors": lambda r: r.get("authors"),
    "date": lambda r: r.get("date_published"),
    "headings": _headings,
    "paragraphs": _paragraphs,
    "text": lambda r: r.get("text"),
    "pictures": _pictures,
    "language": lambda r: r.get("language"),
    "page_type": lambda r: r.get("page_type"),
}
"""The fields compared, each as read from a record."""

DESIGN = ("zyte", "fundus-A", "traf-A")


def read(directory: Path, name: str) -> list[Record]:
    """The records of one set file (``<name>.jsonl``) of an ``identical.py --save`` directory."""
    lines = (directory / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def half(kind: str, record: Record, urls: dict[str, str | None]) -> str:
    """The set a record counts in: ``zyte``, or the fundus / traf half of its page."""
    ident = page_id(str(record.get("source_path") or ""))
    if kind == "fundus":
        return f"fundus-{fundus_half(ident)}"
    if kind == "traf":
        return f"traf-{traf_half(ident, urls.get(ident))}"
    return kind


def truth_urls(eval_dir: Path, kind: str) -> dict[str, str | None]:
    """page id -> url of a set's truth (the traf halves are split by site)."""
    truth = eval_dir / kind / "truth.jsonl"
    if not truth.is_file():
        return {}
    rows = (json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip())
    return {str(row.get("id")): row.get("url") for row in rows}


def differing(pairs: Iterable[tuple[Record, Record]], field: str) -> list[tuple[Record, Record]]:
    """The (real, kit) pairs whose ``field`` differs."""
    read_field = FIELDS[field]
    return [(real, kit) for real, kit in pairs if read_field(real) != read_field(kit)]


def compare(real_dir: Path, kit_dir: Path, eval_dir: Path) -> dict[str, list[tuple[Record, Record]]]:
    """Set name -> its (real, kit) record pairs, matched by page."""
    out: dict[str, list[tuple[Record, Record]]] = {}
    for kind in ("zyte", "fundus", "traf"):
        if not (real_dir / f"{kind}.jsonl").is_file() or not (kit_dir / f"{kind}.jsonl").is_file():
            continue
        kit = {page_id(str(r.get("source_path"))): r for r in read(kit_dir, kind)}
        urls = truth_urls(eval_dir, kind)
        for real in read(real_dir, kind):
            other = kit.get(page_id(str(real.get("source_path"))))
            if other is not None:
                out.setdefault(half(kind, real, urls), []).append((real, other))
    return out


def table(sets: dict[str, list[tuple[Record, Record]]]) -> str:
    """One row per set: how many records differ in each field, of how many."""
    width = max(len(f) for f in FIELDS) + 1
    lines = ["set".ljust(9) + "".join(f.rjust(width) for f in FIELDS) + "  records"]
    for name in ("zyte", "fundus-A", "fundus-B", "traf-A", "traf-B"):
        pairs = sets.get(name)
        if pairs:
            counts = "".join(str(len(differing(pairs, f))).rjust(width) for f in FIELDS)
            lines.append(f"{name:9}{counts}  {len(pairs):7}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("real", type=Path, help="identical.py --save output of the real kit")
    parser.add_argument("kit", type=Path, help="identical.py --save output of the changed kit")
    parser.add_argument(
        "--eval", type=Path, default=EVAL, help="the real eval kit (its truth splits traf by site)"
    )
    parser.add_argument("--field", choices=sorted(FIELDS), help="list the design records whose field differs")
    parser.add_argument("--show", type=int, default=20, help="at most this many records (with --field)")
    args = parser.parse_args(argv)
    sets = compare(args.real, args.kit, args.eval)
    if not sets:
        print(f"no set files (zyte/fundus/traf.jsonl) in both {args.real} and {args.kit}", file=sys.stderr)
        return 2
    print(table(sets))
    if args.field:
        shown = [(name, pair) for name in DESIGN for pair in differing(sets.get(name, []), args.field)]
        for name, (real, kit) in shown[: args.show]:
            print(f"\n[{name}] {page_id(str(real.get('source_path')))}")
            print(f"  real: {str(FIELDS[args.field](real))[:600]}")
            print(f"  kit : {str(FIELDS[args.field](kit))[:600]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
