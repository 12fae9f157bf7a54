"""Goldens for refactoring the extractor: the same input must give the same output, byte for byte.

``record DIR`` builds a fixed corpus — the seed article, the 316 PLOVER sentences, the first
400 BBC and the first 200 Reuters-21578 articles (read from ``../shared/data``, never copied into
the project) — and writes what today's code makes of it:

- ``readings.jsonl``: per article, the extractor's records before resolution (mentions with their
  ids, events, facts, positions, demonyms) and after it (entities, events with entity keys);
- ``export.nq``: the sorted N-Quads export of a fresh store built from the corpus;
- ``timing.json``: CPU seconds spent in :func:`kg_builder.extract.read_doc` (the parse is
  excluded; CPU time, so other work on the machine matters less).

``check DIR`` makes the same files from the working tree and compares them; it prints the first
differences and exits 1 if anything differs, 0 if both are identical. ``diff DIR`` shows, for a
change made on purpose, which resolved events appeared or went (agent, type, target, sentence),
per article — for development articles only: articles of the held-out part
(``tests/data/audit/split.json``) are counted, never shown.

    .venv/bin/python -m bench.golden record out/golden        # on the commit before the change
    .venv/bin/python -m bench.golden check out/golden         # after every commit of the change
    .venv/bin/python -m bench.golden diff out/golden          # what a change on purpose changed
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

__all__ = ["main", "make"]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "examples" / "000_5095e6f94f9df535.txt"
BBC_LIMIT = 400
REUTERS_LIMIT = 200


def _first(path: Path, limit: int) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n >= limit:
                return
            rec = json.loads(line)
            yield {"id": rec["id"], "title": rec.get("title"), "text": rec["text"]}


def corpus(tmp: Path) -> list[Path]:
    """The golden corpus as build inputs (JSONL files written to ``tmp``)."""
    plover = tmp / "plover.jsonl"
    with plover.open("w", encoding="utf-8") as out:
        with (DATA / "plover_gsr" / "plover_gsr_sentences.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                rec = json.loads(line)
                out.write(json.dumps({"id": rec["id"], "text": rec["text"]}) + "\n")
    inputs = [SEED, plover]
    for name, path, limit in (("bbc", DATA / "bbc_news" / "bbc_news.jsonl", BBC_LIMIT),
                              ("reuters", DATA / "reuters21578" / "reuters21578.jsonl",
                               REUTERS_LIMIT)):
        part = tmp / f"{name}.jsonl"
        with part.open("w", encoding="utf-8") as out:
            for rec in _first(path, limit):
                out.write(json.dumps(rec) + "\n")
        inputs.append(part)
    return inputs


def _readings(inputs: list[Path], out: Path) -> float:
    """Write the extraction records of every article; return CPU seconds spent in ``read_doc``."""
    from kg_builder.extract import read_doc
    from kg_builder.model import Failure
    from kg_builder.nlp import load_pipeline
    from kg_builder.resolve import resolve
    from kg_builder.sources import ReadOptions, read_inputs

    nlp = load_pipeline()
    articles = [a for a in read_inputs(inputs, options=ReadOptions()) if not isinstance(a, Failure)]
    seconds = 0.0
    with out.open("w", encoding="utf-8") as sink:
        for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True,
                                     batch_size=16):
            t = time.process_time()
            reading = read_doc(doc, article)
            seconds += time.process_time() - t
            record = {
                "id": article.id,
                "mentions": [asdict(m) for m in reading.mentions],
                "events": [asdict(e) for e in reading.events],
                "facts": [asdict(f) for f in reading.facts],
                "positions": {str(k): v for k, v in sorted(reading.positions.items())},
                "demonyms": reading.demonyms,
                "words": reading.words,
                "resolved": {k: v for k, v in resolve(reading).to_dict().items() if k != "article"},
            }
            sink.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return seconds


def _export(inputs: list[Path], out: Path, tmp: Path) -> list[str]:
    """Build the corpus into a fresh store, write its sorted N-Quads; return the failures."""
    from kg_builder.export import export_store
    from kg_builder.pipeline import build
    from kg_builder.store import open_store

    store = open_store(str(tmp / "store"))
    try:
        summary = build(inputs, store)
        raw = tmp / "export.nq"
        with raw.open("wb") as sink:
            export_store(store, sink, fmt="nquads")
    finally:
        store.close()
    lines = sorted(set(raw.read_text(encoding="utf-8").splitlines()))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sorted(f"{Path(f.source).name}: {f.reason}" for f in summary.failures)


def make(target: Path, *, inputs: list[Path] | None = None) -> None:
    """Write readings.jsonl, export.nq, failures.txt and timing.json to ``target`` (of the golden
    corpus, or of ``inputs``)."""
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-golden-") as name:
        tmp = Path(name)
        inputs = inputs or corpus(tmp)
        seconds = _readings(inputs, target / "readings.jsonl")
        failures = _export(inputs, target / "export.nq", tmp)
    (target / "failures.txt").write_text("".join(f + "\n" for f in failures), encoding="utf-8")
    (target / "timing.json").write_text(json.dumps({"read_doc_seconds": round(seconds, 3)}) + "\n",
                                        encoding="utf-8")


def _compare(name: str, old: Path, new: Path, *, show: int = 12) -> bool:
    a = old.read_text(encoding="utf-8").splitlines()
    b = new.read_text(encoding="utf-8").splitlines()
    if a == b:
        print(f"  {name:16} identical ({len(a):,} lines)")
        return True
    diff = [d for d in difflib.unified_diff(a, b, "golden", "now", n=0, lineterm="")
            if d[:1] in "+-" and not d.startswith(("+++", "---"))]
    print(f"  {name:16} DIFFERS: {sum(d[0] == '-' for d in diff)} lines gone, "
          f"{sum(d[0] == '+' for d in diff)} new (of {len(a):,})")
    for d in diff[:show]:
        print("    " + d[:300])
    return False


def _events(path: Path) -> dict[str, set[tuple[str, str, str, str]]]:
    """Per article: its resolved events as (type, agent label, target label, sentence)."""
    out: dict[str, set[tuple[str, str, str, str]]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            resolved = rec["resolved"]
            labels = {e["key"]: e["label"] for e in resolved["entities"]}
            out[rec["id"]] = {
                (f"{e['type']}{'' if e['polarity'] == 'positive' else ' (negated)'}"
                 f"{'' if e['modality'] == 'asserted' else ' (' + e['modality'] + ')'}",
                 labels.get(e["agent"], e["agent"]), labels.get(e["target"] or "", "-"),
                 e["evidence"]["text"]) for e in resolved["events"]}
    return out


def _held_out() -> set[str]:
    split = json.loads((ROOT / "tests" / "data" / "audit" / "split.json").read_text("utf-8"))
    return {i for ids in split.values() if isinstance(ids, list) for i in ids}


def diff(old: Path, new: Path) -> int:
    """Print the events that appeared (+) or went (-) per development article; return how many
    articles differ."""
    before, after = _events(old / "readings.jsonl"), _events(new / "readings.jsonl")
    hidden = _held_out()
    changed = [a for a in before if before[a] != after.get(a, set())]
    for article in changed:
        if article in hidden:
            continue
        print(f"[{article}]")
        for sign, events in (("-", before[article] - after[article]),
                             ("+", after[article] - before[article])):
            for kind, agent, target, sentence in sorted(events):
                print(f"  {sign} {agent} {kind} {target}   | {sentence[:160]}")
    held = sum(a in hidden for a in changed)
    print(f"{len(changed)} articles differ ({held} of them held out, not shown); events "
          f"{sum(map(len, before.values()))} -> {sum(map(len, after.values()))}")
    return len(changed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.golden", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("record", "check", "diff"))
    parser.add_argument("directory", type=Path)
    parser.add_argument("--inputs", type=Path, nargs="+",
                        help="build inputs instead of the golden corpus (e.g. a development set)")
    args = parser.parse_args(argv)
    if args.action == "record":
        make(args.directory, inputs=args.inputs)
        print(f"goldens written to {args.directory}")
        return 0
    with tempfile.TemporaryDirectory(prefix="kg-golden-now-") as name:
        now = Path(name)
        make(now, inputs=args.inputs)
        if args.action == "diff":
            diff(args.directory, now)
            return 0
        same = [_compare(f, args.directory / f, now / f)
                for f in ("readings.jsonl", "export.nq", "failures.txt")]
        before = json.loads((args.directory / "timing.json").read_text())["read_doc_seconds"]
        after = json.loads((now / "timing.json").read_text())["read_doc_seconds"]
        print(f"  read_doc time     {before:.2f} s golden, {after:.2f} s now "
              f"({after / before:.2f}x; CPU time, one run each, parse excluded)")
    print("goldens identical" if all(same) else "goldens DIFFER")
    return 0 if all(same) else 1


if __name__ == "__main__":
    sys.exit(main())
