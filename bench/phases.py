"""The measured steps. Each runs in its own process: ``python -m bench.phases NAME ARGS_JSON OUT``.

A step writes its figures as JSON to OUT (stdout is left to spaCy's and pySHACL's warnings) and
adds its own ``getrusage`` maxima; the parent samples the process tree's memory from /proc.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["PHASES", "QUERIES", "dir_size", "parse_settings"]

#: name → parameters of the named queries timed on every store
QUERIES: dict[str, dict[str, str]] = {
    "who-accused-whom": {},
    "events": {},
    "entity": {"name": "Blair"},
}


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _texts(corpus: str, *, max_chars: int) -> Iterator[str]:
    """The texts ``build`` would parse: same reader, same limits, failures skipped."""
    from kg_builder.model import Failure
    from kg_builder.sources import ReadOptions, read_inputs

    opts = ReadOptions(max_chars=max_chars)
    for item in read_inputs([corpus], options=opts):
        if not isinstance(item, Failure):
            yield item.text


def parse_settings() -> dict[str, Any]:
    """kg_builder's parse settings (``BuildOptions()``), read by the bench's parent and passed to
    the ceilings, so that a ceiling imports nothing of kg_builder but ``kg_builder.nlp``."""
    from kg_builder.pipeline import BuildOptions

    opts = BuildOptions()
    return {"model": opts.model, "max_chars": opts.max_chars, "batch_size": opts.batch_size}


def _settings(args: dict[str, Any]) -> dict[str, Any]:
    missing = {"model", "max_chars", "batch_size"} - args.keys()
    if missing:
        raise ValueError(f"a ceiling step needs kg_builder's parse settings; {sorted(missing)} missing"
                         " from its arguments: pass bench.phases.parse_settings() (bench.run does)")
    return {k: args[k] for k in ("model", "max_chars", "batch_size")}


def ceiling(args: dict[str, Any]) -> dict[str, Any]:
    """``nlp.pipe`` with kg_builder's own pipeline and settings, counting words, nothing else.

    The clock starts before spaCy is imported: a build parses in a spawned worker process that
    imports spaCy inside the build's clock, so the bare parse pays the same (``import_s``).
    ``args`` carries kg_builder's settings (:func:`parse_settings`), so that nothing else of
    kg_builder is imported here."""
    settings = _settings(args)
    t0 = time.perf_counter()
    from kg_builder.nlp import load_pipeline  # imports spaCy

    t_import = time.perf_counter()
    nlp = load_pipeline(model=settings["model"], numpy_ops=args["ops"] == "numpy")
    nlp.max_length = max(nlp.max_length, settings["max_chars"] + 1)
    from thinc.api import get_current_ops

    ops = get_current_ops()
    t1 = time.perf_counter()
    words = docs = 0
    workers = max(1, int(args["workers"]))
    for doc in nlp.pipe(_texts(args["corpus"], max_chars=settings["max_chars"]),
                        batch_size=settings["batch_size"], n_process=workers):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        docs += 1
    t2 = time.perf_counter()
    return {"ops": args["ops"], "ops_class": f"{type(ops).__name__}(use_blis={getattr(ops, 'use_blis', None)})",
            "workers": workers, "batch_size": settings["batch_size"], "model": nlp.meta.get("name"),
            "pipes": list(nlp.pipe_names), "docs": docs, "words": words,
            "import_s": t_import - t0, "load_s": t1 - t_import,
            "pipe_s": t2 - t1, "total_s": t2 - t0}


def _pipe_shard(corpus: str, index: int, count: int, ops: str,
                settings: dict[str, Any]) -> dict[str, Any]:
    """In a spawned process: load the pipeline and parse every ``count``-th text from
    ``index`` on, counting words (nothing else; no Doc leaves the process)."""
    t0 = time.perf_counter()
    from kg_builder.nlp import load_pipeline  # imports spaCy

    t_import = time.perf_counter()
    nlp = load_pipeline(model=settings["model"], numpy_ops=ops == "numpy")
    nlp.max_length = max(nlp.max_length, settings["max_chars"] + 1)
    t1 = time.perf_counter()
    texts = (text for i, text in enumerate(_texts(corpus, max_chars=settings["max_chars"]))
             if i % count == index)
    words = docs = 0
    for doc in nlp.pipe(texts, batch_size=settings["batch_size"]):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        docs += 1
    return {"words": words, "docs": docs, "import_s": t_import - t0, "load_s": t1 - t_import,
            "pipe_s": time.perf_counter() - t1}


def ceiling_shards(args: dict[str, Any]) -> dict[str, Any]:
    """The ceiling for several processes without spaCy's ``n_process`` machinery: each of
    ``workers`` spawned processes parses its own share of the texts (every n-th) and sends back
    only a word count. spaCy's ``n_process`` sends every parsed Doc back to the parent; a
    kg_builder worker does not, so this is the stricter ceiling for ``--workers N``."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = int(args["workers"])
    settings = _settings(args)
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = list(pool.map(_pipe_shard, [args["corpus"]] * workers, range(workers),
                              [workers] * workers, [args["ops"]] * workers,
                              [settings] * workers))
    total = time.perf_counter() - t0
    imported = max(p["import_s"] for p in parts)
    load = max(p["import_s"] + p["load_s"] for p in parts) - imported
    return {"ops": args["ops"], "ops_class": "NumpyOps(use_blis=False)" if args["ops"] == "numpy"
            else "NumpyOps(use_blis=True)", "workers": workers, "shards": workers,
            "batch_size": None, "model": None, "pipes": [],
            "docs": sum(p["docs"] for p in parts), "words": sum(p["words"] for p in parts),
            "import_s": imported, "load_s": load, "pipe_s": total - load - imported,
            "total_s": total,
            "shard_pipe_s": [p["pipe_s"] for p in parts]}


