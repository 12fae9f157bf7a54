"""Export the store's article graphs, and check them again with SHACL."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

from rdflib import Graph, URIRef

from .errors import QueryError
from .rdf import ONTOLOGY_GRAPH, inferred_graph_iri
from .store import EXPORT_FORMATS, Store
from .validate import validate_graph

__all__ = ["StoreReport", "article_graphs", "export_store", "validate_store"]

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


def export_store(store: Store, out: IO[bytes], *, fmt: str, include_ontology: bool = False) -> None:
    """Write the article graphs (not the quarantine) in ``fmt``, each followed by its inferred
    graph if ``kg reason`` has made one."""
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown export format '{fmt}'", fix=f"use one of {', '.join(EXPORT_FORMATS)}")
    names = [name for g, article, quarantined in article_graphs(store) if not quarantined
             for name in (g, str(inferred_graph_iri(article)))]
    if include_ontology:
        names.insert(0, str(ONTOLOGY_GRAPH))
    store.dump(out, fmt=fmt, graphs=names)


@dataclass(slots=True)
class StoreReport:
    checked: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)


def validate_store(store: Store) -> StoreReport:
    """Validate every article graph in the store, one at a time."""
    import io

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
