"""Shared test helpers: small HTML pages, and running the real ``newscrawl`` CLI in a subprocess.

End-to-end runs use a subprocess: a Twisted reactor cannot be restarted inside one process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


def page(slug: str, *, words: str = "", canonical: bool = True, lang: str = "en") -> str:
    """A small, clean news page whose text is unique to ``slug`` (plus ``words``)."""
    link = f'<link rel="canonical" href="https://news.example/{slug}">' if canonical else ""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the {slug} story tells readers what happened in the town of "
        f"{slug.capitalize()}ville on Tuesday, and why it matters to them. {words}</p>"
        for n in range(1, 4)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>The {slug} story</title>{link}</head>"
        f"<body><article><h1>The {slug} story</h1>{paragraphs}</article></body></html>"
    )


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    output: Path

    def records(self) -> list[dict[str, Any]]:
        with self.output.open(encoding="utf-8") as lines:
            return [json.loads(line) for line in lines]

    def stat(self, key: str) -> int | None:
        """A counter from Scrapy's stats dump in the log (None when absent)."""
        for line in self.stderr.splitlines():
            if line.strip().startswith(f"'{key}':"):
                return int(line.split(":", 1)[1].strip().rstrip(",}"))
        return None


def newscrawl(*args: str | Path, cwd: Path, output: Path | None = None) -> Run:
    """Run ``python -m newscrawl.cli ARGS`` in ``cwd`` and capture everything."""
    argv = [sys.executable, "-m", "newscrawl.cli", *map(str, args)]
    done = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=300, check=False)
    return Run(
        done.returncode,
        done.stdout.decode("utf-8", "backslashreplace"),
        done.stderr.decode("utf-8", "backslashreplace"),
        output or cwd / "out.jsonl",
    )


RunNewscrawl = Callable[..., Run]


@pytest.fixture
def run_newscrawl(tmp_path: Path) -> RunNewscrawl:
    """``run_newscrawl("parse", "in", "-o", "out.jsonl")``, run inside ``tmp_path``."""

    def run(*args: str | Path) -> Run:
        output = None
        if "-o" in args:
            output = tmp_path / str(args[list(args).index("-o") + 1])
        return newscrawl(*args, cwd=tmp_path, output=output)

    return run
