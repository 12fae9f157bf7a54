"""The English check (``kg_builder.language``) on real English news and on non-English samples.

    python -m bench.language [--data ../shared/data]

Prints three tables: every article of the BBC and Reuters-21578 corpora (read with
``kg_builder.sources.read_inputs``, so the same reader and check as ``kg build``) — how many are
refused, and why; the hand-written non-English samples (``tests/data/language/``), refused by
language and by shape; and the English shapes. Target: 0 English articles refused, ≥ 95 % of
the non-English samples refused. Not a test: it prints numbers and has no pass/fail exit code.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from kg_builder.corpora import corpus_file
from kg_builder.language import why_not_english
from kg_builder.model import Failure
from kg_builder.sources import read_inputs

__all__ = ["main", "sentences"]

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "data" / "language"
CORPORA = ("bbc_news", "reuters21578")
_SENTENCE_END = re.compile(r"(?<=[.!?\u3002\u0964\u06d4])\s*")


def _corpus_rows(data: Path) -> list[tuple[str, int, int, float, list[Failure]]]:
    rows = []
    for corpus in CORPORA:
        path = corpus_file(data, corpus)
        start = time.perf_counter()
        items = list(read_inputs([path]))
        seconds = time.perf_counter() - start
        refused = [i for i in items if isinstance(i, Failure)]
        rows.append((corpus, len(items), len(refused), seconds, refused))
    return rows


def _samples(name: str) -> list[dict[str, str]]:
    with open(SAMPLES / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sentences(text: str) -> list[str]:
    """The sentences of a sample (split after . ! ? and the ideographic full stop)."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.language",
                                     description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the folder holding bbc_news/ and reuters21578/ "
                             "(default ../shared/data)")
    args = parser.parse_args(argv)

    print("English corpora (every article, through kg_builder.sources.read_inputs)")
    print(f"{'corpus':<14} {'articles':>8} {'refused':>8} {'share':>7} {'read s':>7}")
    for corpus, n, refused, seconds, failures in _corpus_rows(args.data):
        print(f"{corpus:<14} {n:>8} {refused:>8} {refused / n:>7.2%} {seconds:>7.1f}")
        for failure in failures[:10]:
            print(f"    {failure.article_id}: {failure.reason}")

    samples = _samples("non_english.jsonl")
    by_lang: dict[str, list[bool]] = defaultdict(list)
    by_shape: dict[str, list[bool]] = defaultdict(list)
    accepted = []
    for sample in samples:
        refused = why_not_english(sample["text"]) is not None
        by_lang[sample["lang"]].append(refused)
        by_shape[sample["shape"]].append(refused)
        if not refused:
            accepted.append(sample)
    total = sum(sum(v) for v in by_lang.values())
    print(f"\nNon-English samples ({SAMPLES.relative_to(ROOT)}/non_english.jsonl): "
          f"{total}/{len(samples)} refused = {total / len(samples):.1%} (target >= 95 %)")
    print(f"{'shape':<10} {'samples':>7} {'refused':>7}")
    for shape, results in sorted(by_shape.items()):
        print(f"{shape:<10} {len(results):>7} {sum(results):>7}")
    print("by language: "
          + ", ".join(f"{lang} {sum(r)}/{len(r)}" for lang, r in sorted(by_lang.items())))
    for sample in accepted:
        print(f"    accepted ({sample['lang']}, {sample['shape']}): {sample['text'][:60]}")

    generated = (("each sentence alone", [s for r in samples for s in sentences(r["text"])]),
                 ("in capitals", [r["text"].upper() for r in samples]))
    for label, variants in generated:
        let_through = [v for v in variants if why_not_english(v) is None]
        share = 1 - len(let_through) / len(variants)
        print(f"generated from them, {label}: {len(variants) - len(let_through)}/{len(variants)} "
              f"refused = {share:.1%}")
        for text in let_through:
            print(f"    accepted: {text[:60]}")

    shapes = _samples("english_shapes.jsonl")
    wrong = [s for s in shapes if why_not_english(s["text"]) is not None]
    print(f"\nEnglish shapes (english_shapes.jsonl): {len(shapes) - len(wrong)}/{len(shapes)} "
          f"accepted; shapes: {', '.join(sorted(Counter(s['shape'] for s in shapes)))}")
    for sample in wrong:
        print(f"    refused ({sample['shape']}): {sample['text'][:60]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
