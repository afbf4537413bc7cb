"""Render a static page in headless Chromium (Debian's ``chromium``) and look at the pixels.

Tests that need it skip with a clear message where Chromium is not installed; ``.ci/run``
installs it. The browser gets a throw-away profile and no network features (no sync, updates,
QUIC or background requests): the pages are self-contained files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from PIL import Image

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str:
    """The Chromium executable, or skip the test saying how to get it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is missing under CI: .ci/run should have installed it")
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run installs it)")
    return found


def screenshot(page: Path, png: Path, *, width: int = 1200, height: int = 1800) -> Image.Image:
    """``page`` rendered at ``width`` x ``height`` CSS pixels, saved to ``png`` and opened."""
    browser = chromium()
    with tempfile.TemporaryDirectory(prefix="newscrawl-chromium-") as profile:
        argv = [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            page.resolve().as_uri(),
        ]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=180, check=False)
    assert png.is_file(), f"chromium wrote no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"
    return Image.open(png)


def ink(image: Image.Image) -> float:
    """Share of pixels that are not (near) the background colour of the top-left corner."""
    gray = image.convert("L")
    background = gray.getpixel((0, 0))
    assert isinstance(background, int)
    histogram = gray.histogram()
    near = sum(histogram[max(0, background - 8) : background + 9])
    return 1 - near / (gray.width * gray.height)


def colours(image: Image.Image) -> int:
    """How many distinct colours the picture uses (a blank or one-colour page has 1)."""
    found = image.convert("RGB").getcolors(maxcolors=1 << 20)
    return len(found) if found is not None else 1 << 20
