"""Fit the confidence model (:mod:`kg_builder.calibration`) on judged audit sheets.

The judged rows name an article, a sentence and a row; the features of a row are not in the
sheet, so each judged article is read again (parse, extract, resolve — not calibrate) and its
events are matched to the rows by the rules of :mod:`.rescore`. Rows whose event the current
extractor no longer reads are left out (and counted). The fitted model's calibration is
measured by cross-validation: every row is scored by a model fitted without its article
(``folds`` parts, each a set of whole articles, so no sentence is on both sides), binned by
that score, and the precision of the rows at or above each threshold is
tabulated; the lowest threshold whose rows are right at least ``target`` of the time — by the
lower end of their 95 % interval — becomes the default ``--min-confidence`` of ``kg query``.
"""

from __future__ import annotations

import datetime
import math
import random
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..calibration import CalibrationModel, EventIndex, features, fit
from ..corpora import find_articles
from ..errors import InputError
from ..model import Article, Event, Extraction
from ..rdf import entity_iri
from .rescore import match_items
from .rows import AuditItem, EventRow
from .sheet import Sheet
from .stats import wilson
from .verdicts import RIGHT

__all__ = ["CalibrationFit", "JudgedRow", "Separation", "Threshold", "at_most_per_sentence",
           "fit_sheets", "judged_rows", "reaches", "read_sheet_articles", "separation",
           "sheet_articles", "thresholds"]


@dataclass(frozen=True, slots=True)
class Threshold:
    """Rows whose cross-validated confidence is at least ``at``: how many, how many right."""

    at: float
    n: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.n if self.n else 0.0


@dataclass(frozen=True, slots=True)
class Separation:
    """How well scores tell right rows from wrong ones: the AUC (the chance that a right row
    scores above a wrong one, ties half), the mean log-loss and the Brier score (mean squared
    error) of the scores as probabilities."""

    auc: float
    log_loss: float
    brier: float


def separation(scored: Sequence[tuple[float, bool]]) -> Separation:
    """The :class:`Separation` of ``scored`` (confidence, judged right) rows: for
    [(0.9, True), (0.6, False), (0.6, True)] the AUC is 0.75, the log-loss 0.51 and the Brier
    score 0.18. Needs right and wrong rows."""
    right = sorted(p for p, ok in scored if ok)
    wrong = [p for p, ok in scored if not ok]
    if not right or not wrong:
        raise ValueError("separation needs rows judged right and rows judged wrong")
    above = 0.0
    for p in wrong:  # right rows above each wrong one, ties counting half
        low, high = bisect_left(right, p), bisect_right(right, p)
        above += len(right) - high + 0.5 * (high - low)
    eps = 1e-12
    log_loss = -sum(math.log(max(eps, p if ok else 1.0 - p)) for p, ok in scored) / len(scored)
    brier = sum((p - ok) ** 2 for p, ok in scored) / len(scored)
    return Separation(auc=above / (len(right) * len(wrong)), log_loss=log_loss, brier=brier)


@dataclass(slots=True)
class CalibrationFit:
    """A fitted model with what it was fitted on and how well it is calibrated."""

    model: CalibrationModel
    rows: int
    unmatched: int
    #: rows found again but left out, beyond ``max_per_sentence`` of one sentence
    left_out: int = 0
    #: (out-of-fold confidence, judged right) per matched row
    held_out: list[tuple[float, bool]] = field(default_factory=list)
    thresholds: list[Threshold] = field(default_factory=list)
    default_threshold: float | None = None
    #: how well the cross-validated confidences separate right rows from wrong ones
    separation: Separation | None = None


def _event_row(extraction: Extraction, ev: Event, labels: Mapping[str, str]) -> EventRow:
    return EventRow(
        article=extraction.article.id, begin=ev.evidence.begin, end=ev.evidence.end,
        event_type=ev.type, agent=labels.get(ev.agent, ""), agent_iri=str(entity_iri(ev.agent)),
        target=labels.get(ev.target, "") if ev.target else "",
        target_iri=str(entity_iri(ev.target)) if ev.target else "",
        polarity="Negative" if ev.polarity == "negative" else "Positive",
        modality=ev.modality.capitalize())


