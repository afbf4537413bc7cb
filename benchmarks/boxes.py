"""The eval kit with a related-stories box inside every story: a proxy for boxes in the article.

    python benchmarks/boxes.py OUT_DIR [--style heading|cards|aside|linked]      # then:
    python benchmarks/compare.py --eval-dir OUT_DIR --out out/boxes --cache out/boxes/cache

Issue 10's class "headings over-detected from teaser, related-story, list or box headings inside
the article container": every page gets, inside its story element (``stack.story_element``: the
``<article>`` holding most paragraphs, else the nearest block around the ``<h1>`` that holds most
of them), right after its second ``<p>`` of prose (60 characters or more), a box of three teasers
of OTHER pages of the same set and the same half, as a site puts "related stories" between the
paragraphs of a story. The pairing is fixed: a page takes the next three pages (by file name) of
its own half (fundus by publisher, traf by site, zyte has no halves), wrapping round at the end,
so a design-half page only ever carries design-half teasers and a judge-half page judge-half ones.
A teaser is the other page's ``<h1>`` (else its ``og:title``, else its ``<title>``), its first
sentence (of its story's first prose ``<p>``) and its URL (from the truth) moved onto this page's
host: its canonical or ``og:url``, else the path alone (a related box links its own site).

Styles (``--style``):
  heading (default): ``<div class=X><h3>LABEL</h3><ul><li><a href=URL>HEADLINE</a></li>x3</ul></div>``
  cards:             ``<div class=X>`` holding three cards
                     ``<div class=Y><h3><a href=URL>HEADLINE</a></h3><p>SENTENCE</p></div>``
  aside:             the heading box inside an ``<aside>``
  linked:            ``<div class=X><h3>LABEL</h3>`` and three cards each wholly one link
                     ``<a class=Y href=URL><h4>HEADLINE</h4><p>SENTENCE</p></a>`` (block
                     content in a link, as HTML5 allows and card layouts write it)

LABEL is a short related-box label in the page's language (``<html lang>``; a small table of eight
languages), else "Related". Class names are opaque hashes: no class word tells the box.

The truth stays the page's own: the box's headings are false sub-headings (heading_f1), its text
is noise (paragraph_f1 and body_f1 precision on fundus, body precision on zyte). traf's "without"
snippets are the page's own, so on traf the box shows only as damage to the story ("with"), when
a rule cuts the story at the box.

The box is serialised by lxml with every non-ASCII character as a character reference, so it reads
the same in any page encoding. The rest of the page stays byte for byte as it was: the insertion
point (before the opening tag of the first element after the second prose ``<p>``, when that
element is in the story; else before that ``<p>`` itself) is found by counting tags, as
``stack.py`` finds its own; a page whose story has fewer than two prose ``<p>``\\s, or whose tag
counts do not line up, is left as it was (the builder says how many pages got a box).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from evalsets import EVAL, copy_kit, kit_dirs, page_id, truth_urls
from lxml import etree
from lxml.html import builder as E
from stack import _following, _halves, _outside, _parse, _read, story_element

STYLES = ("heading", "cards", "aside", "linked")

LABELS = {
    "en": "Related stories",
    "de": "Mehr zum Thema",
    "fr": "\u00c0 lire aussi",
    "es": "Te puede interesar",
    "it": "Leggi anche",
    "pt": "Leia tamb\u00e9m",
    "nl": "Lees ook",
    "pl": "Czytaj tak\u017ce",
}
"""A related-stories box's label by language; "Related" for any other."""

PROSE = 60
"""Characters a ``<p>`` needs to count as a paragraph of prose (not a dateline, byline or credit)."""

TEASERS = 3

_SPACE = re.compile(r"\s+")
_SENTENCE = re.compile(r"(?<=[.!?])[\"'\u201d\u00bb)]?(?=\s|$)|(?<=[\u3002\uff01\uff1f])\u300d?")


@dataclass(frozen=True)
class Teaser:
    """What a box shows of another page: its URL, headline and first sentence."""

    url: str | None
    headline: str
    sentence: str


def _text(element: Any) -> str:
    return _SPACE.sub(" ", element.text_content()).strip()


def _prose(story: Any) -> list[Any]:
    return [p for p in story.iter("p") if len(_text(p)) >= PROSE]


