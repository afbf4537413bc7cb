"""The demo site is package data: a wheel built from the project ships it, and `newscrawl demo`
runs from that wheel installed outside the checkout. Offline: pip builds with the setuptools
already installed (``--no-build-isolation --no-index``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newscrawl.demo.job import SITE, site_on_disk
from tests.crawlsite import ARTICLES, REPO, child_env, published, slug_of

pytest.importorskip("setuptools", reason="building the wheel needs setuptools installed")

SITE_PREFIX = "newscrawl/demo/site/"
NOT_PROJECT = shutil.ignore_patterns(
    ".git",
    ".venv",
    ".ci",
    "out",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
    "fixtures",
    "tests",
)
"""Left out of the copy the wheel is built from: without fixtures/ and tests/, nothing the
wheel ships can come from them."""


def _site_files() -> dict[str, bytes]:
    """The demo site in the checkout, relative path -> bytes."""
    with site_on_disk() as root:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    shutil.copytree(REPO, source, ignore=NOT_PROJECT)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--disable-pip-version-check",
            "-w",
            str(tmp / "dist"),
            str(source),
        ],
        cwd=tmp,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = (tmp / "dist").glob("newscrawl-*.whl")
    return built


def test_wheel_ships_the_demo_site(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        shipped = {
            name.removeprefix(SITE_PREFIX): zf.read(name)
            for name in zf.namelist()
            if name.startswith(SITE_PREFIX)
        }
    expected = _site_files()
    for name in (
        "index.html",
        "robots.txt",
        "rss.xml",
        "sites.toml",
        "sitemap-index.xml",
        "sitemap-articles.xml.gz",
        "sitemap-news.xml",
        *(f"news/2026/11/{slug}.html" for slug in ARTICLES),
    ):
        assert name in expected, f"{name} is not in the demo site"
    assert sorted(shipped) == sorted(expected)
    for name, data in expected.items():
        assert shipped[name] == data, f"{name} differs in the wheel"


def test_demo_runs_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "installed"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**child_env(), "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", "demo", "-o", "demo-out", "-L", "WARNING"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"Serving the demo site {target / SITE_PREFIX.rstrip('/')} at" in result.stdout
    assert "demo: 7 new" in result.stdout
    (path,) = published(elsewhere / "demo-out")
    assert sorted(slug_of(r) for r in published(elsewhere / "demo-out")[path]) == sorted(ARTICLES)


def test_site_on_disk_copies_a_zipped_site(tmp_path: Path) -> None:
    archive = tmp_path / "newscrawl.zip"
    expected = _site_files()
    with zipfile.ZipFile(archive, "w") as zf:
        for name, data in expected.items():
            zf.writestr(SITE_PREFIX + name, data)
    with zipfile.ZipFile(archive) as zf, site_on_disk(zipfile.Path(zf, SITE_PREFIX)) as root:
        copied = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
        assert copied == expected
    assert not root.exists()


def test_site_is_found_through_importlib_resources() -> None:
    assert (SITE / "sites.toml").is_file()
    assert "Disallow: /private/" in (SITE / "robots.txt").read_text(encoding="utf-8")
