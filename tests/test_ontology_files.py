"""Checks of the ontology files in ontology/: kg.ttl, alignment.ttl and shapes.ttl.

- all three parse;
- every nkg: term is labelled and defined in English;
- every event class carries the annotations the builder reads (PLOVER category, CAMEO codes,
  direct edge), and the shapes agree with the taxonomy;
- HermiT finds kg.ttl + alignment.ttl consistent with no unsatisfiable class (slow: runs Java);
- the SHACL shapes accept a hand-written article graph that follows docs/data-model.md and
  reject one broken copy per constraint family with the expected sh:message.

SHACL is run the way kg_builder validates: the ontology's rdfs:subClassOf triples merged into the
data graph, inference="none".
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SKOS

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
KG_TTL = ONTOLOGY_DIR / "kg.ttl"
ALIGNMENT_TTL = ONTOLOGY_DIR / "alignment.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"

NKG = Namespace("https://w3id.org/kg-builder/ontology#")
NKGSH = Namespace("https://w3id.org/kg-builder/shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PLOVER_CATEGORIES = {
    "Agreement": "AGREE",
    "Consultation": "CONSULT",
    "Support": "SUPPORT",
    "Cooperation": "COOPERATE",
    "Aid": "AID",
    "Concession": "CONCEDE",
    "Retreat": "RETREAT",
    "Investigation": "INVESTIGATE",
    "Demand": "DEMAND",
    "Disapproval": "DISAPPROVE",
    "Rejection": "REJECT",
    "Threat": "THREATEN",
    "Protest": "PROTEST",
    "Mobilization": "MOBILIZE",
    "Sanction": "SANCTION",
    "Coercion": "COERCE",
    "Assault": "ASSAULT",
    "Fight": "FIGHT",
}


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kg() -> Graph:
    return Graph().parse(KG_TTL)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL)


def nkg_terms(graph: Graph) -> set[URIRef]:
    """Every nkg: IRI used anywhere in the graph."""
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(str(NKG))
    }


def event_classes(kg: Graph) -> set[URIRef]:
    """All classes below nkg:Event (not nkg:Event itself)."""
    return set(kg.transitive_subjects(RDFS.subClassOf, NKG.Event)) - {NKG.Event}


def with_subclass_triples(data: Graph, kg: Graph) -> Graph:
    """The data graph plus the ontology's rdfs:subClassOf triples, as kg_builder validates."""
    merged = Graph()
    for triple in data:
        merged.add(triple)
    for triple in kg.triples((None, RDFS.subClassOf, None)):
        merged.add(triple)
    return merged


def shacl_messages(data: Graph, kg: Graph, shapes: Graph) -> tuple[bool, set[str]]:
    conforms, report, _ = validate(
        with_subclass_triples(data, kg),
        shacl_graph=shapes,
        inference="none",
        advanced=False,
    )
    messages = {str(m) for m in report.objects(None, SH.resultMessage)}
    return conforms, messages


