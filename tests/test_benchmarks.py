"""benchmarks/compare.py: trafilatura's body XML read as sections; no eval kit, no run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import compare


def test_body_xml_to_sections() -> None:
    body = etree.fromstring(
        "<body><p>Lede.</p><head>Sub</head><p>One <hi>bold</hi> word.</p>"
        "<list><item>First</item><item>Second<list><item>Inner</item></list></item></list>"
        "<table><row><cell>a</cell><cell>b</cell></row></table>"
        "<div><p>In a div.</p><p>Another.</p></div><quote>Said so.</quote></body>"
    )
    assert compare.body_sections(body) == [
        {"heading": None, "paragraphs": ["Lede."]},
        {
            "heading": "Sub",
            "paragraphs": [
                "One bold word.",
                "First",
                "Second",
                "Inner",
                "a b",
                "In a div.",
                "Another.",
                "Said so.",
            ],
        },
    ]
    assert compare.body_sections(None) == []


def test_without_eval_kit_says_so_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert compare.main(["--eval-dir", str(tmp_path / "missing"), "--out", str(tmp_path)]) == 0
    assert "no evaluation sets" in capsys.readouterr().out


def test_table_marks_met_targets() -> None:
    good = {"body_f1": 0.99, "headline": 0.96, "noise_leak": 0.005, "date_day": 0.9}
    scores = {(tool, name): good for tool in ("newscrawl", "trafilatura") for name in ("zyte", "fundus")}
    text = compare.table(scores)
    assert "| zyte body_f1 | 0.990 | 0.970 (Zyte AutoExtract, rs-trafilatura) | **0.990** |" in text
    assert "| fundus noise_leak | 0.005 | — | **0.005** | ≤ 0.010 |" in text
    assert "fundus authors_f1 n/a vs ≥ 0.920" in text
