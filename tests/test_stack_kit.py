"""benchmarks/stack.py: a second story inserted after a page's own; no eval kit, no run."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

# Appended, not put first: a script of benchmarks/ must never shadow an installed package.
sys.path.append(str(Path(__file__).resolve().parent.parent / "benchmarks"))
import evalsets
import stack

HOST = (
    b"<html><head><title>Host</title></head><body><nav><a href='/'>Home</a></nav>"
    b"<article><h1>Host headline</h1><p>First host paragraph.</p><p>Second host paragraph.</p></article>"
    b"<!-- <div>not counted</div> --><div class='related'><a href='/x'>Other</a></div>"
    b"<footer>Footer</footer></body></html>"
)

OTHER = (
    "<html><head><meta charset='utf-8'></head><body><header>Site</header><main><div>"
    "<h1>Zweite Geschichte über Köln</h1><p>Erster Absatz.</p><p>Zweiter Absatz.</p>"
    "<script>var x = '<p>no</p>';</script></div><aside><p>Teaser.</p></aside></main></body></html>"
).encode()


def test_story_element_of_an_article_page_and_of_a_div_page() -> None:
    host = stack.story_element(stack._parse(HOST))
    assert host is not None and host.tag == "article"
    other = stack.story_element(stack._parse(OTHER))
    # the nearest block around the h1 that holds most of the paragraphs, not <main> with the aside
    assert other is not None and other.tag == "div"


def test_second_story_goes_after_the_story_rest_byte_for_byte() -> None:
    second = stack.story_bytes(OTHER)
    assert second is not None
    assert b"<script" not in second and b"&#246;" in second  # ASCII, scripts left out
    out = stack.stack(HOST, second)
    at = HOST.index(b"<div class='related'>")  # the comment's <div> is not counted
    assert out == HOST[:at] + second + HOST[at:]  # after </article>, the host's bytes unchanged


def test_without_h1_and_without_story() -> None:
    second = stack.story_bytes(OTHER, h1=False)
    assert second is not None and b"<h1" not in second and b"Erster Absatz." in second
    assert stack.story_bytes(b"<html><body><p>Only one.</p></body></html>") is None
    page = b"<html><body><p>No story here.</p></body></html>"
    assert stack.stack(page, b"<div>X</div>") == page.replace(b"</body>", b"<div>X</div></body>")


def test_pairs_stay_within_a_half(tmp_path: Path) -> None:
    names = [f"Pub{i}_2024_01_0{i}.html.gz" for i in range(1, 9)]
    pages = [tmp_path / name for name in names]
    partner = stack.pairs("fundus", pages, tmp_path / "truth.jsonl")
    assert set(partner) == set(names)
    for name, other in partner.items():
        assert other != name
        half = evalsets.fundus_half(evalsets.page_id(name))
        assert evalsets.fundus_half(evalsets.page_id(other)) == half


def test_stack_kit_copies_truth_and_stacks_pages(tmp_path: Path) -> None:
    source, target = tmp_path / "eval", tmp_path / "out"
    (source / "zyte" / "pages").mkdir(parents=True)
    (source / "score.py").write_text("# scorer\n")
    (source / "zyte" / "truth.jsonl").write_text(json.dumps({"id": "a", "text": "x"}) + "\n")
    (source / "zyte" / "pages" / "a.html.gz").write_bytes(gzip.compress(HOST, mtime=0))
    (source / "zyte" / "pages" / "b.html.gz").write_bytes(gzip.compress(OTHER, mtime=0))
    target.mkdir()
    assert stack.stack_kit(source, target) == 2
    assert (target / "zyte" / "truth.jsonl").read_text() == (source / "zyte" / "truth.jsonl").read_text()
    page = gzip.decompress((target / "zyte" / "pages" / "a.html.gz").read_bytes())
    assert b"Erster Absatz." in page and page.index(b"Second host paragraph.") < page.index(b"Erster")
    back = gzip.decompress((target / "zyte" / "pages" / "b.html.gz").read_bytes())
    assert b"First host paragraph." in back


def test_a_utf8_story_without_declared_charset_is_not_garbled() -> None:
    other = "<html><body><div><h1>Über Köln</h1><p>Erster Absatz über Köln.</p><p>Zweiter.</p></div></body>"
    second = stack.story_bytes(other.encode("utf-8"))
    assert second is not None and b"&#220;ber K&#246;ln" in second and b"&#195;" not in second
