"""The ontology as OWL: check it with HermiT (through owlready2), find terms the builder uses but
the ontology does not declare, and export it for OWL tools (Protégé).

owlready2 does not read Turtle, so ``kg.ttl`` + ``alignment.ttl`` are merged with rdflib into one
ontology and handed to it as RDF/XML in a temporary file. HermiT runs on Java: the ``java`` found
on ``PATH`` is passed to owlready2 explicitly (``owlready2.JAVA_EXE``).

OWL/XML is written by horned-owl (``py-horned-owl``), a real OWL 2 parser and writer: owlready2
saves only RDF/XML and N-Triples, and rdflib knows no OWL/XML.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rdflib import OWL, RDF, Graph, URIRef
from rdflib.namespace import SH

from .errors import QueryError, ReasonerError, ValidationSetupError
from .ontology import ontology_graph
from .resources import ontology_dir, queries_dir, rules_dir
from .vocab import NKG

__all__ = [
    "EXPORT_FORMATS",
    "ONTOLOGY_IRI",
    "OntologyReport",
    "check_ontology",
    "declared_terms",
    "export_ontology",
    "find_java",
    "merged_ontology",
    "undeclared_terms",
    "used_terms",
]

NS = str(NKG._NS)
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-builder/ontology")
_ALIGNMENT_IRI = URIRef("https://w3id.org/kg-builder/ontology/alignment")

#: format name → what writes it
EXPORT_FORMATS = {
    "turtle": "rdflib (Turtle)",
    "rdfxml": "rdflib (RDF/XML, the OWL 2 exchange syntax every OWL tool reads)",
    "owlxml": "horned-owl (OWL/XML)",
}
#: other names of those formats (file suffixes)
_ALIASES = {"ttl": "turtle", "n3": "turtle", "xml": "rdfxml", "rdf": "rdfxml",
            "rdf/xml": "rdfxml", "owl": "rdfxml", "owx": "owlxml", "owl/xml": "owlxml"}

_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
          OWL.NamedIndividual)
_PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@dataclass(slots=True)
class OntologyReport:
    """What ``kg ontology check`` found. ``ok`` means nothing to fix."""

    consistent: bool
    unsatisfiable: list[str]
    seconds: float
    undeclared: dict[str, list[str]]  # nkg: IRI → where it is used
    classes: int = 0
    object_properties: int = 0
    datatype_properties: int = 0
    annotation_properties: int = 0
    shapes: int = 0
    java: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable and not self.undeclared


def merged_ontology() -> Graph:
    """``kg.ttl`` + ``alignment.ttl`` as one OWL ontology.

    alignment.ttl has an ``owl:Ontology`` header of its own (so it can be read alone); in the
    merge it is dropped, so OWL tools see one ontology, ``https://w3id.org/kg-builder/ontology``.
    """
    merged = Graph()
    for prefix, ns in ontology_graph().namespaces():
        merged.bind(prefix, ns, override=True)
    for s, p, o in ontology_graph():
        if s != _ALIGNMENT_IRI:
            merged.add((s, p, o))
    return merged


def declared_terms() -> set[URIRef]:
    """nkg: terms that ``kg.ttl`` declares (a class, property or named individual)."""
    g = Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    return {
        s for kind in _KINDS for s in g.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def _nkg_terms(terms: Iterator[object]) -> Iterator[URIRef]:
    for term in terms:
        if isinstance(term, URIRef) and str(term).startswith(NS) and len(str(term)) > len(NS):
            yield term


def _walk(node: object) -> Iterator[object]:
    """Every value inside rdflib's SPARQL algebra (nested dicts, lists and terms)."""
    stack = [node]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        else:
            yield item
            vars_ = getattr(item, "__dict__", None)
            if isinstance(vars_, dict) and not isinstance(item, URIRef | str):
                stack.extend(vars_.values())


def _query_terms(path: Path) -> Iterator[URIRef]:
    from rdflib.plugins.sparql import prepareQuery

    text = path.read_text(encoding="utf-8")
    try:
        query = prepareQuery(text)
    except Exception as exc:  # pyparsing raises its own exception types
        raise QueryError("a named query cannot be parsed", why=str(exc), where=str(path),
                         fix="correct the SPARQL") from exc
    yield from _nkg_terms(_walk(query.algebra))


