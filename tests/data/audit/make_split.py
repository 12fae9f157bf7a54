"""Fix the development / held-out split of the BBC and Reuters corpora (run once, 2026-12-05).

The held-out part is drawn at random, before anyone looked at the tool's output on it, and is
never used to tune rules: only to audit them (issue 15). BBC is split per category, so the
held-out part has its share of politics. Re-running this script reproduces ``split.json``
exactly (same corpora, same seed).

    python tests/data/audit/make_split.py ../shared/data > tests/data/audit/split.json
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261205
BBC_FRACTION = 0.25
REUTERS_FRACTION = 0.10


def _ids(path: Path, key: str | None) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            groups[rec.get(key, "") if key else ""].append(rec["id"])
    return groups


def _draw(groups: dict[str, list[str]], fraction: float, rng: random.Random) -> list[str]:
    held: list[str] = []
    for name in sorted(groups):
        ids = sorted(groups[name])
        held += rng.sample(ids, round(len(ids) * fraction))
    return sorted(held)


def main(data: Path) -> None:
    rng = random.Random(SEED)
    split = {
        "seed": SEED,
        "rule": "held-out = a seeded random sample of article ids (BBC per category); "
                "every other article of the two corpora is development",
        "bbc_news": _draw(_ids(data / "bbc_news" / "bbc_news.jsonl", "category"), BBC_FRACTION, rng),
        "reuters21578": _draw(_ids(data / "reuters21578" / "reuters21578.jsonl", None),
                              REUTERS_FRACTION, rng),
    }
    json.dump(split, sys.stdout, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
