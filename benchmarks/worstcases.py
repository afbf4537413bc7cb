"""Generated worst cases: one page per case, ``extract_article`` timed at N/2, N and 2N.

Each case repeats one thing thousands of times on an otherwise ordinary page (a headline, a
story, a footer): consent notices, comment rules, notices with the blocks after them, <h1>s
that name the story, nested blocks, sibling blocks, links, pictures (in tables too); or one
long block that almost matches a rule's pattern (a run of what its repeated parts accept, then
a miss). Time that grows about twice from N to 2N is linear; about four times, quadratic.

    python benchmarks/worstcases.py                      # every case, N = 8,000 (near misses 50,000)
    python benchmarks/worstcases.py --cases h1s,notice_alt --n 4000
    PYTHONPATH=/path/to/other/checkout python benchmarks/worstcases.py   # another tree

Each run is a process of its own (``--timeout`` seconds at most); the figure is its CPU time
in ``extract_article``. Nothing here reads the eval kits."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable

from newscrawl.extract import extract_article

URL = "https://example.com/news/harbour-plan"
TITLE = "Harbour plan approved by council"
STORY = (
    "<p>The council met on Tuesday evening to discuss the new harbour plan, which would move the"
    " ferry terminal two kilometres to the north of the old town centre.</p>"
)
OUTSIDE = "<div><p>" + "Footer text of the site with enough words in it to count as prose outside. " * 3


def _page(body: str, declared: bool = False, menu: int = 0) -> str:
    """The story's block holds ``body``; ``menu`` words of a menu outside it (so that the block
    is not nearly all of the page's text, and becomes the root)."""
    ld = f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{TITLE}"}}</script>'
    return (
        f"<html><head><title>{TITLE}</title>{ld if declared else ''}</head><body>"
        f"<div><a href='/a'>Home</a> <a href='/b'>World</a>{' menu' * menu}</div>"
        f"<div class='x'><h1>{TITLE}</h1>{STORY * 6}{body}{STORY * 3}</div>{OUTSIDE}</p></div></body></html>"
    )


def _each(template: str) -> Callable[[int], str]:
    return lambda n: _page("".join(template.format(i=i) for i in range(n)))


def _after(template: str) -> Callable[[int], str]:
    """``template`` repeated in a block after the story's (a side column's boxes, a footer's)."""
    return lambda n: (
        f"<html><head><title>{TITLE}</title></head><body><div class='x'><h1>{TITLE}</h1>{STORY * 9}</div>"
        f"<div>{''.join(template.format(i=i) for i in range(n))}</div>{OUTSIDE}</p></div></body></html>"
    )


def _near(text: Callable[[int], str]) -> Callable[[int], str]:
    return lambda n: _page(f"<p>{text(n)}</p>")


