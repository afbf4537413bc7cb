"""Publisher data (newscrawl/publishers): rules keyed by host, validated at load, applied by
extraction to that host's pages only, offline, in ``extract_article`` and ``newscrawl parse``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.extract import extract_article
from newscrawl.extract.rules import NO_RULES, ExtractRules, PublisherRules
from newscrawl.publishers import (
    ENV_FILES,
    PublisherDataError,
    default_publishers,
    load_publishers,
    parse_publishers,
)
from tests.conftest import RunNewscrawl

DATA = """
["paper.example"]
note = "a made-up publisher's rating widget and reader box"
noise_patterns = ['bewerten sie diesen beitrag!?', 'rate this story']
prune_xpaths = ['//div[@class="leserbox"]']
"""
WIDGET = "Bewerten Sie diesen Beitrag!"
TEASER = "Zwölf Leserinnen haben diesen Beitrag kommentiert, lesen Sie mit"


def story(canonical: str) -> str:
    """A German story whose body ends in the publisher's rating widget and reader box."""
    paragraphs = "".join(
        f"<p>Der Gemeinderat hat am Dienstag zum {n}. Mal über den Neubau der Brücke am Hafen "
        "beraten, und die Anwohner verfolgten die Sitzung bis spät in den Abend hinein.</p>"
        for n in range(1, 5)
    )
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Die Brücke</title>'
        f'<link rel="canonical" href="{canonical}"></head><body><article><h1>Die Brücke am Hafen</h1>'
        f'{paragraphs}<p>{WIDGET}</p><div class="leserbox"><p>{TEASER}</p></div>'
        "</article></body></html>"
    )


@pytest.fixture
def publishers() -> PublisherRules:
    return parse_publishers({"test.toml": DATA})


@pytest.mark.parametrize(
    "url",
    [
        "https://paper.example/a",
        "https://www.paper.example/a",
        "https://lokal.paper.example/a?x=1",
        "HTTPS://WWW.PAPER.EXAMPLE/a",
    ],
)
def test_a_host_its_www_and_subdomains_get_its_rules(publishers: PublisherRules, url: str) -> None:
    assert publishers.for_urls(url).noise_patterns == ("bewerten sie diesen beitrag!?", "rate this story")


@pytest.mark.parametrize(
    "url", [None, "", "https://otherpaper.example/a", "https://paper.example.org/a", "file:///tmp/a.html"]
)
def test_other_hosts_get_nothing(publishers: PublisherRules, url: str | None) -> None:
    assert publishers.for_urls(url) is NO_RULES


def test_the_first_url_with_a_table_wins(publishers: PublisherRules) -> None:
    assert publishers.for_urls(None, "https://other.example/", "https://paper.example/").prune_xpaths


def test_site_rules_and_publisher_rules_merge_without_repeats() -> None:
    site = ExtractRules(prune_xpaths=("//aside",), noise_patterns=("a",))
    merged = site.merged(ExtractRules(prune_xpaths=("//aside", "//nav"), noise_patterns=("b",)))
    assert merged == ExtractRules(prune_xpaths=("//aside", "//nav"), noise_patterns=("a", "b"))
    assert site.merged(NO_RULES) is site


def test_extraction_applies_the_rules_of_the_pages_own_host(publishers: PublisherRules) -> None:
    page = story("https://www.paper.example/brücke")
    plain = extract_article(page, "file:///saved/bruecke.html").text
    assert WIDGET in plain
    assert TEASER in plain  # without publisher data: the generic extractor alone keeps them
    cleaned = extract_article(page, "file:///saved/bruecke.html", publishers=publishers).text
    assert WIDGET not in cleaned
    assert TEASER not in cleaned
    assert "Neubau der Brücke" in cleaned
    fetched = extract_article(
        story("https://elsewhere.example/"), "https://paper.example/b", publishers=publishers
    )
    assert WIDGET not in fetched.text  # the fetched URL's host comes first


def test_extraction_leaves_other_hosts_alone(publishers: PublisherRules) -> None:
    text = extract_article(
        story("https://otherpaper.example/b"), "file:///b.html", publishers=publishers
    ).text
    assert WIDGET in text
    assert TEASER in text


def test_parse_applies_publisher_data_offline(
    tmp_path: Path, run_newscrawl: RunNewscrawl, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data.toml").write_text(DATA, encoding="utf-8")
    monkeypatch.setenv(ENV_FILES, str(tmp_path / "data.toml"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "1.html").write_text(story("https://www.paper.example/1"), encoding="utf-8")
    (tmp_path / "in" / "2.html").write_text(story("https://otherpaper.example/2"), encoding="utf-8")
    run = run_newscrawl("parse", "in", "-o", "out.jsonl")
    assert run.returncode == 0, run.stderr
    texts = {Path(r["source_path"]).name: r["text"] for r in run.records()}
    assert WIDGET not in texts["1.html"]
    assert TEASER not in texts["1.html"]
    assert WIDGET in texts["2.html"]
    assert TEASER in texts["2.html"]


def test_shipped_data_loads_and_names_hosts_only() -> None:
    shipped = default_publishers()
    for host, rules in shipped.hosts.items():
        assert host == host.lower()
        assert not host.startswith("www.")
        assert rules.noise_patterns or rules.prune_xpaths


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ('["paper.example"]\nnoise_patterns = ["("]', "bad regular expression"),
        ('["paper.example"]\nprune_xpaths = ["//div[@"]', "bad XPath"),
        ('["paper.example"]\nprune_xpaths = ["count(//aside)"]', "gives a number, not elements"),
        ('["paper.example"]\nnoise = ["x"]', "unknown keys ['noise']"),
        ('["paper.example"]\nnote = "nothing else"', "no rules"),
        ('["paper.example"]\nnoise_patterns = "x"', "list of non-empty strings"),
        ('["www.paper.example"]\nnoise_patterns = ["x"]', "without 'www.'"),
        ('["Paper.Example"]\nnoise_patterns = ["x"]', "lower-case host"),
        ('"paper.example" = 3', "must be a table"),
        ("[paper", "not TOML"),
    ],
)
def test_invalid_data_is_refused_naming_file_and_host(text: str, complaint: str) -> None:
    with pytest.raises(PublisherDataError, match=r"^bad\.toml") as raised:
        parse_publishers({"bad.toml": text})
    assert complaint in str(raised.value)


def test_a_host_may_be_defined_once(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(DATA, encoding="utf-8")
    with pytest.raises(PublisherDataError, match="already defined"):
        load_publishers([tmp_path / "a.toml", tmp_path / "b.toml"])
    with pytest.raises(PublisherDataError, match="cannot read"):
        load_publishers([tmp_path / "missing.toml"])
    assert json.dumps(sorted(load_publishers([tmp_path / "a.toml"]).hosts)) == '["paper.example"]'
