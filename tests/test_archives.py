"""WARC out (``WarcFiles``) and WARC in (``read_warc``), without Scrapy: both checkers
(``warcio check``, ``fastwarc check``) on what we write, and every kind of record we read."""

from __future__ import annotations

import gzip
import subprocess
import sys
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.archives import ArchivesUnavailable, is_warc, require
from newscrawl.archives.read import WarcPage, WarcSkip, read_warc
from newscrawl.archives.rules import SiteRules
from newscrawl.archives.write import Exchange, WarcFiles, stored_headers

pytestmark = pytest.mark.unit

WHEN = datetime(2026, 11, 3, 9, 30, 15, tzinfo=UTC)
PAGE = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>Story text.</p></body></html>"


def exchange(url: str, body: bytes = PAGE, **fields: object) -> Exchange:
    values: dict[str, object] = {
        "url": url,
        "method": "GET",
        "request_headers": [("User-Agent", "newscrawl-test"), ("Accept-Encoding", "gzip, br")],
        "request_body": b"",
        "status": 200,
        "reason": "OK",
        "response_headers": [("Content-Type", "text/html; charset=utf-8")],
        "body": body,
        "date": WHEN,
        "ip_address": "127.0.0.1",
    }
    values.update(fields)
    return Exchange(**values)  # type: ignore[arg-type]


def checkers(path: Path) -> list[subprocess.CompletedProcess[str]]:
    """``warcio check`` and ``fastwarc check -p`` (block and payload digests) on ``path``."""
    return [
        subprocess.run(
            [sys.executable, "-m", module, "check", *extra, str(path)],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        for module, extra in (("warcio.cli", ["-v"]), ("fastwarc.cli", ["-p"]))
    ]


def test_written_files_pass_both_checkers_and_rotate(tmp_path: Path) -> None:
    files = WarcFiles(tmp_path, "run", max_bytes=2000, info={"isPartOf": "test"})
    for n in range(6):
        files.write(exchange(f"https://news.example/story-{n}?page=1", PAGE * 5, purpose="article"))
    published = files.close()
    assert [p.name for p in published] == [f"run-{n:05d}.warc.gz" for n in range(len(published))]
    assert len(published) > 1, "2000 bytes hold fewer than six exchanges: the files rotate"
    assert sorted(tmp_path.iterdir()) == published, "no temporary file is left behind"
    for path in published:
        warcio, fastwarc = checkers(path)
        assert warcio.returncode == 0, warcio.stdout + warcio.stderr
        assert warcio.stdout.count("digest pass") >= 3  # warcinfo + a response and its request
        assert "digest fail" not in warcio.stdout
        assert fastwarc.returncode == 0, fastwarc.stdout + fastwarc.stderr
        assert "verified successfully" in fastwarc.stdout


def test_checkers_catch_a_damaged_record(tmp_path: Path) -> None:
    """The checks above can fail: one changed payload byte breaks both digests."""
    files = WarcFiles(tmp_path, "run")
    files.write(exchange("https://news.example/a"))
    (path,) = files.close()
    raw = gzip.decompress(path.read_bytes()).replace(b"Story text.", b"Story text!")
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(raw)
    warcio, fastwarc = checkers(damaged)
    assert "digest fail" in warcio.stdout
    assert fastwarc.returncode != 0


def test_records_follow_cc_news_conventions(tmp_path: Path) -> None:
    files = WarcFiles(tmp_path, "run")
    files.write(
        exchange(
            "https://news.example/a?x=1",
            response_headers=[
                ("Content-Type", "text/html"),
                ("Content-Encoding", "gzip"),
                ("Transfer-Encoding", "chunked"),
                ("Content-Length", "12"),
            ],
            truncated="disconnect",
            purpose="article",
        )
    )
    (path,) = files.close()
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    assert text.startswith("WARC/1.0\r\n")
    for line in (
        "WARC-Type: warcinfo",
        "WARC-Filename: run-00000.warc.gz",
        "WARC-Type: response",
        "WARC-Type: request",
        "WARC-IP-Address: 127.0.0.1",
        "WARC-Date: 2026-11-03T09:30:15Z",
        "WARC-Truncated: disconnect",
        "Newscrawl-Purpose: article",
        "X-Crawler-Content-Encoding: gzip",
        "X-Crawler-Transfer-Encoding: chunked",
        f"Content-Length: {len(PAGE)}",
        "GET /a?x=1 HTTP/1.1",
        "Host: news.example",
        "WARC-Concurrent-To: ",
    ):
        assert line in text, line
    assert "\r\nContent-Encoding:" not in text
    assert "Content-Length: 12" not in text


def test_stored_headers_mask_encodings_and_fix_the_length() -> None:
    headers = [("content-encoding", "br"), ("Content-Length", "5"), ("ETag", "x")]
    assert stored_headers(headers, 99) == [
        ("X-Crawler-content-encoding", "br"),
        ("ETag", "x"),
        ("Content-Length", "99"),
    ]


def test_a_failed_run_publishes_nothing(tmp_path: Path) -> None:
    files = WarcFiles(tmp_path, "run")
    files.write(exchange("https://news.example/a"))
    files.discard()
    assert list(tmp_path.iterdir()) == []


# -- reading ----------------------------------------------------------------------------------


def foreign_warc(path: Path) -> Path:
    """A WARC as other crawlers write it: payloads still gzip- or chunk-encoded, errors,
    redirects, feeds, a DNS record, a metadata record, and a page without a content type."""

    def response(
        writer: WARCWriter, url: str, status: str, headers: list[tuple[str, str]], body: bytes
    ) -> None:
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2026-11-03T09:30:15Z"},
        )
        writer.write_record(record)

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        html = [("Content-Type", "text/html; charset=utf-8")]
        response(writer, "https://a.example/plain", "200 OK", html, PAGE)
        zipped = gzip.compress(PAGE)
        response(writer, "https://a.example/gzip", "200 OK", [*html, ("Content-Encoding", "gzip")], zipped)
        chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE)
        response(
            writer, "https://a.example/chunked", "200 OK", [*html, ("Transfer-Encoding", "chunked")], chunked
        )
        response(writer, "https://a.example/sniffed", "200 OK", [], b"  \n" + PAGE)
        response(writer, "https://a.example/moved", "301 Moved", [("Location", "/plain")], b"")
        response(writer, "https://a.example/gone", "404 Not Found", html, PAGE)
        response(
            writer, "https://a.example/rss", "200 OK", [("Content-Type", "application/rss+xml")], b"<rss/>"
        )
        response(writer, "https://a.example/blob", "200 OK", [], b"\x89PNG\r\n")
        response(writer, "hard::a.example.page.html", "200 OK", html, PAGE)
        dns = b"a.example. 60 IN A 1.2.3.4"
        writer.write_record(
            writer.create_warc_record(
                "dns:a.example",
                "response",
                payload=BytesIO(dns),
                length=len(dns),
                warc_content_type="text/dns",
            )
        )
        request = writer.create_warc_record(
            "https://a.example/plain",
            "request",
            payload=BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                "GET /plain HTTP/1.1", [("Host", "a.example")], is_http_request=True
            ),
        )
        writer.write_record(request)
        writer.write_record(
            writer.create_warc_record(
                "https://a.example/x", "metadata", payload=BytesIO(b"k: v\r\n"), length=6
            )
        )
    return path


