"""Measuring one run of a command: wall time, CPU, peak RSS of its process tree, the machine's
other load, and the stats Scrapy dumps at the end of its log. Used by ``throughput.py``.

"Peak RSS" sums the processes alive at the same time (a parent and its extraction workers):
every 50 ms, the sum of each one's peak resident memory so far (``VmHWM`` from /proc); the
largest such sum. An upper bound of the true peak of the total that misses no short spike.
"Other load" is CPU time used meanwhile by processes not started here, in cores: these machines
are shared, and a busy neighbour slows multi-process figures first. Linux only (/proc).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.memory import status_bytes

HZ = os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    """One measured subprocess run."""

    wall: float
    peak_rss: int
    """Largest sum, over the processes alive together, of each one's peak RSS so far (bytes)."""
    processes: int
    other_load: float
    """Average CPU (in cores) used meanwhile by processes this benchmark did not start."""
    cpu: float
    """CPU seconds used by the run's processes (user + system)."""
    stats: dict[str, Any] = field(default_factory=dict)
    stdout: str = ""

    @property
    def elapsed(self) -> float:
        return float(self.stats.get("elapsed_time_seconds") or self.wall)


def _busy_seconds() -> float:
    fields = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + irq + softirq + steal) / HZ


def _own_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _children_seconds() -> float:
    """CPU time of finished child processes and their waited-for descendants (the workers)."""
    t = os.times()
    return t.children_user + t.children_system


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found.extend(int(k) for k in (task / "children").read_text(encoding="ascii").split())
    except OSError:
        pass
    return found


def measure(argv: list[str], *, cwd: Path, log: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``argv``; wall time, peak RSS of its process tree, other load, Scrapy stats."""
    seen: set[int] = set()
    peak_total = 0
    busy0, own0, children0 = _busy_seconds(), _own_seconds(), _children_seconds()
    start = time.monotonic()
    err = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        argv, cwd=cwd, stdout=subprocess.PIPE, stderr=err, env={**os.environ, **(env or {})}
    )
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_total
        while not done.is_set():
            total, stack = 0, [process.pid]
            while stack:
                pid = stack.pop()
                peak = status_bytes("VmHWM", pid)
                if peak is not None:
                    seen.add(pid)
                    total += peak
                stack.extend(_children(pid))
            peak_total = max(peak_total, total)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = process.communicate()
    done.set()
    sampler.join()
    wall = time.monotonic() - start
    if log:
        err.close()  # type: ignore[union-attr]
    cpu = _children_seconds() - children0
    other = max(0.0, (_busy_seconds() - busy0) - (_own_seconds() - own0)) / wall
    if process.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:] if log else ""
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}):\n{tail}")
    stats = scrapy_stats(log.read_text(errors="replace")) if log else {}
    return Run(wall, peak_total, len(seen), other, cpu, stats, stdout.decode())


def scrapy_stats(text: str) -> dict[str, Any]:
    """The stats dict Scrapy dumps at the end of a run's log (INFO level)."""
    start = text.rfind("Dumping Scrapy stats:")
    if start < 0:
        return {}
    body = text[text.index("{", start) :]
    body = body[: body.index("}\n") + 1]
    body = re.sub(r"datetime\.datetime\([^)]*\)", "None", body)
    stats: dict[str, Any] = ast.literal_eval(body)
    return stats
