"""Cost of one long article: 10 K, 50 K, 200 K and 1 M characters, built end to end.

    python -m bench.long_articles [--sizes 10000,50000,200000,1000000] [--timeout 600]

Each article is real BBC news: whole articles of ``../shared/data/bbc_news/bbc_news.jsonl``
joined with blank lines until the size is reached (read at run time, never copied). Each size is
built by :func:`kg_builder.build` in its own process into a fresh store; the table shows the
process's wall time (loading the model included, ~5 s), seconds per 100 K characters, the same
for the build's steps alone (``BuildSummary.timings`` summed: flat when cost grows linearly),
the peak RSS of that process (``ru_maxrss`` of the child) and the time of each step. A size that
takes longer than ``--timeout`` seconds is stopped and shown as such. Not a test: it prints a
table and has no pass/fail exit code.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["long_text", "main"]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bbc_news" / "bbc_news.jsonl"
SIZES = (10_000, 50_000, 200_000, 1_000_000)

_CHILD = """
import json, sys, time
from kg_builder import build, open_store
from kg_builder.pipeline import BuildOptions
path, store = sys.argv[1], sys.argv[2]
start = time.perf_counter()
with open_store(store) as st:
    summary = build([path], st, options=BuildOptions())
print(json.dumps({"wall": time.perf_counter() - start, "timings": summary.timings,
                  "built": summary.articles, "events": summary.events}))
"""


def long_text(size: int, corpus: Path = CORPUS) -> str:
    """Whole BBC articles joined by blank lines, cut at ``size`` characters (at a space)."""
    parts: list[str] = []
    total = 0
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"].strip()
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    joined = "\n\n".join(parts)
    if len(joined) < size:
        raise SystemExit(f"{corpus} holds only {len(joined):,} characters, {size:,} asked for")
    cut = joined.rfind(" ", 0, size)
    return joined[: cut if cut > size // 2 else size]


def _run(size: int, *, timeout: float, work: Path) -> dict[str, object]:
    path = work / f"long-{size}.txt"
    path.write_text(long_text(size), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    try:
        command = [sys.executable, "-c", _CHILD, str(path), str(work / f"store-{size}")]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        return {"size": len(path.read_text(encoding="utf-8")), "timeout": timeout}
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0:
        return {"size": size, "error": done.stderr.strip().splitlines()[-1:]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # ru_maxrss of children is the largest child so far: sizes run from small to large
    result.update(size=len(path.read_text(encoding="utf-8")), process_wall=wall,
                  peak_rss_mb=max(peak, before) / 1024)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.long_articles",
                                     description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="comma-separated sizes in characters")
    parser.add_argument("--timeout", type=float, default=600.0,
                        help="seconds after which a size is stopped (default 600)")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    print(f"{'chars':>9} {'wall s':>7} {'s/100K':>7} {'steps/100K':>10} {'peak RSS MB':>11} "
          f"{'parse':>6} {'extract':>7} {'resolve':>7} {'map':>5} {'valid.':>6} {'store':>5} "
          f"{'events':>6}")
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        for size in sizes:
            r = _run(size, timeout=args.timeout, work=Path(tmp))
            if "timeout" in r:
                print(f"{r['size']:>9,} {'> ' + str(int(args.timeout)):>7} (stopped)")
                continue
            if "error" in r:
                print(f"{r['size']:>9,} error: {r['error']}")
                continue
            t = r["timings"]
            wall = float(r["process_wall"])
            steps = sum(t.values())
            print(f"{r['size']:>9,} {wall:>7.1f} {wall / r['size'] * 100_000:>7.2f} "
                  f"{steps / r['size'] * 100_000:>10.2f} {r['peak_rss_mb']:>11,.0f} "
                  f"{t['parse']:>6.1f} {t['extract']:>7.1f} "
                  f"{t['resolve']:>7.1f} {t['map']:>5.1f} {t['validate']:>6.1f} "
                  f"{t['store']:>5.1f} {r['events']:>6}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
