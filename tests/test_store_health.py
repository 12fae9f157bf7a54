"""A damaged store (issue 17, item 5): ``kg check`` finds the damage, and every command says
what is wrong with a KG3xx code and a Fix line, exit 2 — never a traceback.

Each test damages a real store on disk the way a disk or an interrupted copy would: a truncated
MANIFEST, a deleted or truncated table file, 64 flipped bytes inside a table file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from kg_builder import open_store
from kg_builder.cli import app
from kg_builder.pipeline import ensure_ontology

DATA = Path(__file__).resolve().parent / "data" / "queries"
runner = CliRunner()


def _graphs() -> dict:
    ds = Dataset()
    for path in sorted(DATA.glob("*.trig")):
        ds.parse(path, format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store written as the build writes it: each graph with its record."""
    from kg_builder.store.record import with_records

    path = tmp_path_factory.mktemp("health") / "store"
    with open_store(path) as store:
        ensure_ontology(store)
        for iri, graph in _graphs().items():
            store.replace_graphs(with_records({iri: graph}))
    return path


@pytest.fixture
def store(healthy: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(healthy, copy)
    return copy


def _tables(store: Path) -> list[Path]:
    return sorted(store.glob("*.sst"), key=lambda p: p.stat().st_size)


def truncate_manifest(store: Path, size: int) -> None:
    (manifest,) = store.glob("MANIFEST-*")
    os.truncate(manifest, size)


def delete_table(store: Path) -> None:
    _tables(store)[-1].unlink()


def truncate_table(store: Path) -> None:
    table = _tables(store)[-1]
    os.truncate(table, table.stat().st_size - 100)


def flip_bytes(path: Path, *, at: float = 0.5, count: int = 64) -> None:
    data = bytearray(path.read_bytes())
    start = int(len(data) * at)
    for i in range(start, min(start + count, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(data)


OPEN_DAMAGE: dict[str, Callable[[Path], None]] = {
    "MANIFEST emptied": lambda s: truncate_manifest(s, 0),
    "MANIFEST cut to 100 bytes": lambda s: truncate_manifest(s, 100),
    "a table file deleted": delete_table,
    "a table file cut short": truncate_table,
}
COMMANDS = [
    ["check"],
    ["query", "who-accused-whom", "--format", "csv"],
    ["export", "--format", "nquads"],
    ["validate"],
    ["remove", "no-such-article"],
    ["reason"],
    ["build", "no-such-input.txt"],
]


def _assert_store_error(result, code: str = "KG301") -> None:
    text = result.output
    assert result.exit_code == 2, text
    assert f"[{code}]" in text and "Fix:" in text, text
    assert "Traceback" not in text, text
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)


def test_a_healthy_store_is_healthy(healthy):
    result = runner.invoke(app, ["check", "--store", str(healthy)])
    assert result.exit_code == 0, result.output
    assert "healthy" in result.stdout
    graphs = len([g for g in _graphs() if "/graph/" in g])
    assert f"{graphs:,} graphs as the build recorded them" in result.stdout


@pytest.mark.parametrize("damage", list(OPEN_DAMAGE), ids=list(OPEN_DAMAGE))
@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_damage_found_when_the_store_opens(store, damage, command):
    """regression: "Corruption: Sst file size mismatch", "Column family not found" and the like
    came out as a traceback with exit 1 (which for kg validate means "does not conform")."""
    OPEN_DAMAGE[damage](store)
    result = runner.invoke(app, [*command, "--store", str(store)])
    _assert_store_error(result)
    assert "damaged" in result.output


def test_flipped_bytes_that_queries_never_read_are_found_by_check(store):
    """regression: 64 flipped bytes in a data file passed query, export and validate as
    "conforms". The engine checks a block only when it reads it; kg check reads every index."""
    for table in _tables(store):
        if table.stat().st_size > 8192:
            flip_bytes(table)
    result = runner.invoke(app, ["check", "--store", str(store)])
    _assert_store_error(result)
    assert "block checksum mismatch" in result.output
    assert "damaged" in result.stdout  # each problem on its own line


@pytest.mark.parametrize("which", range(4))
def test_each_damaged_table_file_is_found(store, which):
    tables = [t for t in _tables(store) if t.stat().st_size > 8192]
    if which >= len(tables):
        pytest.skip(f"the store has {len(tables)} large table files")
    flip_bytes(tables[which])
    result = runner.invoke(app, ["check", "--store", str(store)])
    _assert_store_error(result)
    assert tables[which].name in result.output


def test_a_graph_that_differs_from_the_build_record(store):
    """The indexes agree, but the graph is not what the build wrote: the record tells."""
    graph = next(g for g in _graphs() if "/graph/article/" in g)
    with open_store(store) as s:
        s.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:x> <urn:y> <urn:z> }} }}")
    result = runner.invoke(app, ["check", "--store", str(store)])
    _assert_store_error(result)
    assert graph in result.output and "the build wrote" in result.output


def test_a_removed_article_takes_its_record_with_it(store):
    from kg_builder.pipeline import remove_article
    from kg_builder.store.record import read_records

    with open_store(store) as s:
        before = read_records(s)
        assert remove_article(s, "edge-1") or True
        after = read_records(s)
    assert len(after) < len(before)
    assert runner.invoke(app, ["check", "--store", str(store)]).exit_code == 0


