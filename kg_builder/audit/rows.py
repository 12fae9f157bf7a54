"""The rows an audit judges, read from a store through the ``queries/audit-*.rq`` queries.

An event row (views ``events`` and ``accusations``) is one event and one of its evidence
sentences; an entity row (view ``entities``) is one entity of one article. Each row carries what
finds it again in a later build (article id, sentence offsets, entity IRIs) — and, outside the
repository, the sentence text a judge reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from rdflib import RDFS, SKOS

from ..errors import QueryError
from ..ontology import ontology_graph
from ..query import run_query
from ..store import Store
from ..vocab import NKG

__all__ = [
    "VIEWS",
    "AuditItem",
    "EntityRow",
    "EventRow",
    "Row",
    "View",
    "class_gloss",
    "class_label",
    "view_rows",
]

View = Literal["events", "accusations", "entities"]
VIEWS: tuple[str, ...] = ("events", "accusations", "entities")


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event read from one sentence: ``begin``/``end`` are the sentence's character offsets
    in the article; ``agent_iri``/``target_iri`` the entities' IRIs (``""``: no target)."""

    article: str
    begin: int
    end: int
    event_type: str
    agent: str
    agent_iri: str
    target: str = ""
    target_iri: str = ""
    polarity: str = "Positive"
    modality: str = "Asserted"
    reported_by: str = ""
    confidence: float | None = None
    sentence: str = ""  # shown to the judge; never kept in the repository


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity of one article; ``begin``/``end``/``sentence``: a sentence of the article that
    names it, shown to the judge as context (``None`` when no corpus was given)."""

    article: str
    entity_iri: str
    label: str
    type: str
    mentions: tuple[str, ...] = ()
    begin: int | None = None
    end: int | None = None
    sentence: str = ""


Row = EventRow | EntityRow


@dataclass(frozen=True, slots=True)
class AuditItem:
    """Row ``number`` of a sheet of ``view`` and its verdict (``None``: not judged yet)."""

    view: str
    number: int
    row: Row
    verdict: str | None = None
    note: str = ""


def _float(value: str | None) -> float | None:
    return None if value in (None, "") else float(value)


def view_rows(store: Store, view: str) -> list[Row]:
    """Every row of ``view`` in the store, in the query's order."""
    if view not in VIEWS:
        raise QueryError(f"unknown audit view '{view}'", fix=f"use one of {', '.join(VIEWS)}")
    result = run_query(store, f"audit-{view}")
    records = [dict(zip(result.columns, r, strict=True)) for r in result.rows]
    out: list[Row] = []
    for r in records:
        if view == "entities":
            mentions = tuple(m for m in (r["mentions"] or "").split(" | ") if m)
            out.append(EntityRow(article=r["article"] or "", entity_iri=r["entity_iri"] or "",
                                 label=r["label"] or "", type=r["type"] or "",
                                 mentions=mentions))
        elif view == "accusations":
            out.append(EventRow(
                article=r["article"] or "", begin=int(r["begin"] or 0), end=int(r["end"] or 0),
                event_type="Accusation", agent=r["accuser"] or "", agent_iri=r["accuser_iri"] or "",
                target=r["accused"] or "", target_iri=r["accused_iri"] or "",
                modality=r["modality"] or "Asserted", reported_by=r["reported_by"] or "",
                confidence=_float(r["confidence"]), sentence=r["sentence"] or ""))
        else:
            out.append(EventRow(
                article=r["article"] or "", begin=int(r["begin"] or 0), end=int(r["end"] or 0),
                event_type=r["event_type"] or "", agent=r["agent"] or "",
                agent_iri=r["agent_iri"] or "", target=r["target"] or "",
                target_iri=r["target_iri"] or "", polarity=r["polarity"] or "Positive",
                modality=r["modality"] or "Asserted", reported_by=r["reported_by"] or "",
                confidence=_float(r["confidence"]), sentence=r["sentence"] or ""))
    return out


# What a judge reads: the ontology's own label and definition of a class, without the codes
# (a trailing "(CAMEO 112)", "(PLOVER DEMAND, CAMEO 10)") and without later sentences that
# refer to other terms ("Milder appeals … are the subclass nkg:Request.").
_CODES = re.compile(r"\s*\([^()]*\b(?:CAMEO|PLOVER)\b[^()]*\)")
_FIRST_SENTENCE = re.compile(r"^(.+?\.)(?:\s|$)")


@cache
def class_label(name: str) -> str:
    """The ontology's ``rdfs:label`` of a class (``"Accusation"`` → ``"accusation"``)."""
    label = ontology_graph().value(NKG._NS[name], RDFS.label)
    return str(label) if label is not None else name


@cache
def class_gloss(name: str) -> str:
    """A plain-words meaning of an ontology class, from its ``skos:definition``.

    >>> class_gloss("Meeting")
    'An agent meets a target in person.'
    """
    definition = ontology_graph().value(NKG._NS[name], SKOS.definition)
    if definition is None:
        return ""
    text = _CODES.sub("", str(definition))
    first = _FIRST_SENTENCE.match(text)
    return first.group(1) if first else text