def first_sentence(text: str, limit: int = 200) -> str:
    """The first sentence of ``text`` (ended by ., ! or ? and a space, or by a CJK full stop,
    after 10 characters at least), cut at a word to ``limit`` characters with an ellipsis when
    longer."""
    for match in _SENTENCE.finditer(text):
        if match.start() >= 10:
            text = text[: match.end()].strip()
            break
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "\u2026"
    return text


def teaser(page: bytes, url: str | None) -> Teaser | None:
    """The page's teaser (None when it has no headline)."""
    tree = _parse(page, text=True)
    if tree is None:
        return None
    headline = next((t for t in (_text(h) for h in tree.iter("h1")) if t), "")
    if not headline:
        og = tree.xpath("//meta[@property='og:title']/@content")
        title = tree.xpath("//title")
        headline = _SPACE.sub(" ", og[0]).strip() if og else (_text(title[0]) if title else "")
    if not headline:
        return None
    story = story_element(tree)
    prose = _prose(story) if story is not None else []
    sentence = first_sentence(_text(prose[0])) if prose else ""
    return Teaser(url, headline, sentence)


def language(tree: Any) -> str:
    """The page's language: ``<html lang>``'s first part, lower case ("" without one)."""
    root = tree.getroottree().getroot()
    return str(root.get("lang") or "").strip().lower().split("-")[0].split("_")[0]


def label(lang: str) -> str:
    return LABELS.get(lang, "Related")


def rehost(url: str | None, host_url: str | None) -> str:
    """``url`` on ``host_url``'s scheme and host (a related box links its own site); its path
    alone without a host; "#" without a URL."""
    if not url:
        return "#"
    parts = urlsplit(url)
    if host_url:
        home = urlsplit(host_url)
        if home.netloc:
            return urlunsplit((home.scheme, home.netloc, parts.path or "/", parts.query, ""))
    return urlunsplit(("", "", parts.path or "/", parts.query, ""))


def opaque(seed: str, role: str) -> str:
    """A class name that says nothing: a hash of the page and the element's role."""
    return "k" + hashlib.sha256(f"{seed}/{role}".encode()).hexdigest()[:8]


def box(teasers: list[Teaser], *, style: str, lang: str, host_url: str | None, seed: str) -> bytes:
    """The box's HTML as ASCII bytes (a newline either side)."""
    links = [E.A(t.headline, href=rehost(t.url, host_url)) for t in teasers]
    element: Any
    if style == "cards":
        cards = []
        for link, item in zip(links, teasers, strict=True):
            parts = [E.H3(link)] + ([E.P(item.sentence)] if item.sentence else [])
            cards.append(E.DIV(*parts, **{"class": opaque(seed, "card")}))
        element = E.DIV(*cards, **{"class": opaque(seed, "box")})
    elif style == "linked":
        cards = []
        for item in teasers:
            parts = [E.H4(item.headline)] + ([E.P(item.sentence)] if item.sentence else [])
            cards.append(E.A(*parts, href=rehost(item.url, host_url), **{"class": opaque(seed, "card")}))
        element = E.DIV(E.H3(label(lang)), *cards, **{"class": opaque(seed, "box")})
    else:
        items = [E.LI(link) for link in links]
        element = E.DIV(E.H3(label(lang)), E.UL(*items), **{"class": opaque(seed, "box")})
        if style == "aside":
            element = E.ASIDE(element, **{"class": opaque(seed, "aside")})
    written: bytes = etree.tostring(element, method="html", encoding="us-ascii")
    return b"\n" + written + b"\n"


def _offset(page: bytes, tree: Any, element: Any) -> int | None:
    """Where ``element``'s opening tag starts in ``page``, when the count of its tag in the bytes
    (outside scripts and comments) matches the parse; else None."""
    tag = element.tag
    if not isinstance(tag, str):
        return None
    parsed = list(tree.iter(tag))
    name = re.escape(tag.encode("ascii", "replace"))
    opening = re.compile(rb"<" + name + rb"(?=[\s/>])", re.IGNORECASE)
    found = [m.start() for start, end in _outside(page) for m in opening.finditer(page, start, end)]
    return found[parsed.index(element)] if len(found) == len(parsed) else None


