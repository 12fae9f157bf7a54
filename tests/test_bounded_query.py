"""Bounded queries (issue 17, item 4): a time limit that really stops the work, rows streamed
as they come and cut at a limit, and no query that makes kg send requests to other servers.

The store holds the graphs of ``tests/data/queries`` (no model needed); a three-pattern cross
product over one graph of it is a query that would run for hours.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from kg_builder import errors, open_store, run_query
from kg_builder.cli import app
from kg_builder.pipeline import ensure_ontology

from .conftest import ROOT

DATA = Path(__file__).resolve().parent / "data" / "queries"
CROSS = "SELECT * WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } }"
runner = CliRunner()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ds = Dataset()
    for path in sorted(DATA.glob("*.trig")):
        ds.parse(path, format="trig")
    path = tmp_path_factory.mktemp("bounded") / "store"
    with open_store(path) as store:
        ensure_ontology(store)
        store.replace_graphs({str(g.identifier): g for g in ds.graphs() if len(g)})
    return path


def _kg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg_builder", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


# -- reach: refused before anything runs ------------------------------------------------------

@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE SILENT <http://127.0.0.1:{port}/> "
    "{{ ?a ?b ?c }} }} }}",
    "ASK {{ {{ SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }} }}",
])
def test_service_is_refused_before_any_request(store_path, template):
    """regression: a SERVICE clause made kg send an HTTP request to any address, then fail with
    a traceback. Now: KG401, exit 2, and nothing connects to the address."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        result = _kg("query", template.format(port=port), "--store", str(store_path),
                     "--format", "csv", timeout=60)
        try:
            conn, _ = listener.accept()
            conn.close()
            connected = True
        except TimeoutError:
            connected = False
    assert not connected, "kg connected to the SERVICE address"
    assert result.returncode == 2, result.stderr
    assert "[KG401]" in result.stderr and "Fix:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("text", "error"), [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "NetworkRefusedError"),
    ("LOAD <http://127.0.0.1:9/data.ttl>", "NetworkRefusedError"),
    ("LOAD SILENT <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://g>", "NetworkRefusedError"),
    ("SELECT * WHERE { ?s ?p ?o } ; DROP ALL", "QueryError"),
    ("DROP ALL", "ReadOnlyError"),
    ("INSERT DATA { GRAPH <http://x> { <http://a> <http://b> <http://c> } }", "ReadOnlyError"),
    ("SELECT * WHERE { ?s ?p }", "QueryError"),
])
@pytest.mark.parametrize("bounded", [False, True])
def test_the_library_refuses_them_too(store_path, text, error, bounded):
    """regression (SERVICE, LOAD): the library sent the request; now it refuses by parsing."""
    kwargs = {"timeout": 5} if bounded else {}
    with open_store(store_path, read_only=True) as store:
        with pytest.raises(getattr(errors, error)):
            run_query(store, text, **kwargs)


def test_service_in_a_string_is_not_a_service(store_path):
    text = 'SELECT ?x WHERE { BIND ("SERVICE <http://127.0.0.1:9/> { }" AS ?x) } # LOAD <http://x>'
    with open_store(store_path, read_only=True) as store:
        assert run_query(store, text, timeout=30).rows == [["SERVICE <http://127.0.0.1:9/> { }"]]


# -- time: the worker is killed, its CPU and memory freed ---------------------------------------

def test_timeout_kills_the_worker(store_path):
    """regression: a cross product ran on until it was killed by hand (2.9 GB in 60 s)."""
    from kg_builder.bounded import stream_query

    answer = stream_query(store_path, CROSS, timeout=2)
    assert answer._worker is not None
    pid = answer._worker.pid
    assert pid is not None and _alive(pid)
    started = time.monotonic()
    with pytest.raises(errors.QueryTimeoutError, match="more than 2 s") as caught:
        for _ in answer:
            pass
    elapsed = time.monotonic() - started
    assert 1.5 < elapsed < 4.0
    assert caught.value.code == "KG408" and "--timeout" in caught.value.fix
    assert answer.rows_read > 0  # rows came while it ran
    deadline = time.monotonic() + 2
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid), "the worker outlived its time by more than 2 s"


def test_kg_query_timeout_keeps_the_rows_printed(store_path):
    result = runner.invoke(app, ["query", CROSS, "--store", str(store_path), "--format", "csv",
                                 "--timeout", "2"])
    assert result.exit_code == 2
    assert "[KG408]" in result.stderr and "Fix:" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "a,b,c,d,e,f,g,h,i,j" and len(lines) > 100


