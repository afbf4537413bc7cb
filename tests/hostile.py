"""A generator of hostile offline inputs, written into a temporary directory at test time.

``build_corpus(root)`` writes ``root/in/`` (walked by ``newscrawl parse``) plus a few inputs
that must be named explicitly, and returns one ``Case`` per input with what must happen to it:
``article`` (one record, optionally containing ``marker``) or a skip with one of ``reasons``.
``heavy=True`` adds the big ones: a 50 MB page, a 20 MB line, a gzip bomb past a gigabyte.
Nothing binary is committed; every byte comes from here, with a fixed seed.
"""

from __future__ import annotations

import codecs
import gzip
import os
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import page

SEED = 6
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a0d6c5ac0000000049454e44ae426082"
)
WORDS = "The harbour council met on Tuesday to discuss the ferry budget and the new pier "


@dataclass(frozen=True)
class Case:
    name: str
    path: str
    """The input as passed to (or found by) ``newscrawl parse``."""
    reasons: frozenset[str] = field(default_factory=frozenset)
    """Acceptable skip reasons; empty means an article is expected (with a ``marker`` too:
    either)."""
    marker: str | None = None
    """Text the article must contain."""
    explicit: bool = False
    """Named on the command line rather than found in ``in/``."""
    forbidden: tuple[str, ...] = ()
    """Text that must appear in no output line (entity expansion, files read)."""


def article_html(title: str, text: str, *, charset: str = "utf-8", head: str = "") -> str:
    paragraphs = "".join(f"<p>{text} {WORDS} paragraph {n}.</p>" for n in range(4))
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>{head}'
        f"</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def gzip_bomb(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(size // len(block))]
    parts.append(packer.flush())
    return b"".join(parts)


