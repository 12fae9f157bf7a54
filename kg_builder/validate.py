"""SHACL validation of article graphs (one, or a batch at once) against ``ontology/shapes.ttl``.

pySHACL runs with ``inference="none"`` on the article graph plus the ontology's
``rdfs:subClassOf`` triples (RDFS inference would be ~8x slower and would hide errors: a range
axiom types a wrong agent as an Agent so ``sh:class`` never fails).

The shapes run in an equivalent, flatter form (see :func:`runnable_shapes`): pySHACL validates a
property shape nested in a targeted node shape once per focus node, but a property shape with
targets of its own once for all of them. A build first asks only whether a batch of articles
conforms and which nodes break it (``validate_graphs(…, conformance_only=True)``), with
shapes that decide the same faster (:func:`conformance_shapes`); what fails is validated again
with the runnable shapes, whose report is the one kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ._triple_index import TripleIndex
from .errors import ValidationSetupError
from .ontology import ontology_graph
from .resources import ontology_dir

Triple = tuple[Node, Node, Node]

__all__ = ["ValidationResult", "conformance_shapes", "runnable_shapes", "shapes_graph",
           "validate_graph", "validate_graphs"]


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


#: the classes :func:`conformance_shapes` makes, one per ``sh:or``; only in validation's own
#: copy of the data, never stored
_EITHER = "urn:kg-builder:validation:either-"


@cache
def conformance_shapes() -> tuple[Graph, tuple[Triple, ...]]:
    """:func:`runnable_shapes` with each ``sh:or`` of lone ``sh:class`` shapes
    (``sh:or ( [ sh:class nkg:Place ] [ sh:class nkg:State ] )``) made one ``sh:class`` of a
    class of its own, and the ``rdfs:subClassOf`` triples that make the listed classes its
    subclasses (to add to the data graph).

    A node is an instance of the new class exactly when it is one of a listed class (the new
    class has no other subclass and types no node), so the same nodes conform and the same
    focus nodes fail. The reports differ (a class constraint instead of an or constraint): these
    shapes decide, they do not report. pySHACL checks every member of an ``sh:or`` and builds a
    full result, message included, for each member a node fails — for a place's
    ``owl:sameAs`` or a state's ``nkg:basedIn``, one of the two always — only to drop it:
    about a third of a batch's validation (cProfile), where one class lookup does.
    """
    shapes = runnable_shapes()
    fast = Graph()
    for prefix, namespace in shapes.namespaces():
        fast.bind(prefix, namespace)
    for triple in shapes:
        fast.add(triple)
    subclasses: list[Triple] = []
    made = 0
    for holder, members in sorted(shapes.subject_objects(SH["or"])):
        classes = []
        for member in shapes.items(members):
            description = list(shapes.predicate_objects(member))
            if len(description) != 1 or description[0][0] != SH["class"] \
                    or len(set(shapes.subject_predicates(member))) != 1:  # shared: left alone
                break
            classes.append(description[0][1])
        else:
            either = URIRef(f"{_EITHER}{made}")
            made += 1
            fast.remove((holder, SH["or"], members))
            fast.add((holder, SH["class"], either))
            subclasses.extend((cls, RDFS.subClassOf, either) for cls in classes)
            _drop_list(fast, members)
    return fast, tuple(subclasses)


def _drop_list(graph: Graph, members: Node) -> None:
    """Remove the RDF list ``members`` and the member shapes it holds from ``graph``."""
    cell = members
    while cell != RDF.nil and cell is not None:
        member = graph.value(cell, RDF.first)
        graph.remove((member, None, None))
        nxt = graph.value(cell, RDF.rest)
        graph.remove((cell, None, None))
        cell = nxt


@cache
def _subclass_triples() -> tuple[tuple, ...]:
    return tuple(ontology_graph().triples((None, RDFS.subClassOf, None)))


def validate_graph(data: Iterable[Triple]) -> ValidationResult:
    """Validate ``data`` (an rdflib ``Graph`` or other triples; not modified) and return the
    pySHACL result."""
    return validate_graphs([data])


def validate_graphs(graphs: Iterable[Iterable[Triple]], *,
                    conformance_only: bool = False) -> ValidationResult:
    """Validate the union of ``graphs`` (rdflib graphs or other triples; none is modified)
    in one pySHACL call.

    The triples are copied once, into the graph pySHACL reads (with the subclass triples it
    needs; a :class:`~kg_builder._triple_index.TripleIndex`, faster to read than rdflib's
    ``Memory``); the caller need not build a union first. With ``conformance_only`` the
    :func:`conformance_shapes` run: the same ``conforms`` and the same ``sh:focusNode`` of
    the results, but a report not to keep.
    """
    index = TripleIndex()
    for data in graphs:
        index.add_all(data)
    index.add_all(_subclass_triples())
    if conformance_only:
        shapes, subclasses = conformance_shapes()
        index.add_all(subclasses)
    else:
        shapes = runnable_shapes()
    conforms, report, text = shacl_validate(
        Graph(store=index),
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
    )
    return ValidationResult(conforms=bool(conforms), report=report, text=str(text))
