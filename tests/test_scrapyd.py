"""A real scrapyd on 127.0.0.1: deploy the project with scrapyd-deploy, schedule a crawl of
the demo site, wait for it, check its JSONL. Needs the ``crawl-test`` extra (.ci/run)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.crawlsite import ARTICLES, REPO, CrawlSite, child_env, published, slug_of, start_site

pytest.importorskip("scrapyd", reason="install the crawl-test extra to run the scrapyd test")
BIN = Path(sys.executable).parent
if not (BIN / "scrapyd-deploy").exists():
    pytest.skip("scrapyd-deploy (scrapyd-client) is not installed", allow_module_level=True)

IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "out", "build", "*.egg-info", "__pycache__", ".*_cache", "fixtures", "tests"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=10) as response:
        loaded: dict[str, Any] = json.load(response)
        return loaded


def _post(url: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(url, data=data, timeout=10) as response:
        loaded: dict[str, Any] = json.load(response)
        return loaded


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[str]:
    home = tmp_path / "scrapyd"
    home.mkdir()
    port = _free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
        "eggs_dir = eggs\nlogs_dir = logs\nitems_dir =\ndbs_dir = dbs\n"
        "max_proc = 2\npoll_interval = 0.2\n",
        encoding="utf-8",
    )
    log = (home / "scrapyd.log").open("wb")
    # No PYTHONPATH: jobs must import newscrawl from the deployed egg, package data included.
    env = {k: v for k, v in child_env().items() if k != "PYTHONPATH"}
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _get(f"{url}/daemonstatus.json")
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail(f"scrapyd did not start: {(home / 'scrapyd.log').read_text()}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        log.close()


def test_deploy_schedule_and_crawl(tmp_path: Path, scrapyd: str) -> None:
    site: CrawlSite = start_site(tmp_path / "work")
    try:
        project = tmp_path / "project"
        shutil.copytree(REPO, project, ignore=IGNORE)
        cfg = project / "scrapy.cfg"
        cfg.write_text(cfg.read_text().replace("http://127.0.0.1:6800", scrapyd), encoding="utf-8")
        deploy = subprocess.run(
            [str(BIN / "scrapyd-deploy"), "-p", "newscrawl"],
            cwd=project,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert deploy.returncode == 0, deploy.stdout + deploy.stderr
        assert '"status": "ok"' in deploy.stdout, deploy.stdout + deploy.stderr

        job = _post(
            f"{scrapyd}/schedule.json",
            [
                ("project", "newscrawl"),
                ("spider", "news"),
                ("site", "demo"),
                ("setting", f"NEWSCRAWL_SITES_FILE={site.sites_file}"),
                ("setting", f"NEWSCRAWL_OUTPUT_DIR={site.out}"),
                ("setting", f"NEWSCRAWL_DATA_DIR={site.data}"),
            ],
        )
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            jobs = _get(f"{scrapyd}/listjobs.json?project=newscrawl")
            if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                break
            time.sleep(0.3)
        else:
            pytest.fail(f"the scrapyd job did not finish: {jobs}")
        logs = list((tmp_path / "scrapyd" / "logs").rglob("*.log"))
        log_text = logs[0].read_text() if logs else "(no log)"
        outputs = published(site.out)
        assert len(outputs) == 1, log_text[-4000:]
        (records,) = outputs.values()
        assert sorted(slug_of(r) for r in records) == sorted(ARTICLES), log_text[-4000:]
        assert "Traceback" not in log_text, log_text[-4000:]
    finally:
        site.server.stop()
