"""Export the store's article graphs, check them again with SHACL, and restore an export into a
new store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rdflib import Graph, URIRef

from .rdf import ONTOLOGY_GRAPH, inferred_graph_iri
from .store import EXPORT_FORMATS, Store, export_format

__all__ = ["RESTORE_FORMATS", "StoreReport", "article_graphs", "export_store", "restore_store",
           "validate_store"]

_GRAPHS = """
PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
SELECT ?g ?kind ?id WHERE {
  GRAPH ?g { ?g a ?kind ; nkg:describesArticle ?a . ?a <http://purl.org/dc/terms/identifier> ?id }
  VALUES ?kind { nkg:ArticleGraph nkg:QuarantineGraph }
} ORDER BY ?id
"""


def article_graphs(store: Store) -> list[tuple[str, str, bool]]:
    """(graph IRI, article id, quarantined) for every article in the store."""
    rows = store.query(_GRAPHS).rows
    return [(str(g), str(i), str(k).endswith("QuarantineGraph")) for g, k, i in rows]


def export_store(store: Store, out: IO[bytes], *, fmt: str, include_ontology: bool = False,
                 graphs: list[tuple[str, str, bool]] | None = None) -> int:
    """Write the article graphs (not the quarantine) in ``fmt``, each followed by its inferred
    graph if ``kg reason`` has made one; return how many article graphs were written. Turtle
    is the readable Turtle of :mod:`kg_builder.readable` (events labelled, sorted in memory).
    ``graphs``: what :func:`article_graphs` gave, if the caller has read it already."""
    fmt = export_format(fmt)  # ttl, nt, json-ld … are their formats; an unknown one raises
    stored = article_graphs(store) if graphs is None else graphs
    names = [name for g, article, quarantined in stored if not quarantined
             for name in (g, str(inferred_graph_iri(article)))]
    if include_ontology:
        names.insert(0, str(ONTOLOGY_GRAPH))
    if fmt == "turtle":  # grouped, sorted, events labelled: kg_builder.readable
        import io

        import pyoxigraph as ox

        from .prefixes import PREFIXES
        from .readable import write_turtle

        merged = io.BytesIO()
        store.dump(merged, fmt="ntriples", graphs=names)
        write_turtle(ox.parse(merged.getvalue(), ox.RdfFormat.N_TRIPLES), out, prefixes=PREFIXES)
    else:
        store.dump(out, fmt=fmt, graphs=names)
    return sum(not quarantined for _, _, quarantined in stored)


@dataclass(slots=True)
class StoreReport:
    checked: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)


def validate_store(store: Store) -> StoreReport:
    """Validate every article graph in the store, one at a time."""
    import io

    from .validate import validate_graph  # pySHACL: only here, not for an export or a restore

    report = StoreReport()
    for graph, article, quarantined in article_graphs(store):
        if quarantined:
            report.quarantined.append(article)
            continue
        buf = io.BytesIO()
        store.dump(buf, fmt="ntriples", graphs=[graph])
        data = Graph(identifier=URIRef(graph)).parse(data=buf.getvalue().decode("utf-8"), format="nt")
        outcome = validate_graph(data)
        report.checked += 1
        if not outcome.conforms:
            report.failures.append((article, outcome.text))
    return report


#: file suffix → format an export can be restored from (the formats that keep named graphs)
RESTORE_FORMATS = {".nq": "nquads", ".nquads": "nquads", ".trig": "trig"}


def restore_store(source: str | Path, location: str | Path) -> int:
    """Load an export (N-Quads or TriG, from ``kg export``) into a new store folder, with the
    ontology graph and a record of each article graph (as ``kg build`` writes them), so
    ``kg check`` can check it later. Returns the number of article graphs."""
    import pyoxigraph as ox

    from .errors import InputError, StoreError
    from .pipeline import ensure_ontology
    from .store import OxigraphStore
    from .store.record import MASK, quad_digest, record_graph_iri, record_triples

    source, location = Path(source), Path(location)
    fmt = RESTORE_FORMATS.get(source.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot restore from {source}: not N-Quads or TriG",
                         why="only these keep each article in its own graph",
                         fix="export with 'kg export --format nquads -o FILE.nq'")
    if not source.is_file():
        raise InputError(f"no file {source}", fix="check the path")
    if location.exists() and any(location.iterdir()):
        raise StoreError(f"{location} is not empty: restore never writes over a store",
                         fix="restore into a new folder, then move it into place")
    with OxigraphStore(location) as store:
        store.load_file(source, EXPORT_FORMATS[fmt][0])
        ensure_ontology(store)
        records = {}
        for graph in list(store.graph_names()):
            record = record_graph_iri(graph)
            if record is None:
                continue
            count = digest = 0
            for quad in store.quads(graph=ox.NamedNode(graph)):
                count += 1
                digest = (digest + quad_digest(quad)) & MASK
            records[record] = record_triples(graph, count, digest)
        store.replace_graphs(records)
    return len(records)