def used_terms() -> dict[URIRef, list[str]]:
    """nkg: IRIs the builder uses, each with where: the generated vocabulary, the named queries,
    the SHACL shapes and the rule files (event names in triggers.jsonl, kinds in
    organizations.jsonl)."""
    used: dict[URIRef, list[str]] = {}

    def add(term: URIRef, where: str) -> None:
        places = used.setdefault(term, [])
        if where not in places:
            places.append(where)

    for name in NKG.__annotations__:
        add(URIRef(NS + name), "kg_builder/vocab.py")
    for path in sorted(queries_dir().glob("*.rq")):
        for term in _query_terms(path):
            add(term, f"queries/{path.name}")
    shapes_path = ontology_dir() / "shapes.ttl"
    try:
        shapes = Graph().parse(shapes_path, format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise ValidationSetupError("the SHACL shapes cannot be parsed", why=str(exc),
                                   where=str(shapes_path), fix="correct the Turtle") from exc
    for term in _nkg_terms(t for triple in shapes for t in triple):
        add(term, "ontology/shapes.ttl")
    for file_name, key in (("triggers.jsonl", "event"), ("organizations.jsonl", "kind")):
        path = rules_dir() / file_name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                value = json.loads(line).get(key)
                if value:
                    add(URIRef(NS + value), f"kg_builder/rules/{file_name}:{number}")
    return used


def undeclared_terms(used: dict[URIRef, list[str]] | None = None) -> dict[str, list[str]]:
    """nkg: IRIs used by the builder (``used``, default :func:`used_terms`) that ``kg.ttl`` does
    not declare → where they are used."""
    declared = declared_terms()
    uses = used if used is not None else used_terms()
    return {str(t): places for t, places in sorted(uses.items()) if t not in declared}


def find_java() -> str:
    """The ``java`` executable HermiT will run on."""
    java = shutil.which("java")
    if java is None:
        raise ReasonerError(
            "Java was not found",
            why="HermiT, the OWL reasoner owlready2 runs, is a Java program"
                " and no 'java' is on PATH",
            fix="install a Java runtime 11 or newer ('make java' installs openjdk-17-jre-headless"
                " with apt) and make sure 'java -version' works",
        )
    return java


def _counts(report: OntologyReport) -> None:
    g = Graph().parse(ontology_dir() / "kg.ttl", format="turtle")

    def count(kind: URIRef) -> int:
        return sum(1 for s in g.subjects(RDF.type, kind) if str(s).startswith(NS))

    report.classes = count(OWL.Class)
    report.object_properties = count(OWL.ObjectProperty)
    report.datatype_properties = count(OWL.DatatypeProperty)
    report.annotation_properties = count(OWL.AnnotationProperty)
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    report.shapes = len(set(shapes.subjects(RDF.type, SH.NodeShape))
                        | set(shapes.objects(None, SH.property)))


def check_ontology() -> OntologyReport:
    """Run HermiT on kg.ttl + alignment.ttl and look for undeclared terms.

    Raises :class:`ReasonerError` if Java is missing or HermiT fails to run.
    """
    java = find_java()
    import owlready2

    owlready2.JAVA_EXE = java
    with tempfile.TemporaryDirectory(prefix="kg-owl-") as tmp:
        rdfxml = Path(tmp) / "kg-builder.owl"
        merged_ontology().serialize(rdfxml, format="xml")
        world = owlready2.World()
        try:
            world.get_ontology(rdfxml.as_uri()).load()
        except owlready2.OwlReadyError as exc:
            raise ReasonerError("owlready2 cannot load the ontology", why=str(exc),
                                where="ontology/kg.ttl + ontology/alignment.ttl",
                                fix="correct the ontology (try opening it in Protégé)") from exc
        started = time.perf_counter()
        consistent = True
        unsatisfiable: list[str] = []
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
            unsatisfiable = sorted(c.iri for c in world.inconsistent_classes())
        except owlready2.OwlReadyInconsistentOntologyError:
            consistent = False
        except owlready2.OwlReadyJavaError as exc:
            raise ReasonerError("HermiT failed", why=str(exc).strip()[-2000:],
                                fix=f"check that '{java} -version' works (Java 11 or newer)"
                                    " and that the machine has 2 GB of free memory") from exc
        seconds = time.perf_counter() - started
        world.close()
    report = OntologyReport(consistent=consistent, unsatisfiable=unsatisfiable, seconds=seconds,
                            undeclared=undeclared_terms(), java=java)
    _counts(report)
    return report


def export_ontology(out: IO[bytes], *, fmt: str) -> None:
    """Write kg.ttl + alignment.ttl as one ontology in ``fmt`` (see :data:`EXPORT_FORMATS`)."""
    from .store.serialize import format_names

    key = fmt.strip().lower()
    fmt = _ALIASES.get(key, key)
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown ontology format '{key}'",
                         fix=f"use one of {format_names(EXPORT_FORMATS, _ALIASES)}")
    merged = merged_ontology()
    if fmt == "turtle":
        out.write(merged.serialize(format="turtle", encoding="utf-8"))
        return
    rdfxml = merged.serialize(format="xml", encoding="utf-8")
    if fmt == "rdfxml":
        out.write(rdfxml)
        return
    try:
        import pyhornedowl
    except ImportError as exc:
        raise ReasonerError(
            "OWL/XML needs the py-horned-owl package",
            why="owlready2 writes only RDF/XML and N-Triples, and rdflib has no OWL/XML writer",
            fix="pip install 'py-horned-owl>=2,<3',"
                " or export --format rdfxml (Protégé opens it too)",
        ) from exc
    with tempfile.TemporaryDirectory(prefix="kg-owl-") as tmp:
        src, dst = Path(tmp) / "kg-builder.owl", Path(tmp) / "kg-builder.owx"
        src.write_bytes(rdfxml)
        try:
            onto = pyhornedowl.open_ontology_from_file(str(src), "rdf")
            onto.save_to_file(str(dst), "owx")
        except Exception as exc:  # horned-owl raises plain ValueError/IOError from Rust
            raise ReasonerError("horned-owl cannot convert the ontology to OWL/XML",
                                why=str(exc), fix="export --format rdfxml instead") from exc
        out.write(dst.read_bytes())
