"""A word that runs on over inline elements' edges reads as one word (``visible._runs_on``):
"<a>Molly Woo<span>d</span></a>" is "Molly Wood", a drop cap "<b>W</b>ord" is "Word". Where a
block, a line break, a block style, a hidden element or white space stands between the
pieces, or the next piece is no word's lower-case rest (a name, a date, an e-mail address),
they stay apart: CSS often sets inline elements apart where the HTML writes no space, and a
link's edge keeps the space (rows of tag links). The shared walk (``VisibleText``) reads the
same texts as walking each block again."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newscrawl.extract.page import parse_page
from newscrawl.extract.visible import element_text, shared_walk, short_text, text_blocks
from tests.bylinepages import SENTENCES, meta_of, story

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        # A letter-spacing span around a name's last letter (en).
        ("<div><a href='/c/molly-wood'>Molly Woo<span class='ls'>d</span></a></div>", "Molly Wood"),
        # A drop cap opening a paragraph (en) and one in a nested inline element (de).
        ("<p><b>W</b>hile they watched, it rained.</p>", "While they watched, it rained."),
        ("<p><span><strong>D</strong></span>er Rat tagte.</p>", "Der Rat tagte."),
        # A word split over several inline elements (fr), and one with a mark after it (es).
        ("<p><em>in</em><i>croy</i>able</p>", "incroyable"),
        ("<p>Muñ<span>oz</span>, en Madrid</p>", "Muñoz, en Madrid"),
        # Cyrillic and Greek have lower case too.
        ("<p>Андре<span>й</span> Колесников</p>", "Андрей Колесников"),
        ("<p>Γιάννη<span>ς</span> Παπαδόπουλος</p>", "Γιάννης Παπαδόπουλος"),
        # A comment between the inline elements changes nothing.
        ("<p><b>Ka</b><!-- x --><i>tze</i></p>", "Katze"),
    ],
)
def test_a_word_run_on_over_inline_edges_is_one_word(source: str, shown: str) -> None:
    el = lxml_html.fragment_fromstring(source)
    assert element_text(el) == shown
    assert short_text(el, 200) == shown


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        # A name and a date in two spans: a capital or a digit after the edge (de, en).
        ("<div><span>Von Anna Muster</span><span>12.03.2024</span></div>", "Von Anna Muster 12.03.2024"),
        ("<div><span>Jane Doe</span><span>Reporter</span></div>", "Jane Doe Reporter"),
        # An e-mail address after a name is no word's rest (es).
        (
            "<div><strong>María Reina</strong><a href='mailto:m@x.pa'><span>maria.reina@x.pa</span></a>"
            "</div>",
            "María Reina maria.reina@x.pa",
        ),
        # A block, a line break, a block style, a hidden element between the pieces.
        ("<div><span>Jane</span><div>doe</div></div>", "Jane doe"),
        ("<div><p>Jane</p>doe</div>", "Jane doe"),
        ("<div>Jane<br>doe</div>", "Jane doe"),
        ("<div><span>Jane</span><span style='display: block'>doe</span></div>", "Jane doe"),
        ("<div><span>Jane</span><span hidden>x</span>doe</div>", "Jane x doe"),
        ("<div>Jane<script>x()</script>doe</div>", "Jane doe"),
        # A link's edge: rows of tag or language links written without white space (en, es).
        ("<div><a href='/t/hiking'>hiking</a><a href='/t/kit'>survival kit</a></div>", "hiking survival kit"),
        ("<div><a href='/es'>esp</a><a href='/ru'>рус</a><a href='/fr'>fr</a></div>", "esp рус fr"),
        ("<div><span>Topics</span><a href='/t/b'><span>banks</span></a></div>", "Topics banks"),
        # The page's own white space, and a script without case (ar).
        ("<div><b>Jane</b> <i>doe</i></div>", "Jane doe"),
        ("<div><b>محمد</b><i>علي</i></div>", "محمد علي"),
    ],
)
def test_pieces_stay_apart_where_no_word_runs_on(source: str, shown: str) -> None:
    el = lxml_html.fragment_fromstring(source)
    assert element_text(el) == shown
    assert short_text(el, 200) == shown


def test_the_shared_walk_reads_the_word_runs_the_plain_walk_reads() -> None:
    page = parse_page(
        "<html><body><div><h1>T<span>itle</span></h1><div><a href='/c/jw'>Jane Woo<span>d</span></a>"
        "<span>May 3</span></div><p><b>W</b>hile <em>in</em><i>croy</i>able, <span>x</span></p>"
        "<div>Jane<br>doe <b>Ka</b><!-- x --><i>tze</i></div></div></body></html>"
    )
    for limit in (5, 200):
        plain = list(text_blocks(page.tree, limit))
        with shared_walk(page.tree):
            shared = list(text_blocks(page.tree, limit))
        assert shared == plain
    assert ("Jane Wood May 3" in [text for _, text in plain]) is True


def test_a_byline_link_with_its_last_letter_apart_is_the_author() -> None:
    """The undeclared Wired shape: the byline's name link holds its last letter in a span."""
    body = (
        "<article><h1>The council passes the budget</h1><div><a href='/contributor/molly-wood'>"
        "Molly Woo<span class='ls'>d</span></a></div>" + story(SENTENCES["en"]) + "</article>"
    )
    assert meta_of(body).authors == ["Molly Wood"]
