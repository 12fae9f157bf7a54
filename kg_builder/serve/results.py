"""SPARQL results written as they are read, cut at a row cap: the four result formats of the
SPARQL 1.1 Protocol for SELECT and ASK (JSON, XML, CSV, TSV) and RDF for CONSTRUCT/DESCRIBE.

Terms are pyoxigraph terms (``NamedNode``, ``BlankNode``, ``Literal``, ``Triple``), whatever
store answered: an embedded store gives them, and a SPARQL server's answer is parsed into them
(:func:`pyoxigraph.parse_query_results`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

__all__ = ["GRAPH_FORMATS", "RESULT_FORMATS", "ChunkWriter", "write_boolean", "write_graph",
           "write_solutions"]

#: result format name → media type (SELECT / ASK)
RESULT_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
#: RDF format name → (media type, pyoxigraph format) (CONSTRUCT / DESCRIBE)
GRAPH_FORMATS = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class ChunkWriter(io.RawIOBase):
    """A binary file that hands what is written to ``send`` in chunks: the first once
    ``first`` bytes are there (so a small answer goes out whole, after the query is done), the
    next ones every ``size`` bytes."""

    def __init__(self, send: Callable[[bytes], None], *, first: int = 256 * 1024,
                 size: int = 64 * 1024) -> None:
        self._send = send
        self._buffer = bytearray()
        self._limit = first
        self._size = size

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._buffer += data
        if len(self._buffer) >= self._limit:
            self._send(bytes(self._buffer))
            self._buffer.clear()
            self._limit = self._size
        return len(data)

    def flush_all(self) -> None:
        if self._buffer:
            self._send(bytes(self._buffer))
            self._buffer.clear()


class _Counter:
    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.rows = 0
        self.truncated = False

    def take(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            if self.rows >= self.cap:
                self.truncated = True
                return
            self.rows += 1
            yield item


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value not in (_XSD_STRING, _RDF_LANG_STRING):
            datatype = quoteattr(term.datatype.value)
            return f"<literal datatype={datatype}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>"
                f"{_xml_term(term.predicate)}</predicate><object>{_xml_term(term.object)}"
                "</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def write_solutions(out: ChunkWriter, fmt: str, variables: Sequence[str],
                    solutions: Iterable[Sequence[Any]], *, cap: int) -> dict[str, Any]:
    """Write SELECT solutions (each a sequence of terms or ``None``, in ``variables`` order)."""
    counter = _Counter(cap)
    rows = counter.take(solutions)
    if fmt == "json":
        out.write(b'{"head":{"vars":' + json.dumps(list(variables)).encode() +
                  b'},"results":{"bindings":[')
        for i, row in enumerate(rows):
            binding = {v: _json_term(t) for v, t in zip(variables, row, strict=True)
                       if t is not None}
            out.write((b"," if i else b"") + b"\n" +
                      json.dumps(binding, ensure_ascii=False).encode("utf-8"))
        out.write(b"\n]}}\n")
    elif fmt == "xml":
        out.write(b'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                  b"<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
                  .encode("utf-8") + b"</head><results>\n")
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                            for v, t in zip(variables, row, strict=True) if t is not None)
            out.write(f"<result>{cells}</result>\n".encode())
        out.write(b"</results></sparql>\n")
    elif fmt == "csv":
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(variables)
        out.write(text.getvalue().encode("utf-8"))
        for row in rows:
            text.seek(0)
            text.truncate()
            writer.writerow([_csv_value(t) for t in row])
            out.write(text.getvalue().encode("utf-8"))
    elif fmt == "tsv":
        out.write(("\t".join(f"?{v}" for v in variables) + "\n").encode("utf-8"))
        for row in rows:
            out.write(("\t".join("" if t is None else str(t) for t in row) + "\n").encode("utf-8"))
    else:
        raise ValueError(f"unknown result format {fmt}")
    return {"rows": counter.rows, "truncated": counter.truncated}


def write_boolean(out: ChunkWriter, fmt: str, value: bool) -> dict[str, Any]:
    word = "true" if value else "false"
    if fmt == "json":
        out.write(f'{{"head":{{}},"boolean":{word}}}\n'.encode())
    elif fmt == "xml":
        out.write(('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                   f"<head/><boolean>{word}</boolean></sparql>\n").encode())
    else:
        out.write(f"{word}\n".encode())
    return {"rows": 1, "truncated": False}


def write_graph(out: ChunkWriter, fmt: str, triples: Iterable[ox.Triple], *, cap: int,
                prefixes: dict[str, str] | None = None) -> dict[str, Any]:
    counter = _Counter(cap)
    rdf_format = GRAPH_FORMATS[fmt][1]
    if rdf_format is ox.RdfFormat.TURTLE and prefixes:
        ox.serialize(counter.take(triples), out, rdf_format, prefixes=prefixes)
    else:
        ox.serialize(counter.take(triples), out, rdf_format)
    return {"rows": counter.rows, "truncated": counter.truncated}
