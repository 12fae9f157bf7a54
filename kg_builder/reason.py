"""Materialise what the ontology implies for the stored data, so plain SPARQL sees it.

``kg reason`` writes, for each article graph ``…/graph/article/{id}``, a parallel graph
``…/graph/inferred/{id}`` holding what the ontology adds to that article's triples and only that:

- super-class types: ``?x a nkg:Person`` → ``?x a foaf:Person, schema:Person, prov:Agent …``;
- super-properties: ``?x nkg:accused ?y`` → ``nkg:disapprovedOf``, ``nkg:actedHostileTowards``,
  ``nkg:actedOn``; ``nkg:memberOf`` → ``org:memberOf``, ``schema:memberOf`` …;
- inverses (``owl:inverseOf``) and symmetric properties (``nkg:met``).

The rules are SPARQL UPDATE ``INSERT … WHERE`` statements generated from the ontology's axioms.
The hierarchy is closed beforehand (sub-class/sub-property chains, inverses and symmetry folded
into one table of (property, implied property, reversed?)), so one pass reaches the fixpoint.
Each rule reads one article graph and writes that article's inferred graph, so every article
stays self-contained: ``kg remove`` and a rebuild drop the inferred graph with the article.

Not inferred on purpose: types from ``rdfs:domain``/``rdfs:range`` (the builder types every node
itself and SHACL checks it; a range axiom would type a wrong node instead of exposing it), and
anything needing a DL reasoner (disjointness, ``owl:oneOf``) — ``kg ontology check`` runs HermiT
on the ontology for that.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from .ontology import ontology_graph
from .rdf import article_graph_iri, inferred_graph_iri
from .store import Store

__all__ = [
    "ReasonReport",
    "Rules",
    "reason_store",
    "rules_from_ontology",
    "update_request",
    "update_template",
]


@dataclass(frozen=True, slots=True)
class Rules:
    """The closed hierarchy: (class, implied super-class) and (property, implied, reversed)."""

    types: tuple[tuple[URIRef, URIRef], ...]
    properties: tuple[tuple[URIRef, URIRef, bool], ...]


@dataclass(frozen=True, slots=True)
class ReasonReport:
    articles: int
    inferred: int  # triples in the inferred graphs after the run
    seconds: float


def _named(nodes: object) -> list[URIRef]:
    return [n for n in nodes if isinstance(n, URIRef)]  # type: ignore[union-attr]


def rules_from_ontology(g: Graph) -> Rules:
    """Close the class and property hierarchies of ``g`` into rule tables."""
    supers: dict[URIRef, set[URIRef]] = {}
    for sub, sup in g.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef) and sub != sup:
            supers.setdefault(sub, set()).add(sup)
    for a, b in g.subject_objects(OWL.equivalentClass):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            supers.setdefault(a, set()).add(b)
            supers.setdefault(b, set()).add(a)
    types: set[tuple[URIRef, URIRef]] = set()
    for cls in supers:
        seen: set[URIRef] = set()
        stack = list(supers[cls])
        while stack:
            sup = stack.pop()
            if sup in seen or sup == cls:
                continue
            seen.add(sup)
            stack.extend(supers.get(sup, ()))
        types.update((cls, sup) for sup in seen)

    # property → [(implied property, reversed?)], one step
    steps: dict[URIRef, set[tuple[URIRef, bool]]] = {}
    for sub, sup in g.subject_objects(RDFS.subPropertyOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef) and sub != sup:
            steps.setdefault(sub, set()).add((sup, False))
    for a, b in g.subject_objects(OWL.equivalentProperty):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            steps.setdefault(a, set()).add((b, False))
            steps.setdefault(b, set()).add((a, False))
    for a, b in g.subject_objects(OWL.inverseOf):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            steps.setdefault(a, set()).add((b, True))
            steps.setdefault(b, set()).add((a, True))
    for p in _named(g.subjects(RDF.type, OWL.SymmetricProperty)):
        steps.setdefault(p, set()).add((p, True))
    properties: set[tuple[URIRef, URIRef, bool]] = set()
    for prop in steps:
        seen_p: set[tuple[URIRef, bool]] = set()
        stack_p = [(q, rev) for q, rev in steps[prop]]
        while stack_p:
            q, rev = stack_p.pop()
            if (q, rev) in seen_p or (q, rev) == (prop, False):
                continue
            seen_p.add((q, rev))
            stack_p.extend((r, rev != r_rev) for r, r_rev in steps.get(q, ()))
        properties.update((prop, q, rev) for q, rev in seen_p)
    return Rules(types=tuple(sorted(types)), properties=tuple(sorted(properties)))


_PROLOGUE = """PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""

