"""Pick the 20 development articles for the development recall gold (run once, 2026-12-05,
before annotation).

10 BBC and 10 Reuters-21578 articles from the development part (articles *not* in
``split.json``), drawn at random among those that mention an event of the kinds the targets are
about, with the same keyword filter and word limit as ``pick_recall_articles.py`` (which draws
the held-out recall gold). Duplicates (``duplicate_of``) are left out. The development gold may
be used to tune rules; the held-out gold may not.

    python tests/data/audit/pick_dev_recall_articles.py ../shared/data > tests/data/audit/dev_recall_articles.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 41_2026_12_05
PER_CORPUS = 10
MAX_WORDS = 900  # a reader annotates every event: keep the articles readable in full
KEYWORDS = re.compile(
    r"\b(accus\w*|criticis\w*|criticiz\w*|condemn\w*|sanction\w*|embargo\w*|met|meet\w*|talks|"
    r"threat\w*|warn\w*|arrest\w*|investigat\w*|sued?|lawsuit|protest\w*|demand\w*|reject\w*)\b",
    re.IGNORECASE)


def main(data: Path) -> None:
    held = json.loads((Path(__file__).parent / "split.json").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    picked: dict[str, list[str]] = {}
    for corpus in ("bbc_news", "reuters21578"):
        held_out = set(held[corpus])
        pool = []
        with (data / corpus / f"{corpus}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                rec = json.loads(line)
                if rec["id"] not in held_out and not rec.get("duplicate_of") and (
                        len(rec["text"].split()) <= MAX_WORDS and KEYWORDS.search(rec["text"])):
                    pool.append(rec["id"])
        picked[corpus] = sorted(rng.sample(sorted(pool), PER_CORPUS))
    json.dump({"seed": SEED, "part": "development (not in split.json)",
               "keywords": KEYWORDS.pattern, "max_words": MAX_WORDS, **picked},
              sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