def test_rows_are_streamed_as_they_come(store_path):
    """regression: kg query collected every row before printing the first (and its memory grew
    without bound). Now the first rows are out while the query still runs."""
    import select

    process = subprocess.Popen(
        [sys.executable, "-m", "kg_builder", "query", CROSS, "--store", str(store_path),
         "--format", "csv", "--timeout", "60"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        fd = process.stdout.fileno()
        got, deadline = b"", time.monotonic() + 30
        while got.count(b"\n") < 50 and time.monotonic() < deadline:
            if select.select([fd], [], [], 0.2)[0]:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    break
                got += chunk
        assert got.count(b"\n") >= 50, "no rows while the query ran"
        assert process.poll() is None  # …and it is still running
    finally:
        process.kill()
        process.wait(10)
        process.stdout.close()


# -- rows: cut at --max-rows, said on stderr, exit 1 --------------------------------------------

@pytest.mark.parametrize(("fmt", "rows_of"), [
    ("csv", lambda out: out.splitlines()[1:]),
    ("tsv", lambda out: out.splitlines()[1:]),
    ("json", lambda out: json.loads(out)),
    ("table", lambda out: [ln for ln in out.splitlines() if ln.startswith("│ 1 ")]),
])
def test_max_rows_cuts_the_answer(store_path, fmt, rows_of):
    ones = "SELECT (1 AS ?one) WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } }"
    result = runner.invoke(app, ["query", ones, "--store", str(store_path), "--format", fmt,
                                 "--max-rows", "3"])
    assert result.exit_code == 1, result.output
    assert len(rows_of(result.stdout)) == 3
    assert "stopped at 3 rows" in result.stderr and "--max-rows" in result.stderr


def test_the_table_holds_a_bounded_number_of_rows(store_path):
    """The table needs every row for its widths: it holds at most TABLE_ROWS unless told."""
    from kg_builder.cli.rows import TABLE_ROWS

    ones = "SELECT (1 AS ?one) WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } }"
    result = runner.invoke(app, ["query", ones, "--store", str(store_path), "--format", "table"])
    assert result.exit_code == 1
    assert len([ln for ln in result.stdout.splitlines() if ln.startswith("│ 1 ")]) == TABLE_ROWS
    assert f"stopped at {TABLE_ROWS:,} rows" in result.stderr and "--format csv" in result.stderr


def test_an_answer_under_the_cap_is_whole(store_path):
    whole = runner.invoke(app, ["query", "who-accused-whom", "--store", str(store_path),
                                "--format", "csv"])
    capped = runner.invoke(app, ["query", "who-accused-whom", "--store", str(store_path),
                                 "--format", "csv", "--max-rows", "1000"])
    assert whole.exit_code == capped.exit_code == 0
    assert whole.stdout == capped.stdout and len(whole.stdout.splitlines()) > 3


def test_streamed_json_is_what_json_dumps_writes(store_path):
    with open_store(store_path, read_only=True) as store:
        result = run_query(store, "who-accused-whom")
    expected = json.dumps([dict(zip(result.columns, row, strict=True)) for row in result.rows],
                          ensure_ascii=False, indent=2) + "\n"
    printed = runner.invoke(app, ["query", "who-accused-whom", "--store", str(store_path),
                                  "--format", "json"])
    assert printed.exit_code == 0
    assert printed.stdout == expected


@pytest.mark.parametrize(("max_rows", "truncated"), [(2, True), (10_000, False)])
def test_library_max_rows(store_path, max_rows, truncated):
    with open_store(store_path, read_only=True) as store:
        whole = run_query(store, "who-accused-whom")
        capped = run_query(store, "who-accused-whom", max_rows=max_rows)
    assert capped.truncated is truncated and not whole.truncated
    assert capped.columns == whole.columns
    assert capped.rows == whole.rows[:max_rows]


def test_bound_parameters_are_left_out_of_a_bounded_answer(store_path):
    with open_store(store_path, read_only=True) as store:
        here = run_query(store, "entity", params={"name": "Lukashenko"})
        there = run_query(store, "entity", params={"name": "Lukashenko"}, timeout=30)
    assert there.columns == here.columns and "name" not in there.columns
    assert sorted(map(tuple, there.rows)) == sorted(map(tuple, here.rows))


def test_a_bounded_query_runs_beside_a_writer(store_path, tmp_path):
    """The worker opens the store read-only: it works while this process holds it open for
    writing (its lock)."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(store_path, copy)
    with open_store(copy) as writer:
        result = run_query(writer, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                           timeout=30)
    assert int(result.rows[0][0]) > 400


@pytest.mark.slow
def test_a_sparql_server_query_times_out(oxigraph_server_factory, store_path):
    url = oxigraph_server_factory()
    with open_store(store_path, read_only=True) as local, open_store(url) as remote:
        graph = local.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                            "GROUP BY ?g ORDER BY DESC(?n) LIMIT 1").rows[0][0]
        buf = __import__("io").BytesIO()
        local.dump(buf, fmt="nquads", graphs=[graph])
        remote.update("INSERT DATA { GRAPH <" + graph + "> { "
                      + buf.getvalue().decode().replace(f"<{graph}> .", ".") + " } }")
        started = time.monotonic()
        with pytest.raises(errors.QueryTimeoutError):
            run_query(remote, CROSS, timeout=2)
        assert time.monotonic() - started < 6
        assert run_query(remote, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", max_rows=5).truncated
