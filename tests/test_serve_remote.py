"""``kg serve --store http://…``: the same pages and answers with a real ``oxigraph serve`` as
the store as with the embedded store."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from .conftest import SEED
from .serve_fixtures import ARTICLES, ID, Server, kg, serve_store, server  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def remote(oxigraph_server_factory, tmp_path_factory) -> Iterator[Server]:
    cache = str(tmp_path_factory.mktemp("cache"))
    url = oxigraph_server_factory()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", cache)  # the search index of a server store goes there
        kg("build", str(ARTICLES), str(SEED), "--store", url)
    srv = Server(url, "--timeout", "5", "--workers", "2", "--row-cap", "50",
                 env={"XDG_CACHE_HOME": cache})
    yield srv
    srv.stop()


def _main(html: str) -> str:
    """The page without its footer (which names the store)."""
    return html.split("<footer>")[0]


@pytest.mark.parametrize("path", [
    "/id/state/RUS", "/id/person/alexander-lukashenko", "/id/article/serve-05",
    "/id/article/hostile", "/search?q=bel", "/network", "/",
])
def test_pages_are_the_same(remote, server, path):
    mine, theirs = server.html(path), remote.html(path)
    assert theirs.status_code == mine.status_code == 200
    assert _main(theirs.text) == _main(mine.text)


def test_event_page_is_the_same(remote, server):
    entity = server.html("/id/state/UKR").text
    events = sorted(set(re.findall(r'href="(/id/event/[0-9a-f]+)"', entity)))
    assert events
    for path in events:
        assert _main(remote.html(path).text) == _main(server.html(path).text)


@pytest.mark.parametrize("path", [
    "/api/network", "/api/network?since=2021-05&until=2021-08",
    f"/api/network?node={ID}state/BLR",
    f"/api/edge?agent={ID}state/UKR&target={ID}state/RUS",
    "/search?q=ukr", "/queries/who-accused-whom.csv",
])
def test_api_answers_are_the_same(remote, server, path):
    assert remote.get(path).content == server.get(path).content


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv",
                                    "text/tab-separated-values", "application/sparql-results+xml"])
def test_sparql_select_is_the_same(remote, server, accept):
    query = ("SELECT ?s ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
             " } ORDER BY ?s ?l")
    mine = server.get("/sparql", params={"query": query}, headers={"Accept": accept})
    theirs = remote.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert theirs.status_code == 200 and theirs.text == mine.text
    assert mine.headers["x-row-cap"] == "50"


def test_sparql_safety_holds_before_the_server(remote):
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    assert remote.get("/sparql", params={"query": service}).status_code == 400
    assert remote.client.post("/sparql", data={"update": "DROP ALL"}).status_code == 403
    ask = remote.get("/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"})
    assert ask.json() == {"head": {}, "boolean": True}
