"""A runaway query stopped by its time limit: how long until its worker is gone and its memory
back (issue 17, item 4). Not a test; prints numbers.

    python -m bench.runaway --store DIR [--timeout 10] [--query SPARQL]

The default query is a three-pattern cross product inside each graph, with DISTINCT so that the
engine holds what it has seen (memory grows for as long as it runs). The worker process's RSS is
sampled every 0.1 s; the figures: the worker's peak RSS, the time from the limit to the
QueryTimeoutError and to the moment the worker no longer exists, and the machine's available
memory before the query, at its peak and 0.5 s after the worker is gone.
"""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path

CROSS = "SELECT DISTINCT * WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } }"


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _available_mb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--query", default=CROSS)
    args = parser.parse_args()

    from kg_builder.bounded import stream_query
    from kg_builder.errors import QueryTimeoutError

    before = _available_mb()
    answer = stream_query(args.store, args.query, timeout=args.timeout)
    assert answer._worker is not None and answer._worker.pid is not None
    pid = answer._worker.pid
    limit = time.monotonic() + args.timeout  # the deadline (set when the query was sent)
    peak = {"rss": 0.0, "available": before}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak["rss"] = max(peak["rss"], _rss_mb(pid))
            peak["available"] = min(peak["available"], _available_mb())
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    rows = 0
    try:
        for _ in answer:
            rows += 1
    except QueryTimeoutError:
        raised = time.monotonic()
    else:
        print(f"the query finished within {args.timeout:g} s ({rows:,} rows)")
        return
    while _alive(pid):
        time.sleep(0.01)
    gone = time.monotonic()
    stop.set()
    sampler.join()
    time.sleep(0.5)
    after = _available_mb()
    print(f"timeout {args.timeout:g} s; rows read {rows:,}; worker peak RSS {peak['rss']:.0f} MB")
    print(f"error raised {raised - limit:+.3f} s after the limit; worker gone "
          f"{gone - limit:+.3f} s after the limit")
    print(f"available memory: {before:.0f} MB before, {peak['available']:.0f} MB at the lowest, "
          f"{after:.0f} MB 0.5 s after the worker was gone")


if __name__ == "__main__":
    main()
