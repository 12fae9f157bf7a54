"""Property-based tests of map → store → export → re-parse: random extractions (ids, entity
keys, labels, texts, spans, dates, every event type) are mapped, written to an embedded store
with their records, exported in every format, and read back by rdflib and pyoxigraph, which must
both find exactly the triples that were mapped (named graphs where the format keeps them); and
the record the build writes of the graph (what ``kg check`` compares) is that of the graph the
store holds."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings

from kg_builder.export import export_store
from kg_builder.rdf import article_graph_iri, article_iri, to_triples
from kg_builder.store import EXPORT_FORMATS, OxigraphStore
from kg_builder.store.record import MASK, quad_digest, read_records, with_records
from kg_builder.store.serialize import to_ntriples, to_ox_term

from .conftest import examples, ran
from .strategies import extractions, ids

#: rdflib's names of our export formats
RDFLIB = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt",
          "jsonld": "json-ld", "rdfxml": "xml"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with OxigraphStore(tmp_path_factory.mktemp("export") / "store") as store:
        yield store


_OX_LABEL = ox.NamedNode(str(rdflib.RDFS.label))


def _events(triples: set[ox.Triple]) -> set[ox.NamedNode | ox.BlankNode]:
    """The events among the subjects of ``triples`` (the nodes with an nkg:agent)."""
    agent = ox.NamedNode("https://w3id.org/kg-builder/ontology#agent")
    return {t.subject for t in triples if t.predicate == agent}


def _ox(triples) -> set[ox.Triple]:
    return {ox.Triple(to_ox_term(s), to_ox_term(p), to_ox_term(o)) for s, p, o in triples}


@given(extraction=extractions())
@settings(max_examples=examples(ci=250, fuzz=1_500))
def test_every_export_format_reads_back_as_the_mapped_graph(store, extraction):
    ran("export: map → store → every format → rdflib and pyoxigraph")
    graph = to_triples(extraction)
    name = str(graph.identifier)
    expected = _ox(graph)
    # rdflib writes typed values in its own lexical form ("…00.00015" → "…00.000150"): what it
    # reads of an export must be what it reads of the mapped triples
    expected_rdflib = set(rdflib.Graph().parse(data=to_ntriples(graph), format="turtle"))
    store.replace_graphs(with_records({name: graph}))
    try:
        # what kg check compares: the record the build wrote, and the graph the store holds
        stored = list(store.quads(graph=ox.NamedNode(name)))
        digest = sum(quad_digest(q) for q in stored) & MASK
        assert read_records(store)[name] == (len(stored), digest)
        for fmt, (rdf_format, named) in EXPORT_FORMATS.items():
            buf = io.BytesIO()
            export_store(store, buf, fmt=fmt)
            data = buf.getvalue()
            quads = list(ox.parse(data, rdf_format))
            if named:
                assert {q.graph_name for q in quads} == {ox.NamedNode(name)}, fmt
            read = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
            dataset = rdflib.Dataset()
            dataset.parse(data=data, format=RDFLIB[fmt])
            found = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
            if fmt == "turtle":  # the readable Turtle adds one rdfs:label to every event
                labels = {t for t in read if t.predicate == _OX_LABEL and t not in expected}
                assert {t.subject for t in labels} == _events(expected), fmt
                read -= labels
                found -= {(rdflib.URIRef(t.subject.value), rdflib.RDFS.label,
                           rdflib.Literal(t.object.value, lang="en")) for t in labels}
            assert read == expected, fmt
            assert found == expected_rdflib, fmt
            if named:
                assert {g for *_, g in dataset.quads((None, None, None, None))} == \
                    {rdflib.URIRef(name)}, fmt
    finally:
        store.replace_graphs(with_records({name: None}))


@given(article_id=ids)
@settings(max_examples=examples(ci=250, fuzz=12_000))
def test_every_id_gives_valid_distinct_iris(article_id):
    """An article id maps to absolute IRIs with no dot-segment that a parser would resolve away,
    and two ids never share an IRI (the percent-encoding can be undone)."""
    from urllib.parse import unquote

    ran("export: ids → IRIs")
    for iri in (article_iri(article_id), article_graph_iri(article_id)):
        ox.NamedNode(str(iri))
        last = str(iri).rsplit("/", 1)[1]
        assert last not in ("", ".", "..") and not last.endswith(".")
        assert unquote(last) == article_id
