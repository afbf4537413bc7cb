"""``newscrawl explain FILE --html OUT.html``: the page's blocks, fields and pictures as a static
page; checked as markup, against hostile page text, and rendered in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.cli import main
from newscrawl.explain import explain_page
from tests.browser import colours, ink, screenshot

REPO = Path(__file__).resolve().parent.parent
FRENCH = REPO / "fixtures" / "articles" / "french-news.html"

HOSTILE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bad &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; page</title></head><body><article>
<h1>Headline &lt;script&gt;alert("h1")&lt;/script&gt; with markup in its text</h1>
<p>The council met on Tuesday &lt;img src=x onerror=alert(2)&gt; and spoke about the harbour
budget for a long time, as councils do when a harbour needs a new wall and nobody wants to pay.</p>
<p>Residents said &lt;/div&gt;&lt;/body&gt;&lt;script&gt;alert(3)&lt;/script&gt; that they would
come back next week with more questions about the wall, the money and the timetable.</p>
<p>Advertisement</p>
<figure><img src="https://img.example/x.jpg&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;.jpg">
<figcaption>A caption &lt;style&gt;body{display:none}&lt;/style&gt; under the picture
<span class="credit">Photo: &lt;u onclick=alert(5)&gt;AP&lt;/u&gt;</span></figcaption></figure>
</article></body></html>
"""


def _explain_html(page: Path, out: Path) -> lxml_html.HtmlElement:
    assert main(["explain", str(page), "--html", str(out)]) == 0
    return lxml_html.fromstring(out.read_text(encoding="utf-8"))


@pytest.mark.unit
def test_blocks_in_order_kept_plain_dropped_with_their_rule(tmp_path: Path) -> None:
    doc = _explain_html(FRENCH, tmp_path / "explain.html")
    explanation = explain_page(FRENCH.read_bytes(), FRENCH.resolve().as_uri())
    shown = [
        (
            block.xpath("string(span[@class='rule'])") or None,
            block.xpath("string(p)"),
        )
        for block in doc.xpath("//div[contains(concat(' ', @class, ' '), ' blk ')]")
    ]
    assert shown == [(rule, block.text) for rule, block in explanation.blocks]
    assert {rule for rule, _ in shown if rule} >= {"ad-marker", "teaser"}
    # The kept blocks are the record's body: its headings and paragraphs, in order.
    record = [
        text
        for s in explanation.article.sections
        for text in ([s.heading] if s.heading else []) + s.paragraphs
    ]
    assert [text for rule, text in shown if rule is None] == record
    # Fields with their source; pictures with captions and credits; left-out ones with the reason.
    fields = {row.xpath("string(td[1])"): row.xpath("string(td[3])") for row in doc.xpath("//table//tr[td]")}
    assert fields["headline"] == "h1" and fields["authors"] == "author-element"
    text = doc.text_content()
    for image in explanation.article.images:
        assert image.url in text and (image.caption or "") in text and (image.credit or "") in text
    assert all(reason in text for reason, _ in explanation.images_left_out)
    assert not doc.xpath("//script | //img | //link | //iframe | //*[@src]")


@pytest.mark.unit
def test_hostile_page_text_stays_text(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "hostile-explain.html"
    doc = _explain_html(page, out)
    assert not doc.xpath("//script | //img | //u | //body//style")
    assert not [a for el in doc.iter() for a in el.attrib if a.lower().startswith("on")]
    assert len(doc.xpath("//head/style")) == 1  # only our own stylesheet
    text = doc.text_content()
    assert '<script>alert("h1")</script>' in text
    assert "<img src=x onerror=alert(2)>" in text
    assert "</div></body><script>alert(3)</script>" in text


@pytest.mark.e2e
@pytest.mark.parametrize("source", ["french", "hostile"])
def test_explain_page_renders_in_chromium(source: str, tmp_path: Path) -> None:
    page = FRENCH
    if source == "hostile":
        page = tmp_path / "hostile.html"
        page.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "explain.html"
    _explain_html(page, out)
    image = screenshot(out, tmp_path / "explain.png", width=1000, height=1400)
    assert ink(image) > 0.02, "the rendered explanation is (nearly) blank"
    assert colours(image) > 20


@pytest.mark.unit
def test_html_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(FRENCH), "--html", str(tmp_path / "no" / "dir.html")]) == 2
    with pytest.raises(SystemExit) as stop:
        main(["explain", str(FRENCH), "--html", str(tmp_path / "x.html"), "--json"])
    assert stop.value.code == 2
    assert "error" in capsys.readouterr().err
