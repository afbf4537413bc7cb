"""A second reading when the cleaning empties trafilatura's main content (``body/reread.py``):
the region that held only boilerplate goes, the page is read again, the article comes back; a
region that holds the headline or much more than the dropped text is never taken out."""

from __future__ import annotations

import copy
import importlib

import pytest
from lxml import html

from newscrawl.extract import extract_article, trace_article
from newscrawl.extract.body import sources
from newscrawl.extract.body.blocks import Block
from newscrawl.extract.body.cleaning import Cleaned
from newscrawl.extract.body.reread import RULE, _region, emptied, read_again
from newscrawl.extract.body.sources import BodySource
from newscrawl.extract.nodes import text_of
from newscrawl.extract.page import Page, parse_page

pytestmark = pytest.mark.unit

URL = "https://blog.example.de/2015/08/nummer-zwei/"
WARNING = (
    "<br>\n<b>Warning</b>:  Use of undefined constant comments - assumed 'comments' (this will "
    "throw an Error in a future version of PHP) in <b>/var/www/html/wp-content/plugins/recent/"
    "recent.php</b> on line <b>{n}</b><br>\n"
)
POST = (
    "<p>Es ist schon einige Zeit her, als der erste Welpe auf die Welt kam. Vor ein paar Tagen "
    "hat es auch der zweite geschafft, und die ganze Familie war dabei.</p>"
    "<p>So sah es aus, als die beiden sich das erste Mal sahen, sich beschnupperten und danach "
    "lange nebeneinander im Garten schliefen.</p>"
    "<p>Mehr Bilder von den beiden gibt es in den nächsten Tagen hier im Blog.</p>"
)
SIDEBAR = "<div id='sidebar'><h3>Neueste Kommentare</h3><ul>" + "".join(
    WARNING.format(n=928 + i) for i in range(4)
)
PAGE = (
    "<html lang='de'><head><title>Nummer zwei</title></head><body><div id='wrapper'>"
    f"<div id='content'><h1>Nummer zwei</h1><div class='postentry'>{POST}</div></div>"
    f"{SIDEBAR}</ul></div></div></body></html>"
)


def _cleaned(kept: list[str], dropped: list[str]) -> Cleaned:
    return Cleaned(kept=[Block(text=t) for t in kept], dropped=[("editorial-note", t) for t in dropped])


def _warnings(page: Page) -> list[str]:
    ul = page.tree.find(".//ul")
    assert ul is not None
    return [line for line in (" ".join(line.split()) for line in text_of(ul).split("\n")) if line]


def test_the_region_is_the_smallest_element_holding_every_dropped_piece() -> None:
    page = parse_page(PAGE, URL)
    region = _region(page.tree, _warnings(page))
    assert region is not None and region.tag == "ul"


def test_no_region_that_holds_the_headline_or_much_more_than_the_dropped_text() -> None:
    # The dropped lines are the <h1> and a line beside it: their common element is the story's.
    with_h1 = html.document_fromstring(
        "<html><body><div><h1>Le port rouvre après l'hiver</h1>"
        "<p>Partager sur Facebook et suivez-nous sur Twitter</p></div><p>Autre chose</p></body></html>"
    )
    share = "Partager sur Facebook et suivez-nous sur Twitter"
    assert _region(with_h1, ["Le port rouvre après l'hiver", share]) is None
    found = _region(with_h1, [share])  # the line alone: its own paragraph
    assert found is not None and found.tag == "p"
    # A dropped line written straight into a long story's element: the story is no region.
    story = "<p>" + "Ein langer Absatz der Geschichte über den Hafen und die Fähre. " * 20 + "</p>"
    long_one = html.document_fromstring(
        f"<html><body><div class='x'>{story}Jetzt teilen auf Facebook und WhatsApp{story}</div>"
        "<div><p>Impressum</p></div></body></html>"
    )
    assert _region(long_one, ["Jetzt teilen auf Facebook und WhatsApp"]) is None
    # Pieces in two far places: their common element is the body.
    spread = html.document_fromstring(
        "<html><body><div><p>Compartir en Facebook y Twitter</p></div><p>texto del artículo</p>"
        "<footer><p>Síguenos en Instagram y YouTube</p></footer></body></html>"
    )
    assert _region(spread, ["Compartir en Facebook y Twitter", "Síguenos en Instagram y YouTube"]) is None


def test_read_again_only_when_emptied_and_only_when_it_keeps_clearly_more() -> None:
    page = parse_page(PAGE, URL)
    warnings = _warnings(page)
    assert not emptied(_cleaned(["x" * 400], warnings))  # something kept: no second reading
    assert not emptied(_cleaned([], ["Teilen"]))  # too little dropped to say anything
    first = _cleaned([], warnings)
    assert emptied(first)
    seen: list[Page] = []

    def body(copy_of_page: Page) -> BodySource:
        seen.append(copy_of_page)
        return BodySource(blocks=[Block(text=" ".join(p.split())) for p in POST.split("</p>") if p])

    def clean(blocks: list[Block], copy_of_page: Page) -> Cleaned:
        return Cleaned(kept=[b for b in blocks if b.text])

    second = read_again(page, first, body, clean)
    assert second is not None and len(seen) == 1
    assert seen[0].tree is not page.tree and seen[0].tree.find(".//ul") is None  # the copy lost it
    assert page.tree.find(".//ul") is not None  # the page itself is untouched
    assert [record.rule for record in second.source.pruned] == [RULE]
    assert "Use of undefined constant" in second.source.pruned[0].text
    assert any("Welpe" in block.text for block in second.cleaned.kept)
    # A second reading that keeps hardly more than the first is not taken.
    assert read_again(page, first, body, lambda blocks, p: _cleaned(["Hallo"], [])) is None


def test_extract_article_reads_again_when_trafilatura_chose_the_boilerplate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """trafilatura's choice of the sidebar (as it made on a real blog page) is simulated: the
    reading of a page that still has the sidebar returns the sidebar."""
    real = sources.main_content

    def chooses_the_sidebar(page: Page, *args: object, **kwargs: object) -> object:
        if page.tree.find(".//ul") is not None:
            tree = copy.deepcopy(page.tree)
            sidebar = tree.get_element_by_id("sidebar")
            return real(parse_page(html.tostring(sidebar), page.url), *args, **kwargs)
        return real(page, *args, **kwargs)

    monkeypatch.setattr(sources, "main_content", chooses_the_sidebar)
    record = extract_article(PAGE, URL)
    assert "der erste Welpe auf die Welt kam" in (record.text or "")
    assert "Use of undefined constant" not in (record.text or "")
    _, body = trace_article(PAGE, URL)
    assert RULE in [record.rule for record in body.pruned]


def test_an_ordinary_page_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = sources.body_blocks

    def counted(*args: object, **kwargs: object) -> object:
        calls.append("read")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.import_module("newscrawl.extract.article"), "body_blocks", counted)
    record = extract_article(PAGE, URL)
    assert "Welpe" in (record.text or "") and calls == ["read"]
