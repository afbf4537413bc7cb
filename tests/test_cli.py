"""The command line as a whole: options every subcommand shares, exit codes, what it prints."""

from __future__ import annotations

import re
import shlex
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from newscrawl import __version__
from newscrawl.cli import build_parser, main
from tests.conftest import RunNewscrawl, page
from tests.crawlsite import ARTICLES, child_env

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "fixtures" / "articles" / "wire-story.html"
SUBCOMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def _exit_status(argv: list[str]) -> int:
    """``main(argv)``'s status, also when argparse exits on its own."""
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


@pytest.mark.unit
def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_status(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"newscrawl {__version__}"


@pytest.mark.unit
@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_takes_the_global_options(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_status([command, "--help"]) == 0
    usage = capsys.readouterr().out
    for option in ("-L", "--loglevel", "-s", "--set", "-j", "--jobs"):
        assert re.search(rf"(^|[\s,\[]){option}\b", usage), (command, option)


@pytest.mark.unit
def test_explain_applies_loglevel_and_settings(capsys: pytest.CaptureFixture[str]) -> None:
    # -s reaches explain: a size cap below the page's size skips it, as parse would.
    status = _exit_status(
        ["explain", "-L", "WARNING", "-j", "0", "-s", "NEWSCRAWL_MAX_PAGE_BYTES=100", str(PAGE)]
    )
    assert status == 1
    assert "[too_large]" in capsys.readouterr().err


@pytest.mark.unit
@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["nosuchcommand"],
        ["parse", "--no-such-option", "x", "-o", "out.jsonl"],
        ["parse", "missing.html", "-o", "out.jsonl"],
        ["parse", str(PAGE), "-o", "no/such/dir/out.jsonl"],
        ["parse", str(PAGE), "-o", "out.jsonl", "-j", "-1"],
        ["parse", str(PAGE), "-o", "out.jsonl", "-s", "NOEQUALS"],
        ["parse", str(PAGE), "-o", "out.jsonl", "-L", "LOUD"],
        ["explain", "missing.html"],
        ["explain", "."],
        ["explain", str(PAGE), "-s", "NOEQUALS"],
        ["explain", str(PAGE), "-s", "NEWSCRAWL_MAX_PAGE_BYTES=lots"],
        ["explain", str(PAGE), "-j", "many"],
        ["crawl", "demo", "--sites", "no-such-sites.toml"],
        ["demo", "--serve", "--port", "70000"],
        ["demo", "--serve", "--pages"],
    ],
)
def test_every_usage_error_exits_2(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _exit_status(argv) == 2
    assert "error" in capsys.readouterr().err


@pytest.mark.e2e
def test_summary_always_and_scrapy_startup_only_at_debug(run_newscrawl: RunNewscrawl) -> None:
    startup = ("Enabled extensions", "Overridden settings", "Versions:")
    quiet = run_newscrawl("parse", PAGE, "-o", "out.jsonl", "-L", "WARNING", "-j", "0")
    assert quiet.returncode == 0, quiet.stderr
    assert "Summary: 1 inputs, 1 parsed, 1 written" in quiet.stderr
    assert " INFO: " not in quiet.stderr
    assert len(quiet.records()) == 1

    normal = run_newscrawl("parse", PAGE, "-o", "out.jsonl")  # one page: in-process, no Scrapy
    assert "INFO: Summary: 1 inputs, 1 parsed, 1 written" in normal.stderr

    scrapy = ("-s", "CONCURRENT_REQUESTS=16")  # a setting only the Scrapy path applies (its default)
    normal = run_newscrawl("parse", PAGE, "-o", "out.jsonl", *scrapy)
    assert "INFO: Summary: 1 inputs, 1 parsed, 1 written" in normal.stderr
    assert not [line for line in startup if line in normal.stderr]

    debug = run_newscrawl("parse", PAGE, "-o", "out.jsonl", "--loglevel", "debug", *scrapy)
    assert all(f"DEBUG: {line}" in debug.stderr for line in startup), debug.stderr[:3000]


def _run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


def _printed_command(text: str, start: str) -> list[str]:
    """The command line ``demo --serve`` printed that starts with ``start`` (continuations joined)."""
    joined = text.replace("\\\n", " ")
    line = next(line.strip() for line in joined.splitlines() if line.strip().startswith(start))
    return shlex.split(line)


@pytest.mark.e2e
def test_demo_serve_for_scrapy_crawl_news(tmp_path: Path) -> None:
    serving = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.cli", "demo", "--serve"],
        cwd=tmp_path,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert serving.stdout is not None
        printed = ""
        while "scrapy shell" not in printed:
            line = serving.stdout.readline()
            assert line, serving.stderr.read() if serving.stderr else ""
            printed += line
        base = re.search(r"Serving the demo site at (http://127\.0\.0\.1:\d+)", printed)
        assert base, printed
        with urllib.request.urlopen(f"{base[1]}/robots.txt", timeout=30) as answer:
            assert answer.status == 200

        # The printed `scrapy crawl news -a site=demo` command crawls the served site.
        env_assignment, *crawl = _printed_command(printed, "SCRAPY_SETTINGS_MODULE=")
        name, value = env_assignment.split("=", 1)
        env = {**child_env(), name: value}
        assert crawl[:4] == ["scrapy", "crawl", "news", "-a"]
        crawl = [sys.executable, "-m", "scrapy", *crawl[1:]]
        done = _run(crawl, tmp_path, env)
        assert done.returncode == 0, done.stderr[-3000:]
        (published,) = (tmp_path / "out" / "crawl-demo" / "demo").rglob("*.jsonl")
        assert len(published.read_text(encoding="utf-8").splitlines()) == len(ARTICLES)

        # The documented way for Scrapy's own tools to reach the loopback site.
        fetch = _printed_command(printed, "scrapy fetch")
        hatch = _run([sys.executable, "-m", "scrapy", "fetch", "--nolog", *fetch[2:]], tmp_path, env)
        assert "<html" in hatch.stdout, hatch.stderr[-2000:]
        guarded = _run([sys.executable, "-m", "scrapy", "fetch", f"{base[1]}/"], tmp_path, env)
        assert "<html" not in guarded.stdout
        assert "loopback address" in guarded.stderr
    finally:
        serving.send_signal(signal.SIGINT)
        out, _ = serving.communicate(timeout=30)
    assert serving.returncode == 0
    assert "Stopped serving" in out
    sites_file = re.search(r"Sites file for it, (\S+):", printed)
    assert sites_file and not Path(sites_file[1]).exists()  # the temporary sites file is gone


@pytest.mark.unit
def test_explain_with_the_global_options_on_a_good_page_exits_0(tmp_path: Path) -> None:
    # The usage-error table above must not be satisfied by an unreadable page: a good page
    # with the same options exits 0.
    good = tmp_path / "good.html"
    good.write_text(page("good"), encoding="utf-8")
    assert _exit_status(["explain", str(good), "-L", "ERROR", "-s", "NEWSCRAWL_MAX_PAGE_BYTES=100000"]) == 0