# --------------------------------------------------------------------------------------------
# (a) parsing
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [KG_TTL, ALIGNMENT_TTL, SHAPES_TTL], ids=lambda p: p.name)
def test_turtle_parses(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 0


# --------------------------------------------------------------------------------------------
# (b) labels and definitions
# --------------------------------------------------------------------------------------------


def test_every_nkg_term_has_english_label_and_definition(kg: Graph) -> None:
    subjects = {s for s in kg.subjects() if isinstance(s, URIRef) and str(s).startswith(str(NKG))}
    assert len(subjects) > 100
    missing = []
    for term in sorted(subjects):
        labels = [o for o in kg.objects(term, RDFS.label) if getattr(o, "language", None) == "en"]
        definitions = [
            o for o in kg.objects(term, SKOS.definition) if getattr(o, "language", None) == "en"
        ]
        if len(labels) != 1 or len(definitions) != 1:
            missing.append(term.n3(kg.namespace_manager))
    assert not missing, f"terms without exactly one rdfs:label@en and skos:definition@en: {missing}"


@pytest.mark.parametrize("path", [ALIGNMENT_TTL, SHAPES_TTL], ids=lambda p: p.name)
def test_other_files_use_only_declared_nkg_terms(kg: Graph, path: Path) -> None:
    """A typo in alignment.ttl or shapes.ttl (nkg:Agnet) would otherwise pass silently."""
    declared = {s for s in kg.subjects(RDF.type, None) if str(s).startswith(str(NKG))}
    undeclared = nkg_terms(Graph().parse(path)) - declared
    assert not undeclared, sorted(undeclared)


def test_ontology_header(kg: Graph) -> None:
    onto = URIRef("https://w3id.org/kg-builder/ontology")
    assert (onto, RDF.type, OWL.Ontology) in kg
    assert (onto, OWL.versionIRI, URIRef("https://w3id.org/kg-builder/ontology/0.1.0")) in kg
    assert (onto, OWL.versionInfo, Literal("0.1.0")) in kg
    assert (
        onto,
        URIRef("http://purl.org/dc/terms/license"),
        URIRef("https://spdx.org/licenses/MIT"),
    ) in kg


# --------------------------------------------------------------------------------------------
# (c) event taxonomy annotations
# --------------------------------------------------------------------------------------------


def test_plover_category_classes(kg: Graph) -> None:
    categories = set(kg.subjects(RDFS.subClassOf, NKG.Event))
    assert categories == {NKG[name] for name in PLOVER_CATEGORIES}
    for name, plover in PLOVER_CATEGORIES.items():
        assert kg.value(NKG[name], NKG.ploverCategory) == Literal(plover), name


def test_event_classes_carry_builder_annotations(kg: Graph) -> None:
    classes = event_classes(kg)
    assert len(classes) == 18 + 17  # PLOVER categories + finer classes
    object_properties = set(kg.subjects(RDF.type, OWL.ObjectProperty))
    edges = set(kg.transitive_subjects(RDFS.subPropertyOf, NKG.actedOn))
    for cls in classes:
        name = cls.n3(kg.namespace_manager)
        categories = list(kg.objects(cls, NKG.ploverCategory))
        assert len(categories) == 1, name
        assert isinstance(categories[0], Literal) and categories[0].datatype is None, name
        assert categories[0].language is None, name
        codes = list(kg.objects(cls, NKG.cameoCode))
        assert codes, name
        for code in codes:
            assert isinstance(code, Literal) and code.datatype is None and code.language is None
            assert re.fullmatch(r"[0-2][0-9]{1,3}", str(code)), (name, code)
        direct_edges = list(kg.objects(cls, NKG.directEdge))
        assert len(direct_edges) == 1, name
        assert direct_edges[0] in object_properties, name
        assert direct_edges[0] in edges, f"{name}: direct edge is not below nkg:actedOn"


def test_finer_classes_repeat_their_category(kg: Graph) -> None:
    categories = set(kg.subjects(RDFS.subClassOf, NKG.Event))
    for cls in event_classes(kg) - categories:
        ancestors = set(kg.transitive_objects(cls, RDFS.subClassOf))
        (category,) = ancestors & categories
        assert kg.value(cls, NKG.ploverCategory) == kg.value(category, NKG.ploverCategory), cls


def test_direct_edges_follow_the_class_hierarchy(kg: Graph) -> None:
    """A finer class's edge is a sub-property of its parent's edge (accused ⊂ disapprovedOf)."""
    for cls in event_classes(kg):
        parent = kg.value(cls, RDFS.subClassOf)
        if parent == NKG.Event:
            continue
        edge, parent_edge = kg.value(cls, NKG.directEdge), kg.value(parent, NKG.directEdge)
        assert edge == parent_edge or parent_edge in set(
            kg.transitive_objects(edge, RDFS.subPropertyOf)
        ), (cls, edge, parent_edge)


def test_shapes_agree_with_taxonomy(kg: Graph, shapes: Graph) -> None:
    # each PLOVER category class closes the types its events may have (nkg:Event, itself, its
    # finer classes), and each finer class requires its category among the types
    def checks(target: object, constraint: object) -> list[object]:
        return [value for shape in shapes.subjects(SH.targetClass, target)
                for prop in shapes.objects(shape, SH.property)
                if shapes.value(prop, SH.path) == RDF.type
                for value in shapes.objects(prop, constraint)]

    for category in kg.subjects(RDFS.subClassOf, NKG.Event):
        finer = set(kg.transitive_subjects(RDFS.subClassOf, category)) - {category}
        lists = [set(Collection(shapes, lst)) for lst in checks(category, SH["in"])]
        assert lists == [{NKG.Event, category} | finer], category
        for cls in finer:
            assert checks(cls, SH.hasValue) == [category], cls
    # an agent's types are closed to nkg:Agent and its subclasses
    agent_classes = set(kg.transitive_subjects(RDFS.subClassOf, NKG.Agent))
    assert [set(Collection(shapes, lst)) for lst in checks(NKG.Agent, SH["in"])] == [agent_classes]
    assert len(agent_classes) > 5
    # the edge shape targets every direct edge and every fact between agents
    edges = set(kg.transitive_subjects(RDFS.subPropertyOf, NKG.actedOn))
    facts = set(kg.transitive_subjects(RDFS.subPropertyOf, NKG.affiliatedWith))
    targeted = set(shapes.objects(NKGSH.AgentEdgeSubjectShape, SH.targetSubjectsOf))
    assert edges | facts | {NKG.founderOf, NKG.nationality, NKG.basedIn} == targeted
    assert edges <= set(shapes.objects(NKGSH.AgentEdgeObjectShape, SH.targetObjectsOf))


# --------------------------------------------------------------------------------------------
# (d) OWL reasoning with HermiT
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_hermit_finds_ontology_consistent(tmp_path: Path) -> None:
    owlready2 = pytest.importorskip("owlready2")
    java = shutil.which("java")
    if java is None:
        pytest.skip("no java on PATH")
    owlready2.JAVA_EXE = java

    merged = Graph()
    merged.parse(KG_TTL)
    merged.parse(ALIGNMENT_TTL)
    rdfxml = tmp_path / "kg-builder.owl"  # owlready2 does not read Turtle
    merged.serialize(rdfxml, format="xml")

    world = owlready2.World()
    onto = world.get_ontology(rdfxml.as_uri()).load()
    assert onto.search_one(iri=str(NKG.Accusation)) is not None
    started = time.perf_counter()
    # raises OwlReadyInconsistentOntologyError if the ontology is inconsistent
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    elapsed = time.perf_counter() - started
    assert list(world.inconsistent_classes()) == []
    print(f"HermiT: {elapsed:.2f} s")


# --------------------------------------------------------------------------------------------
# (e) SHACL
# --------------------------------------------------------------------------------------------

PREFIXES = """\
@prefix nkg:     <https://w3id.org/kg-builder/ontology#> .
@prefix article: <https://w3id.org/kg-builder/id/article/> .
@prefix state:   <https://w3id.org/kg-builder/id/state/> .
@prefix person:  <https://w3id.org/kg-builder/id/person/> .
@prefix company: <https://w3id.org/kg-builder/id/company/> .
@prefix place:   <https://w3id.org/kg-builder/id/place/> .
@prefix group:   <https://w3id.org/kg-builder/id/group/seed/> .
@prefix event:   <https://w3id.org/kg-builder/id/event/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema:  <https://schema.org/> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
"""

SENTENCE = "<https://w3id.org/kg-builder/id/article/seed#char=2140,2320>"
EVENT = "event:3f2a"

# One article graph as docs/data-model.md describes it (the triples of the named graph).
VALID_ARTICLE = (
    PREFIXES
    + f"""
<https://w3id.org/kg-builder/graph/article/seed> a nkg:ArticleGraph ;
    nkg:describesArticle article:seed .

article:seed a nkg:Article ;
    dcterms:identifier "seed" ;
    dcterms:title "Former Kremlin adviser: Moscow and Minsk are drifting apart"@en ;
    schema:url <https://example.org/a> ;
    dcterms:issued "2020-06-20"^^xsd:date ;
    nkg:contentHash "sha256:{"ab" * 32}" ;
    nkg:wordCount 1038 .

state:BLR a nkg:State, nkg:Agent ;
    rdfs:label "Belarus"@en ;
    nkg:isoCode "BY" ;
    nkg:geonamesFeature <https://sws.geonames.org/630336/> .

state:RUS a nkg:State, nkg:Agent ;
    rdfs:label "Russia"@en ;
    skos:altLabel "Moscow"@en, "the Kremlin"@en ;
    nkg:isoCode "RU" ;
    nkg:geonamesFeature <https://sws.geonames.org/2017370/> .

person:lukashenko a nkg:Person, nkg:Agent ;
    rdfs:label "Lukashenko"@en ;
    skos:altLabel "he"@en ;
    nkg:position "President"@en ;
    nkg:leaderOf state:BLR ;
    nkg:nationality state:BLR ;
    nkg:affiliatedWith state:BLR .

person:pavlovsky a nkg:Person, nkg:Agent ;
    rdfs:label "Gleb Pavlovsky"@en .

company:gazprom a nkg:Company, nkg:Organization, nkg:Agent ;
    rdfs:label "Gazprom"@en ;
    nkg:basedIn place:moscow .

company:belgazprombank a nkg:Company, nkg:Organization, nkg:Agent ;
    rdfs:label "Belgazprombank"@en ;
    nkg:subsidiaryOf company:gazprom ;
    nkg:basedIn state:BLR .

place:moscow a nkg:City, nkg:Place ;
    rdfs:label "Moscow"@en ;
    nkg:geonamesFeature <https://sws.geonames.org/524901/> .

group:critics a nkg:Group, nkg:Agent ;
    rdfs:label "critics"@en .

{EVENT} a nkg:Accusation, nkg:Disapproval, nkg:Event ;
    nkg:agent person:lukashenko ;
    nkg:target state:RUS ;
    nkg:evidence {SENTENCE} ;
    nkg:trigger "accused" ;
    nkg:polarity nkg:Positive ;
    nkg:modality nkg:Reported ;
    nkg:reportedBy person:pavlovsky ;
    nkg:timeText "in February" ;
    nkg:date "2020-02-01"^^xsd:date ;
    nkg:datePrecision "month" ;
    nkg:place state:BLR ;
    nkg:confidence "0.9"^^xsd:decimal .

event:9c1d a nkg:Criticism, nkg:Disapproval, nkg:Event ;
    nkg:agent group:critics ;
    nkg:target person:lukashenko ;
    nkg:evidence {SENTENCE} ;
    nkg:trigger "criticised" ;
    nkg:place place:moscow ;
    nkg:confidence 0.75 .

{SENTENCE} a nkg:Sentence ;
    nkg:text "At the time, Lukashenko publicly accused Moscow of trying to swallow Belarus." ;
    nkg:beginIndex 2140 ;
    nkg:endIndex 2320 ;
    nkg:inArticle article:seed .

person:lukashenko nkg:accused state:RUS .
group:critics nkg:criticized person:lukashenko .
"""
)


def article_graph() -> Graph:
    return Graph().parse(data=VALID_ARTICLE, format="turtle")


def test_valid_article_graph_conforms(kg: Graph, shapes: Graph) -> None:
    conforms, messages = shacl_messages(article_graph(), kg, shapes)
    assert conforms, messages


def test_quarantine_graph_shape(kg: Graph, shapes: Graph) -> None:
    quarantine = Graph().parse(
        data=PREFIXES
        + """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <https://w3id.org/kg-builder/graph/quarantine/seed> a nkg:QuarantineGraph ;
            nkg:describesArticle article:seed ;
            nkg:validationReport [ a sh:ValidationReport ; sh:conforms false ] .
        article:seed a nkg:Article ; dcterms:identifier "seed" ;
            nkg:contentHash "sha256:"""
        + "0" * 64
        + """" .
        """,
        format="turtle",
    )
    conforms, messages = shacl_messages(quarantine, kg, shapes)
    assert conforms, messages


AGENT_MESSAGE = (
    "Every nkg:agent of an event must be an nkg:Agent (a typed IRI, not a literal or a place)."
)
TARGET_MESSAGE = (
    "Every nkg:target of an event must be an nkg:Agent (a typed IRI, not a literal or a place)."
)
CATEGORY_MESSAGE = (
    "An event must have exactly one PLOVER category class (a direct subclass of nkg:Event)"
    " among its rdf:type values."
)
ISO_CODE_MESSAGE = (
    'A state must have exactly one nkg:isoCode, its ISO 3166-1 alpha-2 code in upper case ("BY").'
)
CONFIDENCE_MESSAGE = "An event has at most one nkg:confidence, an xsd:decimal from 0 to 1."

# Each case: an id, triples to remove from the valid graph as (subject, predicate) in Turtle
# prefixed form, a Turtle snippet to add, and the exact set of sh:message values expected.
BROKEN_CASES = [
    (
        "event-without-agent",
        [(EVENT, "nkg:agent")],
        "",
        {"An event must have at least one nkg:agent."},
    ),
    (
        "agent-is-a-literal",
        [(EVENT, "nkg:agent")],
        f'{EVENT} nkg:agent "Lukashenko" .',
        {AGENT_MESSAGE},
    ),
    (
        "agent-is-a-place",
        [(EVENT, "nkg:agent")],
        f"{EVENT} nkg:agent place:moscow .",
        {AGENT_MESSAGE},
    ),
    (
        "target-is-untyped",
        [],
        f"{EVENT} nkg:target person:nobody .",
        {TARGET_MESSAGE},
    ),
    (
        "event-without-evidence",
        [(EVENT, "nkg:evidence")],
        "",
        {"An event must have at least one nkg:evidence."},
    ),
    (
        "evidence-is-the-article",
        [(EVENT, "nkg:evidence")],
        f"{EVENT} nkg:evidence article:seed .",
        {"Every nkg:evidence of an event must be an nkg:TextSpan (normally an nkg:Sentence)."},
    ),
    (
        "event-with-two-categories",
        [],
        f"{EVENT} a nkg:Threat .",
        {CATEGORY_MESSAGE},
    ),
    (
        "event-without-its-ancestor-classes",
        [(EVENT, "rdf:type")],
        f"{EVENT} a nkg:Accusation .",
        {CATEGORY_MESSAGE},
    ),
    (
        "confidence-above-one",
        [(EVENT, "nkg:confidence")],
        f'{EVENT} nkg:confidence "1.5"^^xsd:decimal .',
        {CONFIDENCE_MESSAGE},
    ),
    (
        "confidence-as-string",
        [(EVENT, "nkg:confidence")],
        f'{EVENT} nkg:confidence "0.9" .',
        {CONFIDENCE_MESSAGE},
    ),
    (
        "two-polarities",
        [],
        f"{EVENT} nkg:polarity nkg:Negative .",
        {"An event has at most one nkg:polarity, nkg:Positive or nkg:Negative."},
    ),
    (
        "unknown-modality",
        [(EVENT, "nkg:modality")],
        f"{EVENT} nkg:modality nkg:Rumoured .",
        {"An event has at most one nkg:modality, nkg:Asserted, nkg:Hedged or nkg:Reported."},
    ),
    (
        "date-as-datetime",
        [(EVENT, "nkg:date")],
        f'{EVENT} nkg:date "2020-02-01T00:00:00"^^xsd:dateTime .',
        {"An event has at most one nkg:date, an xsd:date."},
    ),
    (
        "place-is-a-person",
        [(EVENT, "nkg:place")],
        f"{EVENT} nkg:place person:pavlovsky .",
        {"Every nkg:place of an event must be an nkg:Place or an nkg:State."},
    ),
    (
        "iso-code-alpha-3",
        [("state:BLR", "nkg:isoCode")],
        'state:BLR nkg:isoCode "BLR" .',
        {ISO_CODE_MESSAGE},
    ),
    (
        "iso-code-lower-case",
        [("state:BLR", "nkg:isoCode")],
        'state:BLR nkg:isoCode "by" .',
        {ISO_CODE_MESSAGE},
    ),
    (
        "state-iri-not-alpha-3",
        [],
        'state:belarus a nkg:State, nkg:Agent ; rdfs:label "Belarus"@en ; nkg:isoCode "BY" .',
        {
            "A state must be an IRI of the form"
            " https://w3id.org/kg-builder/id/state/{ISO 3166-1 alpha-3}."
        },
    ),
    (
        "label-without-language-tag",
        [("person:pavlovsky", "rdfs:label")],
        'person:pavlovsky rdfs:label "Gleb Pavlovsky" .',
        {
            "Every rdfs:label of an agent must carry a language tag"
            ' (rdf:langString, e.g. "Belarus"@en).'
        },
    ),
    (
        "agent-without-label",
        [("group:critics", "rdfs:label")],
        "",
        {"An agent must have at least one rdfs:label."},
    ),
    (
        "agent-of-two-kinds",
        [],
        "company:gazprom a nkg:Person .",
        {
            "An agent must be of exactly one kind: nkg:Person, nkg:State, nkg:Organization"
            " or nkg:Group."
        },
    ),
    (
        "agent-that-is-a-place",
        [],
        "state:RUS a nkg:Place .",
        {"An agent cannot also be a place, an event, an article or a text span.",
         "An agent must be of exactly one kind: nkg:Person, nkg:State, nkg:Organization"
         " or nkg:Group."},
    ),
    (
        "sentence-that-is-an-agent",
        [],
        f"{SENTENCE} a nkg:Agent .",
        {"An agent cannot also be a place, an event, an article or a text span.",
         "An agent must have at least one rdfs:label."},
    ),
    (
        "city-that-is-also-a-region",
        [],
        "place:moscow a nkg:Region .",
        {"A place cannot be both an nkg:City and an nkg:Region, nor a city and anything but"
         " a place.",
         "A place cannot be both an nkg:City and an nkg:Region, nor a region and anything but"
         " a place."},
    ),
    (
        "article-graph-that-is-also-a-quarantine-graph",
        [],
        "<https://w3id.org/kg-builder/graph/article/seed> a nkg:QuarantineGraph .",
        {"An article graph cannot also be a quarantine graph: its only type is"
         " nkg:ArticleGraph.",
         "A quarantine graph must be an IRI under https://w3id.org/kg-builder/graph/quarantine/.",
         "A quarantine graph must carry exactly one nkg:validationReport, a sh:ValidationReport."},
    ),
    (
        "title-without-language-tag",
        [("article:seed", "dcterms:title")],
        'article:seed dcterms:title "Former Kremlin adviser" .',
        {'An article has at most one dcterms:title, a language-tagged string ("…"@en).'},
    ),
    (
        "sentence-without-text",
        [(SENTENCE, "nkg:text")],
        "",
        {"A text span (sentence) must have exactly one nkg:text, a non-empty xsd:string."},
    ),
    (
        "sentence-with-negative-offset",
        [(SENTENCE, "nkg:beginIndex")],
        f"{SENTENCE} nkg:beginIndex -1 .",
        {"A text span must have exactly one nkg:beginIndex, an xsd:integer >= 0."},
    ),
    (
        "sentence-ending-before-it-begins",
        [(SENTENCE, "nkg:endIndex")],
        f"{SENTENCE} nkg:endIndex 2000 .",
        {"The nkg:beginIndex of a text span must be less than its nkg:endIndex."},
    ),
    (
        "sentence-without-article",
        [(SENTENCE, "nkg:inArticle")],
        "",
        {"A text span must be in exactly one nkg:Article (nkg:inArticle)."},
    ),
    (
        "article-without-content-hash",
        [("article:seed", "nkg:contentHash")],
        "",
        {
            "An article must have exactly one nkg:contentHash of the form"
            " sha256:<64 lower-case hex digits>."
        },
    ),
    (
        "article-with-two-identifiers",
        [],
        'article:seed dcterms:identifier "seed-2" .',
        {"An article must have exactly one dcterms:identifier, a non-empty xsd:string."},
    ),
    (
        "article-issued-as-string",
        [("article:seed", "dcterms:issued")],
        'article:seed dcterms:issued "20 June 2020" .',
        {"An article has at most one dcterms:issued, an xsd:date or xsd:dateTime."},
    ),
    (
        "article-url-as-string",
        [("article:seed", "schema:url")],
        'article:seed schema:url "https://example.org/a" .',
        {"An article has at most one schema:url, an IRI."},
    ),
    (
        "graph-describing-two-articles",
        [],
        "<https://w3id.org/kg-builder/graph/article/seed> nkg:describesArticle article:other .",
        {
            "An article graph must describe exactly one article (nkg:describesArticle).",
            "The value of nkg:describesArticle must be an nkg:Article.",
        },
    ),
    (
        "direct-edge-to-a-literal",
        [],
        'person:lukashenko nkg:accused "Moscow" .',
        {
            "The object of a direct edge or of nkg:affiliatedWith, nkg:leaderOf, nkg:memberOf"
            " or nkg:employedBy must be an nkg:Agent."
        },
    ),
    (
        "direct-edge-from-a-place",
        [],
        "place:moscow nkg:sanctioned state:BLR .",
        {"The subject of a direct edge or of a fact between agents must be an nkg:Agent."},
    ),
    (
        "nationality-of-a-company",
        [],
        "company:gazprom nkg:nationality state:RUS .",
        {"Only a person can have nkg:leaderOf, nkg:employedBy, nkg:nationality or nkg:position."},
    ),
    (
        "nationality-is-a-city",
        [("person:lukashenko", "nkg:nationality")],
        "person:lukashenko nkg:nationality place:moscow .",
        {"The object of nkg:nationality must be an nkg:State."},
    ),
    (
        "geonames-feature-not-geonames",
        [("state:BLR", "nkg:geonamesFeature")],
        "state:BLR nkg:geonamesFeature <https://www.wikidata.org/entity/Q184> .",
        {
            "nkg:geonamesFeature must be one GeoNames IRI of the form"
            " https://sws.geonames.org/{id}/."
        },
    ),
]


# prefix -> namespace, from PREFIXES (rdflib's own default bindings differ, e.g. for schema:)
PREFIX_MAP = dict(re.findall(r"@prefix (\w+):\s+<([^>]+)>", PREFIXES)) | {"rdf": str(RDF)}


def expand(term: str) -> URIRef:
    if term.startswith("<"):
        return URIRef(term[1:-1])
    prefix, local = term.split(":", 1)
    return URIRef(PREFIX_MAP[prefix] + local)


def broken_graph(remove: list[tuple[str, str]], add: str) -> Graph:
    graph = article_graph()
    for subject, predicate in remove:
        s, p = expand(subject), expand(predicate)
        assert (s, p, None) in graph, (subject, predicate)
        graph.remove((s, p, None))
    if add:
        graph.parse(data=PREFIXES + add, format="turtle")
    return graph


@pytest.mark.parametrize(
    ("remove", "add", "expected"),
    [case[1:] for case in BROKEN_CASES],
    ids=[case[0] for case in BROKEN_CASES],
)
def test_broken_article_graph_fails(
    kg: Graph, shapes: Graph, remove: list[tuple[str, str]], add: str, expected: set[str]
) -> None:
    conforms, messages = shacl_messages(broken_graph(remove, add), kg, shapes)
    assert not conforms
    assert messages == expected


def test_every_shape_constraint_has_a_message(shapes: Graph) -> None:
    """Node shapes with node-level constraints, and every property shape, carry sh:message@en."""
    node_level = {SH.nodeKind, SH.pattern, SH["not"], SH["or"], SH["class"]}
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(
        shapes.objects(None, SH.property)
    ):
        needs_message = (shape, SH.path, None) in shapes or any(
            (shape, p, None) in shapes for p in node_level
        )
        if needs_message:
            messages = [m for m in shapes.objects(shape, SH.message) if m.language == "en"]
            assert len(messages) == 1, shape
