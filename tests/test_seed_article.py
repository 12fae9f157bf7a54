"""Acceptance on the bundled example article, through the `kg` command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from kg_builder.cli import app

from .conftest import SEED

pytestmark = pytest.mark.slow
runner = CliRunner()


def kg(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def rows(store, name: str, *extra: str) -> list[dict[str, str]]:
    code, text = kg("query", name, "--store", str(store), "--format", "json", *extra)
    assert code == 0, text
    return json.loads(text)


def test_who_accused_whom(seed_store):
    found = rows(seed_store, "who-accused-whom")
    assert set(found[0]) == {"accuser", "accused", "sentence", "article", "confidence"}
    pairs = {(r["accuser"], r["accused"]) for r in found}
    assert ("Alexander Lukashenko", "Russia") in pairs
    assert ("Viktor Babarika", "Belarus") in pairs
    assert ("Alexander Lukashenko", "critics") in pairs
    by_pair = {(r["accuser"], r["accused"]): r["sentence"] for r in found}
    assert "accused Moscow of pressing him" in by_pair[("Alexander Lukashenko", "Russia")]
    assert "he accused the government" in by_pair[("Viktor Babarika", "Belarus")]
    assert "He accuses critics of funding" in by_pair[("Alexander Lukashenko", "critics")]
    for accuser, accused in pairs:
        assert not any(name in accuser for name in ("Putin", "Pompeo", "Trump"))
        assert accuser != accused
    assert {r["article"] for r in found} == {SEED.stem}


def test_events_sanctions_and_meeting(seed_store):
    found = rows(seed_store, "events")
    assert set(found[0]) >= {"article", "event_type", "plover", "cameo", "agent", "agent_type",
                             "target", "target_type", "sentence"}
    triples = {(r["event_type"], r["agent"], r["target"]) for r in found}
    assert ("Sanction", "United States", "Belarus") in triples
    assert ("Sanction", "European Union", "Belarus") in triples
    assert ("Sanction", "Donald Trump", "Alexander Lukashenko") in triples
    assert ("Meeting", "Mike Pompeo", "Alexander Lukashenko") in triples
    sanction = next(r for r in found if r["event_type"] == "Sanction")
    assert (sanction["plover"], sanction["cameo"]) == ("SANCTION", "163")
    accusation = next(r for r in found if r["event_type"] == "Accusation")
    assert (accusation["plover"], accusation["cameo"]) == ("DISAPPROVE", "112")
    types = {r["agent_type"] for r in found} | {r["target_type"] for r in found}
    assert types <= {"Person", "State", "Organization", "Company", "Group"}
    # regression: "the Belarusian branch of Russia's Gazprombank" was read as Russia
    investigated = {r["target"] for r in found if r["event_type"] == "Investigation"}
    assert investigated == {"Belarusian branch of Russia’s Gazprombank"}


def test_facts_positions_and_units(seed_store):
    found = {(r["subject"], r["relation"], r["object"]) for r in rows(seed_store, "facts")}
    assert found == {
        ("Belarusian branch of Russia’s Gazprombank", "subsidiaryOf", "Gazprombank"),
        ("Mike Pompeo", "employedBy", "United States"),
        ("Donald Trump", "leaderOf", "United States"),
        ("Gleb Pavlovsky", "affiliatedWith", "Russia"),  # "a former Kremlin adviser"
        ("Artyom Shraibman", "founderOf", "Sense Analytics"),
    }


def test_entities_and_entity_queries(seed_store):
    ents = {(r["label"], r["type"]) for r in rows(seed_store, "entities")}
    assert ("Belarus", "State") in ents and ("Vladimir Putin", "Person") in ents
    assert ("Gazprombank", "Company") in ents
    about = rows(seed_store, "entity", "--param", "name=lukashenko")
    assert set(about[0]) == {"entity", "relation", "value", "sentence", "article"}
    assert {"Accusation (agent)", "Meeting (target)"} <= {r["relation"] for r in about}


def test_entities_are_typed_linked_and_show_their_names(seed_store, tmp_path):
    """Issue 16's acceptance on the example article: Crimea is a region; Belarus, Russia and the
    United States are the same as their Wikidata entities and have their GeoNames features;
    Moscow (the city) is its GeoNames feature; the entities query shows the article's names."""
    from rdflib import OWL, Graph, URIRef

    from kg_builder.vocab import NKG

    ents = {r["label"]: r for r in rows(seed_store, "entities")}
    assert ents["Crimea"]["type"] == "Region"
    assert set(ents["Russia"]["mentions"].split(" | ")) == {"Russia", "Moscow", "Kremlin"}
    out = tmp_path / "kg.ttl"
    assert kg("export", "--store", str(seed_store), "--format", "turtle", "-o", str(out))[0] == 0
    g = Graph().parse(out, format="turtle")
    kgr = "https://w3id.org/kg-builder/id/"
    for key, qid, geonames in (("state/BLR", "Q184", 630336), ("state/RUS", "Q159", 2017370),
                               ("state/USA", "Q30", 6252001)):
        node = URIRef(kgr + key)
        assert set(g.objects(node, OWL.sameAs)) == {URIRef(f"http://www.wikidata.org/entity/{qid}")}
        assert set(g.objects(node, NKG.geonamesFeature)) == {URIRef(f"https://sws.geonames.org/{geonames}/")}
    moscow = URIRef(kgr + "place/moscow")
    assert set(g.objects(moscow, OWL.sameAs)) == {URIRef("https://sws.geonames.org/524901/")}