def build(args: dict[str, Any]) -> dict[str, Any]:
    """``kg_builder.pipeline.build`` into a fresh embedded store."""
    from kg_builder.pipeline import BuildOptions
    from kg_builder.pipeline import build as kg_build
    from kg_builder.store import open_store

    store_path = Path(args["store"])
    opts = BuildOptions(workers=args["workers"])
    t0 = time.perf_counter()
    store = open_store(store_path)
    try:
        summary = kg_build([args["corpus"]], store, options=opts)
    finally:
        store.close()
    total = time.perf_counter() - t0
    return {"workers": opts.workers, "total_s": total, "articles": summary.articles,
            "built": summary.built, "failed": summary.failed, "quarantined": summary.quarantined,
            "words": summary.words, "triples": summary.triples, "events": summary.events,
            "entities": summary.entities, "timings": dict(summary.timings),
            "worker_processes": summary.worker_processes,
            "store_bytes": dir_size(store_path),
            "failures": [f"{f.source}: {f.reason}" for f in summary.failures[:5]]}


def _time_queries(location: str, repeat: int, budget_s: float,
                  only: list[str] | None = None) -> dict[str, Any]:
    from kg_builder.query import run_query
    from kg_builder.store import open_store

    store = open_store(location, read_only=True)
    out: dict[str, Any] = {}
    try:
        for name, params in QUERIES.items():
            if only is not None and name not in only:
                continue
            runs: list[float] = []
            rows = 0
            while len(runs) < repeat:
                t = time.perf_counter()
                rows = len(run_query(store, name, params=params).rows)
                runs.append(time.perf_counter() - t)
                if sum(runs) > budget_s and len(runs) < repeat:
                    break  # slow query: fewer runs, said in the output
            out[name] = {"median_s": statistics.median(runs), "runs": len(runs),
                         "min_s": min(runs), "max_s": max(runs), "rows": rows, "params": params}
        out["_triples"] = store.triple_count()
    finally:
        store.close()
    return out


def queries(args: dict[str, Any]) -> dict[str, Any]:
    return _time_queries(args["store"], args["repeat"], args["budget_s"], args.get("only"))


def export(args: dict[str, Any]) -> dict[str, Any]:
    """``kg_builder.export.export_store`` of the whole store, per format, to a file."""
    from kg_builder.export import export_store
    from kg_builder.store import open_store

    store = open_store(args["store"], read_only=True)
    out: dict[str, Any] = {}
    try:
        for fmt, suffix in (("turtle", "ttl"), ("nquads", "nq")):
            path = Path(args["dir"]) / f"export.{suffix}"
            t = time.perf_counter()
            with path.open("wb") as f:
                export_store(store, f, fmt=fmt)
            out[fmt] = {"s": time.perf_counter() - t, "bytes": path.stat().st_size}
            path.unlink()
    finally:
        store.close()
    return out


def scale(args: dict[str, Any]) -> dict[str, Any]:
    """Replicate the corpus store to ≥ ``target`` quads in a new store (bulk load)."""
    import pyoxigraph as ox

    from bench.scale import bulk_load_copies, compact, copies_needed, count_lines

    work = Path(args["dir"])
    dump = work / "corpus.nq"
    t0 = time.perf_counter()
    source = ox.Store.read_only(args["store"])
    source.dump(str(dump), ox.RdfFormat.N_QUADS)
    del source
    article_quads, ontology_quads = count_lines(dump)
    copies = copies_needed(article_quads, ontology_quads, args["target"])
    t1 = time.perf_counter()
    bulk_load_copies(dump, Path(args["scaled"]), copies)
    t2 = time.perf_counter()
    compact(Path(args["scaled"]))
    t3 = time.perf_counter()
    dump.unlink()
    check = ox.Store.read_only(args["scaled"])
    quads = len(check)
    del check
    return {"copies": copies, "article_quads": article_quads, "ontology_quads": ontology_quads,
            "quads": quads, "dump_s": t1 - t0, "bulk_load_s": t2 - t1, "compact_s": t3 - t2,
            "store_bytes": dir_size(Path(args["scaled"]))}


PHASES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "ceiling": ceiling, "ceiling_shards": ceiling_shards, "build": build, "queries": queries, "export": export, "scale": scale,
}


def _main(argv: list[str]) -> int:
    name, args, out = argv[0], json.loads(argv[1]), Path(argv[2])
    result = PHASES[name](args)
    kb = 1024  # ru_maxrss is in KiB on Linux
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    result["rusage"] = {
        "self_maxrss": me.ru_maxrss * kb,
        "children_maxrss": kids.ru_maxrss * kb,
        "cpu_s": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
        "system_s": me.ru_stime + kids.ru_stime,
        "minor_faults": me.ru_minflt + kids.ru_minflt,
    }
    out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
