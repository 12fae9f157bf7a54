"""``TripleIndex`` (the store pySHACL reads during validation) answers every triple pattern as
rdflib's own ``Memory`` store does."""

from __future__ import annotations

import doctest
import itertools

import pytest
from rdflib import RDF, Graph, Literal, URIRef

import kg_builder._triple_index
from kg_builder._triple_index import TripleIndex
from kg_builder.rdf import to_graph
from kg_builder.vocab import NKG

from .test_rdf import _extraction


def _pair() -> tuple[Graph, Graph]:
    """The same article graph in a Memory-backed graph and in a TripleIndex-backed one."""
    reference = to_graph(_extraction())
    index = TripleIndex()
    index.add_all(reference)
    index.add_all(reference)  # repeats are stored once
    return reference, Graph(store=index)


def _patterns(g: Graph) -> list[tuple]:
    """Every combination of bound/unbound positions, with terms that occur and one that
    does not."""
    s, p, o = next(iter(g.triples((None, RDF.type, NKG.Accusation))))
    absent = URIRef("urn:absent")
    patterns = []
    for s_, p_, o_ in itertools.product((None, s, absent), (None, p, absent), (None, o, absent)):
        patterns.append((s_, p_, o_))
    patterns.append((None, None, Literal("Russia", lang="en")))
    return patterns


PATTERNS = _patterns(to_graph(_extraction()))


def _pattern_id(pattern: tuple) -> str:
    return " ".join("?" if t is None else "absent" if t == URIRef("urn:absent") else "bound"
                    for t in pattern)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[_pattern_id(p) for p in PATTERNS])
def test_every_pattern_matches_what_memory_matches(pattern):
    reference, indexed = _pair()
    assert set(indexed.triples(pattern)) == set(reference.triples(pattern))


def test_length_and_iteration_match():
    reference, indexed = _pair()
    assert len(indexed) == len(reference) > 0
    assert set(indexed) == set(reference)


@pytest.mark.parametrize("pattern", [(None, RDF.type, None), (None, None, None)],
                         ids=["one predicate", "everything"])
def test_remove_leaves_what_memory_leaves(pattern):
    reference, indexed = _pair()
    reference.remove(pattern)
    indexed.remove(pattern)
    assert set(indexed) == set(reference)
    assert len(indexed) == len(reference)
    for p in PATTERNS:
        assert set(indexed.triples(p)) == set(reference.triples(p))


def test_a_rebound_prefix_forgets_its_old_namespace():
    index = TripleIndex()
    index.bind("ex", URIRef("urn:one:"))
    index.bind("ex", URIRef("urn:two:"))
    assert index.namespace("ex") == URIRef("urn:two:")
    assert index.prefix(URIRef("urn:one:")) is None
    index.bind("ex", URIRef("urn:three:"), override=False)
    assert index.namespace("ex") == URIRef("urn:two:")


def test_doctests():
    assert doctest.testmod(kg_builder._triple_index, raise_on_error=True).attempted >= 1
