"""Sub-headings whose text is a link to their own anchor (``<h2><a href="#part-2">…</a></h2>``),
as table-of-contents plugins, static-site generators and many blogs write them: sub-headings,
not other stories' titles (``cleaning._anchors_itself``), whether trafilatura kept the heading
(its ``ref``) or newscrawl put it back (the page's own ``a``). Must-contain / must-not-contain
cases in several languages, through the whole extraction."""

from __future__ import annotations

import pytest

from newscrawl.extract import extract_article
from tests.bridge import PROSE, TITLES

pytestmark = pytest.mark.unit

URL = "https://example.org/news/2024/05/bridge-123.html"

STORIES = {lang: (PROSE[lang], TITLES[lang]) for lang in ("en", "de", "fr")}


def _article(lang: str, link: str):  # type: ignore[no-untyped-def]
    prose, titles = STORIES[lang]
    parts = [f"<p>{prose[0]}</p>", f"<p>{prose[1]}</p>"]
    for number, (title, paragraph) in enumerate(zip(titles, prose[2:4], strict=True)):
        href = link.format(n=number)
        parts += [f"<h2 id='part-{number}'><a href='{href}'>{title}</a></h2>", f"<p>{paragraph}</p>"]
    parts.append(f"<p>{prose[4]}</p>")
    page = (
        f"<html lang='{lang}'><head><title>Bridge</title></head><body><div class='q1'>"
        f"<h1>The bridge, {lang}</h1><div class='q2'>{''.join(parts)}</div></div></body></html>"
    )
    return extract_article(page, URL)


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("link", ["#part-{n}", URL + "#part-{n}"])
def test_a_sub_heading_linked_to_its_own_anchor_is_a_sub_heading(lang: str, link: str) -> None:
    prose, titles = STORIES[lang]
    article = _article(lang, link)
    assert [section.heading for section in article.sections] == [None, *titles]
    assert [p for section in article.sections for p in section.paragraphs] == prose
