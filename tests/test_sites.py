"""The sites file loader: valid tables load, invalid ones fail naming site and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.sites import Site, SitesFileError, load_sites, select_sites

EXAMPLES = Path(__file__).resolve().parent.parent / "newscrawl" / "sites" / "examples.toml"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_examples_file_loads() -> None:
    sites = load_sites(EXAMPLES)
    assert {"bbc", "guardian", "npr", "apnews"} <= set(sites)
    for site in sites.values():
        assert site.allowed_domains
        assert not site.allow_private_network
    assert "UNVERIFIED" in EXAMPLES.read_text(encoding="utf-8")


def test_full_table(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[sites.local]
allowed_domains = ["127.0.0.1"]
sitemaps = ["http://127.0.0.1:8000/sitemap.xml"]
feeds = ["http://127.0.0.1:8000/rss.xml"]
start_urls = ["http://127.0.0.1:8000/"]
article_url_patterns = ['/news/\\d{4}/']
deny_url_patterns = ['/private/']
section_depth = 2
max_age_days = 30
prune_xpaths = ['//aside']
noise_patterns = ['^Advertisement$']
allow_private_network = true
strip_params = ["ref", "at_*"]
""",
    )
    site = load_sites(path)["local"]
    assert site == Site(
        name="local",
        allowed_domains=("127.0.0.1",),
        sitemaps=("http://127.0.0.1:8000/sitemap.xml",),
        feeds=("http://127.0.0.1:8000/rss.xml",),
        start_urls=("http://127.0.0.1:8000/",),
        article_url_patterns=(r"/news/\d{4}/",),
        deny_url_patterns=("/private/",),
        section_depth=2,
        max_age_days=30.0,
        prune_xpaths=("//aside",),
        noise_patterns=("^Advertisement$",),
        allow_private_network=True,
        strip_params=("ref", "at_*"),
    )
    assert site.url_key("http://127.0.0.1:8000/a?ref=home&at_x=1&cid=4") == "http://127.0.0.1:8000/a?cid=4"
    assert site.rules.prune_xpaths == ("//aside",)
    assert site.accepts("http://127.0.0.1:8000/news/2026/x")
    assert not site.accepts("http://127.0.0.1:8000/private/x")
    assert not site.accepts("http://10.0.0.1/news/2026/x")
    assert site.looks_like_article("http://127.0.0.1:8000/news/2026/x")
    assert not site.looks_like_article("http://127.0.0.1:8000/world/")


def test_domains_default_to_url_hosts_and_private_hosts_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, '[sites.a]\nfeeds = ["http://127.0.0.1:9/rss.xml"]\n')
    site = load_sites(path)["a"]
    assert site.allowed_domains == ("127.0.0.1",)
    assert not site.accepts("http://127.0.0.1:9/x")


def test_subdomains_allowed() -> None:
    site = Site(name="s", allowed_domains=("example.com",))
    assert site.accepts("https://www.example.com/a")
    assert not site.accepts("https://badexample.com/a")
    assert not site.accepts("ftp://example.com/a")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('feeds = ["http://x.example/rss"]\nbogus = 1', "unknown keys \\['bogus'\\]"),
        ("allowed_domains = ['x.example']", "at least one of sitemaps"),
        ('feeds = ["/rss.xml"]', "not an absolute http"),
        # addresses urllib refuses (an unclosed IPv6 host, a port that is no number): named with
        # their key, at load time, not urllib's own message or a failure later in the crawl
        ('start_urls = ["http://[x/"]', "start_urls: not an absolute http.*'http://\\[x/'"),
        ('sitemaps = ["http://x.example:port/sitemap.xml"]', "sitemaps: not an absolute http"),
        ('feeds = ["http://x.example/rss"]\ndeny_url_patterns = ["("]', "bad regular expression"),
        ('feeds = ["http://x.example/rss"]\nprune_xpaths = ["//["]', "bad XPath"),
        ('feeds = ["http://x.example/rss"]\nprune_xpaths = ["string(//h1)"]', "gives a string, not elements"),
        ('feeds = ["http://x.example/rss"]\nprune_xpaths = ["//div[nope()]"]', "cannot be evaluated"),
        ('feeds = ["http://x.example/rss"]\nsection_depth = 3', "section_depth"),
        ('feeds = ["http://x.example/rss"]\nmax_age_days = -1', "max_age_days"),
        ('feeds = ["http://x.example/rss"]\nallow_private_network = "yes"', "true or false"),
        ('feeds = ["http://x.example/rss"]\npage_budget = 0', "page_budget must be a positive"),
        ('feeds = ["http://x.example/rss"]\npage_budget = -5', "page_budget must be a positive"),
        ('feeds = ["http://x.example/rss"]\npage_budget = 2.5', "page_budget must be a positive"),
        ('feeds = ["http://x.example/rss"]\npage_budget = "500"', "not '500'"),
        ('feeds = ["http://x.example/rss"]\npage_budget = true', "page_budget must be a positive"),
        ("feeds = [1]", "list of non-empty strings"),
        ('feeds = ["http://x.example/rss"]\nstrip_params = ["a b"]', "not a query parameter name"),
        ('feeds = ["http://x.example/rss"]\nstrip_params = ["*"]', "not a query parameter name"),
        ('feeds = ["http://x.example/rss"]\nstrip_params = ["a*b"]', "not a query parameter name"),
    ],
)
def test_invalid_tables(tmp_path: Path, table: str, message: str) -> None:
    path = _write(tmp_path, f"[sites.bad]\n{table}\n")
    with pytest.raises(SitesFileError, match=r"\[sites\.bad\]: .*" + message):
        load_sites(path)


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(SitesFileError, match="NEWSCRAWL_SITES_FILE"):
        load_sites(tmp_path / "nope.toml")
    with pytest.raises(SitesFileError, match="cannot read as TOML"):
        load_sites(_write(tmp_path, "[sites"))
    with pytest.raises(SitesFileError, match="no \\[sites"):
        load_sites(_write(tmp_path, "x = 1\n"))


def test_select_sites() -> None:
    sites = load_sites(EXAMPLES)
    assert [s.name for s in select_sites(sites, ["npr"], all_sites=False)] == ["npr"]
    assert len(select_sites(sites, [], all_sites=True)) == len(sites)
    with pytest.raises(SitesFileError, match=r"unknown site 'cnn'.*bbc"):
        select_sites(sites, ["cnn"], all_sites=False)
    with pytest.raises(SitesFileError, match="--all"):
        select_sites(sites, [], all_sites=False)
