"""The embedded store: atomic replacement, bindings, errors."""

from __future__ import annotations

import pytest
from rdflib import Literal

from kg_builder.errors import QueryError, StoreError
from kg_builder.pipeline import build_graphs
from kg_builder.store import OxigraphStore

from .test_rdf import _extraction


def _write(store, extraction):
    graphs, result = build_graphs(extraction)
    assert not result.quarantined, result.report
    store.replace_graphs(graphs)


def test_replacing_an_article_does_not_duplicate(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    _write(store, _extraction())
    n = store.triple_count()
    _write(store, _extraction())
    assert store.triple_count() == n
    _write(store, _extraction(article_id="a2"))
    assert store.triple_count() == 2 * n
    store.close()


def test_bindings_are_values_not_text(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    _write(store, _extraction())
    query = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?x ?name WHERE "
             "{ GRAPH ?g { ?x rdfs:label ?l } FILTER(CONTAINS(STR(?l), ?name)) }")
    assert len(store.query(query, bindings={"name": Literal("Lukashenko")}).rows) == 1
    hostile = Literal('") } } DROP ALL ; SELECT * WHERE { ("')
    assert store.query(query, bindings={"name": hostile}).rows == []
    assert store.triple_count() > 0
    store.close()


def test_second_writer_gets_a_clear_error(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    with pytest.raises(StoreError, match="another process"):
        OxigraphStore(tmp_path / "s")
    store.close()


def test_bad_sparql(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    with pytest.raises(QueryError, match="not valid"):
        store.query("SELEKT nothing")
    store.close()


def test_missing_store_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        OxigraphStore(tmp_path / "absent", read_only=True)
