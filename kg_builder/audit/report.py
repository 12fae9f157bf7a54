"""What ``kg audit score`` and ``kg audit rescore`` print, as ``rich`` renderables and as JSON
data (the CLI prints them; the library never does)."""

from __future__ import annotations

from typing import Any

from .rescore import FIXED, NOT_IN_STORE, PRESENT, REGRESSION, UNJUDGED_GONE, RescoreReport
from .rows import EntityRow, EventRow, Row
from .stats import CalibrationBin, ViewScore

__all__ = [
    "calibration_data",
    "calibration_table",
    "describe_row",
    "rescore_data",
    "rescore_parts",
    "score_data",
    "score_table",
]


def _pct(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.3f}"


def _interval(value: tuple[float, float] | None) -> str:
    return "\u2013" if value is None else f"[{value[0]:.3f}, {value[1]:.3f}]"


def score_data(score: ViewScore) -> dict[str, Any]:
    return {"view": score.view, "judged": score.judged, "unjudged": score.unjudged,
            "articles": score.articles, "right": score.right, "precision": score.precision,
            "interval95": list(score.interval) if score.interval else None,
            "verdicts": dict(score.ordered_counts())}


def score_table(scores: list[ViewScore]) -> Any:
    """Per view: articles, judged rows, precision with its 95 % Wilson interval, and the rows of
    each verdict (event views and the entities view have different verdicts: one table each)."""
    from rich.table import Table

    first = scores[0]
    table = Table(title="kg audit score: precision = share of judged rows that are right")
    for name in ("view", "articles", "judged", "precision", "95 % interval"):
        table.add_column(name, justify="left" if name == "view" else "right", no_wrap=True)
    for verdict, _ in first.ordered_counts():
        table.add_column(verdict, justify="right")
    table.add_column("not judged", justify="right")
    for s in scores:
        table.add_row(s.view, str(s.articles), str(s.judged), _pct(s.precision),
                      _interval(s.interval), *(str(n) for _, n in s.ordered_counts()),
                      str(s.unjudged))
    return table


def calibration_data(bins: list[CalibrationBin], *, tolerance: float) -> list[dict[str, Any]]:
    return [{"low": b.low, "high": b.high, "n": b.n, "right": b.right,
             "mean_confidence": b.mean_confidence, "precision": b.precision,
             "interval95": list(b.interval) if b.interval else None,
             "calibrated": b.calibrated(tolerance)} for b in bins]


def calibration_table(view: str, bins: list[CalibrationBin], *, tolerance: float) -> Any:
    """Rows binned by confidence: mean confidence, audited precision, interval, n, and whether
    |precision - mean confidence| <= tolerance."""
    from rich.table import Table

    table = Table(
        title=f"calibration of {view}: |precision - mean confidence| \u2264 {tolerance:g}")
    for name in ("confidence", "n", "mean confidence", "precision", "95 % interval", "calibrated"):
        table.add_column(name, justify="right", no_wrap=True)
    for b in bins:
        closing = "]" if b.high >= 1.0 else ")"  # the last bin holds 1.0
        table.add_row(f"[{b.low:.2f}, {b.high:.2f}{closing}", str(b.n),
                      f"{b.mean_confidence:.3f}", _pct(b.precision), _interval(b.interval),
                      "yes" if b.calibrated(tolerance) else "no")
    return table


def describe_row(row: Row) -> str:
    """A row in one line: ``article [begin,end] agent —Type→ target`` or the entity."""
    if isinstance(row, EntityRow):
        return f"{row.article}  {row.label} ({row.type})"
    assert isinstance(row, EventRow)
    how = "" if (row.polarity, row.modality) == ("Positive", "Asserted") else \
        f" ({row.polarity.lower()}, {row.modality.lower()})"
    return (f"{row.article} [{row.begin},{row.end}]  {row.agent} \u2014{row.event_type}\u2192 "
            f"{row.target or '(none)'}{how}")


_ORDER = (REGRESSION, FIXED, UNJUDGED_GONE, NOT_IN_STORE, PRESENT)


def rescore_data(report: RescoreReport) -> dict[str, Any]:
    return {
        "view": report.view, "rows": len(report.items),
        "present_right": report.present_right, "present_wrong": report.present_wrong,
        "present_unjudged": report.present_unjudged, "fixed": report.count(FIXED),
        "regressions": report.count(REGRESSION), "gone_unjudged": report.count(UNJUDGED_GONE),
        "article_not_in_store": report.count(NOT_IN_STORE), "precision": report.precision,
        "interval95": list(report.interval) if report.interval else None,
        "changes": [{"row": r.item.number, "status": r.status, "verdict": r.item.verdict,
                     "was": describe_row(r.item.row)}
                    for r in report.items if r.status != PRESENT],
    }


def rescore_parts(report: RescoreReport, *, title: str) -> list[Any]:
    """A summary table, then every row that is no longer present (regressions first)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_header=False)
    table.add_row("rows in the sheet", str(len(report.items)))
    table.add_row("still present: right", str(report.present_right))
    table.add_row("still present: wrong", str(report.present_wrong))
    if report.present_unjudged:
        table.add_row("still present: not judged", str(report.present_unjudged))
    table.add_row("fixed (judged wrong, gone)", str(report.count(FIXED)))
    table.add_row("regressions (judged right, gone)", str(report.count(REGRESSION)))
    for status in (UNJUDGED_GONE, NOT_IN_STORE):
        if report.count(status):
            table.add_row(status, str(report.count(status)))
    table.add_row("precision of the rows still present",
                  f"{_pct(report.precision)} {_interval(report.interval)}")
    parts: list[Any] = [table]
    changed = sorted((r for r in report.items if r.status != PRESENT),
                     key=lambda r: (_ORDER.index(r.status), r.item.number))
    for r in changed:
        line = Text(f"{r.status.upper()}", style="red" if r.status == REGRESSION else
                    "green" if r.status == FIXED else "")
        line.append(f" row {r.item.number} (judged {r.item.verdict or 'not judged'}): "
                    f"{describe_row(r.item.row)}")
        parts.append(line)
    return parts
