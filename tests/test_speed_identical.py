"""Shortcuts taken for speed answer as the long way did (session 36: records byte-identical).

* ``normalise.without_zero_width``: a search for each zero-width character before the regex's
  deletion; the same text as the regex alone, in any script.
* ``guard.lost_lines``: the body's text is collapsed only when its raw length leaves too much
  unaccounted for; the lost lines are the same as when it is always collapsed.
"""

from __future__ import annotations

import unicodedata

import pytest
from lxml import etree, html

from newscrawl.extract.body import guard
from newscrawl.extract.body.blocks import Block, blocks_from_xml
from newscrawl.extract.nodes import _LINK_TEXTS, _TEXT_CHARS, link_text_chars, text_chars, text_of
from newscrawl.extract.normalise import _ZERO_WIDTH_RE, ZERO_WIDTH, collapse, compare_key, without_zero_width

TEXTS = [
    "Plain ASCII text, nothing to take out.",
    "Le ministre a déclaré « non » à la réforme.",  # Latin-1 letters only
    "Zusammen\u00adarbeit ist gefragt",  # soft hyphen in a Latin-1 text
    "“Quoted” words – with a dash",  # wider than Latin-1, no zero-width character
    "Word\u200bjoined\u200c and \u2060tied\ufeff",  # zero-width space, non-joiner, word joiner, BOM
    "Москва\u200e сегодня\u200f",  # Cyrillic with direction marks
    "東京で会議が開かれた\u200b。",  # Japanese with a zero-width space
    "عاجل\u200f: خبر",  # Arabic with a right-to-left mark
    "\U0001f600 emoji and \u00ad",  # a character beyond the basic plane
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_zero_width_search_deletes_what_the_regex_deletes(text: str) -> None:
    assert without_zero_width(text) == _ZERO_WIDTH_RE.sub("", text)
    for char in map(chr, ZERO_WIDTH):
        assert char not in without_zero_width(f"a{char}b{text}")


@pytest.mark.parametrize("text", TEXTS)
def test_collapse_and_compare_key_drop_zero_width_characters(text: str) -> None:
    expected = " ".join(_ZERO_WIDTH_RE.sub("", unicodedata.normalize("NFC", text)).split())
    assert collapse(text) == expected
    assert compare_key(f"zero{text}width") == compare_key(f"zero{_ZERO_WIDTH_RE.sub('', text)}width")


def _always_collapsed(content: etree._Element | None, kept: list[Block], dropped: list[str]) -> guard.Lost:
    """``lost_lines`` as it was: the body's text collapsed before the test."""
    assert content is not None
    found = len(collapse("".join(content.itertext())))
    accounted = sum(len(block.text) for block in kept) + sum(len(text) for text in dropped)
    if found - accounted < guard.MIN_LOST_CHARS or accounted >= guard.ACCOUNTED_SHARE * found:
        return guard.Lost()
    return guard.lost_lines(content, kept, dropped)


PARAGRAPHS = {
    "en": "The council met on Tuesday to vote on the budget for the coming year.",
    "de": "Der Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr abgestimmt.",
    "fr": "Le conseil s’est réuni mardi pour voter le budget de l’année à venir.",
    "ru": "Городской совет во вторник проголосовал за бюджет на следующий год.",
    # U+0958 has no NFC composition: NFC writes it as two characters (a text longer than its raw)
    "hi": "\u0958\u0915\u093c परिषद ने मंगलवार को अगले साल के बजट पर मतदान किया।",
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
@pytest.mark.parametrize("spaces", ["", "\n      ", "\u200b\u00ad "])
@pytest.mark.parametrize("kept_share", [0, 3, 6, 8, 10])
def test_lost_lines_as_when_the_body_was_always_collapsed(
    language: str, spaces: str, kept_share: int
) -> None:
    line = PARAGRAPHS[language]
    xml = "<body>" + "".join(f"<p>{spaces}{n}. {line}{spaces}</p>" for n in range(10)) + "</body>"
    blocks = blocks_from_xml(etree.fromstring(xml))
    kept = blocks[:kept_share]
    content = etree.fromstring(xml)
    assert guard.lost_lines(content, kept, []) == _always_collapsed(content, kept, [])


HTML_NODES = """<html><body>
<p>Plain paragraph, one text node.</p><p></p><a href="/x">Lien vers l’article</a>
<p>Vor<!-- a comment -->her und nachher</p><p>Текст <b>жирный</b> и хвост</p>
<div><?pi some instruction?>東京</div><span>   </span><em>tail follows</em> the tail
</body></html>"""


def test_text_of_a_childless_node_is_its_serialised_text() -> None:
    tree = html.document_fromstring(HTML_NODES)
    nodes = [*tree.iter(), *tree.iter(etree.Comment, etree.ProcessingInstruction)]
    xml = etree.fromstring("<body><p><![CDATA[a < b]]> and more</p><q>&#233;t&#233;</q><r/></body>")
    for node in [*nodes, *xml.iter()]:
        assert text_of(node) == etree.tostring(node, method="text", encoding=str, with_tail=False)
        assert type(text_of(node)) is str  # no smart string holding its element


BLANKS_HTML = """<html><body>
<p>  Leading and\ttrailing \r\n blanks  </p><p>\u00a0No-break\u2003spaces stay\u00a0</p><p> \n\t </p>
<a href="/a">Ссылка   на   статью</a><div><a href="/b"> one </a> and <a href="/c">two</a></div><p></p>
<span>\u3000全角\u3000スペース</span><p>x\x0by\x0cz</p>
</body></html>"""


def test_text_and_link_chars_of_a_childless_node_are_what_the_xpath_counts() -> None:
    tree = html.document_fromstring(BLANKS_HTML)
    xml = etree.fromstring("<body><p>\n  <![CDATA[ a  b ]]>  </p><q/></body>")
    for node in [*tree.iter(), *xml.iter()]:
        assert text_chars(node) == int(_TEXT_CHARS(node))
        assert link_text_chars(node) == len(" ".join(" ".join(_LINK_TEXTS(node)).split()))