@dataclass(frozen=True, slots=True)
class JudgedRow:
    """A judged event row found again: what the model sees, the verdict, and where it is."""

    features: dict[str, float]
    right: bool
    article: str
    #: the begin offset of its sentence
    sentence: int


def judged_rows(sheets: Sequence[Sequence[AuditItem]], extractions: Iterable[Extraction],
                ) -> tuple[list[JudgedRow], int]:
    """Every judged event row of each sheet's items found again in ``extractions`` (resolved,
    not calibrated), and the number of judged rows not found. (Rows are numbered per sheet, so
    each sheet is matched on its own.)"""
    by_row: dict[EventRow, dict[str, float]] = {}
    for extraction in extractions:
        labels = {e.key: e.label for e in extraction.entities}
        index = EventIndex.of(extraction)
        for ev in extraction.events:
            row = _event_row(extraction, ev, labels)
            by_row.setdefault(row, features(extraction, ev, index=index))
    out: list[JudgedRow] = []
    missing = 0
    for items in sheets:
        judged = [i for i in items if i.verdict is not None and isinstance(i.row, EventRow)]
        found = match_items(judged, by_row)
        out.extend(JudgedRow(features=by_row[found[i.number]], right=i.verdict == RIGHT,
                             article=i.row.article, sentence=i.row.begin)  # type: ignore[union-attr]
                   for i in judged if i.number in found)
        missing += sum(1 for i in judged if i.number not in found)
    return out, missing


def reaches(threshold: Threshold, *, target: float, min_rows: int = 20) -> bool:
    """Whether the rows at or above ``threshold`` are right at least ``target`` of the time
    with 95 % confidence: the lower end of the Wilson interval of their precision, not the
    precision itself. (A refit on the development sheets put 35 of 37 cross-validated rows at
    ≥ 0.90 right, 0.946; the held-out rows at that confidence were right 0.771 of the time.)"""
    interval = wilson(threshold.right, threshold.n)
    return threshold.n >= min_rows and interval is not None and interval[0] >= target


def thresholds(scored: Sequence[tuple[float, bool]], *, step: float = 0.05,
               ) -> list[Threshold]:
    """Precision of the rows scored at or above each multiple of ``step`` (non-empty only)."""
    out = []
    for k in range(round(1 / step)):
        at = round(k * step, 6)
        kept = [ok for p, ok in scored if p >= at]
        if kept:
            out.append(Threshold(at=at, n=len(kept), right=sum(kept)))
    return out


def _folds(groups: Sequence[str], folds: int, seed: int) -> list[int]:
    """A fold for each row: whole groups (articles) dealt at random to ``folds`` parts."""
    order = sorted(set(groups))
    random.Random(seed).shuffle(order)
    part = {g: rank % folds for rank, g in enumerate(order)}
    return [part[g] for g in groups]


def at_most_per_sentence(rows: Sequence[JudgedRow], limit: int, *, seed: int = 1,
                         ) -> list[JudgedRow]:
    """``rows`` with at most ``limit`` of each sentence, drawn at random (order kept). A
    sentence naming six states who agreed gives 30 pairs that stand or fall together; left
    whole, they would weigh as 30 independent judgements."""
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i, r in enumerate(rows):
        by_sentence.setdefault((r.article, r.sentence), []).append(i)
    rng = random.Random(seed)
    keep: set[int] = set()
    for _, members in sorted(by_sentence.items()):
        keep.update(members if len(members) <= limit else rng.sample(members, limit))
    return [r for i, r in enumerate(rows) if i in keep]


