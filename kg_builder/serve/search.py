"""The search index of ``kg serve``: an SQLite FTS5 side index next to the store.

Oxigraph has no full-text index, and counting the reports of every entity or the edges of the
actor network with SPARQL takes seconds at 10 M quads. So the names of the entities, their
kind and number of reports, and one row per event (type, parties, month, confidence) are kept
per article in SQLite. The store stays the truth: the index is read from it, one article graph
at a time (``serve-graph-triples.rq``), and :func:`sync_index` brings it up to date — new,
changed and removed article graphs (by content hash), plus any article named explicitly (a
``--force`` rebuild keeps the hash). ``kg build`` and ``kg remove`` call it; ``kg serve`` calls
it at start-up, which rebuilds a missing index.

Search must stay fast when a short prefix matches hundreds of thousands of names, so the
index keeps, besides the rows of each article, one row per entity over all articles
(``totals``: reports and articles; ``entity_labels``: its labels and how many articles give
each) and one full-text row per distinct (name, entity). The full-text row's rowid is the
entity's rank (most reported first, then most articles) followed by the name's number, so the
best matches are the first rows of the match, read in rowid order, and a search stops after
the first ``limit`` entities instead of sorting every match. Ranks are brought up to date for
the entities an update touched when it is committed.

The file sits beside a store folder (``kg-store`` → ``kg-store.search.sqlite3``); for a store
that is a SPARQL server it is kept under ``$XDG_CACHE_HOME/kg_builder/search/``.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from ..query import load_query
from ..store import Store
from .taxonomy import NKG, Taxonomy, load_taxonomy

__all__ = ["ARTICLE_GRAPH", "SCHEMA_VERSION", "Edge", "Hit", "SearchIndex", "SyncReport",
           "fill_months", "index_path", "match_expression", "rank_rowid", "sync_index"]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_DCT = "http://purl.org/dc/terms/"
#: the IRIs of article graphs begin so
ARTICLE_GRAPH = "https://w3id.org/kg-builder/graph/article/"
#: the layout this module writes (an index of another layout is built again)
SCHEMA_VERSION = "3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles(graph TEXT PRIMARY KEY, article TEXT, hash TEXT, title TEXT);
-- per article graph: what it says of each entity, and the names it gives it
CREATE TABLE IF NOT EXISTS entities(graph TEXT, iri TEXT, label TEXT, kind TEXT,
                                    reports INTEGER, PRIMARY KEY (graph, iri));
CREATE INDEX IF NOT EXISTS entities_iri ON entities(iri);
CREATE TABLE IF NOT EXISTS graph_names(graph TEXT, name TEXT, iri TEXT);
CREATE INDEX IF NOT EXISTS graph_names_graph ON graph_names(graph);
-- per entity, over all articles
CREATE TABLE IF NOT EXISTS totals(iri TEXT PRIMARY KEY, reports INTEGER, articles INTEGER)
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_labels(iri TEXT, label TEXT, kind TEXT, n INTEGER,
                                         PRIMARY KEY (iri, label, kind)) WITHOUT ROWID;
-- one row per distinct (name, entity); ``ranked`` is the rowid of its full-text row
CREATE TABLE IF NOT EXISTS name_keys(id INTEGER PRIMARY KEY, name TEXT, iri TEXT,
                                     refs INTEGER, ranked INTEGER, UNIQUE (name, iri));
CREATE INDEX IF NOT EXISTS name_keys_iri ON name_keys(iri);
CREATE VIRTUAL TABLE IF NOT EXISTS names USING fts5(
    name, iri UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
CREATE TABLE IF NOT EXISTS events(graph TEXT, event TEXT, type TEXT, agent TEXT, target TEXT,
                                  month TEXT, confidence REAL, asserted INTEGER, reports INTEGER);
CREATE INDEX IF NOT EXISTS events_graph ON events(graph);
CREATE INDEX IF NOT EXISTS events_agent ON events(agent);
CREATE INDEX IF NOT EXISTS events_target ON events(target);
CREATE INDEX IF NOT EXISTS events_type ON events(type, month);
"""

