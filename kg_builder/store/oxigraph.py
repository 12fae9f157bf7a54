"""The embedded Oxigraph store: an on-disk folder (the default ``--store``).

An article's graphs are written in one transaction: one SPARQL update that drops the old graphs
and inserts the new ones, or, when none of them exists yet, one load of TriG.

Every error of the engine (pyoxigraph raises RocksDB's as ``OSError`` or ``RuntimeError``, when
the store opens or in the middle of reading it) becomes a :class:`~kg_builder.errors.StoreError`
that says what to do: :func:`engine_error` sorts them (locked, damaged, anything else).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

import pyoxigraph as ox
from rdflib.term import Node

from ..errors import QueryError, StoreDamagedError, StoreError
from ..query_text import engine_syntax_error
from .base import QueryResult, Solutions, Store, Triples, term_text
from .serialize import replace_graphs_update, serialize_graphs, to_ox_term, to_trig

__all__ = ["DAMAGED_FIX", "OxigraphStore", "engine_error"]

T = TypeVar("T")

#: what to do about a damaged store (every damaged-store error ends with it)
DAMAGED_FIX = ("move the folder aside, then restore your last export into a new folder ('kg "
               "restore FILE --store DIR', FILE from 'kg export --format nquads') or rebuild it "
               "('kg build INPUT... --store DIR'); 'kg check --store DIR' says what is damaged")

# RocksDB's words for files that are damaged, missing or truncated
_DAMAGE = ("corruption", "checksum", "column family not found", "no such file",
           "size mismatch", "bad magic", "truncated", "not an sstable", "manifest")
_LOCKED = re.compile(r"\block\b|temporarily unavailable")  # not "block checksum"


def engine_error(exc: BaseException, *, path: str | Path, doing: str) -> StoreError:
    """The :class:`StoreError` for an error of the engine while ``doing`` (``"open"``,
    ``"read"``, ``"write to"``) the store at ``path``: locked by another process, damaged
    (:class:`StoreDamagedError`, KG301), the disk full, or anything else."""
    text = str(exc).strip() or type(exc).__name__
    first = " ".join(text.split())[:400].rstrip(". ")
    lower = text.lower()
    if _LOCKED.search(lower) and doing == "open":
        return StoreError(f"cannot open the store at {path}",
                          why="another process (a running 'kg build' or 'kg serve') holds its lock",
                          fix="wait for the other process to finish or stop it, or use another "
                              "--store")
    if any(word in lower for word in _DAMAGE):
        return StoreDamagedError(f"cannot {doing} the store at {path}: it is damaged",
                                 why=first, fix=DAMAGED_FIX)
    if getattr(exc, "errno", None) == 28 or "no space" in lower:
        return StoreError(f"cannot {doing} the store at {path}", why="the disk is full",
                          fix="free disk space and run the same command again (finished "
                              "articles are kept)")
    return StoreError(f"cannot {doing} the store at {path}", why=first,
                      fix="check the folder's permissions and free disk space; 'kg check "
                          "--store DIR' says whether the store is damaged")


_READ_ONLY_TRIES = 5


def _open_read_only(path: Path) -> ox.Store:
    """Open a store for reading beside a running writer. RocksDB may delete a table file the
    reader is about to open (a compaction of the writer): that race reads as "Corruption … No
    such file"; opening again sees the new file set."""
    for attempt in range(_READ_ONLY_TRIES):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
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
        if read_only and not self._path.exists():
            raise StoreError(f"no store at {self._path}",
                             fix="build one first with 'kg build INPUT --store DIR'")
        if read_only and self._path.is_dir() and not any(self._path.iterdir()):
            # an empty folder holds no store; it is not a damaged one (RocksDB: "no CURRENT")
            raise StoreError(f"no store at {self._path}: the folder is empty",
                             fix="name the folder of a store, or build one there with 'kg build "
                                 "INPUT --store DIR'")
        try:
            if read_only:
                self._store = _open_read_only(self._path)
            else:
                self._path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self._path))
        except (OSError, RuntimeError) as exc:
            raise engine_error(exc, path=self._path, doing="open") from exc

    def _engine(self, doing: str, call: Callable[[], T]) -> T:
        """``call()``, with the engine's errors as :class:`StoreError`."""
        try:
            return call()
        except (OSError, RuntimeError) as exc:
            raise engine_error(exc, path=self._path, doing=doing) from exc

    def _iterate(self, doing: str, items: Iterable[T]) -> Iterator[T]:
        """``items`` read one by one, with the engine's errors as :class:`StoreError` (a
        damaged block is found when the iteration reaches it)."""
        iterator = self._engine(doing, lambda: iter(items))
        while True:
            try:
                item = next(iterator)
            except StopIteration:
                return
            except (OSError, RuntimeError) as exc:
                raise engine_error(exc, path=self._path, doing=doing) from exc
            yield item

    def replace_graphs(self, graphs: Mapping[str, Triples | None]) -> None:
        if not graphs:
            return

        def write() -> None:
            if any(self._store.contains_named_graph(ox.NamedNode(iri)) for iri in graphs):
                # drop and insert: one transaction
                self._store.update(replace_graphs_update(graphs))
            elif trig := to_trig(graphs):
                # None of the graphs exists yet (a first build): nothing to drop, and a load
                # (one transaction too) is faster than SPARQL's INSERT DATA.
                self._store.load(trig, format=ox.RdfFormat.TRIG)

        self._engine("write to", write)

    def update(self, sparql: str) -> None:
        try:
            self._engine("write to", lambda: self._store.update(sparql))
        except SyntaxError as exc:
            raise QueryError("the SPARQL update is not valid", why=str(exc),
                             fix="correct the update") from exc

    def stream(self, sparql: str, *, bindings: Mapping[str, Node] | None = None,
               default_graph: Sequence[str] = (), named_graphs: Sequence[str] = (),
               timeout: float | None = None) -> bool | Solutions | Iterator[ox.Triple]:
        """Run a query and read its answer as the engine produces it, in pyoxigraph terms:
        ``bool`` for ASK, ``(variables, rows)`` for SELECT, triples for CONSTRUCT/DESCRIBE.
        ``timeout`` is not used: the engine cannot stop a query (run it in a worker process
        that can be killed, :mod:`kg_builder.bounded`)."""
        subs = {ox.Variable(k): to_ox_term(v) for k, v in (bindings or {}).items()}
        try:
            result = self._engine("read", lambda: self._store.query(
                sparql, substitutions=subs or None,
                default_graph=[ox.NamedNode(g) for g in default_graph] or None,
                named_graphs=[ox.NamedNode(g) for g in named_graphs] or None))
        except SyntaxError as exc:
            raise engine_syntax_error(sparql, str(exc)) from exc
        except StoreError as exc:
            if bindings and isinstance(exc.__cause__, RuntimeError) \
                    and "SELECT projection" in str(exc.__cause__):
                # a bound variable that a sub-SELECT uses but does not project: the query's
                # fault, not the store's
                raise QueryError("cannot bind a variable the query does not select",
                                 why=str(exc.__cause__),
                                 fix="bind only the query's parameters ('kg query --list' "
                                     "shows them)") from exc.__cause__
            raise
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            return variables, ([s[v] for v in variables]
                               for s in self._iterate("read", result))
        return self._iterate("read", result)

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        result = self.stream(sparql, bindings=bindings)
        if isinstance(result, bool):
            return QueryResult(columns=[], rows=[], boolean=result)
        if isinstance(result, tuple):
            columns, solutions = result
            return QueryResult(columns=columns,
                               rows=[[term_text(t) for t in row] for row in solutions])
        triples = [[term_text(t.subject), term_text(t.predicate), term_text(t.object)]
                   for t in result]
        return QueryResult(columns=["subject", "predicate", "object"], rows=triples)

    def load_file(self, path: str | Path, fmt: ox.RdfFormat) -> None:
        """Bulk-load an RDF file (N-Quads, TriG …) into the store; a syntax error is a
        :class:`QueryError` naming the file and its line."""
        try:
            self._engine("write to", lambda: self._store.bulk_load(path=str(path), format=fmt))
        except SyntaxError as exc:
            raise QueryError(f"cannot read {path}", why=str(exc),
                             fix="restore from a file written by 'kg export'") from exc

    def quads(self, subject: Any = None, predicate: Any = None, obj: Any = None,
              graph: Any = None) -> Iterator[ox.Quad]:
        """The quads that match a pattern (pyoxigraph terms, ``None`` for any), read through
        the index the engine picks for it (``kg check`` reads every index this way).

        Only quads equal to the pattern's bound terms are given: pyoxigraph 0.5.13 on disk also
        returns, for an integer object, quads whose integer shares its encoding's prefix (a
        lookup of 255 gives 271 too), which made ``kg check`` call fresh stores damaged."""
        pattern = [(i, term) for i, term in enumerate((subject, predicate, obj, graph))
                   if term is not None]
        found = self._iterate("read", self._store.quads_for_pattern(subject, predicate, obj, graph))
        if not pattern:
            return found
        return (q for q in found if all(_part(q, i) == term for i, term in pattern))

    def triple_count(self) -> int:
        return self._engine("read", lambda: len(self._store))

    def graph_names(self) -> Iterator[str]:
        for g in self._iterate("read", self._store.named_graphs()):
            yield g.value

    def dump(self, out: IO[bytes], *, fmt: str, graphs: Iterable[str] | None = None) -> None:
        names = list(graphs) if graphs is not None else list(self.graph_names())
        serialize_graphs(out, fmt=fmt, names=names, triples_of=lambda name: (
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self.quads(graph=ox.NamedNode(name))))

    def flush(self) -> None:
        self._engine("write to", self._store.flush)

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None and not self._read_only:
            try:
                store.flush()
            except (OSError, RuntimeError):
                pass
        self._store = None


def _part(quad: ox.Quad, index: int) -> Any:
    """The subject, predicate, object or graph name of ``quad`` (0 to 3)."""
    return (quad.subject, quad.predicate, quad.object, quad.graph_name)[index]