def test_read_warc_pages_and_skips(tmp_path: Path) -> None:
    items = list(read_warc(foreign_warc(tmp_path / "foreign.warc.gz"), max_bytes=10_000))
    pages = [i for i in items if isinstance(i, WarcPage)]
    skips = [(i.reason, i.url) for i in items if isinstance(i, WarcSkip)]
    assert [p.url for p in pages] == [
        "https://a.example/plain",
        "https://a.example/gzip",
        "https://a.example/chunked",
        "https://a.example/sniffed",
    ]
    for page in pages:
        assert page.body.strip() == PAGE, page.url  # decoded
        assert page.fetched_at == "2026-11-03T09:30:15+00:00"
    assert skips == [
        ("http_status", "https://a.example/moved"),
        ("http_status", "https://a.example/gone"),
        ("not_html", "https://a.example/rss"),
        ("not_html", "https://a.example/blob"),
        ("not_http", "hard::a.example.page.html"),
        ("not_http", "dns:a.example"),
        ("request", "https://a.example/plain"),
        ("metadata", "https://a.example/x"),
    ]


def test_read_warc_skips_what_newscrawl_fetched_for_discovery_and_cut_bodies(tmp_path: Path) -> None:
    files = WarcFiles(tmp_path, "run")
    files.write(exchange("https://news.example/", purpose="discovery"))
    files.write(exchange("https://news.example/a", purpose="article"))
    files.write(exchange("https://news.example/b", purpose="article", truncated="length"))
    files.write(exchange("https://news.example/big", PAGE * 100, purpose="article"))
    (path,) = files.close()
    items = list(read_warc(path, max_bytes=len(PAGE) * 10))
    assert [(type(i).__name__, i.url, getattr(i, "reason", None)) for i in items] == [
        ("WarcSkip", None, "warcinfo"),
        ("WarcSkip", "https://news.example/", "discovery"),
        ("WarcSkip", "https://news.example/", "request"),
        ("WarcPage", "https://news.example/a", None),
        ("WarcSkip", "https://news.example/a", "request"),
        ("WarcSkip", "https://news.example/b", "truncated"),
        ("WarcSkip", "https://news.example/b", "request"),
        ("WarcSkip", "https://news.example/big", "too_large"),
        ("WarcSkip", "https://news.example/big", "request"),
    ]
    assert items[3].fetched_at == "2026-11-03T09:30:15+00:00"  # type: ignore[union-attr]


