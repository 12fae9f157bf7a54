"""Audit statistics: precision with a Wilson interval, verdict counts, and the calibration table.

Precision is the share of judged rows whose verdict is ``right``; rows not judged yet are left
out (and counted). The 95 % interval is Wilson's score interval, which stays inside [0, 1] and
is honest for small samples and for proportions near 0 or 1 (Wilson 1927; Brown, Cai &
DasGupta 2001 recommend it over the normal approximation).

Calibration: rows are binned by the event's confidence (``[0.5, 0.6)``, ``[0.6, 0.7)`` …, the
last bin closed at 1.0); a bin is calibrated when its audited precision lies within
``tolerance`` (0.10) of its mean confidence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .rows import AuditItem, EventRow
from .verdicts import RIGHT, verdicts

__all__ = ["Z95", "CalibrationBin", "ViewScore", "calibration", "score_view", "wilson"]

#: the standard normal quantile for a two-sided 95 % interval
Z95 = 1.959963984540054


def wilson(successes: int, n: int, *, z: float = Z95) -> tuple[float, float] | None:
    """Wilson's score interval for ``successes`` out of ``n`` (``None`` when ``n`` is 0).

    >>> [round(x, 3) for x in wilson(32, 60)]
    [0.409, 0.654]
    """
    if n <= 0:
        return None
    if not 0 <= successes <= n:
        raise ValueError(f"{successes} successes out of {n}")
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    if successes == n:  # the formula's upper end is exactly 1 here; keep float noise out
        return max(0.0, centre - half), 1.0
    if successes == 0:
        return 0.0, min(1.0, centre + half)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(slots=True)
class ViewScore:
    """How the judged rows of one view came out."""

    view: str
    counts: Counter[str] = field(default_factory=Counter)  # verdict → rows
    unjudged: int = 0
    articles: int = 0

    @property
    def judged(self) -> int:
        return sum(self.counts.values())

    @property
    def right(self) -> int:
        return self.counts[RIGHT]

    @property
    def precision(self) -> float | None:
        return self.right / self.judged if self.judged else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.right, self.judged)

    def ordered_counts(self) -> list[tuple[str, int]]:
        """Every verdict of the view with its count, in the vocabulary's order."""
        return [(v, self.counts[v]) for v in verdicts(self.view)]


def score_view(view: str, items: Iterable[AuditItem]) -> ViewScore:
    out = ViewScore(view)
    articles = set()
    for item in items:
        articles.add(item.row.article)
        if item.verdict is None:
            out.unjudged += 1
        else:
            out.counts[item.verdict] += 1
    out.articles = len(articles)
    return out


@dataclass(frozen=True, slots=True)
class CalibrationBin:
    low: float
    high: float
    n: int
    right: int
    mean_confidence: float

    @property
    def precision(self) -> float:
        return self.right / self.n

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.right, self.n)

    def calibrated(self, tolerance: float = 0.10) -> bool:
        """|precision - mean confidence| ≤ ``tolerance`` (rounded to 1e-9 against float noise)."""
        return round(abs(self.precision - self.mean_confidence), 9) <= tolerance


def calibration(items: Iterable[AuditItem], *, width: float = 0.1) -> list[CalibrationBin]:
    """Judged event rows with a confidence, binned by confidence (non-empty bins only)."""
    if not 0 < width <= 1:
        raise ValueError(f"bin width {width} is not in (0, 1]")
    count = math.ceil(round(1 / width, 9))
    bins: dict[int, list[tuple[float, bool]]] = {}
    for item in items:
        row = item.row
        if item.verdict is None or not isinstance(row, EventRow) or row.confidence is None:
            continue
        index = min(int(round(row.confidence / width, 9)), count - 1)
        bins.setdefault(index, []).append((row.confidence, item.verdict == RIGHT))
    out = []
    for index in sorted(bins):
        values = bins[index]
        out.append(CalibrationBin(
            low=round(index * width, 9), high=round(min(1.0, (index + 1) * width), 9),
            n=len(values), right=sum(ok for _, ok in values),
            mean_confidence=sum(c for c, _ in values) / len(values)))
    return out
