"""Start-up time of the ``kg`` command and of the query worker, and what its imports cost.

    python -m bench.startup [--runs 7] [--top 12] [--json FILE] [--kg COMMAND]

Builds the example article into a temporary store once, then runs each command ``--runs`` times
as a user would (the ``kg`` script of this interpreter's environment, a new process each time)
and prints a table of wall times: median, fastest, slowest. The commands: ``kg --help``,
``kg query who-accused-whom`` (csv), ``kg export`` (Turtle to a file), ``kg check``, and the
library's ``open_query`` (worker spawn to last row, timed inside one process that has already
imported ``kg_builder.query``: the worker's own start-up). Then, from ``python -X importtime``,
the import cost of the modules each process starts with — ``kg_builder.cli`` (every ``kg``
command) and ``kg_builder.bounded.run`` (what a query worker imports) — summed by top-level
package, most expensive first.

To compare with another checkout, run it with that checkout first on ``PYTHONPATH`` and
``--kg`` naming a command that runs its CLI (see ``bench/README.md``).

Not a test: it prints numbers and has no pass/fail exit code (see ``bench/README.md``).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["Timing", "import_costs", "kg_command", "main", "time_command"]

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_5095e6f94f9df535.txt"

#: what a process starts with: ``kg`` runs the CLI module; a query worker imports its target's
#: module (kg_builder.bounded.run) and, when started from the ``kg`` script, that script again
START_MODULES = ("kg_builder.cli", "kg_builder.bounded.run")

_WORKER = """
import sys, time
from kg_builder.query import open_query
start = time.perf_counter()
with open_query(sys.argv[1], "who-accused-whom", timeout=60) as answer:
    rows = list(answer)
print(time.perf_counter() - start)
"""


@dataclass(frozen=True, slots=True)
class Timing:
    label: str
    runs: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


def kg_command() -> list[str]:
    """The ``kg`` script beside this interpreter (what ``make setup`` installs), else
    ``python -m kg_builder``."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "kg_builder"]


def time_command(argv: Sequence[str], *, runs: int, label: str) -> Timing:
    """Wall time of ``argv`` as a new process, ``runs`` times; a failed run is an error."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        seconds.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{label}: exit {done.returncode}\n{done.stderr}")
    return Timing(label, seconds)


def _time_worker(store: Path, *, runs: int) -> Timing:
    seconds = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _WORKER, str(store)], capture_output=True,
                              text=True, check=True)
        seconds.append(float(done.stdout.strip().splitlines()[-1]))
    return Timing("open_query worker (spawn → last row)", seconds)


def import_costs(module: str) -> dict[str, float]:
    """Seconds ``import module`` spends per top-level package (the sum of each module's own
    time from ``python -X importtime``), most expensive first."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                          capture_output=True, text=True, check=True)
    per_package: dict[str, float] = defaultdict(float)
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _, name = line.removeprefix("import time:").split("|")
        per_package[name.strip().split(".")[0]] += int(own) / 1e6
    return dict(sorted(per_package.items(), key=lambda kv: -kv[1]))


def _print_timings(timings: list[Timing]) -> None:
    width = max(len(t.label) for t in timings)
    print(f"{'command':<{width}}  {'median s':>8}  {'min s':>6}  {'max s':>6}  runs")
    for t in timings:
        print(f"{t.label:<{width}}  {t.median:8.2f}  {min(t.runs):6.2f}  {max(t.runs):6.2f}"
              f"  {len(t.runs)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup",
                                     description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per command (default 7)")
    parser.add_argument("--top", type=int, default=12,
                        help="packages shown per import table (default 12)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--kg", help="the command that runs kg (default: the kg script beside "
                                     "this interpreter)")
    args = parser.parse_args(argv)
    kg = shlex.split(args.kg) if args.kg else kg_command()
    with tempfile.TemporaryDirectory(prefix="kg-startup-") as tmp:
        store = Path(tmp) / "store"
        subprocess.run([*kg, "build", str(SEED), "--store", str(store)], capture_output=True,
                       check=True)
        timings = [
            time_command([*kg, "--help"], runs=args.runs, label="kg --help"),
            time_command([*kg, "query", "who-accused-whom", "--store", str(store), "--format",
                          "csv"], runs=args.runs, label="kg query who-accused-whom"),
            time_command([*kg, "export", "--store", str(store), "--format", "turtle", "-o",
                          os.path.join(tmp, "kg.ttl")], runs=args.runs, label="kg export"),
            time_command([*kg, "check", "--store", str(store)], runs=args.runs,
                         label="kg check"),
            _time_worker(store, runs=args.runs),
        ]
    print(f"wall time of {args.runs} runs each ({' '.join(kg)}; seed article store)")
    _print_timings(timings)
    costs = {module: import_costs(module) for module in START_MODULES}
    for module, per_package in costs.items():
        print(f"\npython -X importtime -c 'import {module}': {sum(per_package.values()):.2f} s")
        for name, seconds in list(per_package.items())[:args.top]:
            print(f"  {name:<24} {seconds * 1000:7.0f} ms")
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"timings": [asdict(t) for t in timings],
                                         "imports": costs}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
