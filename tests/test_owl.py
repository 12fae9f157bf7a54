"""The ontology as OWL (kg ontology check/export/docs) and `kg reason` over the seed article."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph, Namespace, URIRef
from typer.testing import CliRunner

from kg_builder.cli import app
from kg_builder.ontology import ontology_graph
from kg_builder.ontology_docs import render_markdown
from kg_builder.owl import (
    EXPORT_FORMATS,
    declared_terms,
    export_ontology,
    merged_ontology,
    undeclared_terms,
    used_terms,
)
from kg_builder.reason import reason_store, rules_from_ontology

ROOT = Path(__file__).resolve().parent.parent
NKG = Namespace("https://w3id.org/kg-builder/ontology#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
ID = "https://w3id.org/kg-builder/id/"
runner = CliRunner()


# --- undeclared terms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "where"),
    [
        ("Accusation", "kg_builder/vocab.py"),
        ("Accusation", "queries/who-accused-whom.rq"),
        ("ArticleGraph", "ontology/shapes.ttl"),
        ("Agreement", "kg_builder/rules/triggers.jsonl:1"),
        ("IntergovernmentalOrganization", "kg_builder/rules/organizations.jsonl:1"),
    ],
)
def test_used_terms_are_collected_from_each_source(term: str, where: str) -> None:
    assert where in used_terms()[NKG[term]]


def test_builder_uses_no_undeclared_term() -> None:
    assert undeclared_terms() == {}


@pytest.mark.parametrize("typo", ["Acusation", "actedHostileToward"])
def test_undeclared_term_is_reported_with_where(typo: str) -> None:
    used = used_terms() | {NKG[typo]: ["queries/typo.rq"]}
    assert undeclared_terms(used) == {str(NKG[typo]): ["queries/typo.rq"]}


# --- HermiT and the CLI -----------------------------------------------------------------------


@pytest.mark.slow
def test_kg_ontology_check_passes() -> None:
    if shutil.which("java") is None:
        pytest.skip("no java on PATH")
    result = runner.invoke(app, ["ontology", "check"])
    assert result.exit_code == 0, result.output
    assert "consistent" in result.output and "classes 59" in result.output


def test_kg_ontology_check_without_java_says_how_to_fix(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ontology", "check"], env={"PATH": str(tmp_path)})
    assert result.exit_code == 2
    assert "[KG700]" in result.output and "Java was not found" in result.output
    assert "make java" in result.output


def test_merged_ontology_is_one_ontology() -> None:
    assert list(merged_ontology().subjects(RDF.type, OWL.Ontology)) == [
        URIRef("https://w3id.org/kg-builder/ontology")]


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_kg_ontology_export(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"kg.{fmt}"
    result = runner.invoke(app, ["ontology", "export", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "owlxml":
        import owlready2
        import pyhornedowl

        # the same axioms as the RDF/XML export, and owlready2 reads it (OWL/XML parser)
        rdfxml = tmp_path / "kg.rdf"
        with rdfxml.open("wb") as fh:
            export_ontology(fh, fmt="rdfxml")
        expected = pyhornedowl.open_ontology_from_file(str(rdfxml), "rdf").get_axioms()
        got = pyhornedowl.open_ontology_from_file(str(out), "owx").get_axioms()
        assert len(got) == len(expected) > 800
        world = owlready2.World()
        onto = world.get_ontology(out.as_uri()).load()
        assert onto.search_one(iri=str(NKG.Accusation)) is not None
        world.close()
        return
    parsed = Graph().parse(out, format="turtle" if fmt == "turtle" else "xml")
    assert len(parsed) == len(merged_ontology())
    assert (NKG.Person, RDF.type, OWL.Class) in parsed


def test_kg_ontology_export_unknown_format(tmp_path: Path) -> None:
    args = ["ontology", "export", "-f", "manchester", "-o", str(tmp_path / "x")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and ("turtle (ttl, n3), rdfxml (xml, rdf, rdf/xml, owl), "
                                      "owlxml (owx, owl/xml)") in result.output


# --- documentation page -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_docs_list_every_term(kind: URIRef) -> None:
    page = render_markdown()
    terms = [t for t in declared_terms() if (t, RDF.type, kind) in ontology_graph()]
    assert terms
    for term in terms:
        assert f"### nkg:{str(term)[len(str(NKG)):]}\n" in page, term


def test_docs_show_codes_edges_and_alignments() -> None:
    page = render_markdown()
    accusation = page.split("### nkg:Accusation\n", 1)[1].split("### ", 1)[0]
    assert "`DISAPPROVE`" in accusation and "`1121`" in accusation
    assert "[`nkg:accused`](#nkg-accused)" in accusation
    person = page.split("### nkg:Person\n", 1)[1].split("### ", 1)[0]
    assert "⊑ `foaf:Person`" in person and "[`nkg:Agent`](#nkg-Agent)" in person


def test_committed_docs_are_current() -> None:
    committed = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert committed == render_markdown(), "run: make docs"


# --- reasoning --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sub", "implied", "reversed_"),
    [
        (NKG.accused, NKG.disapprovedOf, False),
        (NKG.accused, NKG.actedHostileTowards, False),
        (NKG.accused, NKG.actedOn, False),
        (NKG.memberOf, ORG.memberOf, False),
        (NKG.met, NKG.met, True),
        (NKG.met, NKG.consultedWith, True),
        (NKG.met, NKG.consultedWith, False),
        (NKG.founderOf, SCHEMA.founder, True),
        (SCHEMA.founder, NKG.founderOf, True),
    ],
)
def test_property_rules(sub: URIRef, implied: URIRef, reversed_: bool) -> None:
    assert (sub, implied, reversed_) in rules_from_ontology(ontology_graph()).properties


@pytest.mark.parametrize(
    ("cls", "sup", "expected"),
    [
        (NKG.Person, FOAF.Person, True),
        (NKG.Person, URIRef("http://www.w3.org/ns/prov#Agent"), True),
        (NKG.Accusation, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event"), True),
        (NKG.Company, ORG.FormalOrganization, True),
        (NKG.State, SCHEMA.Place, False),
        (NKG.accused, NKG.actedOn, False),
    ],
)
def test_type_rules(cls: URIRef, sup: URIRef, expected: bool) -> None:
    assert ((cls, sup) in rules_from_ontology(ontology_graph()).types) is expected


HOSTILE = """PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
SELECT DISTINCT ?x ?y WHERE { GRAPH ?g { ?x nkg:actedHostileTowards ?y } }"""
FOAF_PERSONS = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a foaf:Person } }"""
ACCUSED = """PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
SELECT DISTINCT ?x ?y WHERE { GRAPH ?g { ?x nkg:accused ?y } }"""
MET_BOTH_WAYS = """PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
ASK { GRAPH ?g { ?x nkg:met ?y } FILTER NOT EXISTS { GRAPH ?h { ?y nkg:met ?x } } }"""


