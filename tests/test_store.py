"""The embedded store: atomic replacement, bindings, errors."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import SH

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


def test_one_bad_article_in_a_batch_is_quarantined_alone():
    """A batch is validated in one SHACL call; when it fails, each article is validated alone so
    only the bad one goes to quarantine, with its report."""
    from dataclasses import replace

    from rdflib import RDF

    from kg_builder.pipeline import STAGES, _graphs_for_batch
    from kg_builder.vocab import NKG

    good = _extraction(article_id="good")
    bad = _extraction("Somebody Else", article_id="bad")
    bad = replace(bad, entities=bad.entities[1:])  # the accuser is no longer typed or labelled
    results = _graphs_for_batch([good, bad], validate=True, timings=dict.fromkeys(STAGES, 0.0))
    (good_graphs, good_result), (bad_graphs, bad_result) = results
    assert not good_result.quarantined and bad_result.quarantined
    assert "nkg:Agent" in bad_result.report or "agent" in bad_result.report.lower()
    quarantine = next(g for g in bad_graphs.values() if g is not None)
    assert (quarantine.identifier, RDF.type, NKG.QuarantineGraph) in quarantine
    assert quarantine.value(quarantine.identifier, NKG.validationReport) is not None
    assert all(v is None for k, v in bad_graphs.items() if "/graph/article/" in k)


def test_an_article_that_leans_on_another_in_its_batch_is_validated_alone():
    """The union of a batch can conform because article A types a node that article B only
    references; B alone does not conform, and must go to quarantine."""
    from dataclasses import replace

    from kg_builder.pipeline import STAGES, _graphs_for_batch

    good = _extraction(article_id="good")
    leaning = _extraction(article_id="leaning")
    leaning = replace(leaning, entities=leaning.entities[1:])  # same accuser, typed only in "good"
    results = _graphs_for_batch([good, leaning], validate=True, timings=dict.fromkeys(STAGES, 0.0))
    assert [r.quarantined for _, r in results] == [False, True]


@pytest.mark.parametrize(("failures", "opens"), [(2, True), (10, False)])
def test_read_only_open_retries_the_compaction_race(tmp_path, monkeypatch, failures, opens):
    """regression: a reader opening beside a writer hit RocksDB's "Corruption … No such file"
    once (a table file deleted by a compaction). The race cannot be triggered on demand, so the
    failure is injected; opening again must then succeed, and a lasting error still surfaces."""
    import pyoxigraph as ox

    OxigraphStore(tmp_path / "s").close()
    real, calls = ox.Store.read_only, []

    def flaky(path: str):
        calls.append(path)
        if len(calls) <= failures:
            raise OSError("Corruption: IO error: No such file or directory: 000123.sst")
        return real(path)

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(flaky))
    if opens:
        OxigraphStore(tmp_path / "s", read_only=True).close()
        assert len(calls) == failures + 1
    else:
        with pytest.raises(StoreError, match="cannot open the store"):
            OxigraphStore(tmp_path / "s", read_only=True)


def test_read_only_open_does_not_retry_other_errors(tmp_path, monkeypatch):
    import pyoxigraph as ox

    OxigraphStore(tmp_path / "s").close()
    calls = []

    def broken(path: str):
        calls.append(path)
        raise OSError("Permission denied")

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(broken))
    with pytest.raises(StoreError):
        OxigraphStore(tmp_path / "s", read_only=True)
    assert len(calls) == 1


def test_one_event_in_two_articles_does_not_send_the_batch_to_single_validation():
    """regression (bench): the same event reported by two articles with different confidences
    breaks the union's maxCount, not either article; the batch's other articles are trusted, and
    the two are validated alone and stored."""
    from dataclasses import replace

    from rdflib import Graph

    from kg_builder.pipeline import STAGES, _graphs_for_batch, _touches
    from kg_builder.rdf import to_graph
    from kg_builder.validate import validate_graph

    first = _extraction(article_id="first")
    second = _extraction(article_id="second")
    second = replace(second, events=tuple(replace(ev, confidence=0.6) for ev in second.events))
    other = _extraction("Viktor Babarika", article_id="other")
    other = replace(other, events=tuple(replace(ev, type="Criticism") for ev in other.events))
    union = to_graph(first) + to_graph(second) + to_graph(other)
    report = validate_graph(union)
    assert not report.conforms  # the union breaks …
    suspects = set(report.report.objects(None, SH.focusNode))
    assert _touches(to_graph(first), suspects) and _touches(to_graph(second), suspects)
    assert not _touches(to_graph(other), suspects)  # … because of the shared event only
    results = _graphs_for_batch([first, second, other], validate=True,
                                timings=dict.fromkeys(STAGES, 0.0))
    assert [r.quarantined for _, r in results] == [False, False, False]
    assert not _touches(Graph(), suspects)


AWKWARD = ['line one\nline two', 'a "quoted" word', 'tab\there', 'back\\slash', 'Лукашенко 習近平',
           'ends with a quote"', "trailing newline\n", '"""triple"""']


@pytest.mark.parametrize("text", AWKWARD)
def test_a_first_write_and_a_rewrite_store_the_same_terms(tmp_path, text):
    """regression: the first write of an article is a TriG load, a rewrite a SPARQL update;
    literals with line breaks and quotes (rdflib writes them as long strings) survive both."""
    from rdflib import Graph, URIRef
    from rdflib.compare import isomorphic

    graph = Graph()
    node = URIRef("https://w3id.org/kg-builder/id/article/x#char=0,1")
    graph.add((node, URIRef("https://w3id.org/kg-builder/ontology#text"), Literal(text)))
    graph.add((node, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(text, lang="en")))
    name = "https://w3id.org/kg-builder/graph/article/x"
    store = OxigraphStore(tmp_path / "s")
    dumps = []
    for _ in range(2):  # the second write replaces the first
        store.replace_graphs({name: graph, name + "-none": None})
        dumps.append(Graph().parse(data=_dump(store, name), format="nt"))
    assert isomorphic(dumps[0], graph)
    assert isomorphic(dumps[1], graph)
    assert {str(o) for o in dumps[1].objects()} == {text}
    store.close()


def _dump(store, name):
    import io

    buf = io.BytesIO()
    store.dump(buf, fmt="ntriples", graphs=[name])
    return buf.getvalue().decode("utf-8")


def test_with_closes_the_store_and_frees_its_lock(tmp_path):
    """``with open_store(…) as store:`` closes the store on the way out: a second writer may
    then open the folder (an open store holds RocksDB's lock, see the test above)."""
    from kg_builder.store import Store, open_store

    with open_store(tmp_path / "s") as store:
        assert isinstance(store, Store)
        _write(store, _extraction())
        n = store.triple_count()
        with pytest.raises(StoreError, match="another process"):
            open_store(tmp_path / "s")
    with open_store(tmp_path / "s", read_only=True) as again:
        assert again.triple_count() == n


def test_with_closes_the_store_when_the_block_raises(tmp_path):
    from kg_builder.store import open_store

    with pytest.raises(QueryError, match="not valid"), open_store(tmp_path / "s") as store:
        store.query("SELEKT nothing")
    open_store(tmp_path / "s").close()  # not locked: the failed block closed it


def test_the_store_package_exports_what_it_names():
    """``kg_builder.store.__all__`` is exact (httpx-style): every name is there, and nothing
    public besides its sub-modules is left out."""
    import inspect

    import kg_builder.store as package

    public = {n for n, v in vars(package).items()
              if not n.startswith("_") and not inspect.ismodule(v) and n != "annotations"}
    assert public == set(package.__all__)


@pytest.mark.parametrize(("location", "remote"), [
    ("kg-store", False), ("./http-archive", False), ("http://127.0.0.1:7878", True),
    ("HTTPS://sparql.example.org/ds", True),
])
def test_a_url_names_a_server_and_anything_else_a_folder(location, remote):
    from kg_builder.store import is_url

    assert is_url(location) is remote


@pytest.mark.parametrize("text", AWKWARD)
def test_the_recorded_digest_is_the_stored_quads_digest(tmp_path, text):
    """triples_digest turns each distinct term into its stored text once; the record must still
    equal the digest of the quads the store gives back (what `kg check` compares)."""
    from rdflib import BNode, Graph, URIRef
    from rdflib.namespace import RDF, XSD

    from kg_builder.store.record import MASK, quad_digest, triples_digest

    nkg = "https://w3id.org/kg-builder/ontology#"
    node = URIRef("https://w3id.org/kg-builder/id/article/x#char=0,1")
    graph = Graph()
    for n, obj in enumerate((Literal(text), Literal(text, lang="en"), BNode("b1"),
                             Literal("0.8", datatype=XSD.decimal, normalize=False), Literal(7),
                             URIRef(nkg + "Sentence"))):
        graph.add((node, URIRef(f"{nkg}p{n % 2}"), obj))  # repeated subject and predicates
    graph.add((BNode("b1"), RDF.type, URIRef(nkg + "Sentence")))
    name = "https://w3id.org/kg-builder/graph/article/x"
    store = OxigraphStore(tmp_path / "s")
    store.replace_graphs({name: graph})
    import pyoxigraph as ox

    stored = list(store.quads(graph=ox.NamedNode(name)))
    assert triples_digest(graph) == (len(stored), sum(map(quad_digest, stored)) & MASK)
    store.close()