def home(tree: Any) -> str | None:
    """The page's own address as it declares it (``<link rel=canonical>``, else ``og:url``),
    when absolute: the host its related box links."""
    for found in (
        tree.xpath("//link[@rel='canonical']/@href"),
        tree.xpath("//meta[@property='og:url']/@content"),
    ):
        url = str(found[0]).strip() if found else ""
        if url.startswith(("http://", "https://")):
            return url
    return None


def insertion_point(page: bytes) -> tuple[int, str, str | None] | None:
    """Where the box goes, the page's language and its declared address (``home``). The box
    goes before the first element after the story's second prose ``<p>`` when that element is
    in the story, else before that ``<p>``; None when the story has fewer than two prose
    ``<p>``\\s or the bytes and the parse do not line up."""
    tree = _parse(page)
    story = story_element(tree) if tree is not None else None
    if tree is None or story is None:
        return None
    prose = _prose(story)
    if len(prose) < 2:
        return None
    after = _following(prose[1])
    candidates = [after] if after is not None and any(a is story for a in after.iterancestors()) else []
    for element in [*candidates, prose[1]]:
        at = _offset(page, tree, element)
        if at is not None:
            return at, language(tree), home(tree)
    return None


def insert_box(page: bytes, teasers: list[Teaser], *, style: str = "heading", seed: str = "") -> bytes:
    """``page`` with a box of ``teasers`` after its story's second prose paragraph (unchanged
    when there is no teaser or no such place); the teasers link the host of the page's declared
    address, or by their path alone when it declares none (compare.py reads a page under its
    file's address, so only a link of the page's own host, or a relative one, reads as one to
    the page's own site)."""
    if not teasers:
        return page
    point = insertion_point(page)
    if point is None:
        return page
    at, lang, declared = point
    written = box(teasers, style=style, lang=lang, host_url=declared, seed=seed)
    return page[:at] + written + page[at:]


def partners(kind: str, pages: list[Path], truth: Path, count: int = TEASERS) -> dict[str, list[str]]:
    """page file name -> the file names of the pages it teases: the next ``count`` of its own
    half in name order, wrapping round (fewer when the half has fewer other pages)."""
    halves = _halves(kind, pages, truth)
    out: dict[str, list[str]] = {}
    for half in sorted(set(halves.values())):
        names = sorted(name for name, h in halves.items() if h == half)
        for index, name in enumerate(names):
            others = [names[(index + step) % len(names)] for step in range(1, min(count, len(names) - 1) + 1)]
            if others:
                out[name] = others
    return out


def boxes_kit(
    source: Path, target: Path, *, style: str = "heading", teasers_per_box: int = TEASERS
) -> tuple[int, int]:
    """A copy of the eval kit at ``target`` with a related box of ``teasers_per_box`` teasers in
    every story; the number of pages and of pages that got a box."""
    boxed = 0

    def edit_set(set_dir: Path, pages: list[Path]) -> Callable[[Path, bytes], bytes]:
        truth = set_dir / "truth.jsonl"
        urls = truth_urls(truth)
        partner = partners(set_dir.name, pages, truth, teasers_per_box)
        teasers: dict[str, Teaser | None] = {}

        def of(name: str) -> Teaser | None:
            if name not in teasers:
                teasers[name] = teaser(_read(set_dir / "pages" / name), urls.get(page_id(name)))
            return teasers[name]

        def edit(page: Path, data: bytes) -> bytes:
            nonlocal boxed
            shown = [t for t in (of(name) for name in partner.get(page.name, [])) if t is not None]
            out = insert_box(data, shown, style=style, seed=page.name)
            boxed += out != data
            return out

        return edit

    count = copy_kit(source, target, edit_set)
    return count, boxed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="where the boxed kit goes (created; must not be the kit itself)")
    parser.add_argument("--eval-dir", default=str(EVAL), help="the evaluation kit (default: ../shared/eval)")
    parser.add_argument("--style", choices=STYLES, default="heading", help="how the box is written")
    parser.add_argument(
        "--teasers", type=int, default=TEASERS, help=f"teasers in each box (default {TEASERS}; at least 1)"
    )
    args = parser.parse_args(argv)
    dirs = kit_dirs(parser, args.eval_dir, args.out, "boxed")
    if dirs is None:
        return 0
    source, target = dirs
    if args.teasers < 1:
        parser.error("--teasers must be at least 1")
    count, boxed = boxes_kit(source, target, style=args.style, teasers_per_box=args.teasers)
    print(f"{boxed} of {count} pages given a {args.style} box in {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
