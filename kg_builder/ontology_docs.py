"""The ontology reference page (Markdown), generated from ``ontology/kg.ttl`` + ``alignment.ttl``.

Nothing here is written twice: labels, definitions, PLOVER/CAMEO codes, direct edges,
super-classes and alignments are all read from the Turtle. ``docs/ontology.md`` is this output,
committed so it reads on GitHub; a test fails when it is out of date (``make docs`` rewrites it).
"""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.term import Node

from .ontology import ontology_graph
from .vocab import NKG

__all__ = ["render_markdown"]

NS = str(NKG._NS)
_PREFIXES = {
    NS: "nkg:",
    "https://schema.org/": "schema:",
    "http://xmlns.com/foaf/0.1/": "foaf:",
    "http://www.w3.org/ns/org#": "org:",
    "http://semanticweb.cs.vu.nl/2009/11/sem/": "sem:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#": "nif:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
}
_SECTIONS = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Annotation properties", OWL.AnnotationProperty),
    ("Named individuals", OWL.NamedIndividual),
)


def _short(term: Node, g: Graph) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        for ns, prefix in _PREFIXES.items():
            if text.startswith(ns):
                local = text[len(ns):]
                if prefix == "nkg:":
                    return f"[`nkg:{local}`](#nkg-{local})"
                return f"`{prefix}{local}`"
        return f"<{text}>"
    members = g.value(term, OWL.unionOf)
    if members is not None:
        return " or ".join(_short(m, g) for m in g.items(members))
    return "(anonymous)"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _nkg(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(s for s in g.subjects(RDF.type, kind)
                  if isinstance(s, URIRef) and str(s).startswith(NS))


def _entry(term: URIRef, g: Graph) -> list[str]:
    local = str(term)[len(NS):]
    label = g.value(term, RDFS.label)
    lines = [f'<a id="nkg-{local}"></a>', "", f"### nkg:{local}", "", f"{label or ''}", ""]
    definition = g.value(term, SKOS.definition)
    if definition:
        lines += [_cell(str(definition)), ""]
    rows: list[tuple[str, str]] = []

    def ours(values: list[Node]) -> list[Node]:
        return [v for v in values if not isinstance(v, URIRef) or str(v).startswith(NS)]

    def theirs(values: list[Node]) -> list[Node]:
        return [v for v in values if isinstance(v, URIRef) and not str(v).startswith(NS)]

    if (plover := g.value(term, NKG.ploverCategory)) is not None:
        rows.append(("PLOVER category", f"`{plover}`"))
    if cameo := sorted(str(c) for c in g.objects(term, NKG.cameoCode)):
        rows.append(("CAMEO codes", ", ".join(f"`{c}`" for c in cameo)))
    if (edge := g.value(term, NKG.directEdge)) is not None:
        rows.append(("direct edge", _short(edge, g)))
    for predicate, name in ((RDFS.subClassOf, "super-classes"),
                            (RDFS.subPropertyOf, "super-properties")):
        values = sorted(g.objects(term, predicate), key=str)
        if found := ours(values):
            rows.append((name, ", ".join(_short(v, g) for v in found)))
    alignments = [
        *(f"⊑ {_short(v, g)}" for v in theirs(sorted(g.objects(term, RDFS.subClassOf), key=str))),
        *(f"⊑ {_short(v, g)}"
          for v in theirs(sorted(g.objects(term, RDFS.subPropertyOf), key=str))),
        *(f"≡ {_short(v, g)}" for v in sorted(g.objects(term, OWL.equivalentClass), key=str)),
        *(f"inverse of {_short(v, g)}" for v in sorted(g.objects(term, OWL.inverseOf), key=str)),
    ]
    if alignments:
        rows.append(("alignments", ", ".join(alignments)))
    subclasses = sorted(s for s in g.subjects(RDFS.subClassOf, term) if str(s).startswith(NS))
    if subclasses:
        rows.append(("sub-classes", ", ".join(_short(s, g) for s in subclasses)))
    for predicate, name in ((RDFS.domain, "domain"), (RDFS.range, "range")):
        if (value := g.value(term, predicate)) is not None:
            rows.append((name, _short(value, g)))
    traits = [str(t)[len(str(OWL)):] for t in sorted(g.objects(term, RDF.type), key=str)
              if t in (OWL.SymmetricProperty, OWL.FunctionalProperty, OWL.TransitiveProperty)]
    if traits:
        rows.append(("characteristics", ", ".join(traits)))
    types = [t for t in g.objects(term, RDF.type) if str(t).startswith(NS)]
    if types:
        rows.append(("instance of", ", ".join(_short(t, g) for t in sorted(types))))
    if rows:
        lines += ["| | |", "|---|---|", *(f"| {k} | {_cell(v)} |" for k, v in rows), ""]
    return lines


def render_markdown(graph: Graph | None = None) -> str:
    """The reference page for every class, property and individual of the ontology."""
    g = graph if graph is not None else ontology_graph()
    onto = URIRef(NS.rstrip("#"))
    title = g.value(onto, URIRef("http://purl.org/dc/terms/title")) or "kg_builder ontology"
    version = g.value(onto, OWL.versionInfo)
    lines = [
        f"# {title}",
        "",
        "<!-- GENERATED by `kg ontology docs -o docs/ontology.md` (make docs) from"
        " ontology/kg.ttl and ontology/alignment.ttl."
        " Do not edit; a test checks it is current. -->",
        "",
        f"Namespace `{NS}` (prefix `nkg:`), version {version}.",
        "",
        _cell(str(g.value(onto, URIRef("http://purl.org/dc/terms/description")) or "")),
        "",
        "Alignments: ⊑ is rdfs:subClassOf / rdfs:subPropertyOf to an external vocabulary "
        "(schema.org, FOAF, W3C ORG, SEM, PROV-O, NIF); `kg reason` materialises them.",
        "",
        "## Contents",
        "",
    ]
    sections = [(name, _nkg(g, kind)) for name, kind in _SECTIONS]
    for name, terms in sections:
        if terms:
            lines.append(f"- {name} ({len(terms)}): "
                         + ", ".join(_short(t, g) for t in terms))
    lines.append("")
    for name, terms in sections:
        if not terms:
            continue
        lines += [f"## {name}", ""]
        for term in terms:
            lines += _entry(term, g)
    return "\n".join(lines).rstrip() + "\n"
