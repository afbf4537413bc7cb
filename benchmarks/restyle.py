"""The eval kit with its sub-headings restyled: the other ways a page styles a sub-heading.

    python benchmarks/restyle.py OUT_DIR --style bold   # then:
    python benchmarks/compare.py --eval-dir OUT_DIR --out out/restyle-bold --cache out/restyle-bold/cache

``scramble.py --div-headings`` writes the sub-headings among paragraphs (the ``--bold-headings``
selection: an ``<h2>``-``<h6>`` whose parent holds a ``<p>`` with text, no link around it, no
block inside it) as a ``<div>`` of an opaque class that a rule, first in ``<head>``, sets bold
*and* larger. That is one styling. Pages style their sub-headings in other ways too; each
``--style`` writes the same headings one of them (everything else byte for byte as it was):

``bold``      ``<div class=X>``, the rule (first in ``<head>``) sets it bold only, no size.
``large``     ``<div class=X>``, the rule sets it larger only (1.3em), no weight.
``inline``    ``<p><span style="font-weight:bold;font-size:18px">…</span></p>``: no rule.
``late``      ``<p class=X>``, the rule (bold and larger) comes after a framework-like
              stylesheet of more than 100 KB of other rules, both first in ``<head>``.
``external``  ``<p class=X>``, the rule in an external stylesheet (a ``<link>``): nothing on the
              page says how it looks; a sub-heading is then a short line between paragraphs.

Why: a mechanism fitted to one styling (a rule first in the page, bold and larger) may miss a
publisher that styles its sub-headings another way; each kit measures one way.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import scramble
from evalsets import EVAL, copy_kit, kit_dirs
from lxml import etree
from lxml import html as lxml_html

STYLES = ("bold", "large", "inline", "late", "external")
_CLASS = b"c" + hashlib.sha1(b"restyled-sub-heading").hexdigest()[:8].encode("ascii")
# More than MAX_STYLESHEET_CHARS (100,000) of other rules before the sub-heading's rule.
FRAMEWORK_CHARS = 120_000


def framework_css(chars: int = FRAMEWORK_CHARS) -> bytes:
    """A framework-like stylesheet of at least ``chars`` characters: utility classes (opaque
    names no page uses) setting margins, paddings, colours, font sizes and weights."""
    rules: list[bytes] = []
    size = 0
    index = 0
    while size < chars:
        name = b"u" + hashlib.sha1(b"%d" % index).hexdigest()[:7].encode("ascii")
        sized = 0.75 + (index % 12) / 8
        rule = b".%s{margin:%dpx %dpx;padding:%dpx;color:#%03x;" % (
            name,
            index % 9,
            index % 5,
            index % 7,
            index,
        )
        rule += b"font-size:%.3frem;font-weight:%d;line-height:1.%d}\n" % (
            sized,
            100 * (1 + index % 9),
            index % 8,
        )
        rules.append(rule)
        size += len(rule)
        index += 1
    return b"".join(rules)


def _pieces(style: str) -> tuple[bytes, bytes, bytes]:
    """The opening and closing written around a heading's content, and what goes first in
    ``<head>``."""
    div, p = b'<div class="' + _CLASS + b'">', b'<p class="' + _CLASS + b'">'
    if style == "bold":
        return div, b"</div>", b"<style>." + _CLASS + b"{font-weight:700;margin:1em 0 .5em}</style>"
    if style == "large":
        return div, b"</div>", b"<style>." + _CLASS + b"{font-size:1.3em;margin:1em 0 .5em}</style>"
    if style == "inline":
        return b'<p><span style="font-weight:bold;font-size:18px">', b"</span></p>", b""
    if style == "late":
        head = (
            b"<style>"
            + framework_css()
            + b"</style><style>."
            + _CLASS
            + b"{font-weight:700;font-size:1.3em;margin:1em 0 .5em}</style>"
        )
        return p, b"</p>", head
    if style == "external":
        return p, b"</p>", b'<link rel="stylesheet" href="/restyled-sub-headings.css">'
    raise ValueError(f"no such style: {style}")


def restyle(page: bytes, style: str) -> bytes:
    """The page with each sub-heading among paragraphs (``scramble.bold_headings``'s
    selection, found the same way) written in ``style``; the page as it was when lxml cannot
    read it, when lxml and the regular expression do not count its headings alike, or when it
    has none."""
    opening, closing, head_piece = _pieces(style)
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.LxmlError, ValueError):
        return page
    parsed = list(tree.iter("h2", "h3", "h4", "h5", "h6"))
    spans: list[tuple[int, int, re.Match[bytes]]] = []
    position = 0
    for script in [*scramble._SCRIPT.finditer(page), None]:
        end = script.start() if script is not None else len(page)
        spans += [(m.start(), m.end(), m) for m in scramble._HEADING.finditer(page, position, end)]
        position = script.end() if script is not None else len(page)
    if len(spans) != len(parsed):
        return page
    out: list[bytes] = []
    position = 0
    for (start, end, match), heading in zip(spans, parsed, strict=True):
        if not scramble._among_paragraphs(heading) or scramble._BLOCK_TAG.search(match.group("inner")):
            continue
        out += [page[position:start], opening, match.group("inner"), closing]
        position = end
    out.append(page[position:])
    written = b"".join(out)
    if len(out) == 1 or not head_piece:
        return written
    found = scramble._HEAD_START.search(written)
    at = found.end() if found is not None else 0
    return written[:at] + head_piece + written[at:]


def restyle_kit(source: Path, target: Path, style: str) -> int:
    """A copy of the eval kit at ``target`` with every page restyled; the number of pages."""
    return copy_kit(source, target, lambda _set, _pages: lambda _page, data: restyle(data, style))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="where the restyled kit goes (created; must not be the kit itself)")
    parser.add_argument("--eval-dir", default=str(EVAL), help="the evaluation kit (default: ../shared/eval)")
    parser.add_argument("--style", choices=STYLES, required=True, help="how the sub-headings are styled")
    args = parser.parse_args(argv)
    dirs = kit_dirs(parser, args.eval_dir, args.out, "restyled")
    if dirs is None:
        return 0
    source, target = dirs
    count = restyle_kit(source, target, args.style)
    print(f"{count} pages restyled ({args.style}) into {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
