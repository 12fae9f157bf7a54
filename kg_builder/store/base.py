"""What every store is: the :class:`Store` protocol and the records it takes and returns.

Implementations (:mod:`kg_builder.store.oxigraph`, :mod:`kg_builder.store.sparql`) import this
module and :mod:`kg_builder.store.serialize`, never each other; the factory
(:func:`kg_builder.store.open_store`) sits in the package, not in one implementation.

A store is a context manager: ``with open_store(...) as store:`` closes it on the way out, also
when the block raises.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import IO, Any, Protocol, Self, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

from rdflib.term import Node

__all__ = ["QueryResult", "Solutions", "Store", "Triples", "hide_secrets", "shown", "term_text"]

#: the triples of one named graph: an rdflib ``Graph``, or any sized collection of term triples
#: (:class:`kg_builder.rdf.NamedTriples`)
Triples = Collection[tuple[Node, Node, Node]]

#: a SELECT answer as it is read: the variables, and the rows (pyoxigraph terms or ``None``)
Solutions = tuple[list[str], Iterator[list[Any]]]


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A SELECT result as plain strings (``None`` for unbound), or an ASK boolean."""

    columns: list[str]
    rows: list[list[str | None]]
    boolean: bool | None = None
    #: the rows stop at a row limit (``max_rows``): the answer had more
    truncated: bool = False


@runtime_checkable
class Store(Protocol):
    """What the pipeline needs from an RDF store.

    Every article graph is written in one transaction: a crash mid-run leaves each article
    either fully old or fully new, and running the build again finishes the job. An
    implementation that subclasses ``Store`` inherits ``with`` support (``__enter__`` returns
    the store, ``__exit__`` calls :meth:`close`).
    """

    location: str

    def replace_graphs(self, graphs: Mapping[str, Triples | None]) -> None:
        """Atomically replace each named graph by the given triples (``None`` drops it)."""

    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a SPARQL query; ``bindings`` bind variables to terms (values, never text)."""

    def stream(self, sparql: str, *, bindings: Mapping[str, Node] | None = None,
               default_graph: Sequence[str] = (), named_graphs: Sequence[str] = (),
               timeout: float | None = None) -> bool | Solutions | Iterator[Any]:
        """Run a query and read its answer as it comes, in pyoxigraph terms: ``bool`` for ASK,
        :data:`Solutions` for SELECT, an iterator of ``pyoxigraph.Triple`` for CONSTRUCT and
        DESCRIBE. ``timeout``: seconds a server may take to answer (a store that cannot stop a
        query ignores it; :mod:`kg_builder.bounded` runs queries that can be stopped)."""

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 UPDATE request as one transaction."""

    def triple_count(self) -> int:
        """The number of triples in all graphs."""

    def dump(self, out: IO[bytes], *, fmt: str, graphs: Iterable[str] | None = None) -> None:
        """Serialise the store (or only ``graphs``, merged) in ``fmt`` (see
        :data:`kg_builder.store.serialize.EXPORT_FORMATS`)."""

    def close(self) -> None:
        """Release the store (flush, unlock, close connections); it is not used after."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def term_text(term: object) -> str | None:
    """A term of a query answer as text: an IRI or literal by its value, a blank node by its
    label, ``None`` for unbound."""
    if term is None:
        return None
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


def shown(location: str) -> str:
    """``location`` as it may be printed: the password of a URL replaced by ``***``
    ("http://user:***@host/…"), so messages and logs never carry a secret."""
    parts = urlsplit(location) if "://" in location else None
    if parts is None or parts.password is None:
        return location
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def hide_secrets(text: str, *locations: str | None) -> str:
    """``text`` with every one of ``locations`` in it shown as :func:`shown` shows it, and
    any password of theirs masked wherever else it appears."""
    for location in locations:
        if not location:
            continue
        text = text.replace(location, shown(location))
        password = urlsplit(location).password if "://" in location else None
        if password:
            text = text.replace(password, "***")
    return text
