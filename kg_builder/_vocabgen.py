"""Generate ``kg_builder/vocab.py`` (the ``NKG`` DefinedNamespace) from ``ontology/kg.ttl``.

Run ``python -m kg_builder._vocabgen`` after changing the ontology; a test checks the two agree.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, Graph, URIRef

from .resources import ontology_dir

NS = "https://w3id.org/kg-builder/ontology#"
_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
          OWL.NamedIndividual)


def ontology_terms() -> list[str]:
    g = Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    names = {
        str(s)[len(NS):]
        for kind in _KINDS
        for s in g.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }
    return sorted(n for n in names if n)


def render() -> str:
    lines = [
        '"""Terms of the kg_builder ontology. GENERATED from ontology/kg.ttl by',
        "``python -m kg_builder._vocabgen`` — do not edit by hand; a typo raises AttributeError.",
        '"""',
        "",
        "from rdflib import URIRef",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "",
        '__all__ = ["NKG"]',
        "",
        "",
        "class NKG(DefinedNamespace):",
        "    _fail = True",
        f'    _NS = Namespace("{NS}")',
        "",
    ]
    lines += [f"    {name}: URIRef" for name in ontology_terms()]
    return "\n".join(lines) + "\n"


def main() -> None:
    target = Path(__file__).with_name("vocab.py")
    target.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
