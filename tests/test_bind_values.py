"""Binding parameters for a SPARQL server that takes only query text (kg_builder.store.sparql).

Each case runs the bound text through the embedded Oxigraph engine and compares it with the
engine's own variable substitution, so "the same answer" is checked by the real thing.
"""

from __future__ import annotations

import doctest

import pytest
from rdflib import Literal, URIRef

import kg_builder.store.sparql
from kg_builder.errors import QueryError
from kg_builder.pipeline import build_graphs
from kg_builder.query import load_query
from kg_builder.rdf import article_graph_iri
from kg_builder.store import OxigraphStore
from kg_builder.store.sparql import bind_values

from .test_rdf import _extraction

HOSTILE = [
    '") } } DROP ALL ; SELECT * WHERE { ("',
    "\" } INSERT DATA { <a:x> <a:y> <a:z> } #",
    '"""\n} DROP ALL #\n"""',
    "'; DROP ALL; '",
    "back\\slash\\\" } }",
    "?name $name { } # <x>",
    "Лукашенко\r\n\t",
]

NESTED_FILTER = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?name WHERE {
  GRAPH ?g { ?x rdfs:label ?l . FILTER (CONTAINS(STR(?l), ?name)) }
}"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = OxigraphStore(tmp_path_factory.mktemp("bind") / "s")
    for article_id in ("a1", "a2"):
        graphs, result = build_graphs(_extraction(article_id=article_id))
        assert not result.quarantined
        store.replace_graphs(graphs)
    yield store
    store.close()


def _rows(store, sparql, bindings):
    return sorted(map(tuple, store.query(sparql, bindings=bindings).rows))


def _bound_rows(store, sparql, bindings):
    return sorted(map(tuple, store.query(bind_values(sparql, bindings)).rows))


@pytest.mark.parametrize(
    ("sparql", "bindings", "expected_rows"),
    [
        # a FILTER inside a nested group sees the value (a VALUES block alone would not)
        (NESTED_FILTER, {"name": Literal("Lukashenko")}, 2),
        (load_query("entity").text, {"name": Literal("lukashenko")}, 6),
        ("PREFIX nkg: <https://w3id.org/kg-builder/ontology#>\n"
         "SELECT ?g ?hash WHERE { GRAPH ?g { ?g nkg:describesArticle ?a . "
         "?a nkg:contentHash ?hash } }", {"g": article_graph_iri("a2")}, 1),
        # braces, '?name' and '#' inside strings, IRIs and comments are not touched
        ("SELECT ?s ?name WHERE { # ?name { here\n GRAPH ?g { ?s ?p ?o } "
         "FILTER (STR(?o) != \"?name } {\" && ?p != <http://ex.org/?name>) "
         "FILTER (CONTAINS(STR(?o), ?name)) }", {"name": Literal("Russia")}, 2),
        ("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": article_graph_iri("a1")}, 0),
        ("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef("http://ex.org/absent")}, 0),
    ],
)
def test_bound_text_answers_like_the_engines_substitution(store, sparql, bindings, expected_rows):
    assert _bound_rows(store, sparql, bindings) == _rows(store, sparql, bindings)
    assert len(_rows(store, sparql, bindings)) == expected_rows


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_stay_values(store, value):
    before = store.triple_count()
    text = bind_values(NESTED_FILTER, {"name": Literal(value)})
    assert store.query(text).rows == []
    assert store.triple_count() == before
    # the value reaches the engine intact: binding it in a projection returns it unchanged
    echo = bind_values("SELECT ?name WHERE { }", {"name": Literal(value)})
    assert store.query(echo).rows == [[value]]


@pytest.mark.parametrize(
    ("sparql", "bindings", "message"),
    [
        ("SELECT ?x WHERE { BIND (1 AS ?x) }", {"x": Literal("1")}, "assigns it"),
        ("SELECT ?x WHERE { ?x ?p ?o }", {"x": URIRef("http://ex.org/a> } DROP ALL #")},
         "not a valid IRI"),
        ("DESCRIBE <http://ex.org/a>", {"x": Literal("1")}, "no WHERE group"),
    ],
)
def test_what_cannot_be_bound_is_refused(sparql, bindings, message):
    with pytest.raises(QueryError, match=message):
        bind_values(sparql, bindings)


@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        ("CONSTRUCT { ?s ?p ?g } WHERE { GRAPH ?g { ?s ?p ?o } }",
         "CONSTRUCT { ?s ?p ?g } WHERE { VALUES (?g) { (<http://ex.org/g>) } "
         "GRAPH <http://ex.org/g> { ?s ?p ?o } }"),
        ("CONSTRUCT { ?s ?p ?g } { GRAPH ?g { ?s ?p ?o } }",
         "CONSTRUCT { ?s ?p ?g } { VALUES (?g) { (<http://ex.org/g>) } "
         "GRAPH <http://ex.org/g> { ?s ?p ?o } }"),
        ("SELECT ?g { GRAPH ?g { } } ORDER BY ?g",
         "SELECT ?g { VALUES (?g) { (<http://ex.org/g>) } GRAPH <http://ex.org/g> { } } "
         "ORDER BY ?g"),
    ],
)
def test_where_group_is_found(sparql, expected):
    assert bind_values(sparql, {"g": URIRef("http://ex.org/g")}) == expected


def test_docstring_examples_run():
    assert doctest.testmod(kg_builder.store.sparql, raise_on_error=True).attempted >= 1


@pytest.mark.parametrize(("query", "params"), [("accusations", {"s": ""}),
                                               ("accusations", {"s": "x", "e": "y"})])
def test_binding_a_variable_a_sub_select_hides_is_a_query_error(store, query, params):
    """Found by the property-based tests (tests/fuzz): '--param s=' on a query whose ?s lives in
    a sub-SELECT that does not project it made Oxigraph raise, and the store reported a KG300
    store error ('check the folder's permissions and free disk space')."""
    from kg_builder.query import run_query

    with pytest.raises(QueryError, match="cannot bind a variable the query does not select"):
        run_query(store, query, params=params)
