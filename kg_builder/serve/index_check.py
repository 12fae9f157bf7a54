"""Is the search index of ``kg serve`` whole and up to date? What ``kg check`` (and
``kg check --repair``) runs on it.

The index is derived data: the store is the truth, and the index can always be built again
from it (:func:`~kg_builder.serve.search.sync_index`). So the check says what is wrong and
the repair rebuilds rather than patches:

- **missing**: no index file (``kg serve`` builds one when it starts; ``--repair`` builds it now);
- **damaged**: SQLite's own check fails, the full-text index disagrees with its rows, the
  per-entity totals disagree with the per-article rows, or the file is not an index of this
  version — ``--repair`` deletes it and builds it again;
- **out of date**: article graphs in the store that the index lacks, has in another version,
  or still has after they were removed — ``--repair`` brings those articles up to date.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..query import load_query
from ..store import Store
from .search import ARTICLE_GRAPH, SCHEMA_VERSION, sync_index

__all__ = ["IndexReport", "check_index", "repair_index"]


@dataclass(slots=True)
class IndexReport:
    path: Path
    exists: bool = False
    articles: int = 0
    #: what makes the index unusable (it must be rebuilt), one line each
    damage: list[str] = field(default_factory=list)
    #: article graphs that differ between the store and the index
    new: int = 0
    changed: int = 0
    gone: int = 0
    #: what ``repair_index`` did ("" when nothing)
    repaired: str = ""

    @property
    def stale(self) -> int:
        return self.new + self.changed + self.gone

    @property
    def healthy(self) -> bool:
        return self.exists and not self.damage and not self.stale


_CONSISTENCY = {
    "article graphs with rows but no article": """
        SELECT COUNT(*) FROM (SELECT graph FROM entities UNION SELECT graph FROM graph_names
                              UNION SELECT graph FROM events) g
        LEFT JOIN articles a ON a.graph = g.graph WHERE a.graph IS NULL""",
    "totals that disagree with the articles' rows": """
        SELECT COUNT(*) FROM (SELECT iri, SUM(reports) AS r, COUNT(*) AS a
                              FROM entities GROUP BY iri) e
        FULL JOIN totals t ON t.iri = e.iri
        WHERE t.reports IS NOT e.r OR t.articles IS NOT e.a""",
    "names that disagree with the articles' rows": """
        SELECT COUNT(*) FROM (SELECT name, iri, COUNT(*) AS n FROM graph_names
                              GROUP BY name, iri) g
        FULL JOIN name_keys k ON k.name = g.name AND k.iri = g.iri
        WHERE k.refs IS NOT g.n""",
    "name rows missing from the full-text index": """
        SELECT COUNT(*) FROM name_keys k LEFT JOIN names f ON f.rowid = k.ranked
        WHERE f.rowid IS NULL OR f.iri IS NOT k.iri OR f.name IS NOT k.name""",
    "full-text rows of no name": """
        SELECT COUNT(*) FROM names f LEFT JOIN name_keys k ON k.ranked = f.rowid
        WHERE k.id IS NULL""",
}


def _damage(path: Path) -> list[str]:
    """What is wrong inside the index file (empty: nothing)."""
    try:  # read-write: FTS5's integrity-check is an INSERT (that writes nothing)
        db = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        return [f"it cannot be opened: {exc}"]
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if not row or row[0] != SCHEMA_VERSION:
            return [f"it is not a search index of this version (layout {row[0] if row else '?'},"
                    f" this kg_builder writes {SCHEMA_VERSION})"]
        if db.execute("SELECT 1 FROM meta WHERE key = 'pending'").fetchone():
            return ["its build from scratch was interrupted (kg serve finishes it when it "
                    "starts, kg check --repair builds it again)"]
        problems = [f"SQLite: {r[0]}" for r in db.execute("PRAGMA quick_check") if r[0] != "ok"]
        if problems:
            return problems
        try:
            db.execute("INSERT INTO names(names, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"the full-text index disagrees with its rows ({exc})")
        for what, sql in _CONSISTENCY.items():
            n = db.execute(sql).fetchone()[0]
            if n:
                problems.append(f"{n:,} {what}")
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"reading it failed: {exc}"]
    finally:
        db.close()


def check_index(store: Store, path: str | os.PathLike[str]) -> IndexReport:
    """Check the search index at ``path`` against ``store``; change nothing."""
    report = IndexReport(path=Path(path))
    report.exists = report.path.is_file()
    if not report.exists:
        return report
    report.damage = _damage(report.path)
    if report.damage:
        return report
    db = sqlite3.connect(f"file:{report.path}?mode=ro", uri=True)
    try:
        indexed = dict(db.execute("SELECT graph, hash FROM articles"))
    finally:
        db.close()
    listed = store.query(load_query("serve-article-graphs").text).rows
    in_store = {g: h for g, h in listed if g and h and g.startswith(ARTICLE_GRAPH)}
    report.articles = len(indexed)
    report.new = len(in_store.keys() - indexed.keys())
    report.gone = len(indexed.keys() - in_store.keys())
    report.changed = sum(1 for g, h in in_store.items() if g in indexed and indexed[g] != h)
    return report


def _articles(n: int) -> str:
    return f"{n:,} article" + ("" if n == 1 else "s")


def repair_index(store: Store, path: str | os.PathLike[str]) -> IndexReport:
    """Make the index at ``path`` whole and up to date with ``store``: build a missing one,
    rebuild a damaged one, bring an out-of-date one up to date. The report is the state
    found before, with :attr:`IndexReport.repaired` saying what was done."""
    report = check_index(store, path)
    if report.healthy:
        return report
    if report.damage:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{report.path}{suffix}").unlink(missing_ok=True)
    done = sync_index(store, report.path)
    if not report.exists or report.damage:
        report.repaired = f"built again from {_articles(done.refreshed)}"
    else:
        report.repaired = (f"brought up to date: {_articles(done.refreshed)} indexed, "
                           f"{done.removed:,} removed")
    return report
