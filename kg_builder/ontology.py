"""What the pipeline needs to know from ``ontology/kg.ttl``: class hierarchy and event annotations.

The ontology is the single source of truth: event classes, their PLOVER category, CAMEO codes
and direct edges are read from it, never repeated in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from .errors import ValidationSetupError
from .resources import ontology_dir
from .vocab import NKG

__all__ = ["EventInfo", "class_ancestors", "event_info", "event_types", "ontology_graph"]

_NS = str(NKG._NS)


@dataclass(frozen=True, slots=True)
class EventInfo:
    name: str
    ancestors: tuple[str, ...]  # the class itself first, then every nkg: ancestor
    plover: str
    cameo: tuple[str, ...]
    edge: URIRef


@cache
def ontology_graph() -> Graph:
    """``kg.ttl`` + ``alignment.ttl`` as one rdflib graph (parsed once per process)."""
    g = Graph()
    for name in ("kg.ttl", "alignment.ttl"):
        path = ontology_dir() / name
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            raise ValidationSetupError(
                "the ontology cannot be parsed", why=str(exc), fix="correct the Turtle", where=str(path)
            ) from exc
    return g


def _local(iri: object) -> str | None:
    text = str(iri)
    return text[len(_NS):] if text.startswith(_NS) else None


@cache
def class_ancestors(name: str) -> tuple[str, ...]:
    """``"Company"`` → ``("Company", "Organization", "Agent")``: the class and its nkg: ancestors."""
    g = ontology_graph()
    start = NKG._NS[name]
    if (start, RDF.type, OWL.Class) not in g:
        raise ValidationSetupError(
            f"'{name}' is not a class of the ontology",
            fix="use a class declared in ontology/kg.ttl or add it there",
        )
    out = [name]
    for sup in g.transitive_objects(start, RDFS.subClassOf):
        local = _local(sup)
        if local and local not in out:
            out.append(local)
    return tuple(out)


@cache
def event_info(name: str) -> EventInfo:
    g = ontology_graph()
    cls = NKG._NS[name]
    ancestors = class_ancestors(name)
    if "Event" not in ancestors:
        raise ValidationSetupError(f"'{name}' is not an event class of the ontology",
                                   fix="use a subclass of nkg:Event from ontology/kg.ttl")
    plover = g.value(cls, NKG.ploverCategory)
    edge = g.value(cls, NKG.directEdge)
    if plover is None or not isinstance(edge, URIRef):
        raise ValidationSetupError(f"event class '{name}' lacks nkg:ploverCategory or nkg:directEdge",
                                   where="ontology/kg.ttl", fix="annotate the class")
    cameo = tuple(sorted(str(c) for c in g.objects(cls, NKG.cameoCode)))
    return EventInfo(name=name, ancestors=ancestors, plover=str(plover), cameo=cameo, edge=edge)


@cache
def event_types() -> frozenset[str]:
    g = ontology_graph()
    return frozenset(
        local for s in g.subjects(NKG.ploverCategory, None) if (local := _local(s)) is not None
    )
