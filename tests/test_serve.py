"""``kg serve`` over HTTP: pages, Linked Data, search, the network API, the SPARQL 1.1 Protocol
endpoint and its safety rules, against a real server on loopback."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from .serve_fixtures import ID, kg, serve_store, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } }"


# -- search -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "first"), [
    ("ukr", "Ukraine"),                 # a prefix
    ("Ukraine", "Ukraine"),             # a word
    ("kreml", "Russia"),                # an alias ("the Kremlin" is Russia)
    ("lukash", "Alexander Lukashenko"),
    ("alexander luk", "Alexander Lukashenko"),  # every word must match
])
def test_search_finds_by_word_and_prefix(server, text, first):
    hits = server.get("/search", params={"q": text}).json()
    assert hits and hits[0]["label"] == first
    assert hits[0]["href"].startswith("/id/")


def test_search_ranks_by_reports(server):
    hits = server.get("/search", params={"q": "r"}).json()  # one letter: whole words only
    assert hits == []
    hits = server.get("/search", params={"q": "ru"}).json()
    assert hits[0]["label"] == "Russia"
    assert [h["reports"] for h in hits] == sorted((h["reports"] for h in hits), reverse=True)


@pytest.mark.parametrize("text", ['"', "OR", "NEAR(a b)", "*", "a:b", "'; DROP TABLE names; --"])
def test_search_takes_any_text(server, text):
    response = server.get("/search", params={"q": text})
    assert response.status_code == 200
    assert isinstance(response.json(), list)


def test_search_page_is_html(server):
    page = server.html("/search?q=belarus").text
    assert 'href="/id/state/BLR"' in page and ">Belarus</a>" in page


# -- pages ------------------------------------------------------------------------------------

def test_entity_page(server):
    page = server.html("/id/state/RUS").text
    assert "<h1>Russia" in page
    assert "Kremlin" in page and "Moscow" in page  # aliases
    # each with the rule that joined it (the graph's nkg:NameMerge records)
    assert '<span class="alias">Kremlin</span> <span class="rule"' in page
    assert "(metonym)</span>" in page
    assert "https://sws.geonames.org/2017370/" in page  # same-as link
    assert "Ukraine accused Russia of massing troops near the border." in page
    assert 'href="/id/state/UKR"' in page  # the other party links to its page
    assert "Accusation <b>4</b>" in page  # counts by type
    assert 'data-month="2021-11"' in page  # rows carry their month for the timeline


def test_event_page(server):
    entity = server.html("/id/state/UKR").text
    start = entity.index('href="/id/event/')
    event_path = entity[start + 6:entity.index('"', start + 6)]
    page = server.html(event_path).text
    assert "PLOVER" in page and "CAMEO" in page
    assert 'href="/id/state/UKR"' in page and 'href="/id/state/RUS"' in page
    assert 'href="/id/article/serve-05"' in page
    assert '<mark class="trigger">' in page


def test_article_page_marks_entities_and_triggers(server):
    page = server.html("/id/article/serve-05").text
    assert "<h1>Ukraine accuses Russia</h1>" in page
    assert '<a class="ent k-State" href="/id/state/UKR"' in page
    assert '<a class="trigger" href="/id/event/' in page
    assert 'href="https://example.org/news/serve-05"' in page


def test_hostile_article_is_text(server):
    page = server.html("/id/article/hostile").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(&#39;onerror&#39;)&gt;" in page
    assert 'href="javascript:' not in page.lower()


@pytest.mark.parametrize("path", ["/id/state/XXX", "/id/event/0000", "/id/article/none"])
def test_unknown_resource_is_404(server, path):
    assert server.html(path).status_code == 404
    assert server.get(path, headers={"Accept": "text/turtle"}).status_code == 404


# -- Linked Data ------------------------------------------------------------------------------

def test_resource_rdf_by_accept(server):
    turtle = server.get("/id/state/RUS", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert "Accept" in turtle.headers["vary"]
    g_ttl = Graph().parse(data=turtle.text, format="turtle")
    assert (URIRef(ID + "state/RUS"), RDFS_LABEL, Literal("Russia", lang="en")) in g_ttl
    jsonld = server.get("/id/state/RUS", headers={"Accept": "application/ld+json"})
    doc = json.loads(jsonld.text)
    assert isinstance(doc["@context"], dict) and doc["@context"]["nkg"].endswith("ontology#")
    assert doc["label"] == "Russia"  # compacted through the context
    g_json = Graph().parse(data=jsonld.text, format="json-ld")
    nt = server.get("/id/state/RUS", headers={"Accept": "application/n-triples"})
    g_nt = Graph().parse(data=nt.text, format="nt")
    assert isomorphic(g_ttl, g_json) and isomorphic(g_ttl, g_nt)
    assert server.get("/id/state/RUS?format=ttl").text == turtle.text


# -- network API ------------------------------------------------------------------------------

def test_network_default_types_and_filters(server):
    data = server.get("/api/network").json()
    labels = {n["label"] for n in data["nodes"]}
    assert {"Russia", "Ukraine", "Belarus", "European Union"} <= labels
    assert all(set(e["types"]) <= {"Accusation", "Criticism", "Sanction", "Threat"}
               for e in data["edges"])
    may_aug = server.get("/api/network", params={"since": "2021-05", "until": "2021-08"}).json()
    labels = {n["label"] for n in may_aug["nodes"]}
    assert "Germany" in labels and "Poland" in labels  # May, August
    assert "United Kingdom" not in labels and "Ukraine" not in labels  # February, November
    months = [m for m, _ in data["timeline"]]
    assert months == sorted(months) and months[0] == "2021-02" and "2021-04" in months


def test_network_expand_and_edge(server):
    around = server.get("/api/network", params={"node": ID + "state/BLR"}).json()
    assert all(ID + "state/BLR" in (e["source"], e["target"]) for e in around["edges"])
    assert {"Poland", "European Union", "United States"} <= {n["label"] for n in around["nodes"]}
    edge = server.get("/api/edge", params={"agent": ID + "state/UKR",
                                           "target": ID + "state/RUS"}).json()
    texts = [s["text"] for ev in edge["events"] for s in ev["sentences"]]
    assert texts == ["Ukraine accused Russia of massing troops near the border."]


# -- SPARQL 1.1 Protocol ----------------------------------------------------------------------

LABELS = ("SELECT ?s ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l "
          "FILTER (?s = <https://w3id.org/kg-builder/id/state/RUS>) } } LIMIT 1")


@pytest.mark.parametrize(("accept", "media", "check"), [
    ("application/sparql-results+json", "application/sparql-results+json",
     lambda t: json.loads(t)["results"]["bindings"][0]["l"] == {
         "type": "literal", "value": "Russia", "xml:lang": "en"}),
    ("application/sparql-results+xml", "application/sparql-results+xml",
     lambda t: '<literal xml:lang="en">Russia</literal>' in t),
    ("text/csv", "text/csv", lambda t: t.splitlines() == ["s,l", ID + "state/RUS,Russia"]),
    ("text/tab-separated-values", "text/tab-separated-values",
     lambda t: t.splitlines() == ["?s\t?l", f'<{ID}state/RUS>\t"Russia"@en']),
])
def test_select_formats(server, accept, media, check):
    for response in (server.get("/sparql", params={"query": LABELS}, headers={"Accept": accept}),
                     server.client.post("/sparql", content=LABELS, headers={
                         "Accept": accept, "Content-Type": "application/sparql-query"}),
                     server.client.post("/sparql", data={"query": LABELS},
                                        headers={"Accept": accept})):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(media)
        assert check(response.text)


def test_ask_and_construct(server):
    ask = server.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"})
    assert ask.json() == {"head": {}, "boolean": True}
    construct = ("CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { "
                 "GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"),
                        ("application/ld+json", "json-ld")):
        response = server.get("/sparql", params={"query": construct}, headers={"Accept": accept})
        assert response.headers["content-type"].startswith(accept)
        g = Graph().parse(data=response.text, format=fmt)
        assert (URIRef(ID + "state/RUS"), RDFS_LABEL, Literal("Russia", lang="en")) in g


@pytest.mark.parametrize(("how", "text"), [
    ("query", "INSERT DATA { GRAPH <http://x> { <http://a> <http://b> <http://c> } }"),
    ("query", "DROP ALL"),
    ("query", "CLEAR GRAPH <https://w3id.org/kg-builder/graph/article/serve-01>"),
    ("update", "DROP ALL"),
    ("body", "DROP ALL"),
])
def test_updates_are_forbidden(server, serve_store, how, text):
    if how == "body":
        response = server.client.post("/sparql", content=text,
                                      headers={"Content-Type": "application/sparql-update"})
    else:
        response = server.client.post("/sparql", data={how: text})
    assert response.status_code == 403
    assert "read-only" in response.text
    still = server.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"})
    assert still.json()["boolean"]


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <http://127.0.0.1:9/> { ?a ?b ?c }}}",
    "ASK { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } } }",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "LOAD SILENT <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://g>",
])
def test_service_and_load_are_refused(server, text):
    response = server.get("/sparql", params={"query": text})
    assert response.status_code == 400
    assert "no requests to other servers" in response.text


def test_service_as_text_is_not_a_service(server):
    text = 'SELECT ?x WHERE { BIND ("SERVICE <http://127.0.0.1:9/> { }" AS ?x) } # LOAD <http://x>'
    response = server.get("/sparql", params={"query": text}, headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert response.text.splitlines() == ["x", "SERVICE <http://127.0.0.1:9/> { }"]


@pytest.mark.parametrize("text", ["SELECT * WHERE { ?s ?p }", "hello", ""])
def test_bad_query_is_400(server, text):
    assert server.get("/sparql", params={"query": text}).status_code == 400


def test_row_cap(server):
    response = server.get("/sparql", params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"},
                          headers={"Accept": "text/csv"})
    assert response.headers["x-row-cap"] == "50"
    assert len(response.text.splitlines()) == 1 + 50


def test_body_cap(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (1 << 20)
    response = server.client.post("/sparql", content=big,
                                  headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in clock ticks


def test_timeout_kills_the_query(server):
    before = server.worker_pids()
    assert len(before) == 2
    t = time.monotonic()
    response = server.get("/sparql", params={"query": CROSS_JOIN})
    elapsed = time.monotonic() - t
    assert response.status_code == 503 and "stopped" in response.text
    assert 2.9 < elapsed < 8
    time.sleep(0.3)
    survivors = before & server.worker_pids()
    assert len(survivors) == 1  # the worker that ran it is gone…
    (other,) = survivors
    cpu = _cpu_seconds(other)
    time.sleep(1.0)
    assert (_cpu_seconds(other) or 0) - (cpu or 0) < 0.3  # …and nobody goes on computing
    # its replacement serves the next queries
    deadline = time.monotonic() + 30
    while len(server.worker_pids()) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(server.worker_pids()) == 2
    ok = server.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"})
    assert ok.json()["boolean"] is True


def test_sparql_page_for_browsers(server):
    page = server.html("/sparql").text
    assert "<textarea" in page and "who-accused-whom" in page
    page = server.html("/sparql?query=" + "SELECT ?x WHERE { BIND (%22%3Cb%3E%22 AS ?x) }").text
    assert "<td>&lt;b&gt;</td>" in page
    assert "format=csv" in page  # download links


# -- named queries ----------------------------------------------------------------------------

def test_named_query_csv_is_kg_query(server, serve_store):
    response = server.get("/queries/who-accused-whom.csv")
    assert response.headers["content-type"].startswith("text/csv")
    expected = kg("query", "who-accused-whom", "--store", str(serve_store), "--format", "csv")
    assert list(csv.reader(io.StringIO(response.text))) == list(csv.reader(io.StringIO(expected)))


def test_named_query_parameters_are_bound(server):
    rows = server.get("/queries/entity.json", params={"name": "Lukashenko"}).json()
    assert rows and {r["entity"] for r in rows} == {"Alexander Lukashenko"}
    hostile = server.get("/queries/entity.json", params={"name": '") } } DROP ALL #'}).json()
    assert hostile == []


@pytest.mark.parametrize("path", ["/queries/nope.csv", "/queries/..%2Fpyproject.csv",
                                  "/queries/who-accused-whom.xml"])
def test_unknown_named_query_is_404(server, path):
    assert server.get(path).status_code == 404


# -- network exposure -------------------------------------------------------------------------

def test_other_host_names_are_refused(server):
    assert server.get("/", headers={"Host": "attacker.example"}).status_code == 400


def test_no_cors_unless_asked(server):
    response = server.get("/sparql", params={"query": "ASK {}"},
                          headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers


def test_pages_carry_a_content_security_policy(server):
    policy = server.html("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-eval" not in policy


# -- the search index follows the store -------------------------------------------------------

def test_index_follows_remove_and_is_rebuilt_when_missing(serve_store, tmp_path):
    import shutil

    from kg_builder.serve.search import SearchIndex, index_path, sync_index
    from kg_builder.store import open_store

    store = tmp_path / "store"
    shutil.copytree(serve_store, store)
    shutil.copy(index_path(serve_store), index_path(store))
    with SearchIndex(index_path(store)) as index:
        (hit,) = index.search("ukraine")
        assert hit.reports == 2 and hit.articles == 2  # its events are all in serve-05
        before = index.counts()
    kg("remove", "serve-05", "--store", str(store))
    with SearchIndex(index_path(store)) as index:
        (hit,) = index.search("ukraine")
        assert hit.reports == 0 and hit.articles == 1
        assert index.counts()["articles"] == before["articles"] - 1
        after = index.counts()
    index_path(store).unlink()
    s = open_store(store, read_only=True)
    try:
        report = sync_index(s, index_path(store))
    finally:
        s.close()
    assert report.refreshed == report.articles == after["articles"]
    with SearchIndex(index_path(store)) as index:
        assert index.counts() == after


# -- kg check looks at the search index; --repair rebuilds it ---------------------------------

def _damage_totals(path) -> None:
    import sqlite3

    db = sqlite3.connect(path)
    db.execute("UPDATE totals SET reports = reports + 7 WHERE iri = (SELECT MIN(iri) FROM totals)")
    db.commit()
    db.close()


def _drop_article_row(path) -> None:
    """The index as it is when a build could not update it: one article missing."""
    import sqlite3

    from kg_builder.serve.search import SearchIndex

    db = sqlite3.connect(path)
    (graph,) = db.execute("SELECT MAX(graph) FROM articles").fetchone()
    db.close()
    with SearchIndex(path) as index:
        index.drop(graph)
        index.commit()


@pytest.mark.parametrize(("harm", "code", "says"), [
    (lambda p: p.unlink(), 0, "missing (kg serve builds it"),
    (lambda p: p.write_bytes(b"not a database at all" * 100), 2, "file is not a database"),
    (_damage_totals, 2, "1 totals that disagree"),
    (_drop_article_row, 0, "out of date: 1 new, 0 changed, 0 removed articles"),
])
def test_check_reports_the_search_index_and_repair_rebuilds_it(serve_store, tmp_path, harm,
                                                               code, says):
    import shutil

    from typer.testing import CliRunner

    from kg_builder.cli import app
    from kg_builder.serve.search import SearchIndex, index_path

    store = tmp_path / "store"
    shutil.copytree(serve_store, store)
    shutil.copy(index_path(serve_store), index_path(store))
    with SearchIndex(index_path(store)) as index:
        expected = (index.counts(), index.search("ukr"))
    harm(index_path(store))
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--store", str(store)])
    assert result.exit_code == code, result.output
    assert says in " ".join(result.output.split())
    if code:
        assert "KG302" in result.output and "kg check --repair" in result.output
    result = runner.invoke(app, ["check", "--store", str(store), "--repair"])
    assert result.exit_code == 0, result.output
    assert "repaired" in result.output
    result = runner.invoke(app, ["check", "--store", str(store)])
    assert result.exit_code == 0 and "up to date" in result.output, result.output
    with SearchIndex(index_path(store)) as index:
        assert (index.counts(), index.search("ukr")) == expected
