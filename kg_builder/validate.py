"""SHACL validation of one article graph against ``ontology/shapes.ttl``.

pySHACL runs with ``inference="none"`` on the article graph plus the ontology's
``rdfs:subClassOf`` triples (RDFS inference would be ~8× slower and would hide errors: a range
axiom types a wrong agent as an Agent so ``sh:class`` never fails).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import RDFS, Graph

from .errors import ValidationSetupError
from .ontology import ontology_graph
from .resources import ontology_dir

__all__ = ["ValidationResult", "shapes_graph", "validate_graph", "validate_graphs"]


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


@cache
def _subclass_triples() -> tuple[tuple, ...]:
    return tuple(ontology_graph().triples((None, RDFS.subClassOf, None)))


def validate_graph(data: Graph) -> ValidationResult:
    """Validate ``data`` (not modified) and return the pySHACL result."""
    return validate_graphs([data])


def validate_graphs(graphs: Iterable[Graph]) -> ValidationResult:
    """Validate the union of ``graphs`` (none is modified) in one pySHACL call.

    The triples are copied once, into the graph pySHACL reads (with the subclass triples it
    needs); the caller need not build a union first.
    """
    merged = Graph()
    for data in graphs:
        for triple in data:
            merged.add(triple)
    for triple in _subclass_triples():
        merged.add(triple)
    conforms, report, text = shacl_validate(
        merged,
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
    )
    return ValidationResult(conforms=bool(conforms), report=report, text=str(text))
