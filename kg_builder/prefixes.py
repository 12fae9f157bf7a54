"""The namespaces of the graph and the prefixes the project declares for them: written in
Turtle and TriG exports, and declared before every query ``kg query`` runs (a query that
declares one of them itself keeps its own).

The IRIs come from :class:`~kg_builder.vocab.NKG` (generated from ``ontology/kg.ttl``) and
rdflib's namespaces; the graph's own ones (``kgr:``, ``schema:``, ``wd:``) are defined here and
used by :mod:`kg_builder.rdf`.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .vocab import NKG

__all__ = ["BASE", "ID", "PREFIXES", "SCHEMA", "WIKIDATA", "sparql_prologue"]

BASE = "https://w3id.org/kg-builder/"
#: resources: articles, entities, events, sentences (``kgr:``)
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
#: where owl:sameAs links point: Wikidata entities (concept IRIs)
WIKIDATA = "http://www.wikidata.org/entity/"

#: prefix → namespace IRI
PREFIXES: dict[str, str] = {
    "nkg": str(NKG._NS),
    "kgr": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "schema": str(SCHEMA),
    "owl": str(OWL),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "wd": WIKIDATA,
}


def sparql_prologue() -> str:
    """The ``PREFIX`` declarations of :data:`PREFIXES` on one line, ending in a line break:
    put before a query, it moves the query's own text down by exactly one line."""
    return " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()) + "\n"
