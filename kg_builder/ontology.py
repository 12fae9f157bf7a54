"""What the pipeline needs to know from ``ontology/kg.ttl``: class hierarchy and event annotations.

The ontology is the single source of truth: event classes, their PLOVER category, CAMEO codes
and direct edges are read from it, never repeated in code.

The class hierarchy and the event annotations are read with pyoxigraph's Turtle parser (~1 ms),
without rdflib: the worker processes that extract events need them, and nothing else of rdflib
(importing it cost a worker ~0.08 CPU s, measured). :func:`ontology_graph` is the rdflib graph
for the steps that map, validate, store and reason.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .errors import ValidationSetupError
from .resources import ontology_dir

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

__all__ = ["EventInfo", "class_ancestors", "event_info", "event_types", "ontology_graph"]

#: the ontology's namespace (``vocab.NKG``, which a test compares with it)
_NS = "https://w3id.org/kg-builder/ontology#"
_FILES = ("kg.ttl", "alignment.ttl")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
_SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf"


@dataclass(frozen=True, slots=True)
class EventInfo:
    name: str
    ancestors: tuple[str, ...]  # the class itself first, then every nkg: ancestor
    plover: str
    cameo: tuple[str, ...]
    edge_iri: str

    @property
    def edge(self) -> URIRef:
        """The direct edge's IRI as an rdflib term."""
        from rdflib import URIRef

        return URIRef(self.edge_iri)


@cache
def ontology_graph() -> Graph:
    """``kg.ttl`` + ``alignment.ttl`` as one rdflib graph (parsed once per process)."""
    from rdflib import Graph

    g = Graph()
    for name in _FILES:
        path = ontology_dir() / name
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            raise ValidationSetupError(
                "the ontology cannot be parsed", why=str(exc), fix="correct the Turtle", where=str(path)
            ) from exc
    return g


@dataclass(frozen=True, slots=True)
class _Terms:
    """The triples of the ontology files with an IRI as subject: the objects of each (subject,
    predicate) and the subjects of each predicate, in the order the files state them."""

    objects: dict[tuple[str, str], list[ox.NamedNode | ox.BlankNode | ox.Literal]]
    subjects: dict[str, list[str]]

    def values(self, s: str, p: str) -> list[ox.NamedNode | ox.BlankNode | ox.Literal]:
        return self.objects.get((s, p), [])


@cache
def _terms() -> _Terms:
    objects: dict[tuple[str, str], list[ox.NamedNode | ox.BlankNode | ox.Literal]] = (
        defaultdict(list))
    subjects: dict[str, list[str]] = defaultdict(list)
    for name in _FILES:
        path = ontology_dir() / name
        try:
            triples = list(ox.parse(path=path, format=ox.RdfFormat.TURTLE))
        except (SyntaxError, OSError) as exc:
            raise ValidationSetupError("the ontology cannot be parsed", why=str(exc),
                                       fix="correct the Turtle", where=str(path)) from exc
        for t in triples:
            if isinstance(t.subject, ox.NamedNode):
                objects[(t.subject.value, t.predicate.value)].append(t.object)
                subjects[t.predicate.value].append(t.subject.value)
    return _Terms(objects=dict(objects), subjects=dict(subjects))


def _local(iri: str) -> str | None:
    return iri[len(_NS):] if iri.startswith(_NS) else None


@cache
def class_ancestors(name: str) -> tuple[str, ...]:
    """``"Company"`` → ``("Company", "Organization", "Agent")``: the class and its nkg: ancestors."""
    terms = _terms()
    start = _NS + name
    if ox.NamedNode(_OWL_CLASS) not in terms.values(start, _RDF_TYPE):
        raise ValidationSetupError(
            f"'{name}' is not a class of the ontology",
            fix="use a class declared in ontology/kg.ttl or add it there",
        )
    out = [name]
    seen: set[str] = set()

    def visit(iri: str) -> None:  # depth first, superclasses in the order the files state them
        if iri in seen:
            return
        seen.add(iri)
        local = _local(iri)
        if local and local not in out:
            out.append(local)
        for sup in terms.values(iri, _SUBCLASS_OF):
            if isinstance(sup, ox.NamedNode):
                visit(sup.value)

    visit(start)
    return tuple(out)


@cache
def event_info(name: str) -> EventInfo:
    terms = _terms()
    cls = _NS + name
    ancestors = class_ancestors(name)
    if "Event" not in ancestors:
        raise ValidationSetupError(f"'{name}' is not an event class of the ontology",
                                   fix="use a subclass of nkg:Event from ontology/kg.ttl")
    plover = terms.values(cls, _NS + "ploverCategory")
    edge = terms.values(cls, _NS + "directEdge")
    if not plover or not edge or not isinstance(edge[0], ox.NamedNode):
        raise ValidationSetupError(f"event class '{name}' lacks nkg:ploverCategory or nkg:directEdge",
                                   where="ontology/kg.ttl", fix="annotate the class")
    cameo = tuple(sorted(c.value for c in terms.values(cls, _NS + "cameoCode")))
    return EventInfo(name=name, ancestors=ancestors, plover=plover[0].value, cameo=cameo,
                     edge_iri=edge[0].value)


@cache
def event_types() -> frozenset[str]:
    return frozenset(local for s in _terms().subjects.get(_NS + "ploverCategory", ())
                     if (local := _local(s)) is not None)
