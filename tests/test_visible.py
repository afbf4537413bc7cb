"""The shared walk of a page's shown text (visible.VisibleText) yields exactly what walking each
block again yields, for every root, limit and start the extractors use, and reads the page's
links (visible.page_links) as their own walk reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.extract.page import parse_page
from newscrawl.extract.visible import (
    element_text,
    heading_line,
    is_prose,
    is_shown,
    join_pieces,
    link_chars,
    page_links,
    shared_walk,
    short_text,
    text_blocks,
)

ARTICLES = sorted((Path(__file__).parent.parent / "fixtures" / "articles").glob("*.html"))
TRICKY = (
    """<html><head><title>T</title><style>p {}</style></head><body>
<header><h1>Headline here</h1><p class="dek">A standfirst <b>with</b> bold</p></header>
<nav><a href="/">Home</a> <div>Section</div></nav>
<div hidden><p>Hidden paragraph</p></div><div aria-hidden="true"><span>aria</span></div>
<div style="display: none">styled away</div><div style="color: red">Shown styled</div>
<article><div><div><p>Same text</p></div></div><p>By Jane Doe<br>May 3, 2024</p>
<script>var x = "<p>not text</p>";</script>tail after script<!-- c -->
<ul><li>One</li><li>Two <a href="#">link</a></li></ul>
<p>"""
    + "long " * 400
    + """</p><template><p>template</p></template><p>End</p></article>
<footer><p>Footer</p></footer></body></html>"""
)

LINKS = (
    """<html><head><title>T</title></head><body>Intro <a href="/1">A headline <b>in bold</b> here</a>
