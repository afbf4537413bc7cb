"""Every real HTML page is read, whatever its shape: XHTML with an XML declaration (its encoding
honoured), stray NUL bytes (removed, and said in provenance), nesting too deep past the article
(cut, not refused), no declared encoding (guessed: a windows-1251 page reads as Cyrillic).
Binary and non-HTML inputs are still refused, each with its reason. All inputs are written here."""

from __future__ import annotations

import codecs

import pytest

from newscrawl.intake import PageSkipped, article_from_body

GREEK = "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό για το νέο πλοίο μετά από μακρά συζήτηση."
RUSSIAN = "Городской совет утвердил бюджет нового парома на следующий год после долгих споров в зале."
FRENCH = "Le conseil municipal a adopté le budget du nouveau ferry après un long débat à l'hôtel de ville."
JAPANESE = "市議会は長い議論の末、新しいフェリーの予算を承認した。島の住民は長年これを求めてきた。"
GERMAN = "Der Gemeinderat hat über die Straßenbeleuchtung und die Zuschüsse für Vereine abgestimmt."
ENGLISH = "The council approved the budget for the new ferry after a long debate in the town hall."


def _page(title: str, text: str, *, head: str = "", tail: str = "") -> str:
    paragraphs = "".join(f"<p>{text} ({n})</p>" for n in range(1, 5))
    return (
        f"<html><head>{head}<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article>{tail}</body></html>"
    )


XHTML = (
    '<?xml version="1.0" encoding="{enc}"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" '
    'xml:lang="{lang}">'
)


def _xhtml(enc: str, lang: str, title: str, text: str) -> bytes:
    return (XHTML.format(enc=enc, lang=lang) + _page(title, text)[len("<html>") :]).encode(enc)


READ = {
    # class: (input bytes, a snippet the record's text must hold, what provenance "input" says)
    "xhtml iso-8859-7": (_xhtml("iso-8859-7", "el", "Νέα", GREEK), GREEK, None),
    "xhtml utf-8": (_xhtml("utf-8", "el", "Νέα", GREEK), GREEK, None),
    "xhtml windows-1251": (_xhtml("windows-1251", "ru", "Новости", RUSSIAN), RUSSIAN, None),
    "stray NUL bytes": (
        _page("NUL story", ENGLISH).replace("</h1>", "</h1>\x00").replace("(2)", "(2)\x00").encode(),
        ENGLISH,
        "nul-bytes-removed",
    ),
    "deep nesting after the article": (
        _page("Deep story", ENGLISH, tail="<div>" * 100_000 + "x" + "</div>" * 100_000).encode(),
        ENGLISH,
        "cut-at-depth",
    ),
    "windows-1251, no charset anywhere": (_page("Новости города", RUSSIAN).encode("cp1251"), RUSSIAN, None),
    "koi8-r, no charset anywhere": (_page("Новости города", RUSSIAN).encode("koi8-r"), RUSSIAN, None),
    "windows-1252, no charset anywhere": (_page("Café à Zürich", FRENCH).encode("cp1252"), FRENCH, None),
    "shift_jis, no charset anywhere": (
        _page("市議会のニュース", JAPANESE).encode("shift_jis"),
        JAPANESE,
        None,
    ),
    "utf-16 with BOM": (codecs.BOM_UTF16_LE + _page("UTF-16", ENGLISH).encode("utf-16-le"), ENGLISH, None),
    "utf-8 declared, one stray Latin-1 byte": (
        _page("Küche", GERMAN, head='<meta charset="utf-8">', tail='<img alt="KITCHEN">')
        .encode()
        .replace(b"KITCHEN", b"K\xfcchenblogs"),
        GERMAN,
        None,
    ),
    "latin-1 text under a utf-8 declaration": (
        _page("Café", FRENCH, head='<meta charset="utf-8">').encode("cp1252"),
        FRENCH,
        None,
    ),
    "declared charset wins over a guess": (
        _page("Новости", RUSSIAN, head='<meta charset="windows-1251">').encode("cp1251"),
        RUSSIAN,
        None,
    ),
}

REFUSED = {
    # class: (input bytes, the skip reasons it may end with)
    "PNG image": (b"\x89PNG\r\n\x1a\n" + bytes(200), {"binary"}),
    "PDF document": (b"%PDF-1.7\n" + b"1 0 obj << >> endobj\n" * 50, {"binary", "not_html"}),
    "zeros": (bytes(5000), {"binary"}),
    "utf-16 without BOM (half NUL bytes)": (_page("UTF-16", ENGLISH).encode("utf-16-le"), {"binary"}),
    "random bytes": (bytes(range(256)) * 40, {"binary", "not_html"}),
    "empty": (b"   \n", {"empty"}),
    "script only": (b"<html><body><script>var a = 1;</script></body></html>", {"no_content"}),
}


@pytest.mark.parametrize("name", READ)
def test_every_real_html_page_is_read(name: str) -> None:
    data, snippet, note = READ[name]
    article = article_from_body(data, "file:///in/page.html", max_bytes=10_000_000, provenance=True)
    assert snippet in article.text
    assert (article.provenance or {}).get("input") == note


@pytest.mark.parametrize("name", REFUSED)
def test_binary_and_non_html_inputs_are_refused_with_their_reason(name: str) -> None:
    data, reasons = REFUSED[name]
    with pytest.raises(PageSkipped) as skipped:
        article_from_body(data, "file:///in/page.html", max_bytes=10_000_000)
    assert skipped.value.reason in reasons
