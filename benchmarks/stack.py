"""The eval kit with a second story on every page: a proxy for endless-scroll and "next story" pages.

    python benchmarks/stack.py OUT_DIR               # then:
    python benchmarks/compare.py --eval-dir OUT_DIR --out out/stack --cache out/stack/cache

Every page gets, after its own story, the story of ANOTHER page of the same set and the same
half, as a page with endless scroll appends the next story below the first: the other page's
story element (its ``<article>`` holding most paragraphs, else the nearest block around its
``<h1>`` that holds most of the page's ``<p>``\\s) is inserted right after this page's story
element (found the same way), or before ``</body>`` when the bytes and the parse do not line up.
The pairing is fixed: each page takes the story of the next page (by id) of its own half (fundus
by publisher, traf by site, zyte has no halves), the last one that of the first. A design-half
page therefore only ever carries a design-half story, a judge-half page a judge-half story.

The truth stays the page's own: the record must be the story the page's URL, headline and
JSON-LD name, never the two merged and never the other one. Precision of body_f1 /
paragraph_f1 on fundus and traf's "without" snippets tell a merged story; the headline and the
recall tell the wrong one.

``--no-h1`` drops the appended story's ``<h1>`` (a feed that writes the next story's title as a
lower heading, or as none); by default it keeps it, as most endless-scroll pages do.

The appended story is serialised by lxml with every non-ASCII character as a character
reference, so it reads the same in any page encoding; its ``<script>``\\s (JSON-LD of the other
story, players) are left out. The rest of the page stays byte for byte as it was: the insertion
point is found by counting tags, as ``scramble.py --bold-headings`` finds its headings.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evalsets import EVAL, copy_kit, fundus_half, kit_dirs, page_id, traf_half, truth_urls
from lxml import etree
from lxml import html as lxml_html

_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def _parse(page: bytes, *, text: bool = False) -> Any | None:
    """The parsed page; with ``text``, read as UTF-8 when it is (lxml reads bytes that declare
    no charset as Latin-1, and the story taken from them would be garbled), else as lxml reads
    its bytes."""
    try:
        if text:
            try:
                return lxml_html.document_fromstring(page.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):  # (ValueError: an XML declaration in a str)
                pass
        return lxml_html.document_fromstring(page)
    except (etree.LxmlError, ValueError):
        return None


def _paragraphs(element: Any) -> int:
    return sum(1 for p in element.iter("p") if p.text_content().strip())


def story_element(tree: Any) -> Any | None:
    """The page's story element: its ``<article>`` holding most paragraphs (with at least two),
    else the nearest ancestor of its first ``<h1>`` below ``<body>`` that holds at least 60% of
    the paragraphs the h1's largest ancestor holds, else None."""
    articles = [(a, _paragraphs(a)) for a in tree.iter("article")]
    articles = [(a, n) for a, n in articles if n >= 2]
    if articles:
        best = max(n for _, n in articles)
        # the outermost of the best ones would hold nested cards too: the first (document order)
        # with the largest count is the story, nested ones have fewer or equal paragraphs
        return next(a for a, n in articles if n == best)
    heading = next(tree.iter("h1"), None)
    if heading is None:
        return None
    ancestors = [a for a in heading.iterancestors() if a.tag not in ("body", "html")]
    counted = [(a, _paragraphs(a)) for a in ancestors]
    if not counted or max(n for _, n in counted) < 2:
        return None
    most = max(n for _, n in counted)
    return next(a for a, n in counted if n >= 0.6 * most)


def story_bytes(page: bytes, *, h1: bool = True) -> bytes | None:
    """The page's story element as ASCII HTML bytes (scripts left out; without ``h1``, its
    ``<h1>``\\s too), or None when the page has none."""
    tree = _parse(page, text=True)
    if tree is None:
        return None
    story = story_element(tree)
    if story is None:
        return None
    story = _copy(story)
    for script in list(story.iter("script", "noscript", "style")):
        script.drop_tree()
    if not h1:
        for heading in list(story.iter("h1")):
            heading.drop_tree()
    story.tail = None
    written: bytes = etree.tostring(story, method="html", encoding="us-ascii")
    return b"\n" + written + b"\n"


