"""Pick the 40 held-out articles for the recall gold (run once, 2026-12-05, before annotation).

20 BBC and 20 Reuters-21578 articles from the held-out part (``split.json``), drawn at random
among those that mention an event of the kinds the targets are about (the same kind of keyword
selection as the audit that motivated issue 15). Nobody had looked at the tool's output on them.

    python tests/data/audit/pick_recall_articles.py ../shared/data > tests/data/audit/recall_articles.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 40_2026_12_05
PER_CORPUS = 20
MAX_WORDS = 900  # a reader annotates every event: keep the articles readable in full
KEYWORDS = re.compile(
    r"\b(accus\w*|criticis\w*|criticiz\w*|condemn\w*|sanction\w*|embargo\w*|met|meet\w*|talks|"
    r"threat\w*|warn\w*|arrest\w*|investigat\w*|sued?|lawsuit|protest\w*|demand\w*|reject\w*)\b",
    re.IGNORECASE)


def candidates(data: Path, corpus: str, *, held_out: bool) -> list[str]:
    """Ids of the corpus's articles in the held-out part (or, with ``held_out=False``, the
    development part) that are no duplicates, at most MAX_WORDS long and match KEYWORDS."""
    split = json.loads((Path(__file__).parent / "split.json").read_text(encoding="utf-8"))
    held = set(split[corpus])
    pool = []
    with (data / corpus / f"{corpus}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            if (rec["id"] in held) == held_out and not rec.get("duplicate_of") and (
                    len(rec["text"].split()) <= MAX_WORDS and KEYWORDS.search(rec["text"])):
                pool.append(rec["id"])
    return sorted(pool)


def main(data: Path) -> None:
    rng = random.Random(SEED)
    picked = {corpus: sorted(rng.sample(candidates(data, corpus, held_out=True), PER_CORPUS))
              for corpus in ("bbc_news", "reuters21578")}
    json.dump({"seed": SEED, "keywords": KEYWORDS.pattern, "max_words": MAX_WORDS, **picked},
              sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