# The rank part of a full-text rowid: 15 bits of reports and 14 of articles (both capped),
# inverted so that ascending rowids run from the most reported entity down; the name's
# number takes the 34 bits below.
_REPORTS_BITS, _ARTICLES_BITS, _ID_BITS = 15, 14, 34
_RANK_MAX = (1 << (_REPORTS_BITS + _ARTICLES_BITS)) - 1


def rank_rowid(reports: int, articles: int, name_id: int) -> int:
    """The full-text rowid of name ``name_id`` of an entity with these counts: rowids
    ascend as (reports, articles) descend."""
    score = (min(reports, (1 << _REPORTS_BITS) - 1) << _ARTICLES_BITS
             | min(articles, (1 << _ARTICLES_BITS) - 1))
    return (_RANK_MAX - score) << _ID_BITS | (name_id & ((1 << _ID_BITS) - 1))


def index_path(location: str | os.PathLike[str]) -> Path:
    """Where the index of the store at ``location`` lives."""
    text = os.fspath(location)
    if text.lower().startswith(("http://", "https://")):
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        digest = hashlib.sha256(text.rstrip("/").encode("utf-8")).hexdigest()[:16]
        return cache / "kg_builder" / "search" / f"{digest}.sqlite3"
    path = Path(text).resolve()
    return path.with_name(path.name + ".search.sqlite3")


@dataclass(frozen=True, slots=True)
class Hit:
    iri: str
    label: str
    kind: str
    reports: int
    articles: int


@dataclass(frozen=True, slots=True)
class Edge:
    agent: str
    target: str
    agent_label: str
    target_label: str
    agent_kind: str
    target_kind: str
    reports: int
    events: int
    types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SyncReport:
    articles: int
    refreshed: int
    removed: int


@dataclass(slots=True)
class _Rows:
    entities: list[tuple[str, str, str, str, int]]
    names: list[tuple[str, str, str]]
    events: list[tuple[str, str, str, str, str | None, str | None, float | None, int, int]]
    article: str
    title: str


def _article_rows(graph: str, triples: Iterable[Sequence[str | None]], taxonomy: Taxonomy,
                  ) -> _Rows:
    """The index rows of one article graph, from its triples (as strings)."""
    types: dict[str, set[str]] = defaultdict(set)
    values: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s, p, o in triples:
        if s is None or p is None or o is None:
            continue
        if p == _RDF_TYPE:
            types[s].add(o)
        else:
            values[(s, p)].append(o)

    def one(s: str, p: str) -> str | None:
        found = values.get((s, p))
        return min(found) if found else None

    agent, place, event = NKG + "Agent", NKG + "Place", NKG + "Event"
    article_node = one(graph, NKG + "describesArticle") or ""
    article = one(article_node, _DCT + "identifier") or ""
    title = one(article_node, _DCT + "title") or ""
    issued = one(article_node, _DCT + "issued")
    reports: dict[str, int] = defaultdict(int)
    events = []
    for node, kinds in types.items():
        if event not in kinds:
            continue
        cls = taxonomy.most_specific(kinds) or event
        who = one(node, NKG + "agent")
        whom = one(node, NKG + "target")
        evidence = len(set(values.get((node, NKG + "evidence"), ())))
        date = one(node, NKG + "date") or issued
        confidence = one(node, NKG + "confidence")
        asserted = (one(node, NKG + "polarity") == NKG + "Positive"
                    and one(node, NKG + "modality") != NKG + "Hedged")
        for party in (who, whom):
            if party:
                reports[party] += evidence
        if who:
            events.append((graph, node, cls.rsplit("#", 1)[-1], who, whom,
                           date[:7] if date and len(date) >= 7 else None,
                           float(confidence) if confidence else None, int(asserted), evidence))
    entities, names = [], []
    for node, kinds in types.items():
        if agent not in kinds and place not in kinds:
            continue
        label = one(node, _LABEL) or node.rsplit("/", 1)[-1]
        kind = (taxonomy.most_specific(kinds) or agent).rsplit("#", 1)[-1]
        entities.append((graph, node, label, kind, reports.get(node, 0)))
        for name in {label, *values.get((node, _ALT), ())}:
            names.append((name, node, graph))
    return _Rows(entities, names, events, article, title)