<form action="/s"><a href="/f">Link in a form</a> form text<button>Go <a href="/b">on</a></button>
<input name="q"><select><option>One</option></select><textarea>typed</textarea></form>tail
<a href="/2"><span style="display:none">hidden</span> but counted<script>x()</script> after</a>
<nav><a href="/3">Menu</a></nav><div hidden><a href="/4">Hidden link</a></div>
<a href="/5"><button>Inside <a href="/6">nested</a> button</button> end</a>
<p>Closing <meta name="x"> words<link rel="y"><br>line</p></body></html>""",
    "<html><div>No body: <a href='/1'>a link</a> <form>in a <a href='/2'>form</a></form></div></html>",
)


def _walked(page_html: str) -> object:
    """What the shared walk of the page keeps for page_links."""
    page = parse_page(page_html)
    with shared_walk(page.tree):
        list(text_blocks(page.tree))
    return page_links(page.tree)


@pytest.mark.parametrize("source", [*LINKS, TRICKY, *ARTICLES], ids=lambda s: getattr(s, "name", "snippet"))
def test_the_shared_walk_reads_the_links_their_own_walk_reads(source: str | Path) -> None:
    page_html = source.read_text(encoding="utf-8", errors="replace") if isinstance(source, Path) else source
    page = parse_page(page_html)
    plain = page_links(page.tree)
    assert _walked(page_html) == plain
    assert page_links(page.tree) == plain  # read again: the walk's is handed over once


def test_without_a_body_the_links_of_the_whole_tree_are_read() -> None:
    tree = lxml_html.fromstring(
        "<div>Some <a href='/1'>link <b>text</b></a> <form>in a <a href='/2'>form</a><button>go</button>"
        "</form><script>x()</script>after<!-- c --> commented</div>"
    )
    plain = page_links(tree)
    with shared_walk(tree):
        list(text_blocks(tree))
    assert page_links(tree) == plain == (["link  text", "form"], 27, 12)  # not the comment's tail


def test_page_links_counts_forms_and_leaves_out_scripts() -> None:
    texts, shown, linked = page_links(parse_page(LINKS[0]).tree)
    assert "Link in a form" in texts
    assert "on" in texts
    assert "hidden  but counted  after" in texts  # a script's text left out, its tail read
    assert "Inside  nested  button  end" in texts  # a button inside a link, a link in that
    assert len(texts) == 8
    assert shown > linked > 0


CASES = [
    (root, limit, start)
    for root in ("//body", "//article", "/html", "//header", "//nav")
    for limit in (20, 150, 400, 1200)
    for start in (None, "//h1", "//article//p", "//nav", "//footer/p")
]


@pytest.mark.parametrize("source", [TRICKY, *ARTICLES], ids=lambda s: getattr(s, "name", "tricky"))
def test_shared_walk_yields_what_the_plain_walk_yields(source: str | Path) -> None:
    html = source.read_text(encoding="utf-8", errors="replace") if isinstance(source, Path) else source
    page = parse_page(html)
    for root_path, limit, start_path in CASES:
        roots = page.tree.xpath(root_path)
        starts = page.tree.xpath(start_path) if start_path else [None]
        if not roots or not starts:
            continue
        root, start = roots[0], starts[0]
        plain = list(text_blocks(root, limit, start))
        with shared_walk(page.tree):
            shared = list(text_blocks(root, limit, start))
            again = list(text_blocks(root, limit, start))  # the walk is reused, not rebuilt
        assert shared == plain == again, (root_path, limit, start_path)


def test_element_text_of_a_comment_is_none_and_a_comment_keeps_its_tail() -> None:
    """Trees built outside ``parse_page`` (whose parser drops comments) may hold comments."""
    tree = lxml_html.fromstring("<div><p>before<!-- note -->after</p><script>x()</script>tail</div>")
    comment = tree[0][0]
    assert element_text(comment) is None
    assert element_text(tree) == "before after tail"


def test_prose_is_a_long_paragraph_mostly_of_its_own_words() -> None:
    """``is_prose``: a <p> or <div> of 80 characters or more (white space collapsed), less than
    half of them in links; what stands beside a sub-heading."""
    sentence = "The council approved the new bridge on Monday after a long debate over its cost."
    assert len(sentence) >= 80
    links = "<a href='/a'>The council approved the new bridge</a> <a href='/b'>on Monday after a debate</a>"
    cases = [
        (f"<p>{sentence}</p>", True),
        (f"<div>{sentence}</div>", True),
        (f"<p><a href='/x'>More</a> {sentence}</p>", True),
        (f"<p>{sentence[:79]}</p>", False),  # too short
        (f"<p>  {sentence[:40]}\n\n   {sentence[40:78]}  </p>", False),  # short once collapsed
        (f"<li>{sentence}</li>", False),  # no paragraph
        (f"<p>{links} and more words here.</p>", False),  # mostly links
    ]
    for markup, prose in cases:
        assert is_prose(lxml_html.fragment_fromstring(markup)) is prose, markup
    assert is_prose(None) is False


def test_a_heading_line_is_short_and_no_sentence() -> None:
    """``heading_line``: at most 15 words, not closed by a sentence's or clause's mark (full-width
    ones too), a closing quote or bracket after the mark counted with it."""
    assert heading_line("Kritik aus der Opposition")
    assert heading_line("Was die Stadt jetzt plant?") is False
    assert heading_line("Der Plan der Stadt:") is False
    assert heading_line("She said: “We will build.”") is False
    assert heading_line("市の計画。") is False
    assert heading_line("Was kommt (und was bleibt)")
    assert heading_line(" ".join(["Wort"] * 15))
    assert heading_line(" ".join(["Wort"] * 16)) is False


def test_link_chars_counts_each_links_collapsed_text() -> None:
    node = lxml_html.fragment_fromstring("<p>Read <a href='/a'> two  words </a> and <a>x<b>y</b></a></p>")
    assert link_chars(node) == len("two words") + len("xy")
    assert link_chars(node.find("a")) == len("two words")  # a link itself
    assert link_chars(lxml_html.fragment_fromstring("<p>no links</p>")) == 0


@pytest.mark.parametrize(
    ("style", "shown"),
    [
        ("display: none", False),
        ("visibility:hidden", False),
        ("color: red; VISIBILITY: Hidden", False),
        ("backface-visibility: hidden; -webkit-backface-visibility:hidden", True),
        ("overflow: hidden", True),
        ("overflow-x:hidden; height: 3em", True),
    ],
)
def test_only_a_style_that_hides_hides_the_text(style: str, shown: bool) -> None:
    """A story column written with ``backface-visibility: hidden`` (an animation's flip side)
    or ``overflow: hidden`` (a clipped box) is shown: its text is read."""
    page = parse_page(
        f'<html><body><h1>Headline</h1><div style="{style}"><p>Der Stadtrat hat am Montag die'
        " Sanierung der Brücke beschlossen.</p></div></body></html>"
    )
    column = page.tree.find(".//div")
    assert is_shown(column) is shown
    with shared_walk(page.tree):
        texts = [text for _, text in text_blocks(page.tree)]
    assert ("Der Stadtrat hat am Montag die Sanierung der Brücke beschlossen." in texts) is shown


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        # A kicker and its title in spans, the colon in a span of its own (de).
        (
            "<h1><span>Bubi-Bomber wieder da</span><span>: </span><span>Thioune fordert Geduld</span></h1>",
            "Bubi-Bomber wieder da: Thioune fordert Geduld",
        ),
        # A link followed by a comma and a full stop (en).
        (
            "<p>According to <a href='/r'>Reuters</a>, the office <b>declined</b>.</p>",
            "According to Reuters, the office declined.",
        ),
        # Brackets around a linked agency (fr) and marks that take no space after them.
        ("<p>Selon l'agence (<a href='/afp'>AFP</a>) : rien</p>", "Selon l'agence (AFP) : rien"),
        # Full-width marks after CJK text in inline elements (ja).
        (
            "<p><span>東京で会議</span><span>。</span><em>首相</em><span>、</span>発言</p>",
            "東京で会議。首相、発言",
        ),
        # Spans without marks stay apart: CSS often sets them apart (a byline's name and date).
        ("<div><span>Von Anna Muster</span><span>12.03.2024</span></div>", "Von Anna Muster 12.03.2024"),
    ],
)
def test_pieces_join_as_shown_around_punctuation(source: str, shown: str) -> None:
    el = lxml_html.fragment_fromstring(source)
    assert element_text(el) == shown
    assert short_text(el, 200) == shown


def test_join_pieces_tightens_only_at_the_joints_that_show_no_space() -> None:
    # each kind of joint: before a closing mark, after an opening one, between two characters
    # of a script written without spaces; any other joint is a space
    assert join_pieces(["(", "x", ")"]) == "(x)"
    assert join_pieces(["[", "{", "x", "}", "]"]) == "[{x}]"
    assert join_pieces(["50", "%", "of", "…"]) == "50% of…"
    assert join_pieces(["a", ",", "b", ";", "c", ":", "d", "!", "e", "?"]) == "a, b; c: d! e?"
    assert join_pieces(["会", "議", "A", "会"]) == "会議 A 会"
    assert join_pieces(["x(", "y", ")(", "z"]) == "x(y)(z"
    assert join_pieces(["a", "b", "(c", "d)"]) == "a b (c d)"


def test_join_pieces_keeps_a_space_the_page_writes() -> None:
    assert join_pieces(["Wir sind zu zweit", ". Einer"]) == "Wir sind zu zweit. Einer"
    assert join_pieces(["a ", ", b"]) == "a , b"  # the page's own space stays (clean_text keeps it)
    assert join_pieces(["one"]) == "one"
    assert join_pieces([]) == ""
