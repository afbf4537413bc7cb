"""SSRF protection: the address policy, the guarded resolver, and crawls that try to leave the
site's own origin (redirects and links to other ports, hosts, schemes and private ranges)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.task import Clock

from newscrawl.network import forbidden_reason, origin_of
from newscrawl.network.origins import Origin, allow_private, is_private_allowed
from newscrawl.network.resolver import GuardedResolver, checked_addresses
from newscrawl.sites.loader import parse_site
from tests.faultserver import FaultServer, Page
from tests.faultsite import article_path, headline_slugs, make_site


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("100.64.0.1", "CGNAT"),
        ("100.127.255.254", "CGNAT"),
        ("fc00::1", "unique-local"),
        ("fd12:3456::1", "unique-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("::ffff:127.0.0.1", "loopback (IPv4 inside IPv6)"),
        ("::ffff:10.0.0.1", "private (IPv4 inside IPv6)"),
        ("[::ffff:169.254.169.254]", "link-local (IPv4 inside IPv6)"),
        ("::ffff:93.184.216.34", None),
        ("64:ff9b::7f00:1", "loopback (IPv4 inside IPv6)"),
        ("2002:7f00:1::", "loopback (IPv4 inside IPv6)"),
        ("192.0.2.1", "private"),  # documentation range
        ("240.0.0.1", "private"),  # reserved
        ("localhost", "not an IP address"),
    ],
)
def test_address_policy(address: str, reason: str | None) -> None:
    assert forbidden_reason(address) == reason


def test_origins() -> None:
    assert origin_of("http://127.0.0.1:8080/x") == Origin("http", "127.0.0.1", 8080)
    assert origin_of("HTTPS://Example.COM./a") == Origin("https", "example.com", 443)
    assert origin_of("http://[::1]/") == Origin("http", "::1", 80)
    assert origin_of("ftp://example.com/") is None
    assert origin_of("http://example.com:99999/") is None


def _info(address: str) -> tuple[Any, ...]:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    return (family, socket.SOCK_STREAM, 6, "", (address, 80))


def test_checked_addresses_drop_private_answers() -> None:
    infos = [_info("93.184.216.34"), _info("127.0.0.1"), _info("::ffff:10.0.0.1"), _info("10.0.0.1")]
    allowed, refused = checked_addresses("rebind.example", 80, infos)
    assert allowed == ["93.184.216.34"]
    assert [a for a, _ in refused] == ["127.0.0.1", "::ffff:10.0.0.1", "10.0.0.1"]
    allow_private(Origin("http", "opted.example", 8123))
    assert is_private_allowed("OPTED.example.", 8123)
    assert checked_addresses("opted.example", 8123, [_info("127.0.0.1")])[0] == ["127.0.0.1"]
    assert checked_addresses("opted.example", 8124, [_info("127.0.0.1")])[0] == []


class _Reactor(Clock):
    """Runs 'threaded' lookups inline, so one resolution can be checked without a reactor."""

    def callFromThread(self, f: Any, *args: Any, **kwargs: Any) -> None:
        f(*args, **kwargs)

    def getThreadPool(self) -> Any:
        class Pool:
            def callInThreadWithCallback(self, on_result: Any, f: Any, *a: Any, **kw: Any) -> None:
                on_result(True, f(*a, **kw))

        return Pool()


class _Receiver:
    def __init__(self) -> None:
        self.addresses: list[Any] = []
        self.done = False

    def resolutionBegan(self, resolution: Any) -> None:
        pass

    def addressResolved(self, address: Any) -> None:
        self.addresses.append(address)

    def resolutionComplete(self) -> None:
        self.done = True


def test_resolver_hands_over_only_checked_addresses_from_one_lookup() -> None:
    answers = iter(
        [
            [_info("93.184.216.34"), _info("127.0.0.1")],  # a rebinding server's mixed answer
            [_info("127.0.0.1")],  # and its second answer: no second lookup is ever made
        ]
    )
    calls: list[str] = []

    def lookup(host: str, port: int, *_: Any) -> list[tuple[Any, ...]]:
        calls.append(host)
        return next(answers)

    resolver = GuardedResolver(_Reactor(), timeout=5, lookup=lookup)
    receiver = _Receiver()
    resolver.resolveHostName(receiver, "rebind.example", 443)
    assert receiver.done
    assert receiver.addresses == [IPv4Address("TCP", "93.184.216.34", 443)]
    assert calls == ["rebind.example"]
    refused = _Receiver()
    resolver.resolveHostName(refused, "rebind.example", 443)
    assert refused.done and refused.addresses == []
    v6 = _Receiver()
    resolver2 = GuardedResolver(_Reactor(), lookup=lambda *_: [_info("2606:4700::1")])
    resolver2.resolveHostName(v6, "v6.example", 80)
    assert v6.addresses == [IPv6Address("TCP", "2606:4700::1", 80)]


def test_site_accepts_private_hosts_only_at_its_own_origins() -> None:
    site = parse_site(
        "t",
        {
            "allowed_domains": ["127.0.0.1", "localhost", "10.0.0.1"],
            "feeds": ["http://127.0.0.1:8080/rss"],
            "allow_private_network": True,
        },
    )
    assert site.accepts("http://127.0.0.1:8080/news/a")
    assert not site.accepts("http://127.0.0.1:8081/news/a")
    assert not site.accepts("https://127.0.0.1:8080/news/a")
    assert not site.accepts("http://localhost:8080/news/a")
    assert not site.accepts("http://10.0.0.1/")
    closed = parse_site("c", {"feeds": ["http://127.0.0.1:8080/rss"]})
    assert not closed.accepts("http://127.0.0.1:8080/news/a")


def test_crawl_never_leaves_its_origin(tmp_path: Path) -> None:
    """Redirects and links to everything a crawler must not reach; count what arrives."""
    other = FaultServer({"/": Page(b"other port")}).start()  # a private service on another port
    targets = {
        "localhost": "http://localhost:{port}/news/plain",  # a name resolving to loopback
        "decimal-ip": "http://2130706433:{port}/news/plain",  # 127.0.0.1, spelled as a number
        "mapped": "http://[::ffff:127.0.0.1]:{port}/news/plain",
        "other-port": f"http://127.0.0.1:{other.port}/",
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "private": "http://10.0.0.1/",
        "cgnat": "http://100.64.0.1/",
        "https-same-host": "https://127.0.0.1:{port}/news/plain",
        "file": "file:///etc/passwd",
        "ftp": "ftp://127.0.0.1/",
    }
    faults = {article_path(f"to-{name}"): [f"*redirect:{url}"] for name, url in targets.items()}
    site = make_site(
        tmp_path, ["plain"], faults=faults, listed=[article_path(f"to-{name}") for name in targets]
    )
    port = site.server.port
    for path, queue in faults.items():
        faults[path] = [q.format(port=port) for q in queue]
    site.server.faults.update(faults)
    allowed = (
        "127.0.0.1",
        "localhost",
        "2130706433",
        "::ffff:127.0.0.1",
        "169.254.169.254",
        "10.0.0.1",
        "100.64.0.1",
    )
    site.write_sites(allowed=allowed)
    # links straight to the same targets, from the feed: refused before any request
    site.server.pages["/rss.xml"] = Page(
        site.server.pages["/rss.xml"].body.replace(
            b"</channel>",
            b"".join(f"<item><link>{u.format(port=port)}</link></item>".encode() for u in targets.values())
            + b"</channel>",
        ),
        "application/rss+xml",
    )
    try:
        result = site.crawl()
        assert result.returncode == 0, result.stderr[-4000:]
        assert headline_slugs(site.records()) == ["plain"]
        own = f"127.0.0.1:{port}"
        forbidden = [h for h in site.server.hits if h.host != own] + other.hits
        assert forbidden == []  # forbidden requests made: 0
        refused = site.stats()["refused"]
        assert refused["private_address"] >= 4 and refused["private_origin"] >= 1, refused
        assert "Refused to connect to localhost" in result.stderr
        assert "Refused to connect to 2130706433" in result.stderr
        assert "Traceback" not in result.stderr
        for needle in ("169.254.169.254", "10.0.0.1", "100.64.0.1", "[::ffff:127.0.0.1]"):
            assert f"Refused http://{needle}" in result.stderr, needle
        print(f"forbidden requests made: {len(forbidden)}; redirect/link targets tried: {2 * len(targets)}")
    finally:
        site.server.stop()
        other.stop()


def test_crawl_refuses_to_run_without_the_guarded_resolver(tmp_path: Path) -> None:
    site = make_site(tmp_path, ["plain"])
    try:
        result = site.crawl("TWISTED_DNS_RESOLVER=scrapy.resolver.CachingThreadedResolver")
        assert "the network guard is not installed" in result.stderr
        assert site.server.hits == []
    finally:
        site.server.stop()
