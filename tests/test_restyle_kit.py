"""benchmarks/restyle.py: the sub-headings among paragraphs written in other styles."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Appended, not put first: a script of benchmarks/ must never shadow an installed package.
sys.path.append(str(Path(__file__).resolve().parent.parent / "benchmarks"))
import restyle
import scramble

pytestmark = pytest.mark.unit

PAGE = (
    b"<html><head><title>T</title></head><body><article><h1>Title</h1>"
    b"<p>First paragraph of the story.</p><h2 class=sub>Why it matters</h2><p>Second paragraph.</p>"
    b'<aside><a href="/x"><h3>Another story</h3></a></aside>'
    b"<script>var s = '<h2>in a script</h2>';</script></article></body></html>"
)


def test_restyle_bold_and_large_write_divs_of_a_class_whose_rule_comes_first() -> None:
    bold = restyle.restyle(PAGE, "bold")
    name = restyle._CLASS
    assert b'<div class="' + name + b'">Why it matters</div>' in bold
    assert b"<head><style>." + name + b"{font-weight:700;" in bold
    assert b"font-size" not in bold  # bold only
    large = restyle.restyle(PAGE, "large")
    assert b"<style>." + name + b"{font-size:1.3em;" in large and b"font-weight" not in large
    # The same selection as scramble's: the heading in a link and the script's text stay.
    for out in (bold, large):
        assert b"<h3>Another story</h3>" in out and b"'<h2>in a script</h2>'" in out
        assert b"<h1>Title</h1>" in out
    assert scramble.scramble(PAGE, divs=True).count(b"Why it matters</div>") == 1


def test_restyle_inline_writes_a_bold_larger_span_in_a_paragraph_and_no_rule() -> None:
    out = restyle.restyle(PAGE, "inline")
    assert b'<p><span style="font-weight:bold;font-size:18px">Why it matters</span></p>' in out
    assert b"<style>" not in out


def test_restyle_late_puts_the_rule_after_a_large_framework_stylesheet() -> None:
    out = restyle.restyle(PAGE, "late")
    rule = b"." + restyle._CLASS + b"{font-weight:700;font-size:1.3em"
    assert b'<p class="' + restyle._CLASS + b'">Why it matters</p>' in out
    assert out.index(rule) > restyle.FRAMEWORK_CHARS  # past what class_styles reads
    assert b"font-size" in restyle.framework_css(1000) and len(restyle.framework_css(1000)) >= 1000


def test_restyle_external_leaves_nothing_that_styles_the_heading() -> None:
    out = restyle.restyle(PAGE, "external")
    assert b'<p class="' + restyle._CLASS + b'">Why it matters</p>' in out
    assert b'<link rel="stylesheet"' in out and b"<style>" not in out


def test_restyle_leaves_a_page_without_such_headings_as_it_was() -> None:
    page = b"<html><head></head><body><h2>Alone</h2><div>No paragraph here.</div></body></html>"
    for style in restyle.STYLES:
        assert restyle.restyle(page, style) == page
    assert restyle.restyle(b"", "bold") == b""
    with pytest.raises(ValueError):
        restyle.restyle(PAGE, "nope")
