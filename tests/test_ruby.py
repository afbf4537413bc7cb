"""Ruby annotations (a reading set over a name or a rare character, in Japanese and Chinese):
with ``<rp>`` fallback marks the text keeps the reading in the page's own parentheses, as a
reader without ruby support sees it; without them the base text stands alone
(``breaks.ruby_as_text``). Through the whole extraction."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article

pytestmark = pytest.mark.unit

URL = "https://example.jp/news/2024/12/03/article-1.html"

# (language, the sentence before the name, base, reading, the rest of the sentence, filler)
CASES = {
    "ja": (
        "韓国の",
        "尹錫悦",
        "ユンソンニョル",
        "大統領は３日夜、緊急談話を出し、非常戒厳を宣言した。",
        "政府は詳しい説明を求めている。",
    ),
    "zh": (
        "今天",
        "鄧小平",
        "Dèng Xiǎopíng",
        "的故居向公眾開放，吸引了許多遊客前來參觀。",
        "當地政府表示將繼續加強保護工作。",
    ),
}


def _page(lang: str, rp: bool) -> str:
    before, base, reading, after, filler = CASES[lang]
    marks = ("<rp>（</rp>", "<rp>）</rp>") if rp else ("", "")
    ruby = f"<ruby><rb>{base}</rb>{marks[0]}<rt>{reading}</rt>{marks[1]}</ruby>"
    story = "".join(f"<p>{filler * 6}</p>" for _ in range(3))
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><article><h1>見出し {lang}</h1>"
        f"<p>{before}{ruby}{after}</p>{story}</article></body></html>"
    )


@pytest.mark.parametrize("lang", list(CASES))
def test_a_reading_with_fallback_marks_stays_in_its_parentheses(lang: str) -> None:
    before, base, reading, after, _ = CASES[lang]
    article = extract_article(_page(lang, rp=True), URL)
    assert f"{before}{base}（{reading}）{after}" in article.text


@pytest.mark.parametrize("lang", list(CASES))
def test_a_reading_without_fallback_marks_leaves_the_base_alone(lang: str) -> None:
    before, base, reading, after, _ = CASES[lang]
    article = extract_article(_page(lang, rp=False), URL)
    assert f"{before}{base}{after}" in article.text
    assert reading not in article.text