# ?g: one article graph; ?inf: its inferred graph. GRAPHS is replaced by their IRIs.
_ARTICLE = "VALUES (?g ?inf) { GRAPHS }"

_TYPES = """INSERT {{ GRAPH ?inf {{ ?x a ?super }} }}
WHERE {{
  {article}
  VALUES (?class ?super) {{
{values}
  }}
  GRAPH ?g {{ ?x a ?class }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?x a ?super }} }}
}}"""

_PROPERTIES = """INSERT {{ GRAPH ?inf {{ {head} }} }}
WHERE {{
  {article}
  VALUES (?p ?implied) {{
{values}
  }}
  GRAPH ?g {{ ?x ?p ?y }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ {head} }} }}
}}"""


def _values(pairs: list[tuple[URIRef, URIRef]]) -> str:
    return "\n".join(f"    ({a.n3()} {b.n3()})" for a, b in pairs)


def update_template(rules: Rules) -> str:
    """The SPARQL UPDATE request for one article: drop its inferred graph, run each rule once.

    ``DROP SILENT GRAPH INFERRED`` and ``VALUES (?g ?inf) { GRAPHS }`` are filled in per article
    by :func:`update_request`. The terms in the VALUES tables come from the ontology.
    """
    parts = ["DROP SILENT GRAPH INFERRED"]
    if rules.types:
        parts.append(_TYPES.format(values=_values(list(rules.types)), article=_ARTICLE))
    for reverse, head in ((False, "?x ?implied ?y"), (True, "?y ?implied ?x")):
        pairs = [(p, q) for p, q, rev in rules.properties if rev == reverse]
        if pairs:
            parts.append(_PROPERTIES.format(head=head, values=_values(pairs), article=_ARTICLE))
    return _PROLOGUE + " ;\n".join(parts)


def update_request(template: str, article_id: str) -> str:
    """The request of :func:`update_template` for one article. Its graph IRIs are built by
    :mod:`kg_builder.rdf` (percent-encoded, so they cannot end the IRI or the request)."""
    graph, inferred = article_graph_iri(article_id).n3(), inferred_graph_iri(article_id).n3()
    return (template.replace("DROP SILENT GRAPH INFERRED", f"DROP SILENT GRAPH {inferred}")
            .replace("{ GRAPHS }", f"{{ ({graph} {inferred}) }}"))


@cache
def _default_template() -> str:
    return update_template(rules_from_ontology(ontology_graph()))


_ARTICLES = """PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
SELECT ?id WHERE {
  GRAPH ?g {
    ?g a nkg:ArticleGraph ; nkg:describesArticle ?a .
    ?a <http://purl.org/dc/terms/identifier> ?id
  }
} ORDER BY ?id"""

_COUNT = "SELECT ?inf (COUNT(*) AS ?n) WHERE { GRAPH ?inf { ?s ?p ?o } } GROUP BY ?inf"


def reason_store(store: Store, *, article_ids: Iterable[str] | None = None) -> ReasonReport:
    """Recompute the inferred graph of every article (or of ``article_ids``); running it again
    changes nothing. Quarantined articles have no article graph and get no inferred graph.

    One request, hence one transaction, per article: the work grows linearly with the number of
    articles, and an interrupted run leaves each article fully reasoned or not at all. (One
    request for the whole store grew faster than the data: on disk every read inside a large
    transaction merges its pending writes.)
    """
    ids = list(article_ids) if article_ids is not None else [
        str(row[0]) for row in store.query(_ARTICLES).rows]
    template = _default_template()
    started = time.perf_counter()
    for article_id in ids:
        store.update(update_request(template, article_id))
    seconds = time.perf_counter() - started
    inferred = 0
    for article_id in ids:
        rows = store.query(_COUNT, bindings={"inf": inferred_graph_iri(article_id)}).rows
        inferred += int(rows[0][1] or 0) if rows else 0
    return ReasonReport(articles=len(ids), inferred=inferred, seconds=seconds)