def big_page(size: int) -> bytes:
    paragraph = f"<p>{WORDS * 6}</p>\n".encode()
    head = article_html("Big page", "Big page start").encode()
    return head.replace(b"</article>", paragraph * (size // len(paragraph)) + b"</article>")


def build_corpus(root: Path, *, heavy: bool = False) -> list[Case]:  # noqa: PLR0915 (one list)
    rng = random.Random(SEED)
    inp = root / "in"
    inp.mkdir(parents=True)
    cases: list[Case] = []

    def add(
        name: str,
        data: bytes | str,
        *reasons: str,
        marker: str | None = None,
        forbidden: tuple[str, ...] = (),
    ) -> None:
        path = inp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        cases.append(Case(name, f"in/{name}", frozenset(reasons), marker, forbidden=forbidden))

    def special(name: str, *reasons: str) -> None:
        cases.append(Case(name, f"in/{name}", frozenset(reasons)))

    # empty, binary, compressed
    add("empty.html", b"", "empty")
    add("blank.html", b"  \n\t\n ", "empty")
    add("png.html", PNG, "binary", "not_html")
    add("pdf.html", b"%PDF-1.7\n%" + b"obj stream endobj\n" * 200, "binary", "not_html")
    add("random.html", rng.randbytes(200_000), "binary", "not_html")
    add("zeros.html", bytes(50_000), "binary", "empty", "not_html")
    add("bomb.html.gz", gzip_bomb((2048 if heavy else 64) * 1024 * 1024), "too_large")
    add("broken.html.gz", gzip.compress(page("broken").encode())[:-30], "bad_gzip")
    # size and shape
    add(
        "many-nodes.html",
        "<html><body><article>" + "<span>x</span>" * 400_000 + "</article></body></html>",
        "not_html",
    )
    # cut at the parser's depth limit: the paragraph inside is not read, so nothing is left
    add("deep.html", "<html><body>" + "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000, "no_content")
    line = (20 if heavy else 2) * 1024 * 1024
    add("long-line.html", "<html><body><p>" + ("word " * (line // 5)) + "</p></body></html>")
    add("big.html", big_page((50 if heavy else 4) * 1024 * 1024), "too_large", marker="Big page start")
    # encodings
    add(
        "utf16.html",
        codecs.BOM_UTF16_LE + article_html("UTF-16", "Café crème").encode("utf-16-le"),
        marker="Café crème",
    )
    add(
        "latin1-says-utf8.html",
        article_html("Latin-1", "Gâteau à la crème").encode("latin-1"),
        marker="Gâteau à la crème",
    )
    add(
        "cp1251.html",
        article_html("Cyrillic", "Городской совет утвердил бюджет", charset="windows-1251").encode("cp1251"),
        marker="Городской совет утвердил бюджет",
    )
    add(
        "shift-jis.html",
        article_html("Japanese", "港湾評議会は予算を承認した", charset="shift_jis").encode("shift_jis"),
        marker="港湾評議会は予算を承認した",
    )
    add(
        "bom-beats-meta.html",
        codecs.BOM_UTF8 + article_html("BOM", "Ζωή στο λιμάνι", charset="iso-8859-1").encode(),
        marker="Ζωή στο λιμάνι",
    )
    add(
        "nul-bytes.html",
        article_html("NUL", "Before" + " pad" * 2000 + " after").replace("after", "af\x00ter\x00").encode(),
        marker="after",
    )
    add(
        "controls.html",
        article_html("Controls", "Bell\x07 escape\x1b rub\x7fout"),
        marker="Bell escape rubout",
    )
    surrogates = (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        '"headline":"Lone \\ud800 surrogate \\udfff"}</script>'
    )
    add(
        "surrogates.html",
        article_html("Surrogates", "Text @@ CESU", head=surrogates)
        .encode()
        .replace(b"@@", b"\xed\xa0\x80\xed\xbf\xbf"),
        marker="CESU",
    )
    # entity tricks: nothing is read, nothing expands
    secret = root / "secret.txt"
    secret.write_text("TOPSECRET-VALUE\n")
    add(
        "xxe.html",
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        + article_html("XXE", "Entity &xxe; here"),
        marker="Entity",
        forbidden=("TOPSECRET",),
    )
    laughs = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    add(
        "laughs.html",
        f'<!DOCTYPE html [<!ENTITY l0 "lol">{laughs}]>' + article_html("Laughs", "Laugh &l9; end"),
        marker="Laugh",
        forbidden=("lollollol",),
    )
    # where the article is
    add(
        "script-only.html",
        "<html><head><script>var a = 1;</script></head><body>"
        "<script>document.write('hello')</script></body></html>",
        "no_content",
    )
    add(
        "noscript.html",
        "<html><body><noscript>" + article_html("Noscript", "Only in noscript") + "</noscript></body></html>",
        marker="Only in noscript",
    )
    body = f"Only in JSON-LD. {WORDS * 8}"
    add(
        "jsonld-only.html",
        '<html><head><script type="application/ld+json">{"@type":'
        f'"NewsArticle","headline":"LD only","articleBody":"{body}"}}</script></head>'
        "<body></body></html>",
        marker="Only in JSON-LD",
    )
    # file system oddities
    (inp / "dir.html").mkdir()
    add("dir.html/inside.html", page("inside"), marker="inside story")
    (inp / "loop.html").symlink_to("loop.html")
    special("loop.html", "unreadable")
    (inp / "dangling.html").symlink_to("missing-target.html")
    special("dangling.html", "unreadable")
    (inp / "dev-zero.html").symlink_to("/dev/zero")
    special("dev-zero.html", "not_regular")
    (root / "outside.html").write_text(page("outside"))
    (inp / "outside-link.html").symlink_to(root / "outside.html")
    special("outside-link.html", "outside_input")
    os.mkfifo(inp / "fifo.html")
    special("fifo.html", "not_regular")
    (inp / "linked-dir.html").symlink_to(inp / "dir.html")
    special("linked-dir.html", "not_regular")
    for name in ("new\nline.html", "quo\"te's.html", "--leading-dash.html", "tab\there.html"):
        add(name, page(f"name{len(cases)}"))
    bad = os.fsdecode(b"not-utf8-\xff\xfe.html")
    add(bad, page("badname"))
    # named explicitly: a FIFO, a device, a file whose read fails
    os.mkfifo(root / "fifo-arg.html")
    cases.append(Case("fifo-arg", str(root / "fifo-arg.html"), frozenset({"not_regular"}), explicit=True))
    cases.append(Case("dev-zero-arg", "/dev/zero", frozenset({"not_regular"}), explicit=True))
    cases.append(Case("proc-mem", "/proc/self/mem", frozenset({"unreadable", "empty"}), explicit=True))
    return cases
