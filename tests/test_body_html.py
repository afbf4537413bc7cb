"""``body_html``: opt-in, a small safe subset of HTML, the same headings and paragraphs as
``sections`` in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.extract import extract_article
from newscrawl.items import Article
from tests.conftest import RunNewscrawl

REPO = Path(__file__).resolve().parent.parent
PAGES = sorted((REPO / "fixtures" / "articles").glob("*.html"))
ALLOWED = {"p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "table", "tr", "th", "td", "a"}
BLOCKS = ("p", "h2", "h3", "h4", "li", "tr")

HOSTILE = """<html lang="en"><body><article><h1>Harbour wall</h1>
<p>The council met on <a href="/agenda" onclick="steal()">Tuesday</a> and talked about the harbour
wall for a long time, said <a href="javascript:alert(1)">people</a> who were there.</p>
<blockquote><p>We need the wall before the storms arrive &lt;script&gt;alert(2)&lt;/script&gt;.</p>
</blockquote>
<h3 style="color:red">Money</h3><p>The wall costs two million pounds, the council said on Tuesday.</p>
<ul><li>First, the <b>design</b> work.</li><li>Then the <a href="https://build.example/">build</a>.</li></ul>
<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>£1m</td></tr></table>
</article></body></html>"""


def _flat(article: Article) -> list[str]:
    return [t for s in article.sections for t in ([s.heading] if s.heading else []) + s.paragraphs]


def _blocks(fragment: str) -> tuple[list[str], list[lxml_html.HtmlElement]]:
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    elements = list(root.iter())[1:]
    texts = []
    for element in elements:
        if element.tag in BLOCKS:
            if element.tag == "tr":
                texts.append(" | ".join(" ".join(c.text_content().split()) for c in element))
            else:
                texts.append(" ".join(element.text_content().split()))
    return texts, elements


@pytest.mark.unit
@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_body_html_matches_sections(page: Path) -> None:
    article = extract_article(page.read_bytes(), page.resolve().as_uri(), body_html=True)
    assert article.body_html is not None
    texts, elements = _blocks(article.body_html)
    assert texts == _flat(article)
    for element in elements:
        assert element.tag in ALLOWED
        assert set(element.attrib) <= ({"href"} if element.tag == "a" else set())
        if element.tag == "a":
            assert element.get("href", "").startswith(("http://", "https://"))
    # Off by default: the rest of the record is the same either way.
    plain = extract_article(page.read_bytes(), page.resolve().as_uri())
    assert plain.body_html is None
    assert plain == Article(
        **{**article.to_dict(), "body_html": None, "sections": article.sections, "images": article.images}
    )


@pytest.mark.unit
def test_structure_kept_and_hostile_markup_dropped() -> None:
    article = extract_article(HOSTILE, "https://news.example/x", body_html=True)
    assert article.body_html is not None
    texts, elements = _blocks(article.body_html)
    assert texts == _flat(article)
    tags = [element.tag for element in elements]
    assert {"blockquote", "h3", "ul", "li", "table", "th", "td", "a"} <= set(tags)
    assert "script" not in tags and "b" not in tags
    links = [(a.get("href"), a.text_content()) for a in elements if a.tag == "a"]
    assert links == [("https://news.example/agenda", "Tuesday"), ("https://build.example/", "build")]
    assert all(set(element.attrib) <= {"href"} for element in elements)
    assert (
        "<script>alert(2)</script>"
        in lxml_html.fragment_fromstring(article.body_html, create_parent="div").text_content()
    )


@pytest.mark.e2e
def test_parse_body_html_option(run_newscrawl: RunNewscrawl) -> None:
    page = REPO / "fixtures" / "articles" / "lists-and-table.html"
    off = run_newscrawl("parse", page, "-o", "off.jsonl")
    on = run_newscrawl("parse", page, "-o", "on.jsonl", "--body-html", "-j", "1")
    assert off.returncode == on.returncode == 0, on.stderr[-2000:]
    (plain,), (rich,) = off.records(), on.records()
    assert plain["body_html"] is None
    assert "<table>" in rich["body_html"] and "<ol>" in rich["body_html"]
    assert {**rich, "body_html": None, "fetched_at": None} == {**plain, "fetched_at": None}