def test_duplicate_names_lists_names_with_several_nodes(seed_store):
    """'Moscow' is the city (where things happen) and a name of Russia (the Kremlin acting): two
    nodes, which the report shows for a person to explain or merge."""
    found = {r["name"]: r for r in rows(seed_store, "duplicate-names")}
    assert set(found["moscow"]["iris"].split()) == {"https://w3id.org/kg-builder/id/place/moscow",
                                                     "https://w3id.org/kg-builder/id/state/RUS"}
    assert found["moscow"]["nodes"] == "2"
    assert all(int(r["nodes"]) > 1 for r in found.values())


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_delimited_output_has_the_columns(seed_store, fmt):
    code, text = kg("query", "who-accused-whom", "--store", str(seed_store), "--format", fmt)
    assert code == 0
    reader = csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t")
    assert next(reader) == ["accuser", "accused", "sentence", "article", "confidence"]


def test_validate_conforms(seed_store):
    code, text = kg("validate", "--store", str(seed_store))
    assert code == 0, text
    assert "conforms" in text


def test_building_twice_changes_nothing(tmp_path):
    store = str(tmp_path / "s")
    code, first = kg("build", str(SEED), "--store", store)
    assert code == 0
    _, count1 = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store, "--format", "csv")
    code, second = kg("build", str(SEED), "--store", store, "--force")
    assert code == 0
    _, count2 = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store, "--format", "csv")
    assert count1 == count2
    code, third = kg("build", str(SEED), "--store", store)
    assert "unchanged" in third


def test_rebuilding_keeps_the_export_byte_for_byte(tmp_path):
    """regression: every build rewrote the ontology graph with new blank-node labels, so N-Quads
    exports of the same articles differed from build to build."""
    store = str(tmp_path / "s")
    exports = []
    for n, extra in enumerate(([], ["--force"])):
        assert kg("build", str(SEED), "--store", store, *extra)[0] == 0
        out = tmp_path / f"kg{n}.nq"
        assert kg("export", "--store", store, "--format", "nquads", "--include-ontology",
                  "-o", str(out))[0] == 0
        exports.append(out.read_bytes())
    assert exports[0] == exports[1]


def test_bad_articles_are_reported_and_the_rest_built(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (inputs / "latin1.txt").write_bytes("Lukashenko accused Moscow caf\xe9".encode("latin-1"))
    (inputs / "lines.jsonl").write_text('{"id": "j1", "text": "The EU imposed sanctions on Belarus '
                                        'after the election, officials said on Monday."}\n{broken\n',
                                        encoding="utf-8")
    store = str(tmp_path / "s")
    result = runner.invoke(app, ["build", str(inputs), "--store", store])
    assert result.exit_code == 1
    err = result.stderr
    for name in ("empty.txt", "binary.txt", "latin1.txt", "lines.jsonl:2"):
        assert name in err
    ids = {r["article"] for r in rows(store, "entities")}
    assert ids == {"good", "j1"}


def test_export_turtle_parses_the_same_in_rdflib_and_oxigraph(seed_store, tmp_path):
    import pyoxigraph as ox
    from rdflib import Graph
    from rdflib.compare import isomorphic

    out = tmp_path / "kg.ttl"
    code, _ = kg("export", "--store", str(seed_store), "--format", "turtle", "-o", str(out))
    assert code == 0
    g1 = Graph().parse(out, format="turtle")
    g2 = Graph()
    nt = io.BytesIO()
    ox.serialize(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE), nt, ox.RdfFormat.N_TRIPLES)
    g2.parse(data=nt.getvalue().decode(), format="nt")
    assert len(g1) > 200
    assert isomorphic(g1, g2)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "ntriples", "jsonld"])
def test_other_export_formats_parse(seed_store, tmp_path, fmt):
    from rdflib import Dataset

    out = tmp_path / f"kg.{fmt}"
    code, _ = kg("export", "--store", str(seed_store), "--format", fmt, "-o", str(out))
    assert code == 0
    ds = Dataset()
    ds.parse(out, format={"trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld"}[fmt])
    assert sum(len(g) for g in ds.graphs()) > 200


def test_remove_article(tmp_path):
    store = str(tmp_path / "s")
    assert kg("build", str(SEED), "--store", store)[0] == 0
    assert kg("remove", SEED.stem, "--store", store)[0] == 0
    assert rows(store, "who-accused-whom") == []
    assert kg("remove", SEED.stem, "--store", store)[0] == 1


def test_locked_store_gives_a_clear_error(seed_store, tmp_path):
    from kg_builder import open_store

    path = tmp_path / "locked"
    holder = open_store(path)
    try:
        result = runner.invoke(app, ["build", str(SEED), "--store", str(path)])
        assert result.exit_code == 2
        assert "another process" in result.stderr and "KG300" in result.stderr
    finally:
        holder.close()


def test_unknown_query_and_missing_param(seed_store):
    result = runner.invoke(app, ["query", "no-such-query", "--store", str(seed_store)])
    assert result.exit_code == 2 and "KG400" in result.stderr
    result = runner.invoke(app, ["query", "entity", "--store", str(seed_store)])
    assert result.exit_code == 2 and "--param name" in result.stderr