CASES: dict[str, Callable[[int], str]] = {
    "consent": _each(
        "<p>This site uses cookies {i}. By continuing to browse you agree to our use of cookies.</p>"
    ),
    "consent_run": lambda n: _page(
        "<p>We use cookies. By continuing you agree.</p>"
        + "".join(
            f"<p>Cookie {i} helps you find your way on this site and remembers your choices.</p>"
            for i in range(n)
        )
    ),
    "notice_alt": _each("<p>We use cookies {i}. You agree.</p><p>Comments are moderated {i}.</p>"),
    "comment_policy": _each("<p>Comments are moderated {i}. Please keep to our community guidelines.</p>"),
    "site_notice": _each(
        "<p>This entry was posted in News {i} and tagged harbour. Bookmark the permalink.</p>"
        "<p>Powered by WordPress {i}</p><p>No upcoming events</p>"
    ),
    "h1s": _each(f"<div><h1>{TITLE}</h1>{STORY}</div>"),
    "headings_icons": _each(
        "<div><h1>Section {i} of the long page</h1><svg><title>Icon {i} of the set</title></svg></div>"
    ),
    "h1s_declared": lambda n: _page("".join(f"<div><h1>{TITLE}</h1>{STORY}</div>" for _ in range(n)), True),
    "nested": lambda n: _page("".join("<div>" + STORY for _ in range(n)) + "</div>" * n),
    # (nesting deeper than about 2,000 is flattened by the parser: N of 1,000 here)
    "cards_nested": lambda n: _page(
        "".join(f"<div><a href='/story/{i}'>Another story about the harbour number {i}</a>" for i in range(n))
        + "</div>" * n,
        True,
        12 * n,
    ),
    "pictures_nested": lambda n: _page(
        "".join(f"<div><img src='/p{i}.jpg'>" for i in range(n)) + "</div>" * n, True, 5 * n
    ),
    "side_boxes": _after("<div><h3>Box {i}</h3><p>Line {i} of a box beside the story.</p></div>"),
    "headings_after": _after("<h3>Heading {i}</h3><p>" + STORY[3:-4] + " {i}</p>"),
    "prose_boxes_after": _after("<div><h3>Box {i}</h3><p>" + STORY[3:-4] + " {i}</p></div>"),
    # a story in sections (a box per section: its heading, its paragraph) with a list in a box of
    # the same shape after each, on a page whose class names tell trafilatura nothing (gaps.py)
    "section_lists": lambda n: (
        f"<html><head><title>{TITLE}</title></head><body><div class='css-1x2y3z'><h1>{TITLE}</h1><div>"
        + "".join(
            f"<div><h2>Part {i}</h2>{STORY[:-4]} {i}</p></div>"
            f"<div><h2>Points {i}</h2><ul><li>Point {i} of a list</li></ul></div>"
            for i in range(n)
        )
        + f"</div></div>{OUTSIDE}</p></div></body></html>"
    ),
    # the same in groups of 50 (no element with thousands of children): jusText's runs of short
    # blocks span the groups (bounded by the page's element count, body/content.py)
    "headings_grouped": lambda n: _page(
        "".join(
            "<div>"
            + "".join(
                f"<div><h1>Section {g * 50 + j} of the long page</h1><svg><title>Icon {j}</title></svg></div>"
                for j in range(50)
            )
            + "</div>"
            for g in range(max(n // 50, 1))
        )
    ),
    # Session 33's rules: a control beside each paragraph (reader prompts in the story's block), a
    # textless link before each paragraph's text, words split by inline tags, controls nested.
    "prompts": _each("<div><p>" + STORY[3:-4] + " {i}</p><div><button>Share {i}</button></div></div>"),
    "textless_links": _each("<p><a href='/p{i}.jpg'></a><a name='a{i}'></a>" + STORY[3:-4] + " {i}</p>"),
    "word_runs": _each("<p>" + "Ha<span>rbour</span> <b>p</b>lan " * 5 + "{i}</p>"),
    "controls_nested": lambda n: _page("".join("<div><button>Go</button>" for _ in range(n)) + "</div>" * n),
    "siblings": _each("<div><span>Block {i}</span></div>"),
    "links": _each("<div><a href='/story/{i}'>Another story about the harbour number {i}</a></div>"),
    "pictures": _each("<div><img src='/p{i}.jpg'><span>Photo {i}: the harbour</span></div>"),
    # a table of pictures, each in a row of its own with a row of caption after it; one cell
    # holding all the pictures (the first block around each picture that holds text is the
    # table, the same for every picture: read once, figures.py)
    "picture_rows": lambda n: _page(
        "<table>"
        + "".join(
            f"<tr><td><img src='/p{i}.jpg'></td></tr><tr><td>Photo {i}: the harbour at dawn.</td></tr>"
            for i in range(n)
        )
        + "</table>"
    ),
    "picture_cell": lambda n: _page(
        "<table><tr><td>"
        + "".join(f"<img src='/p{i}.jpg'><br>" for i in range(n))
        + "</td></tr><tr><td>Photos: the harbour at dawn.</td></tr></table>"
    ),
    # the same with a credit line below: the table is found for each picture (read once)
    "picture_credit_cell": lambda n: _page(
        "<table><tr><td>"
        + "".join(f"<picture><source srcset='/p{i}.webp'><img src='/p{i}.jpg'></picture>" for i in range(n))
        + "</td></tr><tr><td>Photos: AP</td></tr></table>"
    ),
    # pictures side by side in one block, a credit line after the last (beside.py: the block's
    # children read once for all its pictures)
    "pictures_one_line": lambda n: _page(
        "<div>" + "".join(f"<img src='/p{i}.jpg'><br>" for i in range(n)) + "<p>Foto: AP</p></div>"
    ),
    # blocks nested in one another, each a picture and a line of text: each picture's first block
    # with text is its own, holding all those nested in it (read no further than a credit's length)
    "captions_nested": lambda n: _page(
        "".join(f"<div><img src='/p{i}.jpg'>Photo {i}: the harbour at dawn" for i in range(n)) + "</div>" * n
    ),
    "near_copyright": _near(lambda n: "Copyright" + " " * n + "x"),
    "near_post_meta": _near(lambda n: "!" * n + "dieser eintrag wurde am " + "x" * 39),
    "near_empty_state": _near(lambda n: "No upcoming events" + " " * n + "x"),
    "near_consent": _near(lambda n: "cookie " + "diese " * (n // 6) + "x"),
    "near_comment_rules": _near(lambda n: "comment " + "comments are " * (n // 13) + "x"),
    "near_prompt": _near(lambda n: "read more" + "!" * n + "5 mi"),
    "near_print_edition": _near(lambda n: "this article appears in the " + "word " * (n // 5) + "x"),
}


def _time_one(case: str, n: int) -> None:
    """Print the CPU seconds ``extract_article`` takes on ``case`` at ``n``."""
    html = CASES[case](n)
    start = time.process_time()
    extract_article(html, URL)
    print(f"{time.process_time() - start:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated (default: all)")
    parser.add_argument("--n", type=int, default=8000, help="N for the repeated cases (near misses: 50,000)")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--one", nargs=2, metavar=("CASE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _time_one(args.one[0], int(args.one[1]))
        return 0
    print(f"{'case':<20}{'N':>8}{'N/2 s':>10}{'N s':>10}{'2N s':>10}")
    for case in args.cases.split(","):
        n = 50_000 if case.startswith("near_") else min(args.n, 1000) if "nested" in case else args.n
        cells = []
        for size in (n // 2, n, 2 * n):
            try:
                run = subprocess.run(
                    [sys.executable, __file__, "--one", case, str(size)],
                    capture_output=True,
                    text=True,
                    timeout=args.timeout,
                    check=False,
                )
                cells.append(run.stdout.strip() or "error")
            except subprocess.TimeoutExpired:
                cells.append(f">{args.timeout:g}")
        print(f"{case:<20}{n:>8}" + "".join(f"{cell:>10}" for cell in cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
