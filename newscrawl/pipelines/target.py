"""Where ``parse -o PATH`` writes, decided once before the run, without trusting the path blindly.

* ``-`` : the JSONL lines stream to standard output as they are due (logs and progress stay on
  standard error).
* a path that names one of this process's open files (``/dev/stdout``, ``/dev/stderr``,
  ``/dev/fd/N``, ``/proc/self/fd/N``, or a symlink to one): that file descriptor is written to,
  as with ``-``; so ``-o /dev/stdout >> all.jsonl`` appends as the shell asked.
* an existing path that is not a regular file (a FIFO, a character or block device): written
  to directly, in place; it is never renamed over or replaced. A socket cannot be opened as a
  file: refused, naming ``-o -`` instead.
* anything else (a regular file, a new name, a symlink to either): atomically. The lines go to
  a temporary file in the directory of the *final* file, which is renamed over it at the end, so
  a symlink stays a symlink and its target file gets the new content. A run that does not
  finish leaves the file as it was.

Only the atomic mode can keep a half-finished run's lines from readers; in the other modes the
lines are out as soon as they are written, and an unfinished run says so in its log.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

STDOUT = "-"
"""The ``-o`` value that means standard output."""

_PROC_FD = re.compile(r"^/proc/(?:self|thread-self|(\d+))/fd/(\d+)$")
_MAX_LINKS = 40


@dataclass(frozen=True, slots=True)
class OutputTarget:
    """How and where the lines are written."""

    mode: Literal["atomic", "direct", "fd"]
    path: Path
    """Atomic: the file renamed over at the end (symlinks resolved). Direct: the path as given.
    Fd: the path as given (for messages)."""
    fd: int | None = None
    """Mode ``fd``: this process's file descriptor to write to."""
    given: str = ""
    """The path as the user gave it (for messages)."""

    @property
    def atomic(self) -> bool:
        return self.mode == "atomic"

    def describe(self) -> str:
        if self.mode == "fd" and self.given in ("", STDOUT):
            return "standard output" if self.fd == 1 else f"file descriptor {self.fd}"
        return self.given or str(self.path)

    def open_lines(self) -> tuple[int, Path | None]:
        """A file descriptor for the lines, and (atomic mode) the temporary file beside ``path``
        that is renamed over it when the run publishes. Mode ``fd``: a duplicate of the
        process's descriptor (closing it leaves the process's own open); ``direct``: the path
        opened in place (no create, no rename). Used by both writers (Scrapy's pipeline and the
        in-process parse)."""
        if self.fd is not None:
            return os.dup(self.fd), None
        if not self.atomic:
            return os.open(self.path, os.O_WRONLY | os.O_CLOEXEC), None
        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        mask = os.umask(0)
        os.umask(mask)
        os.fchmod(fd, 0o666 & ~mask)  # mkstemp makes it private; publish with normal modes
        return fd, Path(name)

    def log_failure(self, log: logging.Logger, err: OSError, written: int) -> None:
        """The error line when the lines cannot be written: the run stops."""
        if self.atomic:
            log.error(
                "Cannot write %s: %s. Nothing was published; free some space or choose another -o.",
                self.describe(),
                err.strerror or err,
            )
        else:
            log.error(
                "Cannot write to %s: %s. The run stops; %d lines were written before.",
                self.describe(),
                err.strerror or err,
                written,
            )

    def log_early_end(self, log: logging.Logger, reason: str, written: int) -> None:
        """The warning when the run ended before publishing (``reason``: Scrapy's close reason)."""
        if self.atomic:
            log.warning(
                "Output not written: the run ended early (%s); %s is unchanged.", reason, self.describe()
            )
        else:
            log.warning(
                "The run ended early (%s): the %d lines written to %s are all it wrote.",
                reason,
                written,
                self.describe(),
            )


def resolve_output(path: str) -> OutputTarget:
    """The target ``path`` names (see the module docstring). Raises ``ValueError`` when the
    directory of the final file does not exist or is not writable, or the path is a directory."""
    if path == STDOUT:
        return OutputTarget("fd", Path(STDOUT), 1, given=path)
    fd = own_fd(path)
    if fd is not None:
        return OutputTarget("fd", Path(path), fd, given=path)
    try:
        mode = Path(path).stat().st_mode  # follows symlinks
    except FileNotFoundError:
        mode = None
    except OSError as err:
        raise ValueError(f"output {path}: {err.strerror or err}") from err
    if mode is not None and stat.S_ISDIR(mode):
        raise ValueError(f"output {path} is a directory; give a file name")
    if mode is not None and stat.S_ISSOCK(mode):
        raise ValueError(
            f"output {path} is a socket, which cannot be opened as a file; "
            "write to standard output (-o -) and send that to the socket"
        )
    if mode is not None and not stat.S_ISREG(mode):
        if not os.access(path, os.W_OK):
            raise ValueError(f"output {path} is not writable")
        return OutputTarget("direct", Path(path), given=path)
    final = Path(os.path.realpath(path))  # a symlink (even a dangling one) keeps pointing here
    parent = final.parent
    if not parent.is_dir():
        raise ValueError(f"output directory {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ValueError(f"output directory {parent} is not writable")
    return OutputTarget("atomic", final, given=path)


def own_fd(path: str) -> int | None:
    """The file descriptor of this process that ``path`` leads to through ``/proc/*/fd/N``
    (``/dev/stdout`` is a symlink to ``/proc/self/fd/1``), or None."""
    current = os.path.normpath(Path(path).absolute())
    for _ in range(_MAX_LINKS):
        found = _PROC_FD.match(current)
        if found:
            pid, number = found.groups()
            return int(number) if pid is None or int(pid) == os.getpid() else None
        hop = _first_link(current)
        if hop is None:
            return None
        current = hop
    return None


def _first_link(path: str) -> str | None:
    """``path`` with its first symlinked component replaced by the link's target, or None
    when no component is a symlink."""
    parts = Path(path).parts
    for index in range(1, len(parts) + 1):
        prefix = Path(*parts[:index])
        if prefix.is_symlink():
            target = prefix.parent / prefix.readlink()
            return os.path.normpath(target.joinpath(*parts[index:]))
    return None