_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """The user's words as an FTS5 query: each word a quoted prefix (``"luka"*``), all
    required. Quoting makes FTS5 syntax in the input (``OR``, ``NEAR``, ``*``) plain text."""
    words = _FTS_TOKEN.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' if len(w) >= 2 else f'"{w}"' for w in words)


class SearchIndex:
    """An open index (one SQLite connection; not shared between threads)."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self._dirty: set[str] = set()
        self._bulk = False
        if read_only:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                       check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            version = None
            try:
                row = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                version = row[0] if row else None
            except sqlite3.OperationalError:
                pass
            if version not in (None, SCHEMA_VERSION):  # an older layout: start again
                self._db.close()
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{self.path}{suffix}").unlink(missing_ok=True)
                self._db = sqlite3.connect(self.path, check_same_thread=False)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            self._db.commit()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------

    def hashes(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT graph, hash FROM articles"))

    def put(self, graph: str, hash_: str, rows: _Rows, *, fresh: bool = False) -> None:
        """Replace the rows of ``graph`` (``fresh``: it has none yet). Call :meth:`commit`."""
        if not fresh:
            self._delete(graph)
        db = self._db
        db.execute("INSERT INTO articles VALUES (?, ?, ?, ?)",
                   (graph, rows.article, hash_, rows.title))
        db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?)", rows.entities)
        db.executemany("INSERT INTO graph_names VALUES (?, ?, ?)",
                       [(g, name, iri) for name, iri, g in rows.names])
        db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.events)
        if self._bulk:  # the totals, labels and names are computed at the end, in one go
            return
        db.executemany(
            """INSERT INTO totals VALUES (?, ?, 1) ON CONFLICT(iri) DO UPDATE
               SET reports = reports + excluded.reports, articles = articles + 1""",
            [(iri, reports) for _, iri, _, _, reports in rows.entities])
        db.executemany(
            """INSERT INTO entity_labels VALUES (?, ?, ?, 1)
               ON CONFLICT(iri, label, kind) DO UPDATE SET n = n + 1""",
            [(iri, label, kind) for _, iri, label, kind, _ in rows.entities])
        db.executemany(
            """INSERT INTO name_keys(name, iri, refs) VALUES (?, ?, 1)
               ON CONFLICT(name, iri) DO UPDATE SET refs = refs + 1""",
            [(name, iri) for name, iri, _ in rows.names])
        self._dirty.update(iri for _, iri, _, _, _ in rows.entities)

    def drop(self, graph: str) -> None:
        """Remove the rows of ``graph``. Call :meth:`commit`."""
        self._delete(graph)

    def commit(self) -> None:
        """Bring the rank of every entity touched since the last commit up to date, and
        commit."""
        self._rerank()
        self._db.commit()

    def _delete(self, graph: str) -> None:
        db = self._db
        rows = db.execute("SELECT iri, label, kind, reports FROM entities WHERE graph = ?",
                          (graph,)).fetchall()
        db.executemany("UPDATE totals SET reports = reports - ?, articles = articles - 1 "
                       "WHERE iri = ?", [(reports, iri) for iri, _, _, reports in rows])
        db.executemany("UPDATE entity_labels SET n = n - 1 WHERE iri = ? AND label = ? "
                       "AND kind = ?", [(iri, label, kind) for iri, label, kind, _ in rows])
        db.executemany("UPDATE name_keys SET refs = refs - 1 WHERE name = ? AND iri = ?",
                       db.execute("SELECT name, iri FROM graph_names WHERE graph = ?",
                                  (graph,)).fetchall())
        self._dirty.update(iri for iri, _, _, _ in rows)
        for table in ("graph_names", "articles", "entities", "events"):
            db.execute(f"DELETE FROM {table} WHERE graph = ?", (graph,))

    # -- building from scratch ---------------------------------------------------------------

    def begin_bulk(self) -> None:
        """Fill an empty index quickly: :meth:`put` writes the rows of each article only, and
        :meth:`finish_bulk` computes the per-entity tables and the full-text rows from them
        in one pass (set-based SQL instead of an update per entity per article). Until then
        the index says so (``meta.pending``), so that an interrupted build is finished, not
        taken for a whole one."""
        if self._db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            raise ValueError(f"{self.path} is not empty: a bulk build starts from nothing")
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('pending', 'bulk')")
        self._db.commit()
        self._bulk = True

    def pending(self) -> bool:
        """Whether a bulk build of this index was started and not finished."""
        return self._db.execute("SELECT 1 FROM meta WHERE key = 'pending'").fetchone() is not None

    def finish_bulk(self) -> None:
        """Compute the per-entity tables and the ranked full-text rows from the rows of every
        article (what :meth:`put` keeps up to date one article at a time), and commit."""
        db = self._db
        for table in ("totals", "entity_labels", "name_keys", "names"):
            db.execute(f"DELETE FROM {table}")
        db.execute("INSERT INTO totals SELECT iri, SUM(reports), COUNT(*) FROM entities "
                   "GROUP BY iri")
        db.execute("INSERT INTO entity_labels SELECT iri, label, kind, COUNT(*) FROM entities "
                   "GROUP BY iri, label, kind")
        db.execute("INSERT INTO name_keys(name, iri, refs) SELECT name, iri, COUNT(*) "
                   "FROM graph_names GROUP BY name, iri ORDER BY iri, name")
        db.create_function("rank_rowid", 3, rank_rowid, deterministic=True)
        db.execute("UPDATE name_keys SET ranked = rank_rowid(t.reports, t.articles, name_keys.id) "
                   "FROM totals t WHERE t.iri = name_keys.iri")
        db.execute("INSERT INTO names(rowid, name, iri) SELECT ranked, name, iri FROM name_keys "
                   "ORDER BY ranked")
        db.execute("DELETE FROM meta WHERE key = 'pending'")
        db.commit()
        self._bulk = False
        self._dirty.clear()

    def _rerank(self) -> None:
        """For each entity touched: drop what no article says any more, and give its
        full-text rows the rowids of its current rank."""
        db = self._db
        for iri in sorted(self._dirty):
            db.execute("DELETE FROM entity_labels WHERE iri = ? AND n <= 0", (iri,))
            total = db.execute("SELECT reports, articles FROM totals WHERE iri = ?",
                               (iri,)).fetchone()
            if total is not None and total[1] <= 0:
                db.execute("DELETE FROM totals WHERE iri = ?", (iri,))
                total = None
            for name_id, name, refs, ranked in db.execute(
                    "SELECT id, name, refs, ranked FROM name_keys WHERE iri = ?",
                    (iri,)).fetchall():
                if refs <= 0 or total is None:
                    if ranked is not None:
                        db.execute("DELETE FROM names WHERE rowid = ?", (ranked,))
                    db.execute("DELETE FROM name_keys WHERE id = ?", (name_id,))
                    continue
                rowid = rank_rowid(total[0], total[1], name_id)
                if rowid == ranked:
                    continue
                if ranked is not None:
                    db.execute("DELETE FROM names WHERE rowid = ?", (ranked,))
                db.execute("INSERT INTO names(rowid, name, iri) VALUES (?, ?, ?)",
                           (rowid, name, iri))
                db.execute("UPDATE name_keys SET ranked = ? WHERE id = ?", (rowid, name_id))
        self._dirty.clear()

    # -- reading --------------------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 20) -> list[Hit]:
        """Entities whose label or an alias has every word of ``text`` (as a word or a word
        prefix), most reported first (then in most articles). Reads matches in rank order
        and stops at ``limit`` entities."""
        expression = match_expression(text)
        if expression is None or limit <= 0:
            return []
        found: dict[str, None] = {}
        after, batch = -1, max(2 * limit, 50)
        while len(found) < limit:
            rows = self._db.execute(
                "SELECT rowid, iri FROM names WHERE names MATCH ? AND rowid > ? "
                "ORDER BY rowid LIMIT ?", (expression, after, batch)).fetchall()
            for _, iri in rows:
                found.setdefault(iri)
            if len(rows) < batch:
                break
            after = rows[-1][0]
        hits = []
        for iri in list(found)[:limit]:
            total = self._db.execute("SELECT reports, articles FROM totals WHERE iri = ?",
                                     (iri,)).fetchone()
            label, kind = self.labels([iri]).get(iri, (iri.rsplit("/", 1)[-1], ""))
            if total is not None:
                hits.append(Hit(iri, label, kind, total[0], total[1]))
        return hits

    def counts(self) -> dict[str, int]:
        one = self._db.execute
        return {"articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
                "entities": one("SELECT COUNT(*) FROM totals").fetchone()[0],
                "events": one("SELECT COUNT(DISTINCT event) FROM events").fetchone()[0]}

    def _edge_filter(self, *, types: Sequence[str] | None, since: str | None,
                     until: str | None, min_confidence: float | None,
                     ) -> tuple[str, list[object]]:
        where, args = ["asserted = 1", "target IS NOT NULL"], []
        if types:
            where.append(f"type IN ({', '.join('?' * len(types))})")
            args.extend(types)
        if since:
            where.append("month >= ?")
            args.append(since)
        if until:
            where.append("month <= ?")
            args.append(until)
        if min_confidence:
            where.append("confidence >= ?")
            args.append(min_confidence)
        return " AND ".join(where), args

    def edges(self, *, types: Sequence[str] | None = None, since: str | None = None,
              until: str | None = None, min_confidence: float | None = None,
              node: str | None = None, limit: int = 200) -> list[Edge]:
        """Agent → target edges of asserted events, weighted by the number of reports (evidence
        sentences over all articles); ``node`` keeps the edges that touch it."""
        where, args = self._edge_filter(types=types, since=since, until=until,
                                        min_confidence=min_confidence)
        if node:
            where += " AND (agent = ? OR target = ?)"
            args.extend([node, node])
        rows = self._db.execute(
            f"""SELECT agent, target, SUM(reports), COUNT(DISTINCT event),
                       GROUP_CONCAT(DISTINCT type)
                FROM events WHERE {where} GROUP BY agent, target
                ORDER BY SUM(reports) DESC, agent, target LIMIT ?""",
            [*args, limit]).fetchall()
        labels = self.labels({r[0] for r in rows} | {r[1] for r in rows})
        edges = []
        for a, t, n, e, ty in rows:
            agent_label, agent_kind = labels.get(a, (a, ""))
            target_label, target_kind = labels.get(t, (t, ""))
            edges.append(Edge(a, t, agent_label, target_label, agent_kind, target_kind, n, e,
                              tuple(sorted(set((ty or "").split(","))))))
        return edges

    def labels(self, iris: Iterable[str]) -> dict[str, tuple[str, str]]:
        """IRI → (label, kind) as most articles give it."""
        out: dict[str, tuple[str, str]] = {}
        for iri in iris:
            row = self._db.execute(
                "SELECT label, kind FROM entity_labels WHERE iri = ? "
                "ORDER BY n DESC, label, kind LIMIT 1", (iri,)).fetchone()
            if row:
                out[iri] = (row[0], row[1])
        return out

    def timeline(self, *, types: Sequence[str] | None = None, since: str | None = None,
                 until: str | None = None, min_confidence: float | None = None,
                 node: str | None = None) -> list[tuple[str, int]]:
        """Events per month (asserted, with a target), oldest first."""
        where, args = self._edge_filter(types=types, since=since, until=until,
                                        min_confidence=min_confidence)
        if node:
            where += " AND (agent = ? OR target = ?)"
            args.extend([node, node])
        counts = [(m, n) for m, n in self._db.execute(
            f"""SELECT month, COUNT(DISTINCT event) FROM events
                WHERE {where} AND month IS NOT NULL GROUP BY month ORDER BY month""",
            args)]
        return fill_months(counts)

    def event_types(self) -> list[tuple[str, int]]:
        """Event types in the index with their number of events, most frequent first."""
        return list(self._db.execute(
            "SELECT type, COUNT(DISTINCT event) FROM events GROUP BY type "
            "ORDER BY COUNT(DISTINCT event) DESC, type"))

    def type_counts(self, node: str) -> dict[str, int]:
        """Events the entity took part in, by type (all polarities and modalities)."""
        return dict(self._db.execute(
            """SELECT type, COUNT(DISTINCT event) FROM events WHERE agent = ? OR target = ?
               GROUP BY type ORDER BY COUNT(DISTINCT event) DESC, type""", (node, node)))


def fill_months(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Per-month counts with the months in between (and no later than 100 years) at 0."""
    if not counts:
        return []
    have = dict(counts)
    year, month = int(counts[0][0][:4]), int(counts[0][0][5:7])
    last = counts[-1][0]
    out = []
    while len(out) < 1200:
        key = f"{year:04d}-{month:02d}"
        out.append((key, have.get(key, 0)))
        if key >= last:
            break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def sync_index(store: Store, path: str | os.PathLike[str], *,
               articles: Iterable[str] = (), only: bool = False) -> SyncReport:
    """Bring the index at ``path`` up to date with ``store`` (creating it if missing): index
    article graphs that are new or whose content hash changed, drop those that are gone, and
    re-read the articles named in ``articles`` (identifiers) whatever their hash. With
    ``only``, look at those articles and nothing else (what ``kg build`` and ``kg remove``
    do: listing every graph of a 10 M-quad store takes ~15 s)."""
    taxonomy = load_taxonomy(store)
    forced = {ARTICLE_GRAPH + _quote(a) for a in articles}
    if only:
        listed = []
        for graph in sorted(forced):
            listed += store.query(load_query("serve-article-hash").text,
                                  bindings={"g": URIRef(graph)}).rows
    else:
        listed = store.query(load_query("serve-article-graphs").text).rows
    in_store = {g: h for g, h in listed if g and h and g.startswith(ARTICLE_GRAPH)}
    refreshed = removed = 0
    with SearchIndex(path) as index:
        if index.pending():  # a bulk build was interrupted: finish what it wrote
            index.finish_bulk()
        known = index.hashes()
        if not known:
            index.begin_bulk()
        gone = (forced if only else set(known)) - set(in_store)
        for graph in sorted(gone & set(known)):
            index.drop(graph)
            removed += 1
        query = load_query("serve-graph-triples").text
        for graph, hash_ in sorted(in_store.items()):
            if known.get(graph) == hash_ and graph not in forced:
                continue
            rows = store.query(query, bindings={"g": URIRef(graph)}).rows
            index.put(graph, hash_, _article_rows(graph, (r[1:] for r in rows), taxonomy),
                      fresh=graph not in known)
            refreshed += 1
            if refreshed % 1000 == 0:
                index.commit()
        if not known:
            index.finish_bulk()
        index.commit()
    return SyncReport(articles=len(in_store), refreshed=refreshed, removed=removed)


def _quote(article_id: str) -> str:
    from urllib.parse import quote

    return quote(article_id, safe="-._~")  # as kg_builder.rdf.article_graph_iri
