"""Fit the confidence model (:mod:`kg_builder.calibration`) on judged audit sheets.

The judged rows name an article, a sentence and a row; the features of a row are not in the
sheet, so each judged article is read again (parse, extract, resolve — not calibrate) and its
events are matched to the rows by the rules of :mod:`.rescore`. Rows whose event the current
extractor no longer reads are left out (and counted). The fitted model's calibration is
measured by cross-validation: every row is scored by a model fitted without it (``folds``
parts), binned by that score, and the precision of the rows at or above each threshold is
tabulated; the lowest threshold whose rows are right at least ``target`` of the time becomes the
default ``--min-confidence`` of ``kg query``.
"""

from __future__ import annotations

import datetime
import random
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
from .verdicts import RIGHT

__all__ = ["CalibrationFit", "Threshold", "calibration_rows", "fit_sheets", "read_sheet_articles",
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


@dataclass(slots=True)
class CalibrationFit:
    """A fitted model with what it was fitted on and how well it is calibrated."""

    model: CalibrationModel
    rows: int
    unmatched: int
    #: (out-of-fold confidence, judged right) per matched row
    held_out: list[tuple[float, bool]] = field(default_factory=list)
    thresholds: list[Threshold] = field(default_factory=list)
    default_threshold: float | None = None


def _event_row(extraction: Extraction, ev: Event, labels: Mapping[str, str]) -> EventRow:
    return EventRow(
        article=extraction.article.id, begin=ev.evidence.begin, end=ev.evidence.end,
        event_type=ev.type, agent=labels.get(ev.agent, ""), agent_iri=str(entity_iri(ev.agent)),
        target=labels.get(ev.target, "") if ev.target else "",
        target_iri=str(entity_iri(ev.target)) if ev.target else "",
        polarity="Negative" if ev.polarity == "negative" else "Positive",
        modality=ev.modality.capitalize())


def calibration_rows(sheets: Sequence[Sequence[AuditItem]], extractions: Iterable[Extraction],
                     ) -> tuple[list[tuple[dict[str, float], bool]], int]:
    """The (features, judged right) of every judged event row of each sheet's items found
    again in ``extractions`` (resolved, not calibrated), and the number of judged rows not
    found. (Rows are numbered per sheet, so each sheet is matched on its own.)"""
    by_row: dict[EventRow, dict[str, float]] = {}
    for extraction in extractions:
        labels = {e.key: e.label for e in extraction.entities}
        index = EventIndex.of(extraction)
        for ev in extraction.events:
            row = _event_row(extraction, ev, labels)
            by_row.setdefault(row, features(extraction, ev, index=index))
    out: list[tuple[dict[str, float], bool]] = []
    missing = 0
    for items in sheets:
        judged = [i for i in items if i.verdict is not None and isinstance(i.row, EventRow)]
        found = match_items(judged, by_row)
        out.extend((by_row[found[i.number]], i.verdict == RIGHT)  # type: ignore[index]
                   for i in judged if i.number in found)
        missing += sum(1 for i in judged if i.number not in found)
    return out, missing


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


def _folds(n: int, folds: int, seed: int) -> list[int]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    fold = [0] * n
    for rank, i in enumerate(order):
        fold[i] = rank % folds
    return fold


def fit_sheets(sheets: Sequence[Sheet], extractions: Iterable[Extraction], *, l2: float = 1.0,
               folds: int = 5, seed: int = 1, target: float = 0.90, min_rows: int = 20,
               sources: Sequence[str] = (), commit: str = "") -> CalibrationFit:
    """Fit the model on the judged event rows of ``sheets`` found in ``extractions``.

    ``default_threshold`` is the lowest threshold whose cross-validated rows (at least
    ``min_rows``) are right at least ``target`` of the time, ``None`` if there is none."""
    data, unmatched = calibration_rows(
        [s.items for s in sheets if s.view in ("events", "accusations")], list(extractions))
    if len(data) < 2 * folds or len({ok for _, ok in data}) < 2:
        raise InputError(
            f"only {len(data)} judged event rows were found again ({unmatched} not found)",
            why="a model needs rows judged right and rows judged wrong, enough for "
                f"{folds}-fold cross-validation",
            fix="judge more rows, or give the corpus folder the sheets' articles come from")
    fold = _folds(len(data), folds, seed)
    held_out: list[tuple[float, bool]] = [(0.0, False)] * len(data)
    for k in range(folds):
        train = [d for d, f in zip(data, fold, strict=True) if f != k]
        part = fit([x for x, _ in train], [y for _, y in train], l2=l2)
        for i, (x, y) in enumerate(data):
            if fold[i] == k:
                held_out[i] = (part.probability(x), y)
    table = thresholds(held_out)
    default = next((t.at for t in table if t.n >= min_rows and t.precision >= target), None)
    model = fit([x for x, _ in data], [y for _, y in data], l2=l2)
    about = {
        "fitted": datetime.date.today().isoformat(),
        "commit": commit,
        "sheets": list(sources),
        "rows": len(data),
        "rows_right": sum(y for _, y in data),
        "rows_not_found": unmatched,
        "l2": l2,
        "folds": folds,
        "target_precision": target,
        "default_min_confidence": default,
        "cross_validated_thresholds": [
            {"at": t.at, "rows": t.n, "right": t.right, "precision": round(t.precision, 3)}
            for t in table],
    }
    return CalibrationFit(model=CalibrationModel(intercept=model.intercept,
                                                 weights=model.weights, about=about),
                          rows=len(data), unmatched=unmatched, held_out=held_out,
                          thresholds=table, default_threshold=default)


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
