"""The network guard middleware and the regular-file reader, without a crawl."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from newscrawl.intake import read_regular_file
from newscrawl.middlewares.network_guard import ForbiddenRequest, NetworkGuardMiddleware
from newscrawl.sites.loader import parse_site


def _guard(site_table: dict[str, object], name: str) -> NetworkGuardMiddleware:
    guard = NetworkGuardMiddleware(get_crawler())
    guard._resolver_checked = True  # no reactor here; crawls check it (test_network_guard)
    guard.spider_opened(SimpleNamespace(site=parse_site(name, site_table)))
    return guard


def test_opt_in_covers_only_the_sites_own_origins() -> None:
    mine = _guard({"feeds": ["http://127.0.0.1:18080/rss"], "allow_private_network": True}, "a")
    other = _guard({"feeds": ["https://news.example/rss"]}, "b")
    mine.process_request(Request("http://127.0.0.1:18080/news/x"))
    for url in (
        "http://127.0.0.1:18081/",
        "https://127.0.0.1:18080/",
        "http://10.0.0.1/",
        "http://[::1]:18080/",
        "http://[::ffff:7f00:1]:18080/",
    ):
        with pytest.raises(ForbiddenRequest):
            mine.process_request(Request(url))
    # another site in the same process cannot use the first site's opt-in
    with pytest.raises(ForbiddenRequest, match="another scheme or site"):
        other.process_request(Request("http://127.0.0.1:18080/news/x"))
    other.process_request(Request("https://news.example/a"))  # names are checked at lookup
    with pytest.raises(ForbiddenRequest, match="scheme"):
        other.process_request(Request("file:///etc/passwd"))


def test_reader_refuses_fifos_and_devices_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "swapped.html"
    os.mkfifo(fifo)
    done = threading.Event()
    errors: list[BaseException] = []

    def read() -> None:
        try:
            read_regular_file(str(fifo), 1000)
        except OSError as err:
            errors.append(err)
        done.set()

    threading.Thread(target=read, daemon=True).start()
    assert done.wait(5), "reading a FIFO blocked"
    assert "FIFO" in str(errors[0])
    with pytest.raises(OSError, match="character device"):
        read_regular_file("/dev/zero", 1000)


def test_reader_stops_one_byte_past_the_cap(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    page.write_bytes(b"x" * 5000)
    assert len(read_regular_file(str(page), 1000)) == 1001
    assert len(read_regular_file(str(page), 10_000)) == 5000