@pytest.fixture
def store_copy(seed_store: Path, tmp_path: Path):
    from kg_builder import open_store

    path = tmp_path / "store"
    shutil.copytree(seed_store, path)
    store = open_store(path)
    yield store
    store.close()


def _rows(store, sparql: str) -> set[tuple[str, ...]]:
    return {tuple(r) for r in store.query(sparql).rows}


def _quads(store) -> set[bytes]:
    buf = io.BytesIO()
    store.dump(buf, fmt="nquads")
    return set(buf.getvalue().splitlines())


@pytest.mark.slow
def test_reason_materialises_the_seed(store_copy) -> None:
    assert _rows(store_copy, HOSTILE) == set()
    assert _rows(store_copy, FOAF_PERSONS) == set()
    report = reason_store(store_copy)
    assert report.articles == 1 and report.inferred > 0
    hostile = _rows(store_copy, HOSTILE)
    assert (ID + "person/alexander-lukashenko", ID + "state/RUS") in hostile
    assert _rows(store_copy, ACCUSED) <= hostile
    persons = {x for (x,) in _rows(store_copy, FOAF_PERSONS)}
    assert {ID + "person/alexander-lukashenko", ID + "person/vladimir-putin"} <= persons
    assert ID + "state/RUS" not in persons
    assert store_copy.query(MET_BOTH_WAYS).boolean is False


@pytest.mark.slow
def test_reason_twice_changes_nothing(store_copy) -> None:
    first = reason_store(store_copy)
    before = _quads(store_copy)
    second = reason_store(store_copy)
    assert _quads(store_copy) == before
    assert second.inferred == first.inferred


@pytest.mark.slow
def test_cli_reason_then_export_sees_inferences(store_copy, tmp_path: Path) -> None:
    location = store_copy.location
    store_copy.close()
    result = runner.invoke(app, ["reason", "--store", location])
    assert result.exit_code == 0, result.output
    assert "reasoned over 1 article graphs" in result.output
    out = tmp_path / "kg.ttl"
    assert runner.invoke(app, ["export", "--store", location, "-o", str(out)]).exit_code == 0
    exported = Graph().parse(out)
    assert (URIRef(ID + "person/alexander-lukashenko"), RDF.type, FOAF.Person) in exported
    assert (URIRef(ID + "person/alexander-lukashenko"), NKG.actedHostileTowards,
            URIRef(ID + "state/RUS")) in exported


@pytest.mark.slow
def test_remove_and_rebuild_drop_the_inferred_graph(store_copy) -> None:
    from kg_builder import BuildOptions, build, remove_article
    from kg_builder.rdf import inferred_graph_iri

    article_id = store_copy.query(
        "SELECT ?id WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/identifier> ?id } }").rows[0][0]
    inferred = {"g": inferred_graph_iri(article_id)}
    inferred_ask = "ASK { GRAPH ?g { ?s ?p ?o } }"
    reason_store(store_copy)
    assert store_copy.query(inferred_ask, bindings=inferred).boolean
    build([ROOT / "examples" / "000_5095e6f94f9df535.txt"], store_copy,
          options=BuildOptions(force=True))
    assert not store_copy.query(inferred_ask, bindings=inferred).boolean
    reason_store(store_copy)
    assert remove_article(store_copy, article_id)
    assert not store_copy.query(inferred_ask, bindings=inferred).boolean
