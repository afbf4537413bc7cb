"""One run per site at a time: an ``flock`` on ``<data dir>/locks/<site>.lock``.

The kernel drops the lock when the process dies (even by SIGKILL), so no stale lock survives.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class SiteLocked(RuntimeError):
    """Another run of the same site holds the lock."""


class SiteLock:
    """Exclusive, non-blocking lock of one site's state; ``acquire`` raises ``SiteLocked``."""

    def __init__(self, data_dir: str | Path, site: str) -> None:
        self.site = site
        self.path = Path(data_dir) / "locks" / f"{site}.lock"
        self._fd: int | None = None

    def acquire(self) -> SiteLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 200).decode("utf-8", "replace").strip() or "unknown"
            os.close(fd)
            raise SiteLocked(
                f"another crawl of site {self.site!r} is running (lock {self.path}, held by "
                f"{holder}); wait for it to finish, or run again later"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> SiteLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
