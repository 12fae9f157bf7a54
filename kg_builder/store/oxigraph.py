"""The embedded Oxigraph store: an on-disk folder (the default ``--store``).

An article's graphs are written in one transaction: one SPARQL update that drops the old graphs
and inserts the new ones, or, when none of them exists yet, one load of TriG.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError, StoreError
from .base import QueryResult, Store, Triples
from .serialize import replace_graphs_update, serialize_graphs, to_trig

__all__ = ["OxigraphStore"]


def _to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind a value of type {type(term).__name__}")


def _from_ox(term: object) -> str | None:
    if term is None:
        return None
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


_READ_ONLY_TRIES = 5


def _open_read_only(path: Path) -> ox.Store:
    """Open a store for reading beside a running writer. RocksDB may delete a table file the
    reader is about to open (a compaction of the writer): that race reads as "Corruption … No
    such file"; opening again sees the new file set."""
    for attempt in range(_READ_ONLY_TRIES):
        try:
            return ox.Store.read_only(str(path))
        except OSError as exc:
            text = str(exc)
            race = "Corruption" in text or "No such file" in text
            if attempt + 1 == _READ_ONLY_TRIES or not race:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


class OxigraphStore(Store):
    """An embedded Oxigraph store in a folder on disk (the default)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.location = str(path)
        self._path = Path(path)
        self._read_only = read_only
        try:
            if read_only:
                if not self._path.exists():
                    raise StoreError(f"no store at {self._path}",
                                     fix="build one first with 'kg build INPUT --store DIR'")
                self._store = _open_read_only(self._path)
            else:
                self._path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self._path))
        except OSError as exc:
            locked = "lock" in str(exc).lower() or "temporarily unavailable" in str(exc).lower()
            raise StoreError(
                f"cannot open the store at {self._path}",
                why="another process (a running 'kg build' or 'kg serve') holds its lock"
                if locked else str(exc),
                fix="wait for the other process to finish or stop it, or use another --store"
                if locked else "check the folder's permissions and free disk space",
            ) from exc

    def replace_graphs(self, graphs: Mapping[str, Triples | None]) -> None:
        if not graphs:
            return
        try:
            if any(self._store.contains_named_graph(ox.NamedNode(iri)) for iri in graphs):
                # drop and insert: one transaction
                self._store.update(replace_graphs_update(graphs))
            elif trig := to_trig(graphs):
                # None of the graphs exists yet (a first build): nothing to drop, and a load
                # (one transaction too) is faster than SPARQL's INSERT DATA.
                self._store.load(trig, format=ox.RdfFormat.TRIG)
        except OSError as exc:
            full = getattr(exc, "errno", None) == 28 or "space" in str(exc).lower()
            raise StoreError(
                f"cannot write to the store at {self._path}",
                why="the disk is full" if full else str(exc),
                fix="free disk space and run the same command again (finished articles are kept)"
                if full else "check the store folder, then run the same command again",
            ) from exc

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError("the SPARQL update is not valid", why=str(exc),
                             fix="correct the update") from exc
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self._path}", why=str(exc),
                             fix="check the store folder and free disk space, then run the"
                                 " same command again") from exc

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        subs = {ox.Variable(k): _to_ox(v) for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(sparql, substitutions=subs or None)
        except SyntaxError as exc:
            raise QueryError("the SPARQL query is not valid", why=str(exc),
                             fix="correct the query") from exc
        except OSError as exc:
            raise StoreError("cannot read the store", why=str(exc)) from exc
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(columns=[], rows=[], boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            rows = [[_from_ox(sol[c]) for c in columns] for sol in result]
            return QueryResult(columns=columns, rows=rows)
        triples = [[_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)] for t in result]
        return QueryResult(columns=["subject", "predicate", "object"], rows=triples)

    def triple_count(self) -> int:
        return len(self._store)

    def graph_names(self) -> Iterator[str]:
        for g in self._store.named_graphs():
            yield g.value

    def dump(self, out: IO[bytes], *, fmt: str, graphs: Iterable[str] | None = None) -> None:
        names = list(graphs) if graphs is not None else list(self.graph_names())
        serialize_graphs(out, fmt=fmt, names=names, triples_of=lambda name: (
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(name))))

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None and not self._read_only:
            try:
                store.flush()
            except OSError:
                pass
        self._store = None

