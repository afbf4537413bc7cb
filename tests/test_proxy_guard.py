"""Requests through an HTTP proxy: the proxy resolves the target itself, so newscrawl resolves
it first (the guarded resolver's lookup, the same policy) and never sends the proxy a request
for a forbidden address. The proxy here is a second loopback server that records every request
it is asked to forward and answers it from the site's pages."""

from __future__ import annotations

import subprocess
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from newscrawl.middlewares import proxy_guard
from newscrawl.middlewares.network_guard import ForbiddenRequest
from newscrawl.middlewares.proxy_guard import ProxyGuardMiddleware
from newscrawl.network.origins import Origin, allow_private
from newscrawl.network.resolver import GuardedResolver
from tests.crawlsite import CLI, REPO, child_env
from tests.fake_dns import lookup
from tests.faultserver import FaultServer, Page
from tests.faultsite import FAST, article_path, headline_slugs, make_site
from tests.test_network_guard import _Reactor

PROXY = "http://127.0.0.1:3128"


def _run(coro: Coroutine[Any, Any, None]) -> None:
    """Drive the middleware's coroutine; the fake reactor answers lookups inline."""
    with pytest.raises(StopIteration):
        coro.send(None)


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> ProxyGuardMiddleware:
    # no reactor in this process: await the lookup's Deferred as it is
    monkeypatch.setattr(proxy_guard, "maybe_deferred_to_future", lambda d: d)
    crawler = get_crawler()
    crawler.stats.open_spider()  # type: ignore[union-attr]
    return ProxyGuardMiddleware(crawler, GuardedResolver(_Reactor(), timeout=5, lookup=lookup))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data/", "private_address"),  # literal: no lookup
        ("http://[::ffff:10.0.0.1]/", "private_address"),
        ("http://loopback.test/news/a", "private_address"),
        ("https://metadata.test/latest/", "private_address"),  # CONNECT tunnels alike
        ("http://mixed.test/news/a", "private_address"),  # one private answer is enough
        ("http://2130706433/", "private_address"),  # resolved like a name: 127.0.0.1
        ("http://localhost:8080/", "private_address"),
        ("http://nxdomain.test/news/a", "proxy_unresolved"),
    ],
)
def test_proxied_requests_to_forbidden_addresses_are_refused(
    guard: ProxyGuardMiddleware, url: str, reason: str
) -> None:
    with pytest.raises(ForbiddenRequest, match=r"proxy 127\.0\.0\.1:3128"):
        _run(guard.process_request(Request(url, meta={"proxy": PROXY})))
    assert guard.crawler.stats.get_value(f"newscrawl/refused/{reason}") == 1  # type: ignore[union-attr]


def test_proxied_requests_to_public_addresses_and_opted_in_origins_pass(
    guard: ProxyGuardMiddleware,
) -> None:
    _run(guard.process_request(Request("http://public.test/news/a", meta={"proxy": PROXY})))
    _run(guard.process_request(Request("https://93.184.216.34/", meta={"proxy": PROXY})))
    allow_private(Origin("http", "127.0.0.1", 18090))
    _run(guard.process_request(Request("http://127.0.0.1:18090/rss", meta={"proxy": PROXY})))
    # no proxy: the connection's own lookup is the guarded one, nothing to do here
    _run(guard.process_request(Request("http://loopback.test/news/a")))
    assert not guard.crawler.stats.get_stats()  # type: ignore[union-attr]
    with pytest.raises(ForbiddenRequest):  # the opt-in is for one port only
        _run(guard.process_request(Request("http://127.0.0.1:18091/", meta={"proxy": PROXY})))


def test_the_proxy_never_receives_a_request_for_a_forbidden_address(tmp_path: Path) -> None:
    """A crawl with ``http_proxy`` set: links and redirects to forbidden addresses; count the
    requests the proxy is asked to forward."""
    redirects = {
        "to-localhost": "http://localhost:{port}/news/plain",  # a name resolving to loopback
        "to-decimal": "http://2130706433:{port}/news/plain",  # 127.0.0.1, spelled as a number
        "to-metadata": "http://169.254.169.254/latest/meta-data/",
        "to-loopback-name": "http://loopback.test:{port}/news/plain",
        "to-public-name": "http://public.test:{port}/news/via-redirect",
    }
    faults = {article_path(name): [f"*redirect:{url}"] for name, url in redirects.items()}
    site = make_site(
        tmp_path,
        ["plain", "public", "via-redirect"],
        faults=faults,
        listed=[article_path(name) for name in redirects],
    )
    port = site.server.port
    for path, queue in faults.items():
        faults[path] = [q.format(port=port) for q in queue]
    site.server.faults.update(faults)
    # the proxy answers from the same pages and faults, and records what it was asked for
    proxy = FaultServer(site.server.pages, faults=site.server.faults).start()
    linked = [
        f"http://{host}:{port}/news/{slug}"
        for host, slug in (
            ("loopback.test", "plain"),
            ("mixed.test", "plain"),
            ("metadata.test", "plain"),
            ("nxdomain.test", "plain"),
            ("public.test", "public"),
        )
    ]
    allowed = (
        "127.0.0.1",
        "localhost",
        "2130706433",
        "169.254.169.254",
        "loopback.test",
        "mixed.test",
        "metadata.test",
        "nxdomain.test",
        "public.test",
    )
    site.write_sites(allowed=allowed)
    rss = site.server.pages["/rss.xml"]
    site.server.pages["/rss.xml"] = Page(
        rss.body.replace(
            b"</channel>", b"".join(f"<item><link>{u}</link></item>".encode() for u in linked) + b"</channel>"
        ),
        rss.content_type,
    )
    env = {k: v for k, v in child_env().items() if k.lower() not in ("no_proxy", "all_proxy")}
    env["http_proxy"] = env["https_proxy"] = proxy.base_url
    argv = [
        *CLI,
        "crawl",
        "faulty",
        "--sites",
        str(tmp_path / "sites.toml"),
        "-o",
        str(site.out),
        "--data-dir",
        str(tmp_path / "data"),
    ]
    for setting in (*FAST, "HTTPPROXY_ENABLED=True", "TWISTED_DNS_RESOLVER=tests.fake_dns.FakeDnsResolver"):
        argv += ["-s", setting]
    try:
        result = subprocess.run(
            argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=180, check=False
        )
        assert result.returncode == 0, result.stderr[-4000:]
        assert site.server.hits == [], result.stderr[-6000:]  # all through the proxy
        reached = sorted({hit.host.rsplit(":", 1)[0] for hit in proxy.hits})
        assert reached == ["127.0.0.1", "public.test"], result.stderr[-6000:]  # forbidden: 0
        assert headline_slugs(site.records()) == ["plain", "public", "via-redirect"]
        refused = site.stats()["refused"]
        assert refused["private_address"] >= 5 and refused["proxy_unresolved"] >= 1, refused
        for needle in (
            "http://localhost:",
            "http://2130706433:",
            "http://loopback.test:",
            "http://mixed.test:",
            "http://metadata.test:",
            "http://169.254.169.254/",
        ):
            assert f"Refused {needle}" in result.stderr, needle
        assert "mixed.test resolves to 10.0.0.1 (private address)" in result.stderr
        assert "nxdomain.test does not resolve here" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        site.server.stop()
        proxy.stop()
