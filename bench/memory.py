"""Peak memory of a process tree, sampled from /proc while it runs.

Every ``interval`` seconds the sampler finds the process and all its descendants (by parent pid
in ``/proc/*/stat``) and sums their RSS (``/proc/PID/statm``) and PSS (``/proc/PID/smaps_rollup``).
The peak of each sum is kept. RSS counts pages shared between forked workers once per process
(an upper bound); PSS divides shared pages between the processes sharing them (what the tree
really costs). Samples miss peaks shorter than ``interval``.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

__all__ = ["TreeSampler", "descendants", "tree_memory"]

_PAGE = os.sysconf("SC_PAGE_SIZE")


def descendants(root: int) -> list[int]:
    """``root`` and every live process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name (field 2) is in parentheses and may hold spaces
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def tree_memory(root: int) -> tuple[int, int, int]:
    """(RSS sum, PSS sum, process count) of ``root``'s tree, in bytes."""
    pids = descendants(root)
    return sum(_rss(p) for p in pids), sum(_pss(p) for p in pids), len(pids)


@dataclass(slots=True)
class TreePeak:
    rss: int = 0
    pss: int = 0
    processes: int = 0
    samples: int = 0


class TreeSampler:
    """Samples ``pid``'s process tree in a background thread until :meth:`stop`."""

    def __init__(self, pid: int, *, interval: float = 0.2) -> None:
        self.pid = pid
        self.interval = interval
        self.peak = TreePeak()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-sampler", daemon=True)

    def start(self) -> TreeSampler:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            rss, pss, n = tree_memory(self.pid)
            if n and rss:
                p = self.peak
                p.rss, p.pss, p.processes = max(p.rss, rss), max(p.pss, pss), max(p.processes, n)
                p.samples += 1
            self._stop.wait(self.interval)

    def stop(self) -> TreePeak:
        self._stop.set()
        self._thread.join()
        return self.peak
