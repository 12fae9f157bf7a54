"""The records of an evaluation: gold items, predictions, per-family scores, the report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import Failure

__all__ = ["ALL", "HEADLINE_FAMILIES", "Actor", "Check", "CorefScore", "ErrorExample", "EvalReport",
           "FamilyScore", "GoldItem", "GoldMention", "GoldTriple", "Prediction"]

#: Families listed first in the table, in this order; the others follow alphabetically.
HEADLINE_FAMILIES = ("DISAPPROVE", "SANCTION", "COERCE", "CONSULT", "AID", "COOPERATE",
                     "THREATEN", "INVESTIGATE", "DEMAND")
ALL = "all"


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Actor:
    """One side of a triple. ``code``: the gold's actor code (ISO alpha-3 …) or our entity key;
    ``sector``: the gold's CAMEO sector (GOV, MIL, REB …), if any."""

    text: str
    code: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class GoldTriple:
    family: str
    source: Actor
    target: Actor | None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A mention and the entity it refers to: ``mention`` is the first whole-word occurrence of
    that text inside the first occurrence of ``context`` in the item's text."""

    context: str
    mention: str
    entity: str
    begin: int = 0  # character offset of the mention in the item's text


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    text: str
    gold: tuple[GoldTriple, ...] = ()
    #: (family, source) pairs that must not be predicted
    absent: tuple[tuple[str, Actor], ...] = ()
    partial: bool = False
    where: str = ""
    mentions: tuple[GoldMention, ...] = ()


@dataclass(slots=True)
class CorefScore:
    """How the gold mentions were resolved: to the right entity, to another one, or not at all."""

    gold: int = 0
    correct: int = 0
    wrong: list[tuple[str, str, str, str]] = field(default_factory=list)  # item, mention, expected, got
    missing: list[tuple[str, str, str]] = field(default_factory=list)  # item, mention, expected

    @property
    def accuracy(self) -> float | None:
        """Correct among all gold mentions (an unresolved mention counts as an error)."""
        return self.correct / self.gold if self.gold else None

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "correct": self.correct, "accuracy": self.accuracy,
                "wrong": [list(w) for w in self.wrong], "missing": [list(m) for m in self.missing]}


@dataclass(frozen=True, slots=True)
class Prediction:
    family: str
    event_type: str
    agent: Actor
    target: Actor
    trigger: str = ""
    sentence: str = ""
    #: character offsets of the evidence sentence in the item's text (None: not known)
    begin: int | None = None
    end: int | None = None


@dataclass(slots=True)
class FamilyScore:
    family: str
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    excluded: int = 0  # gold triples without a target, left out of recall

    @property
    def fp(self) -> int:
        return self.predicted - self.tp

    @property
    def fn(self) -> int:
        return self.gold - self.tp

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"family": self.family, "gold": self.gold, "predicted": self.predicted,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1, "excluded_no_target": self.excluded}


@dataclass(frozen=True, slots=True)
class ErrorExample:
    """A false positive (``FP``) or false negative (``FN``) with a guess at its kind."""

    error: str
    family: str
    kind: str
    agent: str
    target: str
    item: str
    sentence: str
    trigger: str = ""


@dataclass(frozen=True, slots=True)
class Check:
    """A negative expectation: no ``family`` event with an agent matching ``source``."""

    item: str
    family: str
    source: str
    violations: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.violations


@dataclass(slots=True)
class EvalReport:
    families: dict[str, FamilyScore] = field(default_factory=dict)
    errors: list[ErrorExample] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    items: int = 0
    partial_items: int = 0
    skipped_predictions: int = 0  # negated or hedged, not scored
    failures: list[Failure] = field(default_factory=list)
    coreference: CorefScore = field(default_factory=CorefScore)

    @property
    def overall(self) -> FamilyScore:
        return self.families[ALL]

    def rows(self) -> list[FamilyScore]:
        """Families with gold or predictions, headline ones first, then ``all``."""
        seen = [f for f, s in self.families.items()
                if f != ALL and (s.gold or s.predicted or s.excluded)]
        order = [f for f in HEADLINE_FAMILIES if f in seen] + sorted(
            f for f in seen if f not in HEADLINE_FAMILIES)
        return [self.families[f] for f in order] + [self.families[ALL]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "partial_items": self.partial_items,
            "skipped_predictions": self.skipped_predictions,
            "families": [s.to_dict() for s in self.rows()],
            "checks": [{"item": c.item, "family": c.family, "source": c.source,
                        "passed": c.passed, "violations": list(c.violations)} for c in self.checks],
            "errors": [asdict(e) for e in self.errors],
            "failures": [asdict(f) for f in self.failures],
            "coreference": self.coreference.to_dict(),
        }
