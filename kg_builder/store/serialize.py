"""Serialisation every store shares: graphs as N-Triples lines, TriG, SPARQL update text, and
the export formats.

Terms are written with rdflib's ``n3()``, whose escaping means a value can never end the term it
is in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError
from ..prefixes import PREFIXES
from .base import Triples

__all__ = [
    "EXPORT_FORMATS",
    "FORMAT_ALIASES",
    "PREFIXES",
    "export_format",
    "format_names",
    "replace_graphs_update",
    "serialize_graphs",
    "to_ntriples",
    "to_ox_term",
    "to_trig",
]

#: format name → (pyoxigraph format, holds named graphs)
EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
}

#: other names people give the export formats (file suffixes, media type names); n3 is
#: Turtle, which every N3 reader reads
FORMAT_ALIASES: dict[str, str] = {
    "ttl": "turtle", "n3": "turtle", "nt": "ntriples", "n-triples": "ntriples",
    "json-ld": "jsonld", "xml": "rdfxml", "rdf": "rdfxml", "rdf/xml": "rdfxml", "owl": "rdfxml",
    "nq": "nquads", "n-quads": "nquads",
}


def format_names(formats: Iterable[str], aliases: Mapping[str, str]) -> str:
    """``turtle (ttl, n3), trig, …``: each format with its aliases, for an error or a help."""
    return ", ".join(
        name + (f" ({', '.join(a for a, f in aliases.items() if f == name)})"
                if name in aliases.values() else "") for name in formats)


def export_format(name: str) -> str:
    """The export format ``name`` means (``ttl`` → ``turtle``; case does not matter), or a
    :class:`QueryError` that lists every format and alias."""
    key = name.strip().lower()
    key = FORMAT_ALIASES.get(key, key)
    if key not in EXPORT_FORMATS:
        raise QueryError(f"unknown export format '{name}'",
                         fix=f"use one of {format_names(EXPORT_FORMATS, FORMAT_ALIASES)}")
    return key



def serialize_graphs(out: IO[bytes], *, fmt: str, names: list[str],
                     triples_of: Callable[[str], Iterable[ox.Triple]]) -> None:
    """Stream the named graphs ``names`` to ``out`` in ``fmt`` (see :data:`EXPORT_FORMATS`, or
    an alias of :data:`FORMAT_ALIASES`):
    as quads for TriG/N-Quads, merged into one graph for the triple formats."""
    rdf_format, with_graphs = EXPORT_FORMATS[export_format(fmt)]

    def items() -> Iterator[ox.Quad | ox.Triple]:
        for name in names:
            graph = ox.NamedNode(name)
            for t in triples_of(name):
                yield ox.Quad(t.subject, t.predicate, t.object, graph) if with_graphs else t

    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        ox.serialize(items(), out, rdf_format, prefixes=PREFIXES)
    else:
        ox.serialize(items(), out, rdf_format)


def to_ox_term(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as pyoxigraph's."""
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


def to_ntriples(graph: Triples) -> str:
    """The triples of ``graph`` as lines of ``s p o .`` in rdflib's ``n3()`` form: N-Triples,
    except that a literal with a line break is a Turtle/SPARQL long string (blank nodes kept as
    labels)."""
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in graph)


def replace_graphs_update(graphs: Mapping[str, Triples | None]) -> str:
    """One SPARQL update that replaces each named graph by its triples (``None``: drops it):
    ``DROP SILENT GRAPH`` then ``INSERT DATA`` per graph, so a server applies all of it as one
    transaction."""
    parts: list[str] = []
    for iri, graph in graphs.items():
        ref = URIRef(iri).n3()
        parts.append(f"DROP SILENT GRAPH {ref}")
        if graph is not None and len(graph):
            parts.append(f"INSERT DATA {{ GRAPH {ref} {{\n{to_ntriples(graph)}}} }}")
    return " ;\n".join(parts)


def to_trig(graphs: Mapping[str, Triples | None]) -> str:
    """The graphs that are not ``None`` as TriG (rdflib's ``n3()`` terms: a literal with a line
    break is written as a Turtle long string, which N-Quads does not allow)."""
    parts: list[str] = []
    for iri, graph in graphs.items():
        if graph is not None and len(graph):
            parts.append(f"{URIRef(iri).n3()} {{\n{to_ntriples(graph)}}}\n")
    return "".join(parts)
