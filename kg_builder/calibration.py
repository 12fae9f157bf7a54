"""An event's confidence as the estimated chance that it is right.

The extractor gives each event the confidence of its trigger word in ``rules/triggers.jsonl``.
Blind audits showed that number says little: rows at 0.5 and at 0.8 were right about equally
often. This module turns what is known about an event once the article is resolved — its
PLOVER family, how it is stated, the kinds of its parties, how they are named in the sentence
(a name, a role, a pronoun, not at all), how often the article mentions each (a party it names
once is more often a misreading than its main actors), which kind acts on which kind (a company
on a company is mostly business, a person on a state mostly politics), how crowded and long the
sentence is, the trigger's own confidence, and how the extractor read it (its
:class:`~kg_builder.model.Trace`: a noun trigger or a light verb's, a class the conventions gave
in place of the trigger's, how far each party is from its verb and whether a clause boundary lies
between them) — into a probability, with a logistic model fitted on blindly judged
*development* rows (``kg audit calibrate``) and kept as data in ``rules/calibration.json``.

:func:`features` names what the model looks at, :func:`calibrate` applies the model to an
:class:`~kg_builder.model.Extraction`, :func:`fit` fits one (L2-regularised logistic regression
by Newton's method; a few hundred rows, no library needed beyond NumPy).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ValidationSetupError
from .model import Event, Extraction, Mention
from .ontology import event_info
from .resources import rules_dir

__all__ = ["CalibrationModel", "EventIndex", "calibrate", "default_min_confidence",
           "features", "fit", "load_model", "model_path"]

#: how a party is named in the event's own sentence, best first
_HOW_ORDER = ("name", "role", "metonym", "demonym", "definite", "group", "pronoun")
_HOW_GROUP = {"name": "name", "role": "role", "metonym": "name", "demonym": "other",
              "definite": "other", "group": "other", "pronoun": "pronoun"}
#: words in a sentence above which it counts as long
_LONG_SENTENCE = 40


def model_path() -> Path:
    """The bundled model: ``kg_builder/rules/calibration.json``."""
    return rules_dir() / "calibration.json"


@dataclass(frozen=True, slots=True, kw_only=True)
class CalibrationModel:
    """A logistic model: P(right) = 1 / (1 + exp(-(intercept + Σ weight·value))).

    ``about`` records what it was fitted on (sheets, rows, date, commit) and its
    cross-validated calibration table; it is carried, not read, by :func:`calibrate`.
    """

    intercept: float
    weights: Mapping[str, float]
    about: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, values: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, Any]:
        return {"intercept": round(self.intercept, 6),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
                "about": dict(self.about)}


@cache
def load_model(path: Path | None = None) -> CalibrationModel:
    """Read a model file (default :func:`model_path`)."""
    path = path or model_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return CalibrationModel(intercept=float(data["intercept"]),
                                weights={str(k): float(v) for k, v in data["weights"].items()},
                                about=data.get("about", {}))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValidationSetupError(
            f"the calibration model {path} could not be read: {exc}",
            why="it gives every event its confidence",
            fix="restore it from the repository or fit it again with `kg audit calibrate`",
        ) from exc


def default_min_confidence() -> float:
    """The lowest confidence whose cross-validated development rows were right at least the
    target share of the time (``about.default_min_confidence`` of the bundled model), 0.0 when
    no threshold reached it: then every event is shown."""
    value = load_model().about.get("default_min_confidence")
    return float(value) if value is not None else 0.0


@dataclass(frozen=True, slots=True)
class EventIndex:
    """What :func:`features` looks up in an article, gathered once for all its events."""

    kinds: dict[str, str]
    mentions: dict[str, list[Mention]]
    same: dict[tuple[str, str, str | None, str, str], list[Event]]
    crowds: dict[int, int]

    @classmethod
    def of(cls, extraction: Extraction) -> EventIndex:
        mentions: dict[str, list[Mention]] = {}
        for m in extraction.mentions:
            mentions.setdefault(m.entity_key, []).append(m)
        same: dict[tuple[str, str, str | None, str, str], list[Event]] = {}
        crowds: dict[int, int] = {}
        for ev in extraction.events:
            same.setdefault(_identity(ev), []).append(ev)
            crowds[ev.evidence.begin] = crowds.get(ev.evidence.begin, 0) + 1
        return cls({e.key: e.kind for e in extraction.entities}, mentions, same, crowds)


def _party(index: EventIndex, key: str | None, ev: Event, role: str) -> dict[str, float]:
    if key is None:
        return {f"{role}:none": 1.0}
    kinds = index.kinds
    mentions = index.mentions.get(key, ())
    hows = {m.how for m in mentions if ev.evidence.begin <= m.span.begin < ev.evidence.end}
    how = next((_HOW_GROUP[h] for h in _HOW_ORDER if h in hows), "absent")
    return {f"{role}:{kinds.get(key, 'unknown')}": 1.0, f"{role}_named:{how}": 1.0,
            # how much the article is about it: 0 for a party mentioned about twice (e - 1)
            f"{role}_mentions": math.log1p(len(mentions)) - 1.0}


def _reading(ev: Event) -> dict[str, float]:
    """What the extractor's :class:`~kg_builder.model.Trace` tells of how ``ev`` was read: a
    noun trigger, with or without a light verb; a class the conventions gave the pair in place
    of the trigger's own; and for agent and target, how far the mention it was read from is
    from its verb, and whether a clause boundary lies between them."""
    trace = ev.trace
    values: dict[str, float] = {}
    if trace is None:
        return values
    if trace.light:
        values["trigger_light"] = 1.0  # "held talks with", "imposed sanctions on"
    elif trace.pos in ("NOUN", "PROPN"):
        values["trigger_noun"] = 1.0  # "talks between", "his criticism of"
    if trace.event and trace.event != ev.type:
        values["retyped"] = 1.0  # the conventions read the pair as another class
    for role, gap, clauses in (("agent", trace.agent_gap, trace.agent_clauses),
                               ("target", trace.target_gap, trace.target_clauses)):
        if gap < 0:
            values[f"{role}_elsewhere"] = 1.0  # read from another sentence
            continue
        # tokens between the party and its verb: -1 right next to it, about 0 for two
        values[f"{role}_gap"] = math.log1p(gap) - 1.0
        if clauses > 0:
            values[f"{role}_clause"] = 1.0  # "Baker said … he criticised West German moves"
    return values


def _identity(ev: Event) -> tuple[str, str, str | None, str, str]:
    """What makes two readings one event node of the graph (:func:`kg_builder.rdf.event_iri`
    also keys on the month; within one article that is the same for nearly all)."""
    return ev.type, ev.agent, ev.target, ev.polarity, ev.modality


def features(extraction: Extraction, ev: Event, *,
             index: EventIndex | None = None) -> dict[str, float]:
    """What the model knows about ``ev`` (a resolved event of ``extraction``, not calibrated
    yet: its confidence is its trigger's), as named values. ``index``: what the article's
    events share (default: gathered for this call)."""
    index = index or EventIndex.of(extraction)
    same = index.same.get(_identity(ev), [ev])
    values: dict[str, float] = {
        # the best trigger of its reports in the article (the graph keeps one node per event),
        # in tenths, so the L2 penalty weighs it like a yes/no feature
        "trigger": 10 * (max([ev.confidence, *(o.confidence for o in same)]) - 0.7),
        f"family:{event_info(ev.type).plover}": 1.0,
        f"stated:{ev.modality}": 1.0,
    }
    if len({o.evidence.begin for o in same}) > 1:
        values["repeated"] = 1.0  # stated in more than one sentence of the article
    if ev.polarity == "negative":
        values["negated"] = 1.0
    if ev.reported_by:
        values["reported_by"] = 1.0
    values.update(_reading(ev))
    values.update(_party(index, ev.agent, ev, "agent"))
    values.update(_party(index, ev.target, ev, "target"))
    kinds = index.kinds
    target_kind = kinds.get(ev.target, "unknown") if ev.target is not None else "none"
    values[f"pair:{kinds.get(ev.agent, 'unknown')}>{target_kind}"] = 1.0
    if ev.target is not None and ev.agent == ev.target:
        values["self"] = 1.0
    if index.crowds.get(ev.evidence.begin, 1) > 2:
        values["crowded"] = 1.0
    if len(ev.evidence.text.split()) > _LONG_SENTENCE:
        values["long_sentence"] = 1.0
    if any(q in ev.evidence.text for q in ('"', "\u201c", "\u201d", "''", "``")):
        values["quote"] = 1.0
    return values


def calibrate(extraction: Extraction, *, model: CalibrationModel | None = None) -> Extraction:
    """``extraction`` with each event's confidence replaced by the model's probability that
    the event is right (three decimals)."""
    if not extraction.events:
        return extraction
    model = model or load_model()
    index = EventIndex.of(extraction)
    events = tuple(
        dataclasses.replace(ev, confidence=round(model.probability(
            features(extraction, ev, index=index)), 3))
        for ev in extraction.events)
    return dataclasses.replace(extraction, events=events)


def fit(rows: Sequence[Mapping[str, float]], labels: Sequence[bool], *,
        l2: float = 1.0, iterations: int = 50) -> CalibrationModel:
    """Fit a logistic model on ``rows`` (named feature values) and ``labels`` (right or not),
    with an L2 penalty ``l2`` on the weights (not on the intercept)."""
    import numpy as np

    if not rows or len(rows) != len(labels):
        raise ValueError("fit needs as many labels as rows, and at least one row")
    names = sorted({k for r in rows for k in r})
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    index = {n: i + 1 for i, n in enumerate(names)}
    for i, r in enumerate(rows):
        for k, v in r.items():
            x[i, index[k]] = v
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return CalibrationModel(intercept=float(w[0]),
                            weights={n: float(w[index[n]]) for n in names})
