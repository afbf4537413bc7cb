"""Real Redis and PostgreSQL servers for the distributed-crawl tests (pytest session fixtures).

Each server runs from a temporary directory on 127.0.0.1 and a free port, and is stopped at
the end of the session. Without the server binaries (``redis-server``; PostgreSQL's ``initdb``
and ``pg_ctl``) the tests that need them are skipped with a message saying how to get them;
under CI (``CI=true``) a missing binary is an error instead: ``.ci/run`` installs them.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HOW = (
    "install the servers to run the distributed-crawl tests: "
    "apt-get install redis-server postgresql (Debian/Ubuntu), or brew install redis postgresql; "
    "and pip install -e '.[distributed]'"
)


_MAIN_PID = os.getpid()


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM as Ctrl-C: pytest then tears its fixtures down, and the servers stop (PostgreSQL
    runs as a daemon of ``pg_ctl``: a plain SIGTERM to pytest would leave it running). A process
    forked from pytest that inherited this handler dies of the signal as it would have."""
    if os.getpid() != _MAIN_PID:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise KeyboardInterrupt(f"signal {signum}: stopping the test servers")


def pytest_configure(config: pytest.Config) -> None:
    main = threading.current_thread() is threading.main_thread()
    if main and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)


def _missing(what: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} is missing under CI: .ci/run should have installed it")
    pytest.skip(f"{what} not found; {HOW}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_port(port: int, process: subprocess.Popen[bytes] | None, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with status {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on 127.0.0.1:{port} within {timeout}s")


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    """``redis://127.0.0.1:PORT`` of a private redis-server (no persistence)."""
    with run_redis() as url:
        yield url


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """``postgresql://newscrawl@127.0.0.1:PORT/newscrawl`` of a private cluster."""
    with run_postgres() as url:
        yield url


@contextlib.contextmanager
def run_redis() -> Iterator[str]:
    """Start redis-server on 127.0.0.1 (a free port, no persistence); stop it at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        _missing("redis-server")
    if importlib.util.find_spec("redis") is None or importlib.util.find_spec("scrapy_redis") is None:
        _missing("the Python packages redis and scrapy-redis")
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="newscrawl-redis-")
    process = subprocess.Popen(
        [
            str(binary),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            workdir,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_port(port, process, "redis-server")
        yield f"redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


@contextlib.contextmanager
def run_postgres() -> Iterator[str]:
    """A private PostgreSQL cluster (trust auth, 127.0.0.1 only) made by initdb in a temporary
    directory, with a database ``newscrawl``; stopped and deleted at the end. As root, the cluster runs as the
    ``postgres`` system user (PostgreSQL refuses to run as root)."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        _missing("PostgreSQL (initdb, pg_ctl)")
    if importlib.util.find_spec("psycopg") is None:
        _missing("the Python package psycopg")
    assert initdb is not None and pg_ctl is not None
    prefix: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="newscrawl-pg-"))
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run PostgreSQL as")
        os.chown(workdir, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data, log = workdir / "data", workdir / "log"
    port = free_port()
    subprocess.run(
        [*prefix, initdb, "-D", str(data), "-U", "newscrawl", "-A", "trust", "-E", "UTF8", "--no-sync"],
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {workdir} -c fsync=off"
    subprocess.run(
        [*prefix, pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "start"],
        check=True,
        capture_output=True,
    )
    try:
        _wait_port(port, None, "postgres")
        base = f"postgresql://newscrawl@127.0.0.1:{port}"
        import psycopg  # noqa: PLC0415 - optional: the fixture skips without it

        with psycopg.connect(f"{base}/postgres", autocommit=True) as db:
            db.execute("CREATE DATABASE newscrawl")
        yield f"{base}/newscrawl"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"], check=False, capture_output=True
        )
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def fresh_postgres(postgres_server: str) -> Iterator[str]:
    """A database of its own for one test (dropped afterwards)."""
    import psycopg  # noqa: PLC0415 - optional: the fixture skips without it

    name = f"t{os.getpid()}_{time.monotonic_ns()}"
    admin = postgres_server.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")
    yield postgres_server.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def fresh_redis(redis_server: str) -> Iterator[str]:
    """A Redis database emptied before and after one test."""
    from newscrawl.frontier.url import redis_client  # noqa: PLC0415

    url = f"{redis_server}/1"
    client = redis_client(url)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()
