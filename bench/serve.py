"""``python -m bench.serve``: page latencies of ``kg serve`` and a bounded concurrency run.

    python -m bench.serve --store DIR                      # an existing store, as it is
    python -m bench.serve --store DIR --scale-target 10000000   # replicated first (bench/scale.py)
    python -m bench.serve --corpus FILE --limit 400 --scale-target 10000000   # built first

It starts ``kg serve`` on 127.0.0.1 and a free port (its start-up builds the search index if
the store has none, timed here), then asks for entity pages, event pages, the network view
(``/api/network``: the top 200 edges of the default event types) and search, one request at a
time (``--samples`` each; p50/p95/max), and finally runs ``--clients`` client threads for
``--duration`` seconds against a mix of those requests (each thread waits for its answer before
the next: bounded load, loopback only) and counts errors. Targets (issue 18): entity p95 < 300
ms, event < 100 ms, network < 1 s, search < 100 ms, no error under load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["TARGETS_MS", "main", "measure", "search_baseline"]

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/kg-builder/id/"
#: page type → p95 target in milliseconds
TARGETS_MS = {"entity": 300.0, "event": 100.0, "network": 1000.0, "search": 100.0}


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def _samples(index: Path, n: int, seed: int) -> dict[str, list[str]]:
    """Request paths per page type, drawn from the search index: the most reported entities
    and random ones, random events, and name prefixes (the five commonest first)."""
    rng = random.Random(seed)
    db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    top = [r[0] for r in db.execute(
        "SELECT iri FROM totals ORDER BY reports DESC, iri LIMIT ?", (n // 2,))]
    count = db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    some = [db.execute("SELECT iri FROM entities LIMIT 1 OFFSET ?",
                       (rng.randrange(count),)).fetchone()[0] for _ in range(n - len(top))]
    events_n = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    events = [db.execute("SELECT event FROM events LIMIT 1 OFFSET ?",
                         (rng.randrange(events_n),)).fetchone()[0] for _ in range(n)]
    labels = [db.execute("SELECT label FROM entities LIMIT 1 OFFSET ?",
                         (rng.randrange(count),)).fetchone()[0] for _ in range(n)]
    # the worst case too: the 3-letter word starts that begin the most names
    common = [r[0] for r in db.execute(
        "SELECT lower(substr(name, 1, 3)) AS p FROM name_keys WHERE length(name) >= 3 "
        "AND substr(name, 1, 3) NOT GLOB '*[^A-Za-z]*' GROUP BY p ORDER BY COUNT(*) DESC, p "
        "LIMIT 5")]
    db.close()
    words = [w for label in labels for w in label.split()[:1] if len(w) >= 3]
    prefixes = common + [w[: rng.randint(3, min(6, len(w)))] for w in words] or ["rus"]
    from urllib.parse import quote

    return {
        "entity": ["/id/" + quote(iri[len(ID):], safe="/~") for iri in top + some],
        "event": ["/id/" + quote(iri[len(ID):], safe="/~") for iri in events],
        "network": ["/api/network"] * max(5, n // 5),
        "search": ["/search?q=" + quote(p) for p in prefixes[:n]],
    }


#: the search of index schema 2, for the same words on today's index: every per-article row of
#: every matching entity grouped and sorted (what made search slow at 10 M quads)
_GROUPED_SEARCH = """
    WITH hits AS (SELECT DISTINCT iri FROM names WHERE names MATCH ?)
    SELECT e.iri, MAX(e.label), MAX(e.kind), SUM(e.reports), COUNT(*)
    FROM entities e JOIN hits ON e.iri = hits.iri
    GROUP BY e.iri ORDER BY SUM(e.reports) DESC, COUNT(*) DESC, MAX(e.label) LIMIT 20"""


def search_baseline(index: Path, prefixes: list[str], *,
                    say: Callable[[str], None] = print) -> dict[str, Any]:
    """The same prefixes searched in SQLite directly, without HTTP: the ranked search
    (:meth:`SearchIndex.search`) against grouping every per-article row (the old search)."""
    from kg_builder.serve.search import SearchIndex, match_expression

    out: dict[str, Any] = {}
    db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    with SearchIndex(index, read_only=True) as ix:
        for name, run in (("ranked", lambda w: ix.search(w)),
                          ("grouped", lambda w: db.execute(
                              _GROUPED_SEARCH, (match_expression(w),)).fetchall())):
            run(prefixes[0])
            times = []
            for word in prefixes:
                t = time.perf_counter()
                run(word)
                times.append(time.perf_counter() - t)
            out[name] = {"p50_ms": 1000 * statistics.median(times),
                         "p95_ms": 1000 * _percentile(times, 0.95),
                         "max_ms": 1000 * max(times)}
    db.close()
    r, g = out["ranked"], out["grouped"]
    say(f"  search in SQLite ({len(prefixes)} prefixes): ranked p50 {r['p50_ms']:.1f} ms,"
        f" p95 {r['p95_ms']:.1f} ms, max {r['max_ms']:.1f} ms; grouped per article (the old"
        f" search) p50 {g['p50_ms']:.1f} ms, p95 {g['p95_ms']:.1f} ms, max {g['max_ms']:.1f}"
        f" ms; p95 ratio {g['p95_ms'] / max(r['p95_ms'], 1e-9):.0f}x")
    return out


def _get(client: Any, path: str) -> tuple[int, float]:
    accept = "application/json" if path.startswith(("/api/", "/search")) else "text/html"
    t = time.perf_counter()
    response = client.get(path, headers={"Accept": accept})
    _ = response.content
    return response.status_code, time.perf_counter() - t


def measure(store: str, *, samples: int = 40, clients: int = 20, duration: float = 60.0,
            timeout: float = 30.0, say: Callable[[str], None] = print,
            seed: int = 18) -> dict[str, Any]:
    """Start ``kg serve`` on ``store``, measure, stop it; the figures as a dict."""
    from urllib.parse import unquote

    import httpx

    from kg_builder.serve.search import index_path, sync_index
    from kg_builder.store import open_store

    out: dict[str, Any] = {"store": store, "cpu_count": os.cpu_count()}
    kg_store = open_store(store, read_only=True)
    t = time.perf_counter()
    report = sync_index(kg_store, index_path(store))
    kg_store.close()
    out["index"] = {"s": time.perf_counter() - t, "articles": report.articles,
                    "indexed": report.refreshed, "bytes": index_path(store).stat().st_size}
    say(f"  search index: {report.articles:,} articles, {report.refreshed:,} indexed in"
        f" {out['index']['s']:.1f} s ({out['index']['bytes'] / 1024**2:.0f} MB)")
    port = _free_port()
    log = tempfile.TemporaryFile()
    server = subprocess.Popen([sys.executable, "-m", "kg_builder", "serve", "--store", store,
                               "--port", str(port), "--timeout", str(timeout)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=timeout + 10) as client:
            deadline = time.monotonic() + 300
            while True:
                if server.poll() is not None:
                    log.seek(0)
                    raise SystemExit("kg serve exited: " + log.read().decode(errors="replace"))
                try:
                    if client.get("/favicon.ico").status_code == 204:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("kg serve did not start in 300 s")
                time.sleep(0.2)
            paths = _samples(index_path(store), samples, seed)
            for kind in paths:  # one warm-up request per kind (worker caches, page cache)
                _get(client, paths[kind][0])
            pages: dict[str, Any] = {}
            for kind, todo in paths.items():
                times, errors = [], 0
                for path in todo:
                    status, seconds = _get(client, path)
                    times.append(seconds)
                    errors += status != 200
                pages[kind] = {"n": len(times), "errors": errors,
                               "p50_ms": 1000 * statistics.median(times),
                               "p95_ms": 1000 * _percentile(times, 0.95),
                               "max_ms": 1000 * max(times), "target_ms": TARGETS_MS[kind]}
            out["pages"] = pages
            say(f"  one request at a time ({samples} entities, {samples} events, search prefixes,"
                " network = /api/network top 200 edges):")
            say(f"  {'page':8s} {'n':>4s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}"
                f" {'target':>8s}  errors")
            for kind, p in pages.items():
                ok = p["p95_ms"] < p["target_ms"] and not p["errors"]
                say(f"  {kind:8s} {p['n']:4d} {p['p50_ms']:8.1f} {p['p95_ms']:8.1f}"
                    f" {p['max_ms']:8.1f} {p['target_ms']:8.0f}  {p['errors']}"
                    f"  [{'PASS' if ok else 'FAIL'}]")
            out["search_sql"] = search_baseline(
                index_path(store),
                [unquote(p.split("=", 1)[1]) for p in paths["search"]], say=say)
            out["load"] = _load(base, paths, clients=clients, duration=duration,
                                timeout=timeout)
            load = out["load"]
            say(f"  {clients} clients for {duration:.0f} s: {load['requests']:,} requests"
                f" ({load['requests'] / load['seconds']:.1f}/s), {load['errors']} errors,"
                f" p50 {load['p50_ms']:.0f} ms, p95 {load['p95_ms']:.0f} ms, max"
                f" {load['max_ms']:.0f} ms  [{'PASS' if not load['errors'] else 'FAIL'}]")
    finally:
        server.terminate()  # the server this function started
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        log.close()
    return out


def _load(base: str, paths: dict[str, list[str]], *, clients: int, duration: float,
          timeout: float) -> dict[str, Any]:
    """``clients`` threads, each sending one request after the other for ``duration`` s."""
    import httpx

    mix = [p for kind in ("entity", "event", "search") for p in paths[kind]] + paths["network"]
    stop_at = time.monotonic() + duration
    lock = threading.Lock()
    times: list[float] = []
    errors: list[str] = []

    def run(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=timeout + 10) as client:
            for _ in range(100_000):  # bounded in count as well as in time
                if time.monotonic() >= stop_at:
                    return
                path = rng.choice(mix)
                try:
                    status, seconds = _get(client, path)
                except httpx.HTTPError as exc:
                    with lock:
                        errors.append(f"{path}: {type(exc).__name__}")
                    continue
                with lock:
                    times.append(seconds)
                    if status != 200:
                        errors.append(f"{path}: HTTP {status}")

    t = time.monotonic()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return {"clients": clients, "seconds": time.monotonic() - t, "requests": len(times),
            "errors": len(errors), "first_errors": errors[:5],
            "p50_ms": 1000 * statistics.median(times) if times else float("nan"),
            "p95_ms": 1000 * _percentile(times, 0.95), "max_ms": 1000 * max(times, default=0)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.serve", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--store", type=Path, help="an existing store folder")
    p.add_argument("--corpus", type=Path, help="or build this JSONL corpus first")
    p.add_argument("--limit", type=int, default=None, help="only its first N articles")
    p.add_argument("--scale-target", type=int, default=0,
                   help="replicate the store to this many quads first (0: as it is)")
    p.add_argument("--samples", type=int, default=40, help="requests per page type")
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--duration", type=float, default=60.0)
    p.add_argument("--workdir", type=Path, default=None)
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument("--out", type=Path, default=ROOT / "out" / "bench")
    args = p.parse_args(argv)
    if (args.store is None) == (args.corpus is None):
        p.error("give --store or --corpus")
    work = Path(tempfile.mkdtemp(prefix="kg-bench-serve-", dir=args.workdir))
    results: dict[str, Any] = {"started": dt.datetime.now().isoformat(timespec="seconds"),
                               "cpu_count": os.cpu_count()}
    try:
        store = args.store
        if args.corpus is not None:
            from bench.run import _limited
            from kg_builder import build, open_store

            text = _limited(args.corpus, args.limit, work)
            store = work / "corpus-store"
            t = time.perf_counter()
            s = open_store(store)
            try:
                summary = build([text], s)
            finally:
                s.close()
            print(f"built {summary.built:,} articles in {time.perf_counter() - t:.0f} s")
        assert store is not None
        if args.scale_target > 0:
            from bench.phases import scale

            t = time.perf_counter()
            sc = scale({"store": str(store), "dir": str(work), "scaled": str(work / "scaled"),
                        "target": args.scale_target})
            results["scale"] = sc
            store = work / "scaled"
            print(f"scaled: {sc['copies']} copies, {sc['quads']:,} quads in"
                  f" {time.perf_counter() - t:.0f} s")
        print(f"kg serve on {store} ({os.cpu_count()} cores)")
        results["serve"] = measure(str(store), samples=args.samples, clients=args.clients,
                                   duration=args.duration)
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / f"serve-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
        path.write_text(json.dumps(results, indent=2))
        print(f"results written to {path}")
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
