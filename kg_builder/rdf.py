"""Map an :class:`~kg_builder.model.Extraction` to RDF: one named graph per article.

IRIs are stable across runs and safe for any name; terms come from :class:`~kg_builder.vocab.NKG`
(a typo raises). See ``docs/data-model.md`` for the shape of the graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from urllib.parse import quote

from rdflib import DCTERMS, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SDO
from rdflib.term import Node

from .model import Entity, Event, Extraction
from .ontology import class_ancestors, event_info
from .vocab import NKG

__all__ = [
    "ARTICLE_GRAPH",
    "BASE",
    "INFERRED_GRAPH",
    "ONTOLOGY_GRAPH",
    "QUARANTINE_GRAPH",
    "NamedTriples",
    "Triple",
    "article_graph_iri",
    "article_iri",
    "entity_iri",
    "event_iri",
    "inferred_graph_iri",
    "to_graph",
    "to_triples",
]

Triple = tuple[Node, Node, Node]

BASE = "https://w3id.org/kg-builder/"
ID = Namespace(BASE + "id/")
ARTICLE_GRAPH = BASE + "graph/article/"
QUARANTINE_GRAPH = BASE + "graph/quarantine/"
INFERRED_GRAPH = BASE + "graph/inferred/"  # what `kg reason` derives from an article graph
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
SCHEMA = Namespace("http://schema.org/")
_SAFE = "-._~"  # unreserved characters; everything else is percent-encoded


def _part(text: str) -> str:
    return quote(text, safe=_SAFE)


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{ID}article/{_part(article_id)}")


def article_graph_iri(article_id: str) -> URIRef:
    return URIRef(ARTICLE_GRAPH + _part(article_id))


def quarantine_graph_iri(article_id: str) -> URIRef:
    return URIRef(QUARANTINE_GRAPH + _part(article_id))


def inferred_graph_iri(article_id: str) -> URIRef:
    return URIRef(INFERRED_GRAPH + _part(article_id))


def entity_iri(key: str) -> URIRef:
    """``state/BLR`` → ``…/id/state/BLR``; each path segment percent-encoded."""
    return URIRef(str(ID) + "/".join(_part(p) for p in key.split("/")))


def event_iri(event: Event) -> URIRef:
    """The same event (type, parties, polarity, modality, month) is one node in every article."""
    bucket = (event.date or "")[:7]
    ident = "\x1f".join((event.type, event.agent, event.target or "", event.polarity,
                         event.modality, bucket))
    return URIRef(f"{ID}event/{hashlib.sha1(ident.encode('utf-8')).hexdigest()}")


@dataclass(frozen=True, slots=True)
class NamedTriples:
    """A named graph as its distinct triples in a tuple, without rdflib's indexes.

    The build maps every article to one of these and copies the triples once, into the graph
    SHACL validates a batch on: adding a triple to an rdflib ``Graph`` costs about ten times
    as much as making it. Iterate it, take its ``len``, or make a ``Graph`` with :meth:`graph`.
    """

    identifier: URIRef
    triples: tuple[Triple, ...]

    def __iter__(self) -> Iterator[Triple]:
        return iter(self.triples)

    def __len__(self) -> int:
        return len(self.triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self.triples

    def graph(self) -> Graph:
        """An rdflib ``Graph`` with these triples (identifier: the graph IRI)."""
        g = Graph(identifier=self.identifier)
        g.bind("nkg", NKG._NS)
        for triple in self.triples:
            g.add(triple)
        return g


class _Triples:
    """Distinct triples in the order they were first added."""

    def __init__(self) -> None:
        self._seen: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self._seen[triple] = None

    def __contains__(self, triple: Triple) -> bool:
        return triple in self._seen

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._seen)


@dataclass(frozen=True, slots=True)
class _Ctx:
    graph: _Triples
    article: URIRef


@cache
def _lang(text: str) -> Literal:
    return Literal(text, lang="en")


def _date_literal(value: str) -> Literal | None:
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        if len(value) == 10:
            return Literal(value, datatype=XSD.date)
        return Literal(value.replace(" ", "T"), datatype=XSD.dateTime)
    return None


def to_graph(extraction: Extraction) -> Graph:
    """The article's named graph (an rdflib ``Graph`` whose identifier is the graph IRI)."""
    return to_triples(extraction).graph()