@pytest.mark.parametrize(("message", "code", "words"), [
    ("Corruption: block checksum mismatch: stored = 1, computed = 2", "KG301", "damaged"),
    ("Corruption: Sst file size mismatch between expected 83593 and file system 83493",
     "KG301", "damaged"),
    ("Invalid argument: Column family not found: spog", "KG301", "damaged"),
    ("IO error: While lock file: /s/LOCK: Resource temporarily unavailable", "KG300",
     "holds its lock"),
    ("IO error: Permission denied", "KG300", "permissions"),
])
@pytest.mark.parametrize("kind", [OSError, RuntimeError])
def test_engine_errors_become_store_errors(message, code, words, kind):
    from kg_builder.store.oxigraph import engine_error

    error = engine_error(kind(message), path="/s", doing="open")
    assert error.code == code and words in error.message and error.fix


def test_a_damaged_block_met_while_reading_is_a_store_error(store):
    """The engine raises when an iteration reaches a damaged block: that too is KG301."""
    from kg_builder.errors import StoreDamagedError
    from kg_builder.store import OxigraphStore

    for table in _tables(store):
        if table.stat().st_size > 8192:
            flip_bytes(table)
    reader = OxigraphStore(store, read_only=True)
    try:
        with pytest.raises(StoreDamagedError, match="it is damaged"):
            for q in list(reader.quads()):
                list(reader.quads(q.subject))
                list(reader.quads(None, q.predicate))
                list(reader.quads(None, None, q.object))
    finally:
        reader.close()


@pytest.mark.slow
def test_a_built_store_records_every_article(seed_store):
    """kg build writes each article graph with its record, and the store agrees with it."""
    from kg_builder.store.health import check_store

    report = check_store(str(seed_store))
    assert report.healthy, report.problems
    assert report.recorded == 1 and len(report.indexes) == 6


@pytest.mark.slow
def test_a_sparql_server_is_checked_against_the_records(oxigraph_server_factory):
    from kg_builder.store.health import check_store
    from kg_builder.store.record import with_records

    url = oxigraph_server_factory()
    graphs = {iri: g for iri, g in _graphs().items() if "/graph/article/" in iri}
    with open_store(url) as remote:
        for iri, graph in graphs.items():
            remote.replace_graphs(with_records({iri: graph}))
    report = check_store(url)
    assert report.healthy, report.problems
    assert report.recorded == len(graphs)
    iri = next(iter(graphs))
    with open_store(url) as remote:
        remote.update(f"DELETE WHERE {{ GRAPH <{iri}> {{ ?s a ?type }} }}")
    report = check_store(url)
    assert not report.healthy and iri in report.problems[0]


def test_the_fix_restores_an_export_into_a_new_store(healthy, tmp_path):
    """What the Fix of a damaged store says works: export, restore into a new folder, and the
    new store checks healthy and answers as the old one did."""
    export = tmp_path / "backup.nq"
    assert runner.invoke(app, ["export", "--store", str(healthy), "--format", "nquads",
                               "-o", str(export)]).exit_code == 0
    restored = tmp_path / "restored"
    result = runner.invoke(app, ["restore", str(export), "--store", str(restored)])
    assert result.exit_code == 0, result.output
    check = runner.invoke(app, ["check", "--store", str(restored)])
    assert check.exit_code == 0, check.output
    for name in ("who-accused-whom", "events", "entities"):
        old = runner.invoke(app, ["query", name, "--store", str(healthy), "-f", "csv"])
        new = runner.invoke(app, ["query", name, "--store", str(restored), "-f", "csv"])
        assert old.stdout == new.stdout and len(old.stdout.splitlines()) > 1


@pytest.mark.parametrize(("name", "code"), [("backup.ttl", "KG100"), ("missing.nq", "KG100"),
                                            ("over-a-store.nq", "KG300")])
def test_restore_refuses(healthy, tmp_path, name, code):
    source = tmp_path / name
    if name != "missing.nq":
        source.write_text("", encoding="utf-8")
    target = healthy if name == "over-a-store.nq" else tmp_path / "new"
    result = runner.invoke(app, ["restore", str(source), "--store", str(target)])
    assert result.exit_code == 2 and f"[{code}]" in result.output and "Fix:" in result.output


def test_the_damage_message_names_the_way_back(store):
    delete_table(store)
    result = runner.invoke(app, ["query", "events", "--store", str(store)])
    _assert_store_error(result)
    assert "kg restore" in result.output and "kg build" in result.output


@pytest.mark.parametrize("values", [(255, 271), (511, 527, 1)])
def test_integers_sharing_an_encoding_prefix_are_no_damage(tmp_path, values):
    """Regression: pyoxigraph 0.5.13 on disk returns, for a lookup by the integer 255, the quad
    with 271 too; 'kg check' counted it twice through the object index and called every fresh
    build with such word counts damaged (KG301, the object (ospg, dosp) index holds one more)."""
    import pyoxigraph as ox
    from rdflib import Graph, Literal, URIRef

    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    path = tmp_path / "store"
    graphs = {}
    for value in values:
        graph = Graph()
        graph.add((URIRef(f"http://example.org/a{value}"), URIRef("http://example.org/words"),
                   Literal(value)))
        graphs[f"http://example.org/graph/{value}"] = graph
    with open_store(path) as store:
        store.replace_graphs(graphs)
    with open_store(path, read_only=True) as store:
        for value in values:
            found = list(store.quads(None, None, ox.Literal(str(value), datatype=integer)))
            assert [q.object.value for q in found] == [str(value)]
    result = runner.invoke(app, ["check", "--store", str(path)])
    assert result.exit_code == 0, result.output
