"""benchmarks/boxes.py: a related-stories box inside a page's story; no eval kit, no run."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest
from lxml import html

# Appended, not put first: a script of benchmarks/ must never shadow an installed package.
sys.path.append(str(Path(__file__).resolve().parent.parent / "benchmarks"))
import boxes
import evalsets

LONG = "a paragraph of prose long enough to count as one, with several words in it"

HOST = (
    b"<html lang='de-DE'><head><title>Host</title></head><body><nav><a href='/'>Home</a></nav>"
    b"<article><h1>Host headline</h1><p>Berlin, 1. Mai</p>"
    b"<p>First " + LONG.encode() + b".</p>"
    b"<!-- <div>not counted</div> --><p>Second " + LONG.encode() + b".</p>"
    b"<div class='x'><p>Third " + LONG.encode() + b".</p></div></article>"
    b"<footer>Footer</footer></body></html>"
)

OTHER = (
    "<html><head><meta charset='utf-8'><title>Site | Über Köln</title></head><body><main><div>"
    "<h1>Zweite Geschichte über Köln</h1>"
    "<p>Der erste Satz über Köln steht hier, lang genug für einen Absatz. Der zweite folgt.</p>"
    f"<p>Zweiter {LONG}.</p><script>var x = '<p>no</p>';</script></div></main></body></html>"
).encode()


def test_teaser_of_a_page_headline_and_first_sentence() -> None:
    teaser = boxes.teaser(OTHER, "https://other.example/koeln/story.html")
    assert teaser == boxes.Teaser(
        "https://other.example/koeln/story.html",
        "Zweite Geschichte über Köln",
        "Der erste Satz über Köln steht hier, lang genug für einen Absatz.",
    )
    no_h1 = b"<html><head><meta property='og:title' content='Og title'></head><body><p>x</p></body></html>"
    assert boxes.teaser(no_h1, None) == boxes.Teaser(None, "Og title", "")


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Short. Then a longer first sentence is here. And more.",
            "Short. Then a longer first sentence is here.",
        ),
        (
            "東京で大きな地震があり、多くの人が避難しました。政府は会見を開きました。",
            "東京で大きな地震があり、多くの人が避難しました。",
        ),
        ("no end " * 50, ("no end " * 50)[:200].rsplit(" ", 1)[0] + "\u2026"),
    ],
)
def test_first_sentence(text: str, sentence: str) -> None:
    assert boxes.first_sentence(text) == sentence


def test_box_goes_after_the_second_prose_paragraph_rest_byte_for_byte() -> None:
    teasers = [boxes.Teaser("https://other.example/a/b?x=1", "Zweite Geschichte über Köln", "Satz.")] * 3
    out = boxes.insert_box(HOST, teasers, seed="p1")
    # the dateline <p> is no prose; the comment's <div> is not counted; the box goes before the
    # element after the second prose <p>, inside the <article>
    at = HOST.index(b"<div class='x'>")
    written = boxes.box(teasers, style="heading", lang="de", host_url=None, seed="p1")
    assert out == HOST[:at] + written + HOST[at:]
    assert b"<h3>Mehr zum Thema</h3>" in written and written.count(b"<li>") == 3
    assert b'href="/a/b?x=1"' in written and b"&#252;ber K&#246;ln" in written
    assert b"related" not in written.lower()  # opaque class names, no class word
    declared = HOST.replace(b"<title>", b"<link rel='canonical' href='https://www.host.example.de/s'><title>")
    out = boxes.insert_box(declared, teasers, seed="p1")
    assert b'href="https://www.host.example.de/a/b?x=1"' in out  # the page's own declared host


def test_styles_cards_and_aside() -> None:
    teasers = [boxes.Teaser(None, f"Headline {i}", f"Sentence {i}.") for i in range(3)]
    cards = boxes.box(teasers, style="cards", lang="fr", host_url=None, seed="p")
    assert cards.count(b"<h3><a href=") == 3 and b"<p>Sentence 2.</p>" in cards and b"lire aussi" not in cards
    aside = boxes.box(teasers, style="aside", lang="fr", host_url=None, seed="p")
    assert aside.strip().startswith(b"<aside class=") and b"<h3>&#192; lire aussi</h3>" in aside
    assert b"<h3>Related</h3>" in boxes.box(teasers, style="heading", lang="ja", host_url=None, seed="p")


def test_style_linked_cards_are_each_one_link() -> None:
    teasers = [boxes.Teaser(f"https://x.example/{i}", f"Headline {i}", f"Sentence {i}.") for i in range(3)]
    linked = boxes.box(teasers, style="linked", lang="fr", host_url=None, seed="p")
    tree = html.fromstring(linked)
    cards = tree.findall("a")
    assert [card.get("href") for card in cards] == [f"/{i}" for i in range(3)]  # the path alone: no host
    assert [[child.tag for child in card] for card in cards] == [["h4", "p"]] * 3  # stays nested when parsed
    assert tree.find("h3").text == "\N{LATIN CAPITAL LETTER A WITH GRAVE} lire aussi"


def test_last_prose_paragraph_and_no_place() -> None:
    page = b"<html><body><article><h1>H</h1><p>One " + LONG.encode() + b"</p><p>Two " + LONG.encode()
    page += b"</p></article><div>after</div></body></html>"
    teasers = [boxes.Teaser(None, "Other", "")]
    out = boxes.insert_box(page, teasers, seed="s")
    # the element after the second <p> is outside the story: the box goes before that <p>
    assert out.index(b"<h3>") < out.index(b"<p>Two") and out.index(b"<p>One") < out.index(b"<h3>")
    short = b"<html><body><article><h1>H</h1><p>Only one " + LONG.encode() + b"</p><p>Short.</p></article>"
    assert boxes.insert_box(short, teasers) == short
    assert boxes.insert_box(page, []) == page


def test_partners_stay_within_a_half(tmp_path: Path) -> None:
    names = [f"Pub{i}_2024_01_0{i}.html.gz" for i in range(1, 10)]
    pages = [tmp_path / name for name in names]
    partner = boxes.partners("fundus", pages, tmp_path / "truth.jsonl")
    assert set(partner) == set(names)
    for name, others in partner.items():
        half = evalsets.fundus_half(evalsets.page_id(name))
        assert name not in others and len(set(others)) == len(others) <= 3
        assert all(evalsets.fundus_half(evalsets.page_id(other)) == half for other in others)


def test_boxes_kit_copies_truth_and_boxes_pages(tmp_path: Path) -> None:
    source, target = tmp_path / "eval", tmp_path / "out"
    (source / "zyte" / "pages").mkdir(parents=True)
    (source / "score.py").write_text("# scorer\n")
    truth = [
        {"id": "a", "url": "https://host.example/a", "text": "x"},
        {"id": "b", "url": "https://o.example/b"},
    ]
    (source / "zyte" / "truth.jsonl").write_text("".join(json.dumps(row) + "\n" for row in truth))
    (source / "zyte" / "pages" / "a.html.gz").write_bytes(gzip.compress(HOST, mtime=0))
    (source / "zyte" / "pages" / "b.html.gz").write_bytes(gzip.compress(OTHER, mtime=0))
    target.mkdir()
    assert boxes.boxes_kit(source, target, style="cards") == (2, 2)
    assert (target / "zyte" / "truth.jsonl").read_text() == (source / "zyte" / "truth.jsonl").read_text()
    page = gzip.decompress((target / "zyte" / "pages" / "a.html.gz").read_bytes())
    assert b'<h3><a href="/b">Zweite Geschichte' in page
    assert page.index(b"Second a paragraph") < page.index(b"Zweite") < page.index(b"Third")
    back = gzip.decompress((target / "zyte" / "pages" / "b.html.gz").read_bytes())
    assert b'<h3><a href="/a">Host headline</a></h3>' in back  # the path alone: no declared host
    assert b"<p>First a paragraph of prose" in back[back.index(b"<h3>") :]
