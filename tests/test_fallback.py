"""trafilatura's fallback paragraph read again by line (``body/fallback.py``)."""

from __future__ import annotations

from lxml import etree, html

from newscrawl.extract.body.fallback import fallback_blob, split_blob

STORY = "The first snowdrops are out under the hedge, two weeks early, and the blackbirds are busy already."


def _body(*paragraphs: str) -> etree._Element:
    body = etree.Element("body")
    for text in paragraphs:
        etree.SubElement(body, "p").text = text
    return body


def test_only_one_long_plain_paragraph_is_a_fallback_blob() -> None:
    assert fallback_blob(_body(STORY + " " + STORY)) is not None
    assert fallback_blob(_body(STORY, STORY)) is None  # trafilatura found paragraphs
    assert fallback_blob(_body("Short.")) is None
    assert fallback_blob(None) is None


def test_the_blob_is_split_at_the_article_lines_with_link_shares() -> None:
    tree = html.fromstring(
        "<html><body><article><div><a href='/'>Home</a> <a href='/d'>Diary</a></div>"
        f"<h2>Snowdrops</h2><p>{STORY}</p><p>Time to order <b>seed</b> potatoes.</p>"
        "<div>By</div><div><a href='/s'>Facebook</a> <a href='/m'>Email</a></div>"
        "<script>var x = 1;</script><footer>Imprint and privacy</footer></article></body></html>"
    )
    blob = f"Home Diary Snowdrops {STORY} Time to order seed potatoes. By Facebook Email"
    blocks = split_blob(blob, tree)
    assert blocks is not None
    assert [block.text for block in blocks] == [
        "Home Diary",
        "Snowdrops",
        STORY,
        "Time to order seed potatoes.",
        "Facebook Email",  # "By" alone has no word of three letters: a cut label
    ]
    assert blocks[0].link_ratio >= 0.9 and blocks[2].link_ratio == 0.0
    assert blocks[1].heading and not blocks[2].heading


def test_no_split_when_no_article_holds_the_blob() -> None:
    tree = html.fromstring(
        f"<html><body><article><p>Another text entirely, {STORY[::-1]}</p></article></body></html>"
    )
    assert split_blob(STORY + " " + STORY, tree) is None
    # an article with much more text than the blob is not where it came from
    long = html.fromstring(
        f"<html><body><article><p>{STORY}</p>" + f"<p>{STORY[::-1]}</p>" * 5 + "</article></body></html>"
    )
    assert split_blob(STORY + " Time to go.", long) is None
