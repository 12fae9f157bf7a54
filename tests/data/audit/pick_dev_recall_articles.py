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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pick_recall_articles import KEYWORDS, MAX_WORDS, candidates  # noqa: E402  (the same filter)

SEED = 41_2026_12_05
PER_CORPUS = 10


def main(data: Path) -> None:
    rng = random.Random(SEED)
    picked = {corpus: sorted(rng.sample(candidates(data, corpus, held_out=False), PER_CORPUS))
              for corpus in ("bbc_news", "reuters21578")}
    json.dump({"seed": SEED, "part": "development (not in split.json)",
               "keywords": KEYWORDS.pattern, "max_words": MAX_WORDS, **picked},
              sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
