"""`newscrawl demo`: serves the bundled demo site (newscrawl/demo/site/) on 127.0.0.1 and crawls it
with the real spider."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.crawlsite import ARTICLES, CLI, REPO, child_env, published, slug_of


def test_demo_crawls_the_bundled_site(tmp_path: Path) -> None:
    result = subprocess.run(
        [*CLI, "demo", "-o", str(tmp_path / "demo-out"), "-L", "WARNING"],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (path,) = published(tmp_path / "demo-out")
    assert f"articles: {path}" in result.stdout
    assert re.search(r"stats: +\S+\.stats\.json", result.stdout)
    assert "demo: 7 new" in result.stdout
    assert sorted(slug_of(r) for r in published(tmp_path / "demo-out")[path]) == sorted(ARTICLES)
