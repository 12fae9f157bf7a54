"""What the build records of each graph it writes, so that ``kg check`` can tell later whether
the store still holds it whole.

Beside an article graph ``…/graph/article/ID`` (or a quarantine graph ``…/graph/quarantine/ID``)
the build writes, in the same transaction, its record graph ``…/graph/record/article/ID``: the
graph's ``nkg:tripleCount`` and ``nkg:tripleDigest`` — the sum modulo 2^64 of a hash of each
triple, so the order in which a store gives them back does not matter. Blank nodes hash as
``_:b`` (a store may relabel them). Dropping a graph drops its record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from .base import Store, Triples
from .serialize import to_ox_term

__all__ = ["GRAPH_BASE", "MASK", "RECORD_PREFIX", "quad_digest", "read_records", "record_graph_iri",
           "record_triples", "triples_digest", "with_records"]

GRAPH_BASE = "https://w3id.org/kg-builder/graph/"
RECORD_PREFIX = GRAPH_BASE + "record/"
_NKG = "https://w3id.org/kg-builder/ontology#"
_COUNT = URIRef(_NKG + "tripleCount")
_DIGEST = URIRef(_NKG + "tripleDigest")
_RECORDED = ("article/", "quarantine/")
MASK = (1 << 64) - 1


def record_graph_iri(graph: str) -> str | None:
    """The record graph of an article or quarantine graph (``None`` for any other graph)."""
    rest = graph[len(GRAPH_BASE):] if graph.startswith(GRAPH_BASE) else ""
    return RECORD_PREFIX + rest if rest.startswith(_RECORDED) else None


def _text(term: Any) -> str:
    return "_:b" if isinstance(term, ox.BlankNode) else str(term)


def _line_digest(line: str) -> int:
    return int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest(), "big")


def quad_digest(quad: ox.Quad | ox.Triple) -> int:
    """The hash of one triple (a quad's graph is left out), as a 64-bit number."""
    return _line_digest(f"{_text(quad.subject)} {_text(quad.predicate)} {_text(quad.object)}")


def triples_digest(triples: Iterable[tuple[Node, Node, Node]]) -> tuple[int, int]:
    """(count, digest) of rdflib triples, as :func:`quad_digest` sees them once stored.

    Each distinct term is turned into its stored text once (an article's graph repeats its
    subjects, predicates and classes many times)."""
    texts: dict[Node, str] = {}

    def text(term: Node) -> str:
        found = texts.get(term)
        if found is None:
            found = texts[term] = _text(to_ox_term(term))
        return found

    count = digest = 0
    for s, p, o in triples:
        digest = (digest + _line_digest(f"{text(s)} {text(p)} {text(o)}")) & MASK
        count += 1
    return count, digest


def record_triples(graph: str, count: int, digest: int) -> list[tuple[Node, Node, Node]]:
    """The triples of ``graph``'s record (written into :func:`record_graph_iri` of it)."""
    subject = URIRef(graph)
    return [(subject, _COUNT, Literal(count)), (subject, _DIGEST, Literal(f"{digest:016x}"))]


def with_records(graphs: Mapping[str, Triples | None]) -> dict[str, Any]:
    """``graphs`` (graph IRI → triples, or ``None`` to drop it) with the record graph of each
    article and quarantine graph added: written with it, dropped with it."""
    out: dict[str, Any] = dict(graphs)
    for iri, triples in graphs.items():
        record = record_graph_iri(iri)
        if record is None:
            continue
        if triples is None:
            out[record] = None
            continue
        out[record] = record_triples(iri, *triples_digest(triples))
    return out


def read_records(store: Store) -> dict[str, tuple[int, int]]:
    """Graph IRI → (count, digest) as the build recorded them."""
    from ..resources import queries_dir

    text = (queries_dir() / "check-records.rq").read_text(encoding="utf-8")
    rows = store.query(text).rows
    return {str(g): (int(str(n)), int(str(d), 16)) for g, n, d in rows
            if g is not None and n is not None and d is not None}