def to_triples(extraction: Extraction) -> NamedTriples:
    """The article's named graph as plain triples: what :func:`to_graph` holds, made faster."""
    art = extraction.article
    identifier = article_graph_iri(art.id)
    g = _Triples()
    a = article_iri(art.id)
    g.add((identifier, RDF.type, NKG.ArticleGraph))
    g.add((identifier, NKG.describesArticle, a))
    g.add((a, RDF.type, NKG.Article))
    g.add((a, DCTERMS.identifier, Literal(art.id)))
    g.add((a, NKG.contentHash, Literal(art.content_hash)))
    g.add((a, NKG.wordCount, Literal(extraction.words)))
    if art.title:
        g.add((a, DCTERMS.title, _lang(art.title)))
    if art.url:
        g.add((a, SDO.url, URIRef(quote(art.url, safe=":/?#[]@!$&'()*+,;=%-._~"))))
    if art.published and (issued := _date_literal(art.published)) is not None:
        g.add((a, DCTERMS.issued, issued))
    for ent in extraction.entities:
        _entity(g, ent)
    for fact in extraction.facts:
        g.add((entity_iri(fact.subject), NKG[fact.relation], entity_iri(fact.object)))
    confidence: dict[URIRef, float] = {}  # event → the highest confidence it is reported with
    for ev in extraction.events:
        _event(_Ctx(g, a), ev, confidence)
    for node, value in confidence.items():
        g.add((node, NKG.confidence, Literal(Decimal(str(round(value, 3))))))
    return NamedTriples(identifier, tuple(g))


def _entity(g: _Triples, ent: Entity) -> None:
    node = entity_iri(ent.key)
    for cls in class_ancestors(ent.kind):
        g.add((node, RDF.type, NKG[cls]))
    g.add((node, RDFS.label, _lang(ent.label)))
    for alias in ent.aliases:
        if alias != ent.label:
            g.add((node, SKOS.altLabel, _lang(alias)))
    if ent.kind == "Person":
        for pos in ent.positions:
            g.add((node, NKG.position, _lang(pos)))
    if ent.kind == "State":
        if ent.iso2:
            g.add((node, NKG.isoCode, Literal(ent.iso2)))
        if ent.geonames_id:
            g.add((node, NKG.geonamesFeature, URIRef(f"https://sws.geonames.org/{ent.geonames_id}/")))


def _sentence(ctx: _Ctx, ev: Event) -> URIRef:
    span = ev.evidence
    node = URIRef(f"{ctx.article}#char={span.begin},{span.end}")
    g = ctx.graph
    if (node, RDF.type, NKG.Sentence) not in g:
        g.add((node, RDF.type, NKG.Sentence))
        g.add((node, RDF.type, NKG.TextSpan))
        g.add((node, NKG.text, Literal(span.text)))
        g.add((node, NKG.beginIndex, Literal(span.begin)))
        g.add((node, NKG.endIndex, Literal(span.end)))
        g.add((node, NKG.inArticle, ctx.article))
    return node


def _event(ctx: _Ctx, ev: Event, confidence: dict[URIRef, float]) -> None:
    """Write one event; a second report of the same event in this article adds evidence (and
    raises the event's confidence if it is higher)."""
    g = ctx.graph
    node = event_iri(ev)
    info = event_info(ev.type)
    agent = entity_iri(ev.agent)
    target = entity_iri(ev.target) if ev.target else None
    g.add((node, NKG.evidence, _sentence(ctx, ev)))
    g.add((node, NKG.trigger, Literal(ev.trigger)))
    if node in confidence:
        confidence[node] = max(confidence[node], ev.confidence)
        return
    confidence[node] = ev.confidence
    for cls in info.ancestors:
        g.add((node, RDF.type, NKG[cls]))
    g.add((node, NKG.agent, agent))
    if target is not None:
        g.add((node, NKG.target, target))
        g.add((agent, info.edge, target))
    g.add((node, NKG.polarity, NKG.Positive if ev.polarity == "positive" else NKG.Negative))
    g.add((node, NKG.modality, {"asserted": NKG.Asserted, "hedged": NKG.Hedged,
                                "reported": NKG.Reported}[ev.modality]))
    if ev.reported_by:
        g.add((node, NKG.reportedBy, entity_iri(ev.reported_by)))
    if ev.time_text:
        g.add((node, NKG.timeText, Literal(ev.time_text)))
    if ev.date:
        g.add((node, NKG.date, Literal(ev.date, datatype=XSD.date)))
        if ev.date_precision:
            g.add((node, NKG.datePrecision, Literal(ev.date_precision)))
    if ev.place:
        g.add((node, NKG.place, entity_iri(ev.place)))
