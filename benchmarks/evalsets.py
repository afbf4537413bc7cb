"""The ../shared/eval sets, as both benchmark scripts read them: pages, a process pool, score.py.

Shared by ``quality.py`` (newscrawl alone, score.py's own table) and ``compare.py`` (newscrawl
beside bare trafilatura, one table). A record's ``source_path`` is the page's path, which is how
score.py matches it to its truth line.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from newscrawl.extract import extract_article

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
"""``../shared/eval`` beside the repository."""
SETS = ("zyte", "fundus")


def set_pages(eval_dir: Path, name: str) -> list[str]:
    """The page files of one set, sorted (the order of the output lines)."""
    return sorted(str(path) for path in (eval_dir / name / "pages").iterdir())


def read_page(path: str) -> bytes:
    """A page's HTML bytes (``.gz`` files decompressed)."""
    raw = Path(path).read_bytes()
    return gzip.decompress(raw) if path.endswith(".gz") else raw


def newscrawl_line(path: str) -> str:
    """newscrawl's record for one page as a JSON line ("" when it is no HTML page)."""
    try:
        article = extract_article(read_page(path), Path(path).resolve().as_uri())
    except ValueError:
        return ""
    record = dataclasses.asdict(dataclasses.replace(article, source_path=path))
    return json.dumps(record, ensure_ascii=False)


def run_pages(extract: Callable[[str], str], pages: list[str], target: Path, jobs: int) -> int:
    """``extract`` over ``pages`` in ``jobs`` processes, lines written to ``target`` in page
    order; the number of records written."""
    with ProcessPoolExecutor(jobs) as pool:
        lines = [line for line in pool.map(extract, pages, chunksize=4) if line]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def score(eval_dir: Path, name: str, output: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """Run the set's score.py on ``output`` (its text table unless ``--json`` is given)."""
    command = [sys.executable, str(eval_dir / "score.py"), str(eval_dir / name), str(output)]
    return subprocess.run([*command, *options], check=False, capture_output=True, text=True)


def score_json(eval_dir: Path, name: str, output: Path) -> dict[str, Any]:
    """score.py's metrics for ``output``, as numbers keyed by metric name."""
    done = score(eval_dir, name, output, "--json")
    if done.returncode != 0:
        raise RuntimeError(f"score.py failed on {output}: {done.stderr.strip()}")
    metrics: dict[str, Any] = json.loads(done.stdout)["metrics"]
    return metrics
