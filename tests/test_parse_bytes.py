"""parse_page hands the parser UTF-8 bytes (the page's own when they are valid UTF-8): the tree
is the one the decoded text gives, whatever the page declares, and its text is read right."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newscrawl.extract.decode import decode
from newscrawl.extract.page import parse_page


def _page(charset: str, text: str, prefix: str = "") -> str:
    return (
        f'{prefix}<html lang="xx"><head><meta charset="{charset}"><title>T</title></head>'
        f"<body><p>{text}</p><!-- a comment --><p>Zwei</p></body></html>"
    )


def _as_text(data: bytes | str) -> bytes:
    """The tree of the decoded text, as a str parser reads it (the way parse_page read it)."""
    text = decode(data)
    if text.lstrip().startswith("<?xml"):
        text = text[text.index("?>") + 2 :]
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    return etree.tostring(html.document_fromstring(text, parser=parser))


CASES = [
    # (input, text the first paragraph must show)
    (_page("utf-8", "Küche und Straße").encode(), "Küche und Straße"),
    # a page that declares Latin-1 over UTF-8 bytes: the bytes are UTF-8
    (_page("iso-8859-1", "Élection présidentielle").encode(), "Élection présidentielle"),
    (b"\xef\xbb\xbf" + _page("utf-8", "Привет, мир").encode(), "Привет, мир"),
    (_page("windows-1252", "Café “quoted”").encode("cp1252"), "Café “quoted”"),
    (_page("windows-1251", "Городской совет").encode("cp1251"), "Городской совет"),
    (_page("utf-8", "東京の天気", '<?xml version="1.0" encoding="utf-8"?>').encode(), "東京の天気"),
    (_page("utf-8", "Ελληνικά κείμενα").encode().replace("κ".encode(), "κ\x01".encode()), "Ελληνικά κείμενα"),
    (_page("utf-8", "Emoji 😀 und mehr"), "Emoji 😀 und mehr"),
]


@pytest.mark.parametrize(("data", "shown"), CASES)
def test_the_tree_is_the_decoded_texts(data: bytes | str, shown: str) -> None:
    page = parse_page(data)
    assert etree.tostring(page.tree) == _as_text(data)
    first = page.tree.find(".//p")
    assert first is not None
    assert first.text_content() == shown
    assert "Ã" not in first.text_content()  # no UTF-8 read as Latin-1


def test_white_space_alone_is_no_document() -> None:
    for data in (b"  \n\t ", "\u3000\n", b"\xc2\xa0"):
        with pytest.raises(ValueError, match="empty document"):
            parse_page(data)