def fit_sheets(sheets: Sequence[Sheet], extractions: Iterable[Extraction], *, l2: float = 1.0,
               folds: int = 5, seed: int = 1, target: float = 0.90, min_rows: int = 20,
               max_per_sentence: int = 4, sources: Sequence[str] = (), commit: str = "",
               ) -> CalibrationFit:
    """Fit the model on the judged event rows of ``sheets`` found in ``extractions``, at most
    ``max_per_sentence`` of each sentence (:func:`at_most_per_sentence`).

    ``default_threshold`` is the lowest threshold that :func:`reaches` ``target``, ``None`` if
    there is none."""
    found, unmatched = judged_rows(
        [s.items for s in sheets if s.view in ("events", "accusations")], list(extractions))
    kept = at_most_per_sentence(found, max_per_sentence, seed=seed)
    data = [(r.features, r.right) for r in kept]
    if (len(data) < 2 * folds or len({ok for _, ok in data}) < 2
            or len({r.article for r in kept}) < folds):
        raise InputError(
            f"only {len(data)} judged event rows were found again ({unmatched} not found)",
            why="a model needs rows judged right and rows judged wrong, from at least "
                f"{folds} articles for {folds}-fold cross-validation",
            fix="judge more rows, or give the corpus folder the sheets' articles come from")
    fold = _folds([r.article for r in kept], folds, seed)
    held_out: list[tuple[float, bool]] = [(0.0, False)] * len(data)
    for k in range(folds):
        train = [d for d, f in zip(data, fold, strict=True) if f != k]
        part = fit([x for x, _ in train], [y for _, y in train], l2=l2)
        for i, (x, y) in enumerate(data):
            if fold[i] == k:
                held_out[i] = (part.probability(x), y)
    table = thresholds(held_out)
    scores = separation(held_out)
    default = next((t.at for t in table if reaches(t, target=target, min_rows=min_rows)), None)
    model = fit([x for x, _ in data], [y for _, y in data], l2=l2)
    about = {
        "fitted": datetime.date.today().isoformat(),
        "commit": commit,
        "sheets": list(sources),
        "rows": len(data),
        "rows_right": sum(y for _, y in data),
        "rows_not_found": unmatched,
        "max_per_sentence": max_per_sentence,
        "rows_left_out_per_sentence": len(found) - len(kept),
        "folds_by": "article",
        "l2": l2,
        "folds": folds,
        "target_precision": target,
        "default_rule": "the lowest threshold whose cross-validated rows (at least "
                        f"{min_rows}) are right at least target_precision of the time by "
                        "the lower end of their 95 % Wilson interval",
        "default_min_confidence": default,
        "cross_validated_separation": {"auc": round(scores.auc, 4),
                                       "log_loss": round(scores.log_loss, 4),
                                       "brier": round(scores.brier, 4)},
        "cross_validated_thresholds": [
            {"at": t.at, "rows": t.n, "right": t.right, "precision": round(t.precision, 3)}
            for t in table],
    }
    return CalibrationFit(model=CalibrationModel(intercept=model.intercept,
                                                 weights=model.weights, about=about),
                          rows=len(data), unmatched=unmatched,
                          left_out=len(found) - len(kept), held_out=held_out,
                          thresholds=table, default_threshold=default, separation=scores)


def sheet_articles(sheets: Sequence[Sheet]) -> list[str]:
    """The article ids of the judged event rows of ``sheets``, in first-seen order."""
    seen: dict[str, None] = {}
    for s in sheets:
        for i in s.items:
            if i.verdict is not None and isinstance(i.row, EventRow):
                seen.setdefault(i.row.article)
    return list(seen)


def read_sheet_articles(sheets: Sequence[Sheet], corpus_dir: str | Path) -> list[Article]:
    """The articles of the judged rows, read from ``corpus_dir`` (error if one is missing)."""
    ids = sheet_articles(sheets)
    found = find_articles(corpus_dir, ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise InputError(f"{len(missing)} article(s) of the sheets are not in {corpus_dir}: "
                         + ", ".join(missing[:5]), where=str(corpus_dir),
                         fix="give --corpus-dir the folder of the corpora the sheets were "
                             "drawn from (NAME/NAME.jsonl)")
    return [found[i] for i in ids]
