"""Mutation fuzzing of extraction: the dev pages, mutated at random, must each give a record or a
refusal (``NotHtml``), never another exception, and none may take long.

    python benchmarks/fuzz.py --eval-dir ../shared/eval --seconds 600 --seed 46
    PYTHONPATH=/path/to/other/checkout python benchmarks/fuzz.py ...   # another tree

Each round takes one dev page and applies one to six mutations: markup inserted at a random
byte (tags opened or closed out of order, hidden and nested headings, landmarks, forms, code,
malformed addresses such as ``http://[x/`` and ``http://x:port/``, hostile JSON-LD, a huge
attribute, invalid character references, NUL and BOM bytes), a cut, a repeated run, a byte
flipped, every few ``href`` made no URL. It is extracted with provenance and body HTML for one
of four fetch addresses (a web address, none, a file URI, one that is no URL). Each distinct
failure (exception type and the newscrawl line it came from) is printed once and its page saved
to ``--out`` (a directory; nothing else is written); a page over ``--slow`` seconds is printed
too. The exit status is 1 when a failure was found. Session 46 ran it over about 40,000 pages
and fixed the three failures it found (docs/benchmarks.md)."""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import time
import traceback
from pathlib import Path

from newscrawl.extract import extract_article
from newscrawl.extract.refusals import NotHtml

INSERTS = [
    b"<",
    b">",
    b"</div>",
    b"<div>",
    b"<p>",
    b"</p>",
    b"<h1>",
    b"</h1>",
    b"<h2>",
    b"</h2>",
    b'<h3 style="display:none">',
    b'<h4 aria-hidden="true">',
    b'<span class="sr-only">',
    b"<table><tr><td>",
    b"</table>",
    b"<ul><li>",
    b"<dl><dt>",
    b"<script>",
    b"</script>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"<template>",
    b"<svg><title>t</title>",
    b"<math>",
    b"<select><option>",
    b"<textarea>",
    b"<noscript>",
    b"<pre><code>",
    b"<blockquote>",
    b"<b>",
    b"</b>",
    b"<figure>",
    b"</figure>",
    b"<figcaption>",
    b"<article>",
    b"</article>",
    b"<main>",
    b"<aside>",
    b"<nav>",
    b"<header>",
    b"<footer>",
    b'<form><input name="q">',
    b'<div role="dialog">',
    b'<div itemprop="articleBody">',
    b"<p hidden>",
    b'<iframe src="x">',
    b"<br>" * 50,
    b"&nbsp;" * 30,
    b"&#xD800;",
    b"&#0;",
    b"\x00",
    b"\xff\xfe",
    b'<a href="http://[x/">',
    b'<a href="http://x:port/">',
    b'<img src="javascript:alert(1)">',
    b'<picture><source srcset="http://[x 1x">',
    b'<base href="//">',
    b'<base href="http://[x/">',
    b'<link rel="canonical" href="https://a.example:99999999/">',
    b'<meta property="og:url" content="https://[::1]:80/x">',
    b'<meta charset="utf-16">',
    b'<time datetime="2024-02-30T25:61">',
    b'<meta name="author" content="' + b"A" * 5000 + b'">',
    b'<script type="application/ld+json">{"@type":["NewsArticle",{"a":1}],"headline":{"x":1},'
    b'"author":[null,1,{"name":["a"]}],"datePublished":123,"url":"http://[x/"}</script>',
    "<h1>Überschrift — 見出し</h1><p>\u202e\u200bDüsseldorf — 日本語のテキスト</p>".encode(),
    b"<p>" + b"x" * 20000 + b"</p>",
]
ADDRESSES = ["https://news.example.org/2024/05/03/story", None, "file:///tmp/story.html", "http://[bad/"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """``data`` with one to six random mutations."""
    for _ in range(rng.randint(1, 6)):
        if not data:
            return data
        at = rng.randrange(len(data))
        kind = rng.random()
        if kind < 0.3:
            data = data[:at] + rng.choice(INSERTS) + data[at:]
        elif kind < 0.45:
            data = data[:at] + data[at + rng.randint(1, 5000) :]
        elif kind < 0.6:
            end = at + rng.randint(1, 3000)
            data = data[:at] + data[at:end] * rng.randint(2, 5) + data[end:]
        elif kind < 0.7:
            data = data[:at]
        elif kind < 0.8:
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
        else:
            data = data.replace(b'href="', b'href="http://[', rng.randint(1, 20))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, required=True, help="../shared/eval")
    parser.add_argument("--seconds", type=float, default=600.0, help="how long to run")
    parser.add_argument("--seed", type=int, default=46)
    parser.add_argument("--slow", type=float, default=20.0, help="report a page over this many seconds")
    parser.add_argument("--out", type=Path, default=Path("out/fuzz"), help="where failing pages go")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    files = sorted(args.eval_dir.glob("*/pages/*.html.gz"))
    if not files:
        parser.error(f"no pages under {args.eval_dir}/*/pages")
    seen: dict[tuple[str, str], Path] = {}
    start = time.monotonic()
    pages = 0
    while time.monotonic() - start < args.seconds:
        source = rng.choice(files)
        data = mutate(gzip.decompress(source.read_bytes()), rng)
        url = rng.choice(ADDRESSES)
        pages += 1
        began = time.monotonic()
        try:
            extract_article(data, url, provenance=True, body_html=True)
        except NotHtml:
            pass
        except Exception as err:  # (every other exception is what this looks for)
            frames = [f for f in traceback.extract_tb(err.__traceback__) if "newscrawl" in f.filename]
            where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
            key = (type(err).__name__, where)
            if key not in seen:
                args.out.mkdir(parents=True, exist_ok=True)
                seen[key] = args.out / f"failure-{len(seen) + 1}.html"
                seen[key].write_bytes(data)
                print(f"FAIL {key[0]} at {where}: {str(err)[:120]} ({source.name}, {url}) -> {seen[key]}")
        took = time.monotonic() - began
        if took > args.slow:
            print(f"SLOW {took:.1f} s ({source.name}, {url})")
    print(
        f"{pages} pages in {time.monotonic() - start:.0f} s; {len(seen)} distinct failures", file=sys.stderr
    )
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
