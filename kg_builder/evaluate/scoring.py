"""Scoring predictions against gold per PLOVER family, with the kind of each error."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import Extraction
from ..ontology import event_info, event_types
from .matching import actors_match, max_matching, pair_matches
from .records import (
    ALL,
    Actor,
    Check,
    ErrorExample,
    EvalReport,
    FamilyScore,
    GoldItem,
    GoldTriple,
    Prediction,
)

__all__ = ["error_kinds", "family_of", "predictions_from", "score"]


def family_of(event_type: str) -> str:
    """The PLOVER category of an event class of the ontology (``"Meeting"`` → ``"CONSULT"``)."""
    return event_info(event_type).plover


def predictions_from(extraction: Extraction, *,
                     include_hedged: bool = False) -> tuple[list[Prediction], int]:
    """Scored predictions of one extraction (labels from its entities), and how many were
    left out (negated, hedged or without a target)."""
    labels = {e.key: e.label for e in extraction.entities}
    out, skipped = [], 0
    for ev in extraction.events:
        if ev.target is None:
            skipped += 1
            continue
        if not include_hedged and (ev.polarity != "positive" or ev.modality == "hedged"):
            skipped += 1
            continue
        out.append(Prediction(
            family=family_of(ev.type), event_type=ev.type,
            agent=Actor(labels.get(ev.agent, ev.agent), ev.agent),
            target=Actor(labels.get(ev.target, ev.target), ev.target),
            trigger=ev.trigger, sentence=ev.evidence.text,
            begin=ev.evidence.begin, end=ev.evidence.end))
    return out, skipped


def _dedupe_predictions(preds: Iterable[Prediction]) -> list[Prediction]:
    seen: dict[tuple[str, str, str], Prediction] = {}
    for p in preds:
        seen.setdefault((p.family, p.agent.code or p.agent.text, p.target.code or p.target.text), p)
    return list(seen.values())


def _dedupe_gold(gold: Iterable[GoldTriple]) -> list[GoldTriple]:
    seen: dict[tuple[str, str, str | None], GoldTriple] = {}
    for g in gold:
        key = (g.family, g.source.text.lower(), None if g.target is None else g.target.text.lower())
        seen.setdefault(key, g)
    return list(seen.values())


def _fn_kind(g: GoldTriple, preds: list[Prediction]) -> str:
    assert g.target is not None
    if not preds:
        return "no event extracted"
    for p in preds:
        if (p.family != g.family and actors_match(g.source, p.agent)
                and actors_match(g.target, p.target)):
            return f"other family ({p.family})"
    same = [p for p in preds if p.family == g.family]
    if any(actors_match(g.source, p.target) and actors_match(g.target, p.agent) for p in same):
        return "direction reversed"
    if any(actors_match(g.source, p.agent) for p in same):
        return "wrong target"
    if any(actors_match(g.target, p.target) for p in same):
        return "wrong agent"
    if same:
        return "both actors wrong"
    return "family missed"


def _fp_kind(p: Prediction, gold: list[GoldTriple]) -> str:
    same = [g for g in gold if g.family == p.family and g.target is not None]
    if not gold:
        return "no gold in item"
    for g in gold:
        if (g.family != p.family and g.target is not None and actors_match(g.source, p.agent)
                and actors_match(g.target, p.target)):
            return f"family should be {g.family}"
    if not same:
        return "event not in gold"
    if any(actors_match(g.source, p.target) and actors_match(g.target, p.agent) for g in same):  # type: ignore[arg-type]
        return "direction reversed"
    if any(actors_match(g.source, p.agent) for g in same):
        return "wrong target"
    if any(actors_match(g.target, p.target) for g in same):  # type: ignore[arg-type]
        return "wrong agent"
    return "both actors wrong"


def score(pairs: Iterable[tuple[GoldItem, list[Prediction]]]) -> EvalReport:
    """Score predictions against gold, item by item (no model needed)."""
    report = EvalReport()
    families = report.families

    def fam(name: str) -> FamilyScore:
        return families.setdefault(name, FamilyScore(name))

    for name in sorted({event_info(t).plover for t in event_types()}):
        fam(name)
    fam(ALL)
    for item, raw_preds in pairs:
        report.items += 1
        report.partial_items += int(item.partial)
        preds = _dedupe_predictions(raw_preds)
        gold = _dedupe_gold(item.gold)
        scorable = [g for g in gold if g.target is not None]
        for g in gold:
            if g.target is None:
                fam(g.family).excluded += 1
                fam(ALL).excluded += 1
        edges = [[j for j, p in enumerate(preds) if pair_matches(g, p)] for g in scorable]
        matched = max_matching(edges, len(preds))
        matched_preds = set(matched.values())
        for g in scorable:
            fam(g.family).gold += 1
            fam(ALL).gold += 1
        for p in preds:
            fam(p.family).predicted += 1
            fam(ALL).predicted += 1
        for i in matched:
            fam(scorable[i].family).tp += 1
            fam(ALL).tp += 1
        for i, g in enumerate(scorable):
            if i not in matched:
                assert g.target is not None
                report.errors.append(ErrorExample(
                    "FN", g.family, _fn_kind(g, preds), g.source.text, g.target.text, item.id,
                    g.evidence or item.text))
        for j, p in enumerate(preds):
            if j not in matched_preds:
                report.errors.append(ErrorExample(
                    "FP", p.family, _fp_kind(p, gold), p.agent.text, p.target.text, item.id,
                    p.sentence or item.text, p.trigger))
        for family, source in item.absent:
            bad = tuple(f"{p.agent.text} → {p.target.text} ({p.trigger})" for p in preds
                        if p.family == family and actors_match(source, p.agent))
            report.checks.append(Check(item.id, family, source.text, bad))
    return report


def error_kinds(report: EvalReport) -> Counter[tuple[str, str]]:
    """How often each (FP/FN, kind) occurs."""
    return Counter((e.error, e.kind) for e in report.errors)
