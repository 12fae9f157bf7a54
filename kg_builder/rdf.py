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

from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import SDO
from rdflib.term import Node

from .fields import iso_date, web_iri, xml_safe
from .model import MERGE_RULES, PLACE_KINDS, Entity, Event, Extraction
from .ontology import class_ancestors, event_info
from .prefixes import BASE, ID, WIKIDATA
from .vocab import NKG

__all__ = [
    "ARTICLE_GRAPH",
    "BASE",
    "GEONAMES",
    "INFERRED_GRAPH",
    "ONTOLOGY_GRAPH",
    "QUARANTINE_GRAPH",
    "WIKIDATA",
    "NamedTriples",
    "Triple",
    "article_graph_iri",
    "article_iri",
    "entity_iri",
    "event_iri",
    "inferred_graph_iri",
    "merge_iri",
    "to_graph",
    "to_triples",
]

Triple = tuple[Node, Node, Node]

ARTICLE_GRAPH = BASE + "graph/article/"
QUARANTINE_GRAPH = BASE + "graph/quarantine/"
INFERRED_GRAPH = BASE + "graph/inferred/"  # what `kg reason` derives from an article graph
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
#: where owl:sameAs links point: Wikidata entities (WIKIDATA) and GeoNames features
GEONAMES = "https://sws.geonames.org/"
_SAFE = "-._~"  # unreserved characters; everything else is percent-encoded


def _part(text: str) -> str:
    """``text`` as one path segment: percent-encoded, and a trailing dot (every dot of ``.``,
    ``..``, ``...``) encoded too, so every parser reads the IRI back as it was written."""
    part = quote(text, safe=_SAFE)
    if part.endswith("."):
        # "." and ".." are dot-segments, which IRI resolution removes; a Turtle name ending in
        # "\." (kgr:article\/a\.) is valid, but rdflib cannot read it: encode such dots
        part = "%2E" * len(part) if part.strip(".") == "" else part[:-1] + "%2E"
    return part


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
    return Literal(xml_safe(text), lang="en")


def _text(text: str) -> Literal:
    """A plain string literal, with what XML 1.0 cannot hold as spaces (:func:`xml_safe`)."""
    return Literal(xml_safe(text))


def _decimal(value: float) -> Literal:
    """``value`` to three places as an ``xsd:decimal`` in its canonical form (``1``, ``0.8``:
    no trailing zeros), the form a store keeps."""
    number = (Decimal(str(round(value, 3))) + 0).normalize()
    return Literal(format(number, "f"), datatype=XSD.decimal, normalize=False)


def _date_literal(value: str) -> Literal | None:
    """An ``xsd:date`` or ``xsd:dateTime``, or ``None`` for what is neither (the reader has
    dropped such a date with a warning)."""
    try:
        lexical, kind = iso_date(value)
    except ValueError:
        return None
    # as written: rdflib would turn the canonical "…Z" into "…+00:00"
    return Literal(lexical, datatype=XSD.date if kind == "date" else XSD.dateTime,
                   normalize=False)


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
    g.add((a, DCTERMS.identifier, _text(art.id)))
    g.add((a, NKG.contentHash, Literal(art.content_hash)))
    g.add((a, NKG.wordCount, Literal(extraction.words)))
    if art.title:
        g.add((a, DCTERMS.title, _lang(art.title)))
    if art.url:
        g.add((a, SDO.url, URIRef(web_iri(art.url))))  # a bad url raises: the article fails
    if art.published and (issued := _date_literal(art.published)) is not None:
        g.add((a, DCTERMS.issued, issued))
    for ent in extraction.entities:
        _entity(g, ent, a)
    for fact in extraction.facts:
        g.add((entity_iri(fact.subject), NKG[fact.relation], entity_iri(fact.object)))
    confidence: dict[URIRef, float] = {}  # event → the highest confidence it is reported with
    for ev in extraction.events:
        _event(_Ctx(g, a), ev, confidence)
    for node, value in confidence.items():
        g.add((node, NKG.confidence, _decimal(value)))
    return NamedTriples(identifier, tuple(g))


def merge_iri(article: URIRef, key: str, name: str) -> URIRef:
    """The record of how ``name`` was joined to entity ``key`` in this article: a fragment of
    the article's IRI (it belongs to the article, as its sentences do)."""
    digest = hashlib.sha1(f"{key}\x1f{name}".encode("utf-8", "surrogatepass")).hexdigest()
    return URIRef(f"{article}#merge-{digest[:16]}")


def _entity(g: _Triples, ent: Entity, article: URIRef) -> None:
    node = entity_iri(ent.key)
    for cls in class_ancestors(ent.kind):
        g.add((node, RDF.type, NKG[cls]))
    g.add((node, RDFS.label, _lang(ent.label)))
    rules = dict(ent.merges)
    for alias in ent.aliases:
        if alias != ent.label:
            g.add((node, SKOS.altLabel, _lang(alias)))
            if alias in rules:
                merge = merge_iri(article, ent.key, alias)
                g.add((node, NKG.nameMerge, merge))
                g.add((merge, RDF.type, NKG.NameMerge))
                g.add((merge, NKG.mergedName, _lang(alias)))
                g.add((merge, NKG.mergeRule, NKG[MERGE_RULES[rules[alias]]]))
    if ent.kind == "Person":
        for pos in ent.positions:
            g.add((node, NKG.position, _lang(pos)))
    if ent.wikidata:
        g.add((node, OWL.sameAs, URIRef(f"{WIKIDATA}{ent.wikidata}")))
    if ent.kind == "State" and ent.iso2:
        g.add((node, NKG.isoCode, Literal(ent.iso2)))
    if ent.geonames_id and (ent.kind == "State" or ent.kind in PLACE_KINDS):
        feature = URIRef(f"{GEONAMES}{ent.geonames_id}/")
        g.add((node, NKG.geonamesFeature, feature))
        if ent.kind in PLACE_KINDS:
            # A place is its GeoNames feature; a state (an agent) only has one as its territory.
            g.add((node, OWL.sameAs, feature))


def _sentence(ctx: _Ctx, ev: Event) -> URIRef:
    span = ev.evidence
    node = URIRef(f"{ctx.article}#char={span.begin},{span.end}")
    g = ctx.graph
    if (node, RDF.type, NKG.Sentence) not in g:
        g.add((node, RDF.type, NKG.Sentence))
        g.add((node, RDF.type, NKG.TextSpan))
        g.add((node, NKG.text, _text(span.text)))
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
    g.add((node, NKG.trigger, _text(ev.trigger)))
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
        g.add((node, NKG.timeText, _text(ev.time_text)))
    if ev.date:
        g.add((node, NKG.date, Literal(ev.date, datatype=XSD.date)))
        if ev.date_precision:
            g.add((node, NKG.datePrecision, Literal(ev.date_precision)))
    if ev.place:
        g.add((node, NKG.place, entity_iri(ev.place)))
