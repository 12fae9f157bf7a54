"""One entity and one event across articles."""

from __future__ import annotations

import json

import pytest

from kg_builder import build, open_store, run_query

from .conftest import SHARED

pytestmark = pytest.mark.slow

ACCUSATION = ("Lukashenko accused Moscow of pressing him on political reunification in exchange "
              "for cheap oil, officials in Minsk said on {day}.")


def test_same_accusation_in_three_articles_is_one_event(tmp_path):
    path = tmp_path / "news.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n, day in enumerate(["Monday", "Tuesday", "Wednesday"]):
            fh.write(json.dumps({"id": f"a{n}", "text": ACCUSATION.format(day=day),
                                 "published": "2020-02-1" + str(n)}) + "\n")
    store = open_store(tmp_path / "s")
    try:
        assert build([path], store).built == 3
        rows = run_query(store, "accusations").rows
        assert [r[:4] for r in rows] == [["Alexander Lukashenko", "Russia", "3", "3"]]
        assert len(run_query(store, "who-accused-whom").rows) == 3  # one row per evidence
    finally:
        store.close()


def test_tony_blair_is_one_entity_across_bbc_articles(tmp_path):
    corpus = SHARED / "bbc_news" / "bbc_news.jsonl"
    if not corpus.exists():
        pytest.skip(f"{corpus} is not here (the shared development data)")
    chosen = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"].startswith("bbc-politics") and "Blair" in record["text"]:
                chosen.append(line)
            if len(chosen) == 8:
                break
    path = tmp_path / "blair.jsonl"
    path.write_text("".join(chosen), encoding="utf-8")
    store = open_store(tmp_path / "s")
    try:
        build([path], store)
        rows = store.query(
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX nkg: <https://w3id.org/kg-builder/ontology#> "
            "SELECT DISTINCT ?x ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?x a nkg:Person ; "
            "rdfs:label ?label } FILTER(CONTAINS(?label, 'Blair')) } GROUP BY ?x ?label").rows
    finally:
        store.close()
    assert len(rows) == 1, rows
    iri, label, articles = rows[0]
    assert label == "Tony Blair" and iri.endswith("/person/tony-blair")
    assert int(articles) >= 6
