"""The test servers' own safety: a pytest run stopped by SIGTERM still tears its fixtures down
(``tests/servers.py``), so a killed run leaves no PostgreSQL daemon or Redis server behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]

_TEST = """
import pathlib, time
import pytest

@pytest.fixture(scope="session")
def server():
    yield
    pathlib.Path("stopped").write_text("yes")

def test_waits(server):
    pathlib.Path("started").write_text("yes")
    time.sleep(120)
"""


def test_sigterm_tears_session_fixtures_down(tmp_path: Path) -> None:
    (tmp_path / "test_waits.py").write_text(_TEST)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "tests.servers",
        "-p",
        "no:cacheprovider",
        "test_waits.py",
    ]
    process = subprocess.Popen(
        argv, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "started").exists():
            assert process.poll() is None, process.communicate()[0]
            assert time.monotonic() < deadline, "the inner test did not start"
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert (tmp_path / "stopped").read_text() == "yes", output
    assert "stopping the test servers" in output
    assert process.returncode != 0
