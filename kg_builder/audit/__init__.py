"""Blind audits of the graph: ``kg audit sample | score | keep | rescore``.

A seeded random sample of a view (``events``, ``accusations`` = who-accused-whom, ``entities``)
goes to a judge as a sheet that shows only the sentence and the row — never the rule, trigger or
confidence that produced it. The judged sheets are kept in the repository without the corpus
text (``tests/data/audit/``) and re-scored against every new build. See ``sheet`` for the files,
``stats`` for precision, intervals and calibration, ``rescore`` for how rows are found again.
"""

from __future__ import annotations

from .rescore import (
    FIXED,
    NOT_IN_STORE,
    PRESENT,
    REGRESSION,
    UNJUDGED_GONE,
    RescoredItem,
    RescoreReport,
    match_items,
    rescore,
    rescore_rows,
    same_actor,
    stored_articles,
)
from .rows import VIEWS, AuditItem, EntityRow, EventRow, Row, class_gloss, class_label, view_rows
from .sample import add_context, draw, sample_items
from .sentences import sentence_splitter
from .sheet import (
    JUDGE_COLUMNS,
    KEPT_COLUMNS,
    Sheet,
    key_path,
    read_sheet,
    stated,
    write_judging_sheet,
    write_kept_sheet,
)
from .stats import CalibrationBin, ViewScore, calibration, score_view, wilson
from .verdicts import RIGHT, parse_verdict, verdicts

__all__ = [
    "FIXED",
    "JUDGE_COLUMNS",
    "KEPT_COLUMNS",
    "NOT_IN_STORE",
    "PRESENT",
    "REGRESSION",
    "RIGHT",
    "UNJUDGED_GONE",
    "VIEWS",
    "AuditItem",
    "CalibrationBin",
    "EntityRow",
    "EventRow",
    "RescoreReport",
    "RescoredItem",
    "Row",
    "Sheet",
    "ViewScore",
    "add_context",
    "calibration",
    "class_gloss",
    "class_label",
    "draw",
    "key_path",
    "match_items",
    "parse_verdict",
    "read_sheet",
    "rescore",
    "rescore_rows",
    "same_actor",
    "sample_items",
    "score_view",
    "sentence_splitter",
    "stated",
    "stored_articles",
    "verdicts",
    "view_rows",
    "wilson",
    "write_judging_sheet",
    "write_kept_sheet",
]
