"""RDF stores: a small protocol and its embedded Oxigraph implementation.

Every article graph is written in one transaction (drop the old graph and insert the new one in
one SPARQL update; or, when none of its graphs exists yet, one load of TriG): a crash mid-run
leaves each article either fully old or fully new, and running the build again finishes the job.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError

__all__ = [
    "EXPORT_FORMATS",
    "OxigraphStore",
    "QueryResult",
    "Store",
    "Triples",
    "open_store",
    "serialize_graphs",
    "to_ntriples",
]

#: the triples of one named graph: an rdflib ``Graph``, or any sized collection of term triples
#: (:class:`kg_builder.rdf.NamedTriples`)
Triples = Collection[tuple[Node, Node, Node]]

#: format name → (pyoxigraph format, holds named graphs)
EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
}

PREFIXES = {
    "nkg": "https://w3id.org/kg-builder/ontology#",
    "kgr": "https://w3id.org/kg-builder/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "http://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A SELECT result as plain strings (``None`` for unbound), or an ASK boolean."""

    columns: list[str]
    rows: list[list[str | None]]
    boolean: bool | None = None


@runtime_checkable
class Store(Protocol):
    """What the pipeline needs from an RDF store."""

    location: str

    def replace_graphs(self, graphs: Mapping[str, Triples | None]) -> None:
        """Atomically replace each named graph by the given triples (``None`` drops it)."""

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult: ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 UPDATE request as one transaction."""

    def triple_count(self) -> int: ...

    def dump(self, out: IO[bytes], *, fmt: str, graphs: Iterable[str] | None = None) -> None:
        """Serialise the store (or only ``graphs``, merged) in ``fmt`` (see EXPORT_FORMATS)."""

    def close(self) -> None: ...


def serialize_graphs(out: IO[bytes], *, fmt: str, names: list[str],
                     triples_of: Callable[[str], Iterable[ox.Triple]]) -> None:
    """Stream the named graphs ``names`` to ``out`` in ``fmt`` (see :data:`EXPORT_FORMATS`):
    as quads for TriG/N-Quads, merged into one graph for the triple formats."""
    try:
        rdf_format, with_graphs = EXPORT_FORMATS[fmt]
    except KeyError:
        raise QueryError(f"unknown export format '{fmt}'",
                         fix=f"use one of {', '.join(EXPORT_FORMATS)}") from None

    def items() -> Iterator[ox.Quad | ox.Triple]:
        for name in names:
            graph = ox.NamedNode(name)
            for t in triples_of(name):
                yield ox.Quad(t.subject, t.predicate, t.object, graph) if with_graphs else t

    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        ox.serialize(items(), out, rdf_format, prefixes=PREFIXES)
    else:
        ox.serialize(items(), out, rdf_format)


def to_ntriples(graph: Triples) -> str:
    """The triples of ``graph`` as lines of ``s p o .`` in rdflib's ``n3()`` form: N-Triples,
    except that a literal with a line break is a Turtle/SPARQL long string (blank nodes kept as
    labels)."""
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in graph)


def _update_text(graphs: Mapping[str, Triples | None]) -> str:
    parts: list[str] = []
    for iri, graph in graphs.items():
        ref = URIRef(iri).n3()
        parts.append(f"DROP SILENT GRAPH {ref}")
        if graph is not None and len(graph):
            parts.append(f"INSERT DATA {{ GRAPH {ref} {{\n{to_ntriples(graph)}}} }}")
    return " ;\n".join(parts)


def _to_trig(graphs: Mapping[str, Triples | None]) -> str:
    """The graphs that are not ``None`` as TriG (rdflib's ``n3()`` terms: a literal with a line
    break is written as a Turtle long string, which N-Quads does not allow)."""
    parts: list[str] = []
    for iri, graph in graphs.items():
        if graph is not None and len(graph):
            parts.append(f"{URIRef(iri).n3()} {{\n{to_ntriples(graph)}}}\n")
    return "".join(parts)


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
            if attempt + 1 == _READ_ONLY_TRIES or not ("Corruption" in text or "No such file" in text):
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


class OxigraphStore:
    """An embedded Oxigraph store in a folder on disk (the default)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.location = str(path)
        self._path = Path(path)
        self._read_only = read_only
        try:
            if read_only:
                if not self._path.exists():
                    raise StoreError(
                        f"no store at {self._path}", fix="build one first with 'kg build INPUT --store DIR'"
                    )
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
                self._store.update(_update_text(graphs))  # drop and insert: one transaction
            elif trig := _to_trig(graphs):
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


def open_store(location: str | os.PathLike[str], *, read_only: bool = False) -> Store:
    """Open the store named by ``--store``: a folder (embedded Oxigraph) or the http(s) URL of
    a SPARQL 1.1 server (see :class:`kg_builder.remote.SparqlStore` for its endpoints)."""
    if isinstance(location, str) and location.lower().startswith(("http://", "https://")):
        from .remote import SparqlStore

        return SparqlStore.from_url(location, read_only=read_only)
    return OxigraphStore(location, read_only=read_only)
