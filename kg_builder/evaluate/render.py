"""The evaluation report as a rich table, with error examples."""

from __future__ import annotations

from typing import Any

from .records import ALL, ErrorExample, EvalReport

__all__ = ["error_examples", "render_report", "report_table"]


def _num(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.3f}"  # an en dash: undefined


def report_table(report: EvalReport, *, title: str = "kg eval") -> Any:
    """The per-family scores as a ``rich`` table (the CLI prints it)."""
    from rich.table import Table

    table = Table(title=title)
    table.add_column("family", no_wrap=True)
    for name in ("gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "excl"):
        table.add_column(name, justify="right", no_wrap=True)
    for s in report.rows():
        table.add_row(s.family, str(s.gold), str(s.predicted), str(s.tp), str(s.fp), str(s.fn),
                      _num(s.precision), _num(s.recall), _num(s.f1), str(s.excluded),
                      end_section=s.family == ALL)
    return table


def error_examples(report: EvalReport, per_family: int) -> list[ErrorExample]:
    """Up to ``per_family`` false positives and false negatives of each family, in table order."""
    out = []
    for s in report.rows():
        if s.family == ALL:
            continue
        for kind in ("FP", "FN"):
            found = [e for e in report.errors if e.family == s.family and e.error == kind]
            out += found[:per_family]
    return out


def render_report(report: EvalReport, *, title: str = "kg eval", errors: int = 0,
                  include_hedged: bool = False) -> list[Any]:
    """What ``kg eval`` prints: the table, notes, the negative checks and error examples
    (``rich`` renderables; the CLI prints them)."""
    from rich.text import Text

    scored = "all" if include_hedged else "positive, not hedged"
    parts: list[Any] = [report_table(report, title=title), Text(
        f"{report.items} items; scoring {scored} events ({report.skipped_predictions} other "
        "predictions not scored); excl = gold triples without a target, left out of recall")]
    if report.partial_items:
        parts.append(Text(f"{report.partial_items} item(s) have partial gold: "
                          "their precision is a lower bound"))
    for check in report.checks:
        line = Text(f"check: no {check.family} by {check.source} \u2014 ")
        if check.passed:
            line.append("passed", style="green")
        else:
            line.append("FAILED", style="red")
            line.append(": " + "; ".join(check.violations))
        parts.append(line)
    co = report.coreference
    if co.gold:
        parts.append(Text(
            f"coreference: {co.correct}/{co.gold} gold mentions resolved to the right entity "
            f"({len(co.wrong)} to another entity, {len(co.missing)} not resolved)"))
        if errors:
            for item, context, expected, got in co.wrong:
                parts.append(Text(f"COREF {item}: \"{context}\" is {expected}, not {got}"))
            for item, context, expected in co.missing:
                parts.append(Text(f"COREF {item}: \"{context}\" ({expected}) not resolved"))
    for e in error_examples(report, errors) if errors else []:
        line = Text(f"{e.error}", style="bold")
        trigger = f" ({e.trigger})" if e.trigger else ""
        line.append(f" {e.family} [{e.kind}] {e.agent} \u2192 {e.target}{trigger}  {e.item}\n    "
                    + " ".join(e.sentence.split())[:300])
        parts.append(line)
    return parts
