"""A process's memory as Linux reports it in ``/proc/PID/status`` (``VmPeak``, ``VmHWM``, ...).

Read by the extraction worker (its address-space peak against its memory budget), the run
report (the run's peak resident memory) and the benchmarks (the peak of each process of a run).
"""

from __future__ import annotations

from pathlib import Path


def status_bytes(field: str, pid: int | str = "self") -> int | None:
    """The ``field`` line of ``/proc/PID/status`` in bytes (Linux gives kB), or None where there
    is no such file or line (not Linux, a process that has ended)."""
    prefix = f"{field}:".encode("ascii")
    try:
        with Path(f"/proc/{pid}/status").open("rb") as status:
            for line in status:
                if line.startswith(prefix):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None
