"""`newscrawl demo --pages`: the bundled fixtures/articles/ pages through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RunNewscrawl


def test_demo_pages_parses_the_bundled_pages(tmp_path: Path, run_newscrawl: RunNewscrawl) -> None:
    run = run_newscrawl("demo", "--pages", "-o", "out/demo.jsonl")
    assert run.returncode == 0, run.stderr
    target = tmp_path / "out" / "demo.jsonl"
    assert f"articles to {target}" in run.stdout
    records = run.records()
    assert records
    assert all(r["source_path"].endswith((".html", ".htm")) for r in records)