@pytest.mark.parametrize("damage", ["garbage", "cut"])
def test_a_damaged_file_keeps_what_was_read_and_says_why(tmp_path: Path, damage: str) -> None:
    files = WarcFiles(tmp_path, "run")
    for n in range(3):
        body = PAGE + b"".join(b"<p>%d</p>" % (n * k) for k in range(2000))  # compresses poorly
        files.write(exchange(f"https://news.example/{n}", body, purpose="article"))
    (path,) = files.close()
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is not a WARC file at all\n" * 20)
    else:  # a download cut in the middle of the third page
        third = [i.offset for i in read_warc(path, max_bytes=10**6) if isinstance(i, WarcPage)][2]
        path.write_bytes(data[: third + 1000])
    items = list(read_warc(path, max_bytes=10**6))
    bad = [i for i in items if isinstance(i, WarcSkip) and i.reason == "bad_warc"]
    assert len(bad) == 1
    pages = [i for i in items if isinstance(i, WarcPage)]
    assert [p.url for p in pages] == (
        [] if damage == "garbage" else [f"https://news.example/{n}" for n in (0, 1)]
    )


@pytest.mark.parametrize("into", [1, 10, 40, 120, 400])
def test_a_file_cut_inside_its_last_record_says_so(tmp_path: Path, into: int) -> None:
    """FastWARC ends a record-gzipped file cut inside a record's header without a word; the
    reader checks the end of the file and reports the lost record instead of dropping it."""
    files = WarcFiles(tmp_path, "run")
    for n in range(2):
        files.write(exchange(f"https://news.example/{n}", PAGE, purpose="article"))
    (path,) = files.close()
    whole = list(read_warc(path, max_bytes=10**6))
    path.write_bytes(path.read_bytes()[: whole[-1].offset + into])
    items = list(read_warc(path, max_bytes=10**6))
    assert items[:-1] == whole[:-1]
    assert isinstance(items[-1], WarcSkip)
    assert items[-1].reason == "bad_warc"
    assert "truncated" in items[-1].detail or "cut short" in items[-1].detail


@pytest.mark.parametrize("into", [10, 40, 120, 400])
def test_a_plain_warc_cut_inside_its_last_record_says_so(tmp_path: Path, into: int) -> None:
    """A plain ``.warc`` cut inside its last record's header reads, in FastWARC, as a record of
    no known type (or of its own type when the cut falls in its block): the reader checks the
    record's declared length against the file and reports the lost record."""
    files = WarcFiles(tmp_path, "run")
    for n in range(2):
        files.write(exchange(f"https://news.example/{n}", PAGE, purpose="article"))
    (packed,) = files.close()
    path = tmp_path / "run.warc"
    path.write_bytes(gzip.decompress(packed.read_bytes()))
    whole = list(read_warc(path, max_bytes=10**6))
    assert [i.reason for i in whole if isinstance(i, WarcSkip)] == ["warcinfo", "request", "request"]
    path.write_bytes(path.read_bytes()[: whole[-1].offset + into])
    items = list(read_warc(path, max_bytes=10**6))
    assert items[:-1] == whole[:-1]
    assert isinstance(items[-1], WarcSkip)
    assert items[-1].reason == "bad_warc"
    assert "truncated" in items[-1].detail


def test_a_whole_plain_warc_is_not_called_cut(tmp_path: Path) -> None:
    files = WarcFiles(tmp_path, "run")
    files.write(exchange("https://news.example/0", PAGE, purpose="article"))
    (packed,) = files.close()
    path = tmp_path / "run.warc"
    data = gzip.decompress(packed.read_bytes())
    for variant in (data, data.removesuffix(b"\r\n\r\n"), data + b"\r\n"):  # closing breaks carry nothing
        path.write_bytes(variant)
        items = list(read_warc(path, max_bytes=10**6))
        assert not [i for i in items if isinstance(i, WarcSkip) and i.reason == "bad_warc"], variant[-8:]
        assert [i.url for i in items if isinstance(i, WarcPage)] == ["https://news.example/0"]


def test_site_rules_by_host(tmp_path: Path) -> None:
    sites = tmp_path / "sites.toml"
    sites.write_text(
        '[sites.a]\nallowed_domains = ["a.example"]\nstart_urls = ["https://a.example/"]\n'
        "noise_patterns = ['^Subscribe now$']\n",
        encoding="utf-8",
    )
    rules = SiteRules.load(sites)
    assert rules.for_url("https://www.a.example/x").noise_patterns == ("^Subscribe now$",)
    assert rules.for_url("https://b.example/x").noise_patterns == ()
    assert SiteRules.load(None).for_url("https://a.example/").noise_patterns == ()


def test_names_and_missing_packages() -> None:
    assert is_warc("x/CC-NEWS-2026.warc.GZ") and is_warc("a.warc") and not is_warc("a.html.gz")
    with pytest.raises(ArchivesUnavailable, match=r"newscrawl\[archives\]"):
        require("newscrawl_no_such_module")
