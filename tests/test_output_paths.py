"""Where ``parse -o`` writes: ``-`` is standard output, a FIFO or device is written in place and
never renamed over, a symlink stays a symlink (its target replaced atomically), and a run that
finds no input page says what it looked for and fails. Nothing here writes to the real
/dev/stdout: the child's own standard output is a pipe the test reads."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newscrawl.pipelines.target import own_fd, resolve_output
from tests.conftest import page
from tests.crawlsite import child_env


def _pages(tmp_path: Path, *names: str) -> Path:
    pages = tmp_path / "in"
    pages.mkdir(exist_ok=True)
    for name in names:
        (pages / name).write_text(page(name.split(".")[0]), encoding="utf-8")
    return pages


def _parse(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    argv = [sys.executable, "-m", "newscrawl.cli", "parse", *args]
    return subprocess.run(argv, cwd=cwd, env=child_env(), capture_output=True, timeout=300, check=False)


def _headlines(data: bytes) -> list[str]:
    return [json.loads(line)["headline"] for line in data.decode("utf-8").splitlines()]


# -- unit: what a path resolves to -------------------------------------------------------------


@pytest.mark.unit
def test_own_file_descriptors_are_recognised(tmp_path: Path) -> None:
    assert own_fd("/dev/stdout") == 1
    assert own_fd("/dev/stderr") == 2
    assert own_fd("/dev/fd/1") == 1
    assert own_fd("/proc/self/fd/2") == 2
    assert own_fd(f"/proc/{os.getpid()}/fd/7") == 7
    assert own_fd("/proc/1/fd/1") is None or os.getpid() == 1
    link = tmp_path / "to-stdout"
    link.symlink_to("/dev/stdout")
    assert own_fd(str(link)) == 1
    assert own_fd(str(tmp_path / "plain.jsonl")) is None


@pytest.mark.unit
def test_resolve_output_modes(tmp_path: Path) -> None:
    assert resolve_output("-").mode == "fd"
    assert resolve_output("/dev/stdout").fd == 1
    plain = tmp_path / "out.jsonl"
    assert resolve_output(str(plain)).mode == "atomic"
    target = tmp_path / "real" / "target.jsonl"
    target.parent.mkdir()
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)  # dangling until the run writes it
    resolved = resolve_output(str(link))
    assert (resolved.mode, resolved.path) == ("atomic", target)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert resolve_output(str(fifo)).mode == "direct"
    with pytest.raises(ValueError, match="is a directory"):
        resolve_output(str(tmp_path))
    with pytest.raises(ValueError, match="does not exist"):
        resolve_output(str(tmp_path / "missing" / "out.jsonl"))


@pytest.mark.unit
def test_a_socket_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        with pytest.raises(ValueError, match=r"is a socket.*-o -"):
            resolve_output(str(path))
    assert stat.S_ISSOCK(path.stat().st_mode)


# -- end to end ------------------------------------------------------------------------------


@pytest.mark.e2e
def test_dash_streams_jsonl_to_stdout_and_logs_to_stderr(tmp_path: Path) -> None:
    _pages(tmp_path, "alpha.html", "beta.html")
    run = _parse(tmp_path, "in", "-o", "-")
    assert run.returncode == 0, run.stderr[-3000:]
    assert _headlines(run.stdout) == ["The alpha story", "The beta story"]
    assert b"2 parsed, 2 written" in run.stderr
    assert not (tmp_path / "-").exists()


@pytest.mark.e2e
def test_a_symlink_to_our_stdout_writes_to_it(tmp_path: Path) -> None:
    # the child's /proc/self/fd/1 is the pipe this test reads: the machine's stdout is untouched
    _pages(tmp_path, "alpha.html")
    link = tmp_path / "stdout-link"
    link.symlink_to("/proc/self/fd/1")
    run = _parse(tmp_path, "in", "-o", str(link))
    assert run.returncode == 0, run.stderr[-3000:]
    assert _headlines(run.stdout) == ["The alpha story"]
    assert link.is_symlink() and str(link.readlink()) == "/proc/self/fd/1"


@pytest.mark.e2e
def test_a_fifo_is_written_in_place_never_renamed_over(tmp_path: Path) -> None:
    _pages(tmp_path, "alpha.html", "beta.html")
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = _parse(tmp_path, "in", "-o", str(fifo))
    reader.join(timeout=60)
    assert run.returncode == 0, run.stderr[-3000:]
    assert _headlines(received[0]) == ["The alpha story", "The beta story"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.fifo"]  # no temporary left


@pytest.mark.e2e
def test_a_symlink_stays_a_symlink_and_its_target_gets_the_content(tmp_path: Path) -> None:
    _pages(tmp_path, "alpha.html")
    real = tmp_path / "data" / "articles.jsonl"
    real.parent.mkdir()
    real.write_text("old line\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    run = _parse(tmp_path, "in", "-o", str(link))
    assert run.returncode == 0, run.stderr[-3000:]
    assert link.is_symlink() and link.resolve() == real
    assert _headlines(real.read_bytes()) == ["The alpha story"]
    assert sorted(p.name for p in real.parent.iterdir()) == ["articles.jsonl"]  # no temporary left


@pytest.mark.e2e
def test_no_input_page_warns_names_the_extensions_and_fails(tmp_path: Path) -> None:
    pages = tmp_path / "in"
    pages.mkdir()
    for name in ("article.php", "story.php", "index", "style.css"):
        (pages / name).write_text(page("kept"), encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("previous\n", encoding="utf-8")
    run = _parse(tmp_path, "in", "-o", "out.jsonl")
    assert run.returncode == 1
    stderr = run.stderr.decode()
    assert "no input page found in in" in stderr
    assert ".html, .htm, .xhtml, .xht, .shtml" in stderr and ".warc" in stderr
    assert "4 other files were passed over (.php 2, (none) 1, .css 1)" in stderr
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "previous\n"
    # named explicitly, a page is read whatever its name
    named = _parse(tmp_path, "in/article.php", "in/index", "-o", "out.jsonl")
    assert named.returncode == 0, named.stderr[-3000:]
    assert _headlines((tmp_path / "out.jsonl").read_bytes()) == ["The kept story"] * 1


@pytest.mark.e2e
def test_directories_give_xhtml_and_shtml_pages(tmp_path: Path) -> None:
    _pages(tmp_path, "alpha.xhtml", "beta.shtml", "gamma.htm", "delta.php")
    run = _parse(tmp_path, "in", "-o", "out.jsonl")
    assert run.returncode == 0, run.stderr[-3000:]
    assert _headlines((tmp_path / "out.jsonl").read_bytes()) == [
        "The alpha story",
        "The beta story",
        "The gamma story",
    ]
