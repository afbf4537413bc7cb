"""Rule audit: on how many distinct publishers of the dev sets each generic table entry matches.

    python benchmarks/rule_audit.py [--eval-dir DIR] [--json out/rule_audit.json] [--max-hosts 1]

Every module of ``newscrawl.extract.words`` is scanned for its tables: module-level
``re.Pattern`` objects (split into the alternatives of their largest ``|`` group, each tried as
the whole pattern with only that branch), sets, tuples, lists and dict keys of strings, and
``{language: (entry, ...)}`` tables (an entry with regex syntax is tried as a regex, others as a
word-bounded phrase). Each entry is tried on the pages of all three dev
sets (zyte, fundus, traf), grouped by the host of the truth URL (without ``www.``): a page's
shown text blocks (one line per block element), its ``<title>`` and meta contents, and its
attribute words (class and id names split into words, image addresses). The output lists, per
table, the entries that match on at most ``--max-hosts`` hosts: an entry found on one host only
is publisher knowledge unless it is a general label that dev data happens to show once (the
judgement stays with a person: months, time zones and name particles are general by nature
whatever their count). Exits 0 without doing anything when the eval directory is absent.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import pkgutil
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lxml import etree, html

from newscrawl.extract.words import regex_syntax

_HERE = Path(__file__).resolve().parent
EVAL = next(
    (
        p / "shared" / "eval"
        for p in (_HERE.parent.parent, _HERE.parent.parent.parent)
        if (p / "shared" / "eval").is_dir()
    ),
    _HERE.parent.parent / "shared" / "eval",
)
"""``../shared/eval`` beside the repository (or beside the worktree folder holding it)."""
SETS = ("zyte", "fundus", "traf")
PACKAGE = "newscrawl.extract"
MODULES = ("words",)
"""Where the phrase tables live (prefixes of module names under ``newscrawl.extract``): every
word, label and phrase the rules use is data in ``extract/words/``; the compiled patterns
elsewhere are built from those tables and would count each entry twice."""

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figcaption",
        "blockquote",
        "td",
        "th",
        "dt",
        "dd",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "nav",
        "ul",
        "ol",
        "table",
        "tr",
        "form",
        "button",
        "label",
        "span",
        "a",
        "time",
        "address",
        "small",
        "strong",
        "b",
        "em",
    ]
)
"""Elements whose text is one block line (a span or link too: rules see short labels)."""
MAX_LINE = 300
"""Lines are cut here: the rules judge short blocks, and a pattern with ``.*`` would take
quadratic time on a long paragraph."""
DROP_TAGS = ("script", "style", "noscript", "template", "svg")
_SPLIT_WORDS = re.compile(r"[a-z]+")
_CASE_CHANGE = re.compile(r"([a-z])([A-Z])")
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class Entry:
    """One table entry: where it lives, what it is, and the hosts it matched on."""

    table: str
    entry: str
    regex: re.Pattern[str]
    literal: str | None = None
    """For a phrase entry: the casefolded phrase, looked for first (fast) in the casefolded text."""
    hosts: set[str] = field(default_factory=set)


# -- the dev pages, by host ----------------------------------------------------------------------


def page_hosts(eval_dir: Path) -> dict[str, list[Path]]:
    """Page files of every set, grouped by the host of their truth URL (``www.`` dropped)."""
    by_host: dict[str, list[Path]] = defaultdict(list)
    for name in SETS:
        truth = eval_dir / name / "truth.jsonl"
        if not truth.exists():
            continue
        for line in truth.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            host = (urlsplit(record.get("url") or "").hostname or "").removeprefix("www.")
            page = eval_dir / name / "pages" / f"{record['id']}.html.gz"
            if host and page.exists():
                by_host[host].append(page)
    return by_host


def page_lines(path: Path) -> Iterator[str]:  # noqa: PLR0912  (one pass over a page)
    """The lines a rule may see on one page: block texts, title and meta contents, attribute words."""
    try:
        root = html.fromstring(gzip.decompress(path.read_bytes()))
    except (etree.ParserError, ValueError):
        return
    for meta in root.iter("meta"):
        if meta.get("content"):
            yield _SPACE.sub(" ", meta.get("content", "")).strip()[:MAX_LINE]
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in ("class", "id"):
            value = element.get(name)
            if value:
                yield " ".join(_SPLIT_WORDS.findall(_CASE_CHANGE.sub(r"\1 \2", value).lower()))
        if element.tag == "img":
            yield " ".join(filter(None, (element.get("src"), element.get("alt"))))[:MAX_LINE]
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    for element in root.iter(*BLOCK_TAGS, "title", "br"):
        try:
            element.tail = "\n" + (element.tail or "")
            if element.tag != "br":
                element.text = "\n" + (element.text or "")
        except ValueError:  # a control character in the text lxml cannot set back
            continue
    for raw in root.text_content().split("\n"):
        line = _SPACE.sub(" ", raw).strip()
        if line:
            yield line[:MAX_LINE]


# -- the tables ----------------------------------------------------------------------------------


def tables() -> Iterator[tuple[str, Any]]:
    """(``module.NAME``, value) of every module-level table of the extraction package."""
    package = importlib.import_module(PACKAGE)
    seen: set[int] = set()
    names = [m.name for m in pkgutil.walk_packages(package.__path__, PACKAGE + ".")]
    for module_name in names:
        if not module_name.removeprefix(PACKAGE + ".").startswith(MODULES):
            continue
        module = importlib.import_module(module_name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for name, value in vars(module).items():
            if not re.search(rf"^{re.escape(name)}\s*(?::[^=]+)?=", source, re.MULTILINE):
                continue  # imported, not defined here
            if name.startswith("_") or id(value) in seen or not _is_table(value):
                continue
            seen.add(id(value))
            yield f"{module_name.removeprefix(PACKAGE + '.')}.{name}", value


def _is_table(value: Any) -> bool:
    if isinstance(value, re.Pattern):
        return isinstance(value.pattern, str)
    if isinstance(value, dict):
        return bool(value) and all(isinstance(k, str) for k in value)
    if isinstance(value, (frozenset, set, tuple, list)):
        return bool(value) and all(isinstance(v, str) for v in value)
    return False


def entries(table: str, value: Any) -> Iterator[Entry]:
    """The entries of one table, each with the regex that finds it in a line."""
    if isinstance(value, re.Pattern):
        flags = (value.flags & ~re.UNICODE) | re.MULTILINE
        for label, pattern, literal in alternatives(value.pattern):
            try:
                yield Entry(table, label, re.compile(pattern, flags), literal)
            except re.error:
                continue
        return
    if isinstance(value, dict) and all(_is_phrase_list(v) for v in value.values()):
        # {language: (phrase or regex fragment, ...)}: each entry on its own
        for language, items in value.items():
            for item in items:
                yield _entry(f"{table}[{language}]", item)
        return
    for item in sorted(value):
        yield _entry(table, item)


def _is_phrase_list(value: Any) -> bool:
    return isinstance(value, (tuple, list)) and all(isinstance(v, str) for v in value)


_REGEX_SYNTAX = re.compile(r"[\\()\[\]?*+{}|^$]")


def _entry(table: str, item: str) -> Entry:
    """A phrase (word-bounded, case ignored), or a regex fragment when it has regex syntax."""
    if _REGEX_SYNTAX.search(item):
        try:
            return Entry(table, item, re.compile(item, re.IGNORECASE | re.MULTILINE), required_literal(item))
        except re.error:
            pass
    phrase = item.strip().casefold()
    before = r"(?<!\w)" if phrase[:1].isalnum() else ""
    after = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return Entry(table, item, re.compile(before + re.escape(phrase) + after, re.IGNORECASE), phrase)


def alternatives(pattern: str) -> list[tuple[str, str, str | None]]:
    """The pattern once per branch of its largest ``|`` group: (branch, pattern with that
    branch alone, a casefolded literal any match must contain or None). A pattern without
    ``|`` is one entry."""
    groups: dict[int, list[int]] = {-1: []}  # group start (-1: top level) -> its "|" positions
    ends: dict[int, int] = {-1: len(pattern)}
    stack = [-1]
    for index, char in regex_syntax(pattern):
        if char == "(":
            stack.append(index)
            groups[index] = []
        elif char == ")":
            if len(stack) > 1:
                ends[stack.pop()] = index
        else:
            groups[stack[-1]].append(index)
    start = max(groups, key=lambda g: len(groups[g]))
    bars = groups[start]
    if not bars:
        return [(pattern, pattern, required_literal(pattern))]
    body_start = start + 1
    if start >= 0 and pattern.startswith("?", body_start):  # (?:, (?P<n>, (?=, (?i)…
        match = re.match(r"\?(?:P<\w+>|[:=!]|<[=!]|[aiLmsux-]+:)", pattern[body_start:])
        body_start += match.end() if match else 0
    cuts = [body_start, *[b + 1 for b in bars]]
    stops = [*bars, ends[start]]
    outside = pattern[:body_start] + pattern[ends[start] :]
    sure = "|" not in outside.replace("\\|", "")  # else the branch may not be needed for a match
    out = []
    for begin, stop in zip(cuts, stops, strict=True):
        branch = pattern[begin:stop]
        literal = required_literal(branch) if sure else None
        out.append((branch, pattern[:body_start] + branch + pattern[stop:], literal))
    return out


def required_literal(branch: str) -> str | None:
    """The longest run of letters (3+) outside groups and classes that every match of
    ``branch`` contains, casefolded; None when there is none (then the regex alone decides)."""
    runs: list[str] = []
    current = ""
    depth, index, in_class = 0, 0, False
    while index < len(branch):
        char = branch[index]
        if char == "\\" or in_class or char in "()[]|.^$*+?{}":
            if char in "?*{" and current:
                current = current[:-1]  # "photos?": the s is optional
            if char == "|" and depth == 0:
                return None  # an alternation of its own: nothing is certain
            runs.append(current)
            current = ""
            if char == "\\":
                index += 2
                continue
            if in_class:
                in_class = char != "]"
            elif char == "[":
                in_class = True
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
        elif depth == 0 and (char.isalpha() or char in " '"):
            current += char
        else:
            runs.append(current)
            current = ""
        index += 1
    runs.append(current)
    best = max((run.strip() for run in runs), key=len, default="")
    return best.casefold() if len(best) >= 3 else None


# -- the audit -----------------------------------------------------------------------------------


def audit(eval_dir: Path, jobs: int = 2) -> tuple[list[Entry], int]:
    """Every table entry with the hosts it matched on; and the number of hosts."""
    all_entries = _entries()
    by_host = sorted(page_hosts(eval_dir).items())
    with ProcessPoolExecutor(jobs) as pool:
        for number, ((host, _), matched) in enumerate(
            zip(by_host, pool.map(_host_matches, by_host), strict=True), 1
        ):
            for index in matched:
                all_entries[index].hosts.add(host)
            if number % 100 == 0:
                print(f"  {number}/{len(by_host)} hosts", file=sys.stderr)
    return all_entries, len(by_host)


@cache
def _entries() -> list[Entry]:
    return [entry for table, value in tables() for entry in entries(table, value)]


def _host_matches(item: tuple[str, list[Path]]) -> list[int]:
    """Indexes of the entries that match on one host's pages."""
    text = "\n".join(dict.fromkeys(line for page in item[1] for line in page_lines(page)))
    folded = text.casefold()
    return [
        index
        for index, entry in enumerate(_entries())
        if (entry.literal is None or entry.literal in folded) and entry.regex.search(text)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=EVAL)
    parser.add_argument("--json", type=Path, help="write every entry with its hosts here")
    parser.add_argument("--max-hosts", type=int, default=1, help="list entries on at most this many hosts")
    parser.add_argument("--table", help="only tables whose name contains this")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    args = parser.parse_args(argv)
    if not args.eval_dir.is_dir():
        print(f"no eval directory at {args.eval_dir}: nothing to audit")
        return 0
    started = time.perf_counter()
    found, host_count = audit(args.eval_dir, args.jobs)
    if args.table:
        found = [e for e in found if args.table in e.table]
    per_table: dict[str, list[Entry]] = defaultdict(list)
    for entry in found:
        per_table[entry.table].append(entry)
    print(f"{len(found)} entries in {len(per_table)} tables, {host_count} hosts "
          f"({time.perf_counter() - started:.0f} s)\n")  # fmt: skip
    print("| table | entries | on 0 hosts | on 1 host | on 2+ hosts |")
    print("|---|---|---|---|---|")
    for table, items in per_table.items():
        counts = [sum(1 for e in items if n(len(e.hosts))) for n in (_zero, _one, _many)]
        print(f"| {table} | {len(items)} | {counts[0]} | {counts[1]} | {counts[2]} |")
    print(f"\nentries on at most {args.max_hosts} host(s):")
    for table, items in per_table.items():
        for entry in items:
            if len(entry.hosts) <= args.max_hosts:
                print(f"  {table}: {entry.entry[:90]!r} -> {sorted(entry.hosts)}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        lines = (
            json.dumps({"table": e.table, "entry": e.entry, "hosts": sorted(e.hosts)}, ensure_ascii=False)
            for e in found
        )
        args.json.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return 0


def _zero(n: int) -> bool:
    return n == 0


def _one(n: int) -> bool:
    return n == 1


def _many(n: int) -> bool:
    return n > 1


if __name__ == "__main__":
    sys.exit(main())
