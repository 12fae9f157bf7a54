"""A real Oxigraph server as the store: the same answers as the embedded store, over HTTP."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg_builder.cli import app
from kg_builder.errors import QueryError, StoreError
from kg_builder.store import open_store
from kg_builder.store.sparql import SparqlStore

from .conftest import SEED, free_port

pytestmark = pytest.mark.slow
runner = CliRunner()


def _kg(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def remote_seed(oxigraph_server_factory):
    """The seed built once into a fresh Oxigraph server (its URL)."""
    url = oxigraph_server_factory()
    _kg("build", str(SEED), "--store", url)
    return url


@pytest.mark.parametrize("name", ["who-accused-whom", "events", "entities"])
def test_remote_answers_like_embedded(remote_seed, seed_store, name):
    remote = _kg("query", name, "--store", remote_seed, "--format", "csv")
    embedded = _kg("query", name, "--store", str(seed_store), "--format", "csv")
    assert remote == embedded
    assert len(remote.splitlines()) > 2


def test_parameters_reach_nested_filters(remote_seed, seed_store):
    args = ["query", "entity", "--param", "name=Lukashenko", "--format", "csv"]
    remote = _kg(*args, "--store", remote_seed)
    assert remote == _kg(*args, "--store", str(seed_store))
    assert "Lukashenko" in remote and len(remote.splitlines()) > 2


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle"])
def test_export_is_the_same(remote_seed, seed_store, fmt):
    remote = _kg("export", "--store", remote_seed, "--format", fmt)
    embedded = _kg("export", "--store", str(seed_store), "--format", fmt)
    # the server keeps the same quads; only their order within a graph could differ
    assert sorted(remote.splitlines()) == sorted(embedded.splitlines())
    assert len(remote.splitlines()) > 200


def test_building_twice_keeps_the_triple_count(oxigraph_server_factory):
    url = oxigraph_server_factory()
    _kg("build", str(SEED), "--store", url)
    store = open_store(url)
    first = store.triple_count()
    _kg("build", str(SEED), "--store", url, "--force")
    assert store.triple_count() == first > 1000
    assert _kg("validate", "--store", url).strip().endswith("conforms")
    store.close()


@pytest.mark.parametrize(
    "value",
    ['") } } DROP ALL ; SELECT * WHERE { ("', '" } INSERT DATA { <a:x> <a:y> <a:z> } #',
     "Lukashenko\" || true || \"", "?name } DROP ALL #"],
)
def test_hostile_parameter_cannot_inject(remote_seed, value):
    store = open_store(remote_seed, read_only=True)
    before = store.triple_count()
    store.close()
    out = _kg("query", "entity", "--param", f"name={value}", "--store", remote_seed,
              "--format", "csv")
    assert out.splitlines()[1:] == []
    store = open_store(remote_seed, read_only=True)
    assert store.triple_count() == before
    store.close()


def test_bad_query_is_a_query_error(remote_seed):
    store = open_store(remote_seed, read_only=True)
    with pytest.raises(QueryError, match="rejected the query"):
        store.query("SELEKT nothing")
    store.close()


def test_server_down_is_a_clear_store_error(oxigraph_server_factory):
    url = oxigraph_server_factory()
    store = open_store(url)
    oxigraph_server_factory.stop(url)
    with pytest.raises(StoreError, match="cannot reach the SPARQL server at") as info:
        store.triple_count()
    assert url in info.value.message and "oxigraph serve" in info.value.fix
    store.close()
    result = runner.invoke(app, ["query", "events", "--store", url])
    assert result.exit_code == 2
    assert "KG300" in result.output and url in result.output


@pytest.mark.parametrize("path", ["/nothing-here", "/store"])
def test_wrong_endpoint_is_a_clear_store_error(oxigraph_server_factory, path):
    url = oxigraph_server_factory()
    with pytest.raises(StoreError, match="refused the request") as info:
        SparqlStore(query_url=url + path)
    assert url + path in info.value.message


def test_export_without_graph_store_protocol(remote_seed, monkeypatch):
    """Servers without a GSP endpoint are exported with one CONSTRUCT per graph."""
    import io

    with_gsp = open_store(remote_seed, read_only=True)
    monkeypatch.setenv("KG_SPARQL_GSP_URL", "none")
    monkeypatch.setenv("KG_SPARQL_UPDATE_URL", remote_seed + "/query")  # not an update endpoint
    without = open_store(remote_seed, read_only=True)
    assert isinstance(without, SparqlStore) and without.gsp_url is None
    a, b = io.BytesIO(), io.BytesIO()
    names = [n for n in with_gsp.graph_names() if "/graph/article/" in n]
    assert names
    with_gsp.dump(a, fmt="nquads", graphs=names)
    without.dump(b, fmt="nquads", graphs=names)
    assert sorted(a.getvalue().splitlines()) == sorted(b.getvalue().splitlines())
    with pytest.raises(StoreError, match="read-only"):
        without.replace_graphs({names[0]: None})
    writable = open_store(remote_seed)
    with pytest.raises(StoreError, match="refused the"):  # a query endpoint: HTTP 415
        writable.replace_graphs({names[0]: None})
    assert writable.triple_count() == with_gsp.triple_count()
    writable.close()
    with_gsp.close()
    without.close()


def test_reason_runs_on_the_server(remote_seed):
    """`kg reason` sends its rules as SPARQL updates: it works against a server too."""
    from kg_builder.reason import reason_store
    from kg_builder.store import open_store

    store = open_store(remote_seed)
    try:
        reason_store(store)
        rows = store.query(
            "PREFIX nkg: <https://w3id.org/kg-builder/ontology#> "
            "SELECT ?a ?b WHERE { GRAPH ?g { ?a nkg:actedHostileTowards ?b } }").rows
    finally:
        store.close()
    assert rows


def test_with_closes_the_connection(remote_seed):
    with open_store(remote_seed, read_only=True) as store:
        assert isinstance(store, SparqlStore) and store.triple_count() > 0
    with pytest.raises(RuntimeError, match="closed"):  # httpx refuses a closed client
        store.triple_count()


# --------------------------------------------------------------------------- secrets


@pytest.mark.parametrize("argv", [
    ["query", "who-accused-whom"],
    ["build", "examples/000_5095e6f94f9df535.txt"],
    ["remove", "nothing"],
])
def test_a_password_in_the_store_url_is_never_printed(argv, monkeypatch):
    """Issue 17: credentials in --store (or in KG_SPARQL_*_URL) are shown as user:***@."""
    port = free_port()  # nothing listens there: the error names the server
    monkeypatch.setenv("KG_SPARQL_UPDATE_URL", f"http://writer:upd4te-pw@127.0.0.1:{port}/update")
    result = CliRunner().invoke(app, [*argv, "--store", f"http://reader:s3cret-pw@127.0.0.1:{port}"])
    assert result.exit_code == 2, result.output
    assert "s3cret-pw" not in result.output and "upd4te-pw" not in result.output
    assert "reader:***@127.0.0.1" in result.output


@pytest.mark.parametrize(("location", "expected"), [
    ("http://user:pw@host:7878/query", "http://user:***@host:7878/query"),
    ("https://host/sparql", "https://host/sparql"),
    ("kg-store", "kg-store"),
])
def test_shown(location, expected):
    from kg_builder.store import shown

    assert shown(location) == expected
