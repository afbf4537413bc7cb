"""Generated news pages for the throughput benchmark: distinct text, realistic noise and size.

Each page is a plausible news article page (about 150 KiB, 4,000 elements): a head with meta tags, JSON-LD, an
inline stylesheet and analytics script; navigation, breadcrumb, a byline, a figure with a
caption and credit, 10-16 paragraphs with sub-headings, an advertisement, a "Read more"
teaser, a newsletter prompt, comments, a "most read" box and a long footer. The text of page ``n`` comes
from a random generator seeded with ``n``: every page differs (nothing is de-duplicated), and
the same ``n`` always gives the same page.

``write_site`` lays pages out as a site for ``newscrawl.demo.server.SiteServer``: the article
files, a sitemap of them (``{{BASE}}`` is the server's URL) and a sites file for ``crawl``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

WORDS = (  # noqa: SIM905  (a paragraph of words reads better than a 150-item list)
    "the council said on city harbour plan new water budget report year people local minister "
    "school week police market price rise storm coast road bridge service public health worker "
    "family business company office government party vote election court judge case law rule "
    "river train station airport flight energy power grid wind solar farm food crop weather "
    "rain flood fire team match season player coach goal final club fans stadium league cup "
    "museum library art music festival film book author student teacher hospital doctor nurse "
    "patient research study data figure number percent million billion growth cost tax rate "
    "bank loan house rent home street village region county district mayor official statement "
    "spokesperson residents community plans project work build open close start end delay "
    "after before during while because although however since until when where which that "
    "would could should might must will can may said told added noted explained warned agreed"
).split()
NAMES = ("Anna Berg", "Tom Reid", "Lena Ortiz", "Sam Okafor", "Mia Laurent", "Jon Price")
SECTIONS = ("news", "business", "world", "sport", "culture", "science", "opinion", "travel")


def sentence(rng: random.Random, low: int = 8, high: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + rng.choice(".....?!")


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def _links(rng: random.Random, count: int, prefix: str) -> str:
    return "".join(
        f'<li class="item"><div class="item-inner"><a class="link" '
        f'href="/{prefix}/{rng.choice(SECTIONS)}/{rng.randint(1, 99999)}">'
        f'<span class="label">{sentence(rng, 2, 5).rstrip(".?!")}</span></a></div></li>'
        for _ in range(count)
    )


def _comments(rng: random.Random, count: int) -> str:
    return "".join(
        f'<div class="comment"><div class="meta"><span class="who">{rng.choice(NAMES)}</span>'
        f'<span class="when">{rng.randint(1, 59)} minutes ago</span></div>'
        f'<div class="text"><p>{sentence(rng, 6, 20)}</p></div>'
        f'<div class="actions"><a href="#">Reply</a><a href="#">Report</a></div></div>'
        for _ in range(count)
    )


def _filler(rng: random.Random, size: int) -> str:
    """Minified-looking script or style text of about ``size`` bytes."""
    parts = []
    while size > 0:
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))
        part = f"var {name}=function(e,t){{return e&&t?e[t]||{rng.randint(0, 9999)}:null}};"
        parts.append(part)
        size -= len(part)
    return "".join(parts)


def page(n: int, base: str = "https://news.example") -> str:
    """Article page number ``n``."""
    rng = random.Random(n)
    headline = sentence(rng, 6, 11).rstrip(".?!")
    standfirst = sentence(rng, 14, 24)
    author = rng.choice(NAMES)
    day = 1 + n % 28
    published = f"2026-11-{day:02d}T{8 + n % 10:02d}:{n % 60:02d}:00+01:00"
    url = f"{base}/news/2026/11/article-{n:05d}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "description": standfirst,
        "datePublished": published,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "The Example Courier"},
        "mainEntityOfPage": url,
    }
    body = []
    for i in range(rng.randint(10, 16)):
        if i and i % 5 == 0:
            body.append(f"<h2>{sentence(rng, 3, 7).rstrip('.?!')}</h2>")
        body.append(f"<p>{paragraph(rng)}</p>")
        if i == 3:
            body.append(
                '<div class="ad-slot"><span>Advertisement</span>'
                '<div id="ad-1" style="min-height:250px"></div></div>'
            )
        if i == 6:
            body.append(
                f'<p class="teaser"><strong>Read more:</strong> '
                f'<a href="/news/{rng.randint(1, 9999)}">{sentence(rng, 4, 8)}</a></p>'
            )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | The Example Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{standfirst}">
<meta property="og:title" content="{headline}"><meta property="og:type" content="article">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="The Example Courier">
<meta property="article:published_time" content="{published}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/main.css"><link rel="preload" href="/static/font.woff2">
<script type="application/ld+json">{json.dumps(ld)}</script>
<style>{_filler(rng, 9000)}</style>
<script>{_filler(rng, 24000)}</script>
</head><body class="article-page">
<header class="site-header"><a class="logo" href="/">The Example Courier</a>
<nav class="main-nav"><ul>{_links(rng, 220, "section")}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<main><nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a></nav>
<article class="story">
<h1 class="headline">{headline}</h1>
<p class="standfirst">{standfirst}</p>
<div class="byline">By <a rel="author" href="/authors/{n % 6}">{author}</a>
<time datetime="{published}">{day} November 2026</time></div>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a>
<a href="#">Email</a></div>
<figure><img src="/img/{n}.jpg" alt="{sentence(rng, 4, 8)}" width="1200" height="800">
<figcaption>{sentence(rng, 6, 12)} <span class="credit">Photo: Example Agency</span></figcaption>
</figure>
<div class="story-body">{"".join(body)}</div>
<div class="newsletter"><h3>Get the morning briefing</h3>
<p>Sign up for our free newsletter.</p><input type="email"><button>Sign up</button></div>
<div class="tags"><a href="/tag/{rng.choice(WORDS)}">{rng.choice(WORDS)}</a></div>
</article>
<aside class="most-read"><h2>Most read</h2><ol>{_links(rng, 10, "news")}</ol></aside>
<section class="comments"><h2>Comments</h2>{_comments(rng, 30)}</section>
<section class="related"><h2>Related stories</h2><ul>{_links(rng, 8, "news")}</ul></section>
</main>
<footer class="site-footer"><ul>{_links(rng, 120, "about")}</ul>
<p>&copy; 2026 The Example Courier. All rights reserved.</p></footer>
<script>{_filler(rng, 12000)}</script>
</body></html>
"""


def article_path(n: int) -> str:
    return f"news/2026/11/article-{n:05d}.html"


def write_pages(directory: Path, count: int, start: int = 0) -> Iterator[Path]:
    """Write pages ``start .. start+count-1`` under ``directory`` (existing files are kept)."""
    for n in range(start, start + count):
        target = directory / article_path(n)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page(n), encoding="utf-8")
        yield target


SITES_TOML = """# The benchmark's loopback site (politeness delays are turned off on the command line).
[sites.bench]
allowed_domains = ["127.0.0.1"]
sitemaps = ["{base}/sitemap.xml"]
use_robots_sitemaps = false
allow_private_network = true
"""


def write_site(root: Path, count: int) -> None:
    """A site of ``count`` articles under ``root``: the pages, ``sitemap.xml``, ``robots.txt``."""
    for _ in write_pages(root, count):
        pass
    urls = "".join(
        f"<url><loc>{{{{BASE}}}}/{article_path(n).removesuffix('.html')}</loc>"
        f"<lastmod>2026-11-{1 + n % 28:02d}</lastmod></url>\n"
        for n in range(count)
    )
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n',
        encoding="utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