def _copy(element: Any) -> Any:
    return lxml_html.fragment_fromstring(etree.tostring(element, method="html", encoding="unicode"))


def _following(element: Any) -> Any | None:
    """The first element after ``element`` ends (document order), None at the body's end."""
    node = element
    while node is not None and node.tag not in ("body", "html"):
        after = node.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is not None:
            return after
        node = node.getparent()
    return None


def _outside(page: bytes) -> list[tuple[int, int]]:
    """The spans of the page outside ``<script>`` elements and comments."""
    hidden = sorted(
        [(m.start(), m.end()) for m in _SCRIPT.finditer(page)]
        + [(m.start(), m.end()) for m in _COMMENT.finditer(page)]
    )
    spans, position = [], 0
    for start, end in hidden:
        if start >= position:
            spans.append((position, start))
        position = max(position, end)
    spans.append((position, len(page)))
    return spans


def insertion_point(page: bytes) -> int:
    """Where the second story goes: before the opening tag of the first element after the page's
    story element, when the count of that tag in the bytes (outside scripts and comments) matches
    the parse; else before the last ``</body>``; else the page's end."""
    tree = _parse(page)
    story = story_element(tree) if tree is not None else None
    after = _following(story) if story is not None else None
    if tree is not None and after is not None:
        tag = after.tag
        parsed = list(tree.iter(tag))
        name = re.escape(tag.encode("ascii", "replace"))
        opening = re.compile(rb"<" + name + rb"(?=[\s/>])", re.IGNORECASE)
        found = [m.start() for start, end in _outside(page) for m in opening.finditer(page, start, end)]
        if len(found) == len(parsed):
            return found[parsed.index(after)]
    ends = list(_BODY_END.finditer(page))
    return ends[-1].start() if ends else len(page)


def stack(page: bytes, second: bytes | None) -> bytes:
    """``page`` with ``second`` (a story's bytes) inserted after its story."""
    if not second:
        return page
    at = insertion_point(page)
    return page[:at] + second + page[at:]


def _halves(kind: str, pages: list[Path], truth: Path) -> dict[str, str]:
    urls = truth_urls(truth)
    out: dict[str, str] = {}
    for page in pages:
        ident = page_id(str(page))
        if kind == "fundus":
            out[page.name] = fundus_half(ident)
        elif kind == "traf":
            out[page.name] = traf_half(ident, urls.get(ident))
        else:
            out[page.name] = "-"
    return out


def pairs(kind: str, pages: list[Path], truth: Path) -> dict[str, str]:
    """page file name -> the file name of the page whose story it carries: the next one of its
    own half in name order (the last one takes the first's)."""
    halves = _halves(kind, pages, truth)
    out: dict[str, str] = {}
    for half in sorted(set(halves.values())):
        names = sorted(name for name, h in halves.items() if h == half)
        for index, name in enumerate(names):
            if len(names) > 1:
                out[name] = names[(index + 1) % len(names)]
    return out


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def stack_kit(source: Path, target: Path, *, h1: bool = True) -> int:
    """A copy of the eval kit at ``target`` with a second story on every page; the number of pages."""

    def edit_set(set_dir: Path, pages: list[Path]) -> Callable[[Path, bytes], bytes]:
        partner = pairs(set_dir.name, pages, set_dir / "truth.jsonl")

        def edit(page: Path, data: bytes) -> bytes:
            other = partner.get(page.name)
            second = story_bytes(_read(set_dir / "pages" / other), h1=h1) if other else None
            return stack(data, second)

        return edit

    return copy_kit(source, target, edit_set)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="where the stacked kit goes (created; must not be the kit itself)")
    parser.add_argument("--eval-dir", default=str(EVAL), help="the evaluation kit (default: ../shared/eval)")
    parser.add_argument("--no-h1", action="store_true", help="drop the appended story's <h1>")
    args = parser.parse_args(argv)
    dirs = kit_dirs(parser, args.eval_dir, args.out, "stacked")
    if dirs is None:
        return 0
    source, target = dirs
    count = stack_kit(source, target, h1=not args.no_h1)
    print(f"{count} pages stacked into {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
