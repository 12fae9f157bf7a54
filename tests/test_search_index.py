"""The search index of ``kg serve`` on its own (no store, no server): entity totals and ranked
full-text rows kept up to date incrementally, equal to an index built from scratch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kg_builder.serve.search import SearchIndex, _Rows, rank_rowid

ID = "https://w3id.org/kg-builder/id/"


def rows(graph: str, entities: list[tuple[str, str, str, int, list[str]]]) -> _Rows:
    """Index rows of one article: (iri suffix, label, kind, reports, aliases) per entity."""
    ents = [(graph, ID + i, label, kind, n) for i, label, kind, n, _ in entities]
    names = [(name, ID + i, graph) for i, label, _, _, aliases in entities
             for name in {label, *aliases}]
    return _Rows(ents, names, [], graph.rsplit("/", 1)[-1], "")


A = rows("g/a", [("state/RUS", "Russia", "State", 3, ["the Kremlin"]),
                 ("person/putin", "Vladimir Putin", "Person", 2, [])])
A2 = rows("g/a", [("state/RUS", "Russian Federation", "State", 1, []),
                  ("org/un", "United Nations", "Organization", 4, ["UN"])])
B = rows("g/b", [("state/RUS", "Russia", "State", 5, ["Moscow"]),
                 ("state/UKR", "Ukraine", "State", 1, [])])
C = rows("g/c", [("state/RUS", "Russia", "State", 0, []),
                 ("state/USA", "United States", "State", 2, ["US"])])


def content(path: Path) -> dict[str, object]:
    """Everything an index holds that a search or a page reads, ids aside."""
    db = sqlite3.connect(path)
    ids = dict(db.execute("SELECT id, name || ' ' || iri FROM name_keys"))
    out = {
        "totals": sorted(db.execute("SELECT * FROM totals")),
        "labels": sorted(db.execute("SELECT * FROM entity_labels")),
        "keys": sorted(db.execute("SELECT name, iri, refs FROM name_keys")),
        "fts": sorted(db.execute("SELECT name, iri FROM names")),
        "graph_names": sorted(db.execute("SELECT * FROM graph_names")),
        "entities": sorted(db.execute("SELECT * FROM entities")),
    }
    # every full-text row sits at the rowid of its entity's current rank
    for rowid, name_id, reports, articles in db.execute(
            "SELECT k.ranked, k.id, t.reports, t.articles FROM name_keys k "
            "JOIN totals t ON t.iri = k.iri"):
        assert rowid == rank_rowid(reports, articles, name_id), ids[name_id]
    assert db.execute("SELECT COUNT(*) FROM names").fetchone()[0] == len(ids)
    db.close()
    return out


def test_incremental_updates_equal_a_fresh_index(tmp_path):
    with SearchIndex(tmp_path / "inc.sqlite3") as index:
        for graph_rows in (A, B, C):
            index.put(graph_rows.entities[0][0], "h1", graph_rows, fresh=True)
        index.commit()
        index.drop("g/b")        # kg remove
        index.put("g/a", "h2", A2)  # the article changed
        index.commit()
        searched = [index.search(q) for q in ("russ", "moscow", "united", "un", "kreml")]
    with SearchIndex(tmp_path / "fresh.sqlite3") as index:
        index.put("g/a", "h2", A2, fresh=True)
        index.put("g/c", "h1", C, fresh=True)
        index.commit()
        assert [index.search(q) for q in ("russ", "moscow", "united", "un", "kreml")] == searched
    with SearchIndex(tmp_path / "bulk.sqlite3") as index:   # kg serve's first build
        index.begin_bulk()
        index.put("g/a", "h2", A2, fresh=True)
        index.put("g/c", "h1", C, fresh=True)
        index.commit()
        assert index.search("russ") == []  # nothing to find until the build is finished
        index.finish_bulk()
        assert [index.search(q) for q in ("russ", "moscow", "united", "un", "kreml")] == searched
    assert content(tmp_path / "inc.sqlite3") == content(tmp_path / "fresh.sqlite3")
    assert content(tmp_path / "bulk.sqlite3") == content(tmp_path / "fresh.sqlite3")
    assert searched[1] == [] and searched[4] == []   # only the removed/changed article said so
    (russia,) = searched[0]
    assert (russia.reports, russia.articles) == (1, 2)


def test_dropping_every_article_leaves_nothing(tmp_path):
    with SearchIndex(tmp_path / "x.sqlite3") as index:
        for graph_rows in (A, B, C):
            index.put(graph_rows.entities[0][0], "h", graph_rows, fresh=True)
        index.commit()
        for graph in ("g/a", "g/b", "g/c"):
            index.drop(graph)
        index.commit()
        assert index.counts() == {"articles": 0, "entities": 0, "events": 0}
        assert index.search("russia") == []
    db = sqlite3.connect(tmp_path / "x.sqlite3")
    for table in ("totals", "entity_labels", "name_keys", "names", "graph_names"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


@pytest.mark.parametrize("query", ["uni", "unity", "unity soc"])
def test_search_returns_the_most_reported_of_many_matches(tmp_path, query):
    """More matches than one read of the full-text table: the best come first anyway,
    whatever order the entities were indexed in."""
    with SearchIndex(tmp_path / "x.sqlite3") as index:
        for n in range(400):
            reports = (n * 37) % 400          # indexed in scrambled order of rank
            index.put(f"g/{n}", "h", rows(f"g/{n}", [(f"org/u{n}", f"Unity Society {n}",
                                                     "Organization", reports, [])]), fresh=True)
        index.commit()
        hits = index.search(query, limit=20)
    assert [h.reports for h in hits] == list(range(399, 379, -1))


def test_articles_break_ties_in_reports(tmp_path):
    with SearchIndex(tmp_path / "x.sqlite3") as index:
        index.put("g/1", "h", rows("g/1", [("person/a", "Ann Smith", "Person", 0, [])]), fresh=True)
        for g in ("g/2", "g/3"):
            index.put(g, "h", rows(g, [("person/b", "Bob Smith", "Person", 0, [])]), fresh=True)
        index.commit()
        assert [h.label for h in index.search("smith")] == ["Bob Smith", "Ann Smith"]


def test_rank_rowids_ascend_as_rank_descends():
    keys = [rank_rowid(r, a, i) for r, a, i in
            [(10**6, 1, 5), (20, 9, 1), (20, 3, 1), (19, 10**6, 1), (0, 1, 1), (0, 0, 99)]]
    assert keys == sorted(keys) and all(0 < k < 2**63 for k in keys)


def test_an_interrupted_bulk_build_says_so_and_is_finished(tmp_path):
    path = tmp_path / "x.sqlite3"
    with SearchIndex(path) as index:
        index.begin_bulk()
        index.put("g/a", "h", A, fresh=True)
        index.commit()          # then the process dies
    with SearchIndex(path) as index:
        assert index.pending() and index.search("russia") == []
        index.finish_bulk()
        assert not index.pending()
        (hit,) = index.search("russia")
        assert (hit.reports, hit.articles) == (3, 1)
    with SearchIndex(path) as index, pytest.raises(ValueError, match="not empty"):
        index.begin_bulk()


def test_an_index_of_an_older_layout_is_started_again(tmp_path):
    """An index written by an older kg_builder (layout 2 had no per-entity tables) is deleted
    and made anew when opened for writing; kg serve then builds it from the store."""
    path = tmp_path / "x.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO meta VALUES ('schema', '2')")
    db.execute("CREATE TABLE articles(graph TEXT PRIMARY KEY, article TEXT, hash TEXT, title TEXT)")
    db.execute("INSERT INTO articles VALUES ('g/old', 'old', 'h', '')")
    db.commit()
    db.close()
    with SearchIndex(path) as index:
        assert index.hashes() == {}
        index.begin_bulk()
        index.put("g/a", "h", A, fresh=True)
        index.finish_bulk()
        assert [h.label for h in index.search("russia")] == ["Russia"]
