"""SHACL validation of article graphs (one, or a batch at once) against ``ontology/shapes.ttl``.

pySHACL runs with ``inference="none"`` on the article graph plus the ontology's
``rdfs:subClassOf`` triples (RDFS inference would be ~8x slower and would hide errors: a range
axiom types a wrong agent as an Agent so ``sh:class`` never fails).

The shapes run in an equivalent, flatter form (see :func:`runnable_shapes`): pySHACL validates a
property shape nested in a targeted node shape once per focus node, but a property shape with
targets of its own once for all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, Graph
from rdflib.namespace import SH
from rdflib.term import Node

from ._triple_index import TripleIndex
from .errors import ValidationSetupError
from .ontology import ontology_graph
from .resources import ontology_dir

Triple = tuple[Node, Node, Node]

__all__ = ["ValidationResult", "runnable_shapes", "shapes_graph", "validate_graph",
           "validate_graphs"]


@dataclass(frozen=True, slots=True)
class ValidationResult:
    conforms: bool
    report: Graph
    text: str


@cache
def shapes_graph() -> Graph:
    path = ontology_dir() / "shapes.ttl"
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise ValidationSetupError("the SHACL shapes cannot be parsed", why=str(exc),
                                   where=str(path), fix="correct the Turtle") from exc


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
#: predicates through which one shape uses another as a condition on other nodes
_SHAPE_REFERENCES = (SH.node, SH["not"], SH["and"], SH["or"], SH.xone, SH.qualifiedValueShape)


@cache
def runnable_shapes() -> Graph:
    """:func:`shapes_graph` with each property shape of a targeted node shape given that node
    shape's targets itself and detached from it.

    SHACL gives the same results either way (a property shape applies to the focus nodes of
    the node shape that holds it; with the same targets it gets the same focus nodes), but
    pySHACL runs a nested property shape once per focus node and a targeted one once per shape:
    validation takes about half the time. Left nested: node shapes another shape refers to
    (``sh:node``, ``sh:not`` …, where there are no targets) and deactivated ones. Results name
    the same property shape (``sh:sourceShape``) as before.
    """
    shapes = shapes_graph()
    referenced = {o for p in _SHAPE_REFERENCES for o in shapes.objects(None, p)}
    flat = Graph()
    for prefix, namespace in shapes.namespaces():
        flat.bind(prefix, namespace)
    for triple in shapes:
        flat.add(triple)
    for node_shape in set(shapes.subjects(SH.property, None)):
        targets = [(p, o) for p in _TARGETS for o in shapes.objects(node_shape, p)]
        if not targets or node_shape in referenced or (node_shape, SH.deactivated, None) in shapes:
            continue
        for prop_shape in shapes.objects(node_shape, SH.property):
            flat.remove((node_shape, SH.property, prop_shape))
            flat.add((prop_shape, RDF.type, SH.PropertyShape))
            for p, o in targets:
                flat.add((prop_shape, p, o))
    return flat


@cache
def _subclass_triples() -> tuple[tuple, ...]:
    return tuple(ontology_graph().triples((None, RDFS.subClassOf, None)))


def validate_graph(data: Iterable[Triple]) -> ValidationResult:
    """Validate ``data`` (an rdflib ``Graph`` or other triples; not modified) and return the
    pySHACL result."""
    return validate_graphs([data])


def validate_graphs(graphs: Iterable[Iterable[Triple]]) -> ValidationResult:
    """Validate the union of ``graphs`` (rdflib graphs or other triples; none is modified)
    in one pySHACL call.

    The triples are copied once, into the graph pySHACL reads (with the subclass triples it
    needs; a :class:`~kg_builder._triple_index.TripleIndex`, faster to read than rdflib's
    ``Memory``); the caller need not build a union first.
    """
    index = TripleIndex()
    for data in graphs:
        index.add_all(data)
    index.add_all(_subclass_triples())
    conforms, report, text = shacl_validate(
        Graph(store=index),
        shacl_graph=runnable_shapes(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
    )
    return ValidationResult(conforms=bool(conforms), report=report, text=str(text))
