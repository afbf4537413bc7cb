"""``newscrawl explain FILE``: fields with their sources, sections, images, dropped blocks."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

import pytest

from newscrawl.cli import main
from newscrawl.explain import LISTED_CHARS, SHORT, as_json, as_text, explain_page, shorten
from newscrawl.extract import extract_article
from newscrawl.html.explain import render
from newscrawl.items import PROVENANCE_SOURCES

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
GERMAN = ARTICLES / "german-news.html"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["explain", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, str(GERMAN))
    assert status == 0
    article = extract_article(GERMAN.read_bytes(), GERMAN.resolve().as_uri(), provenance=True)
    assert article.provenance is not None
    lines = out.splitlines()
    for name in ("headline", "authors", "date_published", "description"):
        line = next(line for line in lines if line.split()[:1] == [name])
        assert line.endswith(f"<- {article.provenance[name]}"), line
    assert article.provenance["authors"] == "author-element"
    assert article.provenance["date_published"] == "dateline"
    assert "Dropped from the body (2)" in out
    assert any(line.split()[:1] == ["repeats-title"] for line in lines)
    assert any(line.split()[:1] == ["teaser"] for line in lines)
    for section in article.sections:
        assert f"{len(section.paragraphs):>3} x  {section.heading or '(before'}" in out
    assert f"  dateline        {PROVENANCE_SOURCES['dateline']}" in out
    assert "Page type: article (declares an article type)" in lines


def test_page_type_and_its_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    listing = ARTICLES.parent / "page_types" / "listing-home-en.html"
    status, out, _ = _run(capsys, str(listing))
    assert status == 0
    line = next(line for line in out.splitlines() if line.startswith("Page type: "))
    assert line.startswith("Page type: listing (")
    assert "headline links" in line and "unless --keep-non-articles" in line
    status, out, _ = _run(capsys, str(listing), "--json")
    report = json.loads(out)
    assert report["page_type"]["kind"] == "listing"
    assert any("headline links" in reason for reason in report["page_type"]["reasons"])


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, str(GERMAN), "--json")
    assert status == 0
    report = json.loads(out)
    fields = {entry["field"]: entry for entry in report["fields"]}
    assert fields["date_published"]["source"] == "dateline"
    assert fields["authors"]["value"] and fields["authors"]["source"] == "author-element"
    assert {entry["source"] for entry in report["fields"]} <= {*PROVENANCE_SOURCES, None}
    assert [d["rule"] for d in report["dropped"]] == ["repeats-title", "teaser"]
    assert all(d["text"] for d in report["dropped"])
    assert sum(s["paragraphs"] for s in report["sections"]) > 0
    assert report["images"] == [
        {"url": i["url"], "caption": i["caption"], "credit": i["credit"]} for i in report["images"]
    ]


def test_gzipped_page_gives_the_same_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = ARTICLES / "wire-story.html"
    zipped = tmp_path / "wire-story.html.gz"
    zipped.write_bytes(gzip.compress(plain.read_bytes()))
    _, from_plain, _ = _run(capsys, str(plain), "--json")
    _, from_gzip, _ = _run(capsys, str(zipped), "--json")
    assert _without_file(from_gzip) == _without_file(from_plain)
    assert json.loads(from_plain)["dropped"][0]["rule"] == "editorial-note"


def _without_file(report: str) -> dict[str, object]:
    return {key: value for key, value in json.loads(report).items() if key != "file"}


def test_dropped_blocks_come_from_the_body() -> None:
    page = ARTICLES / "french-news.html"
    explanation = explain_page(page.read_bytes(), page.resolve().as_uri())
    assert [rule for rule, _ in explanation.dropped] == ["teaser", "ad-marker", "teaser", "ad-marker"]
    kept = {p for section in explanation.article.sections for p in section.paragraphs}
    assert not kept & {text for _, text in explanation.dropped}


def test_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, str(tmp_path / "missing.html"))
    assert status == 2 and "does not exist" in err
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00broken")
    status, _, err = _run(capsys, str(broken))
    assert status == 1 and "cannot read" in err


def test_shorten() -> None:
    assert shorten("a  b\nc") == "a b c"
    cut = shorten("word " * 100)
    assert len(cut) == SHORT and cut.endswith("\u2026")


def test_pictures_left_out_are_listed_with_their_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prose = "The council voted on Tuesday to extend the night service on three lines. " * 3
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Night trains</title></head><body><article><h1>Night trains</h1>"
        "<figure><img src='https://news.example/img/lead-1200x675.jpg'>"
        "<figcaption>Crowds at the station.</figcaption></figure>"
        f"<p>{prose}</p><p>{prose}</p><p>{prose}</p>"
        "<figure><img src='https://news.example/img/lead-600x338.jpg'></figure>"
        "<div class='related-stories'><figure><img src='https://news.example/img/ferry.jpg'>"
        "<figcaption>Ferries cancelled</figcaption></figure></div>"
        "</article></body></html>",
        encoding="utf-8",
    )
    status, out, _ = _run(capsys, str(page), "--json")
    assert status == 0
    report = json.loads(out)
    assert [image["url"] for image in report["images"]] == ["https://news.example/img/lead-1200x675.jpg"]
    left_out = {entry["url"]: entry["reason"] for entry in report["images_left_out"]}
    assert left_out["https://news.example/img/ferry.jpg"].startswith("region")
    assert left_out["https://news.example/img/lead-600x338.jpg"] == "duplicate"
    status, text, _ = _run(capsys, str(page))
    assert "Images left out (2)" in text


STORIES = ARTICLES.parent / "generalise" / "body-story-next-en.html"
OTHER_STORY = "Old river bridge to close for three months of repairs"


def test_other_stories_pruned_before_extraction_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 10, point 4: a story pruned before trafilatura reads the page is a large drop with a
    recorded cause, in every form of the report: rule, heading, size."""
    status, out, _ = _run(capsys, str(STORIES))
    assert status == 0
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Pruned before extraction ("))
    rule, count, _, chars, unit = lines[at + 1].split()
    assert (rule, count, unit) == ("story-address", "1", "chars")
    size, unit, *heading = lines[at + 2].split()
    assert (size, unit, " ".join(heading)) == (chars, "chars", OTHER_STORY)
    assert int(chars.replace(",", "")) > 500
    status, out, _ = _run(capsys, str(STORIES), "--json")
    (group,) = json.loads(out)["pruned"]
    (story,) = group["listed"]
    assert group["rule"] == "story-address" and group["count"] == 1 and story["heading"] == OTHER_STORY
    assert story["chars"] == len(story["text"]) == group["chars"] == int(chars.replace(",", ""))
    assert group["shorter"] == {"count": 0, "chars": 0}
    assert "Shopkeepers on the far bank" in story["text"]
    target = tmp_path / "explain.html"
    assert _run(capsys, str(STORIES), "--html", str(target))[0] == 0
    page = target.read_text(encoding="utf-8")
    assert "Pruned before extraction (1)" in page and OTHER_STORY in page
    # A row of other stories' cards after the text is on record too, under its title.
    groups = {group["rule"]: group for group in json.loads(_run(capsys, str(GERMAN), "--json")[1])["pruned"]}
    (cards,) = groups["story-cards"]["listed"]
    assert cards["heading"] == "Das könnte Sie auch interessieren"


def test_regions_pruned_before_extraction_are_listed_by_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 10, point 4: the regions pruned before trafilatura reads the page (a consent
    dialog, captions, a side box) are listed by rule in every form of the report: the large
    ones with their label and text, the short ones counted."""
    report = json.loads(_run(capsys, str(GERMAN), "--json")[1])
    groups = {group["rule"]: group for group in report["pruned"]}
    assert {"consent-dialog", "caption", "chrome-box"} <= set(groups)
    (dialog,) = groups["consent-dialog"]["listed"]  # a large region: listed with its label
    assert dialog["heading"] == "div#cmp-banner.cmp" and dialog["chars"] >= LISTED_CHARS
    assert dialog["text"].startswith("Wir benötigen Ihre Zustimmung")
    captions = groups["caption"]  # short ones: counted, with their characters
    assert captions["listed"] == [] and captions["shorter"]["count"] == captions["count"] == 2
    assert captions["shorter"]["chars"] == captions["chars"] > 0
    out = _run(capsys, str(GERMAN))[1]
    # (7: the page's <footer> with its copyright notice, ``site-footer``, is one of them)
    assert f"Pruned before extraction (7: {sum(g['chars'] for g in groups.values()):,} chars)" in out
    assert "div#cmp-banner.cmp  Wir benötigen Ihre Zustimmung" in out
    assert f"      (2 shorter: {captions['chars']:,} chars)" in out.splitlines()
    target = tmp_path / "explain.html"
    assert _run(capsys, str(GERMAN), "--html", str(target))[0] == 0
    page = target.read_text(encoding="utf-8")
    assert "div#cmp-banner.cmp" in page and "(2 shorter)" in page
    # A page with nothing pruned lists nothing (and the text report leaves the section out).
    bare = tmp_path / "bare.html"
    bare.write_text(
        "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"
        + "<p>The harbour ferry runs again after a winter of repairs to its engines.</p>" * 6
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert json.loads(_run(capsys, str(bare), "--json")[1])["pruned"] == []
    assert "Pruned before extraction" not in _run(capsys, str(bare))[1]


def test_lines_the_guard_left_out_as_pruned_are_listed_with_their_rule() -> None:
    """When trafilatura read the plain page, the recall guard leaves out its lines that are part
    of a pruned region, each with that region's rule: every form of the report shows them."""
    line = "Wir und unsere Partner speichern Informationen auf Ihrem Gerät."
    explanation = replace(explain_page(GERMAN.read_bytes()), pruned_lines=[("consent-dialog", line)])
    text = as_text(explanation, "page.html").splitlines()
    at = text.index("Left out by the recall guard as pruned (1)")
    assert text[at + 1].split(None, 1) == ["consent-dialog", line]
    assert as_json(explanation, "page.html")["pruned_lines"] == [{"rule": "consent-dialog", "text": line}]
    page = render(
        explanation.article,
        explanation.blocks,
        explanation.images_left_out,
        "page.html",
        pruned_lines=explanation.pruned_lines,
    )
    assert "Left out by the recall guard as pruned (1)" in page and "Partner speichern" in page
