"""Linked Data: the RDF of one resource (``/id/{path}``) as Turtle, JSON-LD or N-Triples."""

from __future__ import annotations

import json
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

__all__ = ["CONTEXT", "RDF_MEDIA", "to_rdf"]

#: format name → media type
RDF_MEDIA = {"turtle": "text/turtle", "jsonld": "application/ld+json",
             "ntriples": "application/n-triples"}

#: the JSON-LD ``@context`` of every resource document: prefixes, and the properties the
#: builder writes as short terms (object properties typed ``@id``, dates and numbers typed)
CONTEXT: dict[str, Any] = {
    "nkg": "https://w3id.org/kg-builder/ontology#",
    "kgr": "https://w3id.org/kg-builder/id/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "label": {"@id": "rdfs:label", "@language": "en"},
    "altLabel": {"@id": "skos:altLabel", "@language": "en"},
    "agent": {"@id": "nkg:agent", "@type": "@id"},
    "target": {"@id": "nkg:target", "@type": "@id"},
    "place": {"@id": "nkg:place", "@type": "@id"},
    "reportedBy": {"@id": "nkg:reportedBy", "@type": "@id"},
    "evidence": {"@id": "nkg:evidence", "@type": "@id", "@container": "@set"},
    "inArticle": {"@id": "nkg:inArticle", "@type": "@id"},
    "polarity": {"@id": "nkg:polarity", "@type": "@vocab"},
    "modality": {"@id": "nkg:modality", "@type": "@vocab"},
    "date": {"@id": "nkg:date", "@type": "xsd:date"},
    "confidence": {"@id": "nkg:confidence", "@type": "xsd:decimal"},
    "trigger": {"@id": "nkg:trigger"},
    "text": {"@id": "nkg:text"},
    "title": {"@id": "dcterms:title", "@language": "en"},
    "identifier": {"@id": "dcterms:identifier"},
    "issued": {"@id": "dcterms:issued"},
    "url": {"@id": "schema:url", "@type": "@id"},
    "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
    "geonamesFeature": {"@id": "nkg:geonamesFeature", "@type": "@id"},
    "position": {"@id": "nkg:position", "@language": "en"},
    "isoCode": {"@id": "nkg:isoCode"},
}


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _graph(iri: str, triples: list[dict[str, str | None]]) -> Graph:
    g = Graph()
    for prefix, ns in CONTEXT.items():
        if isinstance(ns, str):
            g.bind(prefix, ns)
    subject = URIRef(iri)
    for t in triples:
        p, o = t["p"], t["o"]
        if p is None or o is None:
            continue
        if t["o_kind"] == "iri":
            obj: URIRef | BNode | Literal = URIRef(o)
        elif t["o_kind"] == "blank":
            obj = BNode(o)
        elif t["o_lang"]:
            obj = Literal(o, lang=t["o_lang"])
        else:
            datatype = t["o_datatype"]
            obj = Literal(o, datatype=URIRef(datatype) if datatype and datatype != _XSD_STRING
                          else None)
        g.add((subject, URIRef(p), obj))
    return g


def to_rdf(iri: str, triples: list[dict[str, str | None]], fmt: str) -> bytes:
    """The triples (rows of ``serve-describe.rq``) about ``iri`` in ``fmt``."""
    g = _graph(iri, triples)
    if fmt == "jsonld":
        text = g.serialize(format="json-ld", context=CONTEXT, auto_compact=True)
        data = json.loads(text)
        if "@context" not in data:
            data = {"@context": CONTEXT, **data}
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    if fmt == "ntriples":
        return g.serialize(format="nt", encoding="utf-8")
    return g.serialize(format="turtle", encoding="utf-8")
