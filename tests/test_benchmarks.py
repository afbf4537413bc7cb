"""benchmarks/compare.py: trafilatura's body XML read as sections; no eval kit, no run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from lxml import etree

# Appended, not put first: a script of benchmarks/ must never shadow an installed package.
sys.path.append(str(Path(__file__).resolve().parent.parent / "benchmarks"))
import agree
import compare
import evalsets
import scramble


def test_body_xml_to_sections() -> None:
    body = etree.fromstring(
        "<body><p>Lede.</p><head>Sub</head><p>One <hi>bold</hi> word.</p>"
        "<list><item>First</item><item>Second<list><item>Inner</item></list></item></list>"
        "<table><row><cell>a</cell><cell>b</cell></row></table>"
        "<div><p>In a div.</p><p>Another.</p></div><quote>Said so.</quote></body>"
    )
    assert compare.body_sections(body) == [
        {"heading": None, "paragraphs": ["Lede."]},
        {
            "heading": "Sub",
            "paragraphs": [
                "One bold word.",
                "First",
                "Second",
                "Inner",
                "a b",
                "In a div.",
                "Another.",
                "Said so.",
            ],
        },
    ]
    assert compare.body_sections(None) == []


def test_without_eval_kit_says_so_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert compare.main(["--eval-dir", str(tmp_path / "missing"), "--out", str(tmp_path)]) == 0
    assert "no evaluation sets" in capsys.readouterr().out


def test_fundus_halves_are_fixed_by_publisher() -> None:
    assert evalsets.publisher("BerlinerMorgenpost_2024_05_03") == "BerlinerMorgenpost"
    halves = {evalsets.fundus_half(f"{name}_2024_01_0{day}") for name in ("DW",) for day in (1, 2, 3)}
    assert len(halves) == 1  # one publisher, one half, whatever the date
    assert {evalsets.fundus_half(f"Publisher{n}_2024_01_01") for n in range(20)} == {"A", "B"}
    assert evalsets.in_set("fundus-A", "pages/DW_2023_04_28.html.gz") == (
        evalsets.fundus_half("DW_2023_04_28") == "A"
    )
    assert evalsets.in_set("traf", "pages/0a24.html.gz")


def test_traf_halves_are_fixed_by_site(tmp_path: Path) -> None:
    assert evalsets.site("https://www.Example.org/a/b?c") == "example.org"
    assert evalsets.site(None) is None
    same = {evalsets.traf_half(f"id{n}", f"https://www.example.org/{n}") for n in range(5)}
    assert len(same) == 1  # one site, one half, whatever the page
    assert {evalsets.traf_half(f"id{n}", f"https://site{n}.example/") for n in range(20)} == {"A", "B"}
    assert {evalsets.traf_half(f"id{n}", None) for n in range(20)} == {"A", "B"}  # by page id
    (tmp_path / "pages").mkdir()
    truth = [{"id": f"p{n}", "url": f"https://site{n}.example/x"} for n in range(6)] + [{"id": "bare"}]
    (tmp_path / "truth.jsonl").write_text("".join(json.dumps(row) + "\n" for row in truth))
    for row in truth:
        path = str(tmp_path / "pages" / f"{row['id']}.html.gz")
        half = evalsets.traf_half(row["id"], row.get("url"))
        assert evalsets.in_set(f"traf-{half}", path)
        assert not evalsets.in_set(f"traf-{'B' if half == 'A' else 'A'}", path)


def test_table_shows_both_tools_deltas_and_targets() -> None:
    scores = {
        "newscrawl": {"zyte": {"body_f1": 0.98}, "traf": {"with": 0.97, "with_without_hm": 0.95}},
        "trafilatura": {"zyte": {"body_f1": 0.96}, "traf": {"with": 0.973, "with_without_hm": 0.936}},
    }
    before = {"newscrawl": {"zyte": {"body_f1": 0.976}, "traf": {"with": 0.97}}}
    text = compare.table(scores, before)
    assert "| metric (newscrawl / trafilatura" in text
    assert "| body_f1 | 0.976→**0.980** / 0.960 |  |" in text
    assert "| with |  | 0.970 / 0.973 |" in text  # unchanged: no arrow
    assert "heading_f1" not in text  # no set has it
    assert "zyte body_f1 0.980 met (≥ 0.975)" in text
    assert "traf with_without_hm 0.950 MISSED (≥ 0.955)" in text


def test_scramble_renames_class_and_id_vocabulary_consistently() -> None:
    page = (
        b"<html><head><style>.caption, #lead p { font-weight: bold; color: #fff }"
        b"@media (min-width: 5em) { .caption { font-size: 0.5em } }</style></head>"
        b"<body><div id='lead' class='wp-caption  aligncenter' aria-describedby=\"lead\">"
        b'<a href="#lead">x</a><a href="/page#lead">y</a><p class="caption" role="note" '
        b'itemprop="caption" style="font-weight:bold">Text .caption stays</p></div></body></html>'
    )
    out = scramble.scramble(page)
    caption, lead = scramble.opaque(b"caption"), scramble.opaque(b"lead")
    assert b"wp-caption" not in out and b"aligncenter" not in out
    assert b'class="' + caption + b'"' in out and b'id="' + lead + b'"' in out
    assert b"." + caption + b", #" + lead + b" p { font-weight: bold; color: #fff }" in out
    assert b"{ ." + caption + b" { font-size: 0.5em } }" in out
    assert b'aria-describedby="' + lead + b'"' in out and b'href="#' + lead + b'"' in out
    # Text, roles, microdata, inline style and links to other pages are left as they were.
    assert b'href="/page#lead"' in out and b'role="note"' in out and b'itemprop="caption"' in out
    assert b'style="font-weight:bold">Text .caption stays</p>' in out
    assert scramble.scramble(out) != out  # opaque names are tokens like any other


def test_scramble_plain_turns_sectioning_and_figure_elements_into_divs_outside_scripts() -> None:
    page = (
        b"<body><ARTICLE class='story'><header><h1>Title</h1></header><section id=s><p>Text"
        b"</p><figure><img src=a.jpg><figcaption>Caption</figcaption></figure></section>"
        b"<aside><nav>Links</nav></aside><footer/></ARTICLE><header-bar>kept</header-bar>"
        b"<script>var t = '<article>' + '</section>';</script><main>x</main></body>"
    )
    out = scramble.scramble(page, plain=True)
    for tag in (b"article", b"section", b"figure", b"figcaption", b"aside", b"nav", b"header"):
        assert b"<" + tag + b">" not in out.lower().split(b"<script>")[0]
    assert out.startswith(b'<body><div class="' + scramble.opaque(b"story") + b'"><div><h1>Title</h1></div>')
    assert b"<div><img src=a.jpg><div>Caption</div></div>" in out and b"<div/></div>" in out
    assert b"<header-bar>kept</header-bar>" in out  # a tag that only starts like one
    assert b"<script>var t = '<article>' + '</section>';</script><div>x</div>" in out
    assert scramble.scramble(page) == scramble.scramble(page, plain=False)  # names only


def test_scramble_undeclared_takes_away_json_ld_meta_and_microdata_only() -> None:
    page = (
        b'<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="60">'
        b'<meta name="viewport" content="width=device-width"><meta property="og:title" content="T">'
        b'<meta name="author" content="Jane Doe"><script type="application/ld+json">{"headline": "T"}'
        b"</script><script>var x = 1;</script></head><body itemscope itemtype='https://schema.org/Article'>"
        b'<h1 class="headline" itemprop=headline>T</h1><span property="author" typeof="Person">Jane Doe'
        b"</span><p>The property itemprop=x of the text stays.</p></body></html>"
    )
    out = scramble.scramble(page, undeclared=True)
    assert b"og:title" not in out and b'name="author"' not in out and b"ld+json" not in out
    assert b"itemscope" not in out and b"itemtype" not in out and b"typeof" not in out
    assert b'<meta charset="utf-8">' in out and b"http-equiv" in out and b"viewport" in out
    assert b"<script>var x = 1;</script>" in out
    assert b'<h1 class="headline">T</h1><span>Jane Doe</span>' in out  # names kept
    assert b"<p>The property itemprop=x of the text stays.</p>" in out
    both = scramble.scramble(page, undeclared=True, plain=True)
    assert b'class="' + scramble.opaque(b"headline") + b'"' in both and b"itemprop=headline" not in both


def test_scramble_bold_headings_writes_sub_headings_among_paragraphs_as_bold_paragraphs() -> None:
    page = (
        b'<html><body><div class="story"><h1>Title</h1><p>First.</p><h2 class="sub">Why <i>now</i></h2>'
        b"<p>Second.</p><h3><div>Boxed</div></h3><a href='/x'><h2>Card</h2></a></div>"
        b"<div class='side'><h2>Most read</h2><ul><li>One</li></ul></div>"
        b"<script>var s = '<h2>In a script</h2>';</script></body></html>"
    )
    out = scramble.scramble(page, bold=True)
    assert b"<p>First.</p><p><strong>Why <i>now</i></strong></p><p>Second.</p>" in out  # attributes gone
    assert b"<h1>Title</h1>" in out and b"<h3><div>Boxed</div></h3>" in out  # a block inside: kept
    assert b"<a href='/x'><h2>Card</h2></a>" in out  # a link's title
    assert b"<h2>Most read</h2>" in out  # no paragraph beside it
    assert b"<h2>In a script</h2>" in out and b'class="story"' in out  # names kept when alone
    assert scramble.scramble(b"", bold=True) == b""
    plain = scramble.scramble(page, plain=True, bold=True)
    assert b'class="' + scramble.opaque(b"story") + b'"' in plain and b"<p><strong>Why" in plain


def test_scramble_div_paragraphs_writes_every_paragraph_as_a_div_outside_scripts() -> None:
    page = b"<body><p class=x>One.</p><pre>Two.</pre><P>Three.</P><script>'<p>'</script></body>"
    out = scramble.scramble(page, paragraphs=True)
    assert out == (
        b"<body><div class=x>One.</div><pre>Two.</pre><div>Three.</div><script>'<p>'</script></body>"
    )


@pytest.mark.parametrize(
    ("option", "page", "expected"),
    [
        pytest.param(
            "breaks",
            b"<body><p class=x>One.</p>\n<P>Two.</P><h2>H</h2><p>Three.</p> <p>Four.</p>"
            b"<script>'</p><p>'</script>",
            b"<body><p class=x>One.<br><br>\nTwo.</P><h2>H</h2><p>Three.<br><br>\nFour.</p>"
            b"<script>'</p><p>'</script>",
            id="br-paragraphs: runs of paragraphs joined by double breaks, outside scripts",
        ),
        pytest.param(
            "anchors",
            b"<body><div><p>Para one.</p><h2 class=x>Sub <i>one</i></h2><p>Two.</p></div><h2>Alone</h2>",
            b'<body><div><p>Para one.</p><h2 class=x><a href="#part-0">Sub <i>one</i></a></h2>'
            b"<p>Two.</p></div><h2>Alone</h2>",
            id="anchored-headings: sub-headings among paragraphs set in links to themselves",
        ),
        pytest.param(
            "boxes",
            b"<body><div><p>One.</p><h2 class=x>Sub</h2><p>Two.</p></div><h2>Alone</h2>",
            b'<body><div><div class="c5e1a9b0d"><p>One.</p></div>'
            b'<div class="c5e1a9b0d"><h2 class=x>Sub</h2></div>'
            b'<div class="c5e1a9b0d"><p>Two.</p></div></div><h2>Alone</h2>',
            id="wrapped-blocks: sub-headings and paragraphs boxed alike",
        ),
        pytest.param(
            "first",
            b"<body><div><h2>Dek</h2><p>One.</p><h2 class=x>Sub <i>a</i></h2 ><p>Two.</p><H3>T</H3><p>3</p>"
            b"<h3>Last</h3></div><h2>Alone</h2>",
            b"<body><div><h2>Dek</h2><p>One.</p><h1 class=x>Sub <i>a</i></h1><p>Two.</p><h1>T</h1><p>3</p>"
            b"<h3>Last</h3></div><h2>Alone</h2>",
            id="h1-headings: sub-headings between paragraphs written as h1s",
        ),
    ],
)
def test_scramble_kits_rewrite_pages_as_documented(option: str, page: bytes, expected: bytes) -> None:
    assert scramble.scramble(page, **{option: True}) == expected


def test_scramble_pull_quotes_repeats_every_fourth_paragraphs_first_sentence() -> None:
    paragraph = b"<p>Paragraph %d has a <b>first</b> sentence that is long enough. Then more.</p>"
    page = b"<body>" + b"".join(paragraph % n for n in range(9)) + b"<script>'<p>x</p>'</script></body>"
    out = scramble.scramble(page, quotes=True)
    quote = b'<blockquote class="c3b9e2f10"><p>Paragraph %d has a first sentence that is long enough.'
    quote += b"</p></blockquote>"
    assert out.count(b"<blockquote") == 2
    assert (paragraph % 3) + (quote % 3) in out and (paragraph % 7) + (quote % 7) in out


def test_scramble_link_lines_puts_a_linked_title_after_every_fifth_paragraph() -> None:
    page = b"<body>" + b"".join(b"<p>Paragraph %d.</p>" % n for n in range(11)) + b"<script>'</p>'</script>"
    out = scramble.scramble(page, links=True)
    assert out.count(b'<p><a href="/news/2024/other-story-') == 2
    assert b'<p>Paragraph 4.</p><p><a href="/news/2024/other-story-5.html">' in out
    assert out.endswith(b"<script>'</p>'</script>")


def test_scramble_wrapped_paragraphs_and_ad_slots_outside_scripts() -> None:
    page = b"<body><p>One.</p><p>Two.</p><p>Three.</p><script>'<p>x</p>'</script></body>"
    wrapped = scramble.scramble(page, wrapped=True)
    assert wrapped.count(b'<div class="c5e1a9b0d"><p>') == 3 and b"<script>'<p>x</p>'</script>" in wrapped
    ads = scramble.scramble(page, ads=True)
    assert ads.count(b"Advertisement") == 1 and ads.index(b"Advertisement") > ads.index(b"Three.")


def test_scramble_caption_paragraphs_writes_captions_as_plain_paragraphs_outside_scripts() -> None:
    page = (
        b'<body><figure class="pic"><img src="a.jpg"><figcaption class="cap">The bridge. Photo: J. Doe'
        b"</figcaption></figure><p>Text.</p><script>var f = '<figure>';</script></body>"
    )
    out = scramble.scramble(page, captions=True)
    assert out == (
        b'<body><div class="pic"><img src="a.jpg"><p class="cap">The bridge. Photo: J. Doe'
        b"</p></div><p>Text.</p><script>var f = '<figure>';</script></body>"
    )


def test_scramble_caption_paragraphs_with_plain_leaves_captions_nameless_paragraphs() -> None:
    page = (
        b'<body><figure class="pic"><img src="a.jpg"><figcaption class="cap">The bridge. Photo: J. Doe'
        b"</figcaption></figure><p>Text.</p></body>"
    )
    out = scramble.scramble(page, captions=True, plain=True)
    assert out == (
        b'<body><div class="'
        + scramble.opaque(b"pic")
        + b'"><img src="a.jpg"><p class="'
        + scramble.opaque(b"cap")
        + b'">The bridge. Photo: J. Doe</p></div><p>Text.</p></body>'
    )


def test_scramble_renames_unquoted_class_and_id_values_but_not_escaped_ones_in_script_data() -> None:
    out = scramble.scramble(b"<div class=post-content id=main><p class=lead>x</p></div>")
    assert out == (
        b'<div class="' + scramble.opaque(b"post-content") + b'" id="' + scramble.opaque(b"main") + b'">'
        b'<p class="' + scramble.opaque(b"lead") + b'">x</p></div>'
    )
    data = b'<script>{"html":"<div class=\\"lead\\">x</div>"}</script>'
    assert scramble.scramble(data) == data  # JSON-escaped quotes: left as they are


def _save(directory: Path, kind: str, records: list[dict[str, object]]) -> None:
    directory.mkdir(exist_ok=True)
    (directory / f"{kind}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))


def test_agree_counts_records_whose_field_differs_by_half(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = [f"Publisher{n}_2024_01_01" for n in range(8)]
    base = [
        {"source_path": f"EVAL/fundus/pages/{i}.html.gz", "headline": "H", "authors": ["A"], "sections": []}
        for i in ids
    ]
    kit = [dict(r) for r in base]
    kit[0]["authors"] = ["A", "B"]  # one record's authors differ
    kit[1]["sections"] = [{"heading": "Sub", "paragraphs": ["p"]}]  # one record's headings
    _save(tmp_path / "real", "fundus", base)
    _save(tmp_path / "kit", "fundus", kit)
    sets = agree.compare(tmp_path / "real", tmp_path / "kit", tmp_path)
    assert sum(len(pairs) for pairs in sets.values()) == 8
    assert set(sets) <= {"fundus-A", "fundus-B"}
    half0 = f"fundus-{evalsets.fundus_half(ids[0])}"
    assert [real["source_path"] for real, _ in agree.differing(sets[half0], "authors")] == [
        base[0]["source_path"]
    ]
    assert sum(len(agree.differing(pairs, "headings")) for pairs in sets.values()) == 1
    assert sum(len(agree.differing(pairs, "headline")) for pairs in sets.values()) == 0
    assert agree.main([str(tmp_path / "real"), str(tmp_path / "kit"), "--eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["set", "headline", "description"]


def test_agree_without_set_files_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert agree.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 2
    assert "no set files" in capsys.readouterr().err
