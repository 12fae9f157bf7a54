"""Mapping records to RDF: IRIs, vocabulary, SHACL, stores."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, Graph, URIRef

from kg_builder.model import Article, Entity, Event, Extraction, Span
from kg_builder.rdf import article_graph_iri, entity_iri, to_graph
from kg_builder.resolve import slug
from kg_builder.validate import validate_graph
from kg_builder.vocab import NKG

TEXT = "Lukashenko accused Moscow of pressing him."


def _extraction(agent_label: str = "Alexander Lukashenko", article_id: str = "a1") -> Extraction:
    agent = Entity(key=f"person/{slug(agent_label)}", kind="Person", label=agent_label)
    russia = Entity(key="state/RUS", kind="State", label="Russia", iso2="RU", geonames_id=2017370)
    event = Event(type="Accusation", agent=agent.key, target=russia.key,
                  evidence=Span(0, len(TEXT), TEXT), trigger="accused")
    return Extraction(article=Article(id=article_id, text=TEXT, title="T", url="https://ex.org/a?b=1",
                                      published="2020-06-20"),
                      entities=(agent, russia), events=(event,), words=7)


@pytest.mark.parametrize(
    "name",
    ['Mr "Quoted" O\'Brien', "<script>alert(1)</script>", "Jean Marie  Le Pen", "Александр Лукашенко",
     "習近平", "a/b\\c#d?e", "   ", "!!!"],
)
def test_iris_are_safe_for_any_name(name):
    extraction = _extraction(name, article_id=f"id with spaces/{name}")
    g = to_graph(extraction)
    reparsed = Graph().parse(data=g.serialize(format="nt"), format="nt")
    assert len(reparsed) == len(g)
    for term in g.all_nodes():
        if isinstance(term, URIRef):
            assert not any(ch in str(term) for ch in ' <>"{}|\\^`'), term
    assert validate_graph(g).conforms, validate_graph(g).text


def test_iris_are_stable():
    assert to_graph(_extraction()).serialize(format="nt") == to_graph(_extraction()).serialize(format="nt")
    assert entity_iri("state/BLR") == URIRef("https://w3id.org/kg-builder/id/state/BLR")
    assert article_graph_iri("seed") == URIRef("https://w3id.org/kg-builder/graph/article/seed")


def test_graph_has_the_event_the_edge_and_the_evidence():
    g = to_graph(_extraction())
    (event,) = g.subjects(RDF.type, NKG.Accusation)
    assert {NKG.Accusation, NKG.Disapproval, NKG.Event} <= set(g.objects(event, RDF.type))
    agent = g.value(event, NKG.agent)
    assert g.value(agent, RDFS.label).value == "Alexander Lukashenko"
    assert (agent, NKG.accused, entity_iri("state/RUS")) in g
    sentence = g.value(event, NKG.evidence)
    assert g.value(sentence, NKG.text).value == TEXT
    assert (g.value(sentence, NKG.beginIndex).value, g.value(sentence, NKG.endIndex).value) == (0, len(TEXT))


def test_typo_in_a_term_raises():
    with pytest.raises(AttributeError):
        NKG.Acusation  # noqa: B018


def test_vocabulary_agrees_with_the_ontology():
    from kg_builder._vocabgen import ontology_terms

    declared = {name for name in NKG.__annotations__}
    assert declared == set(ontology_terms()), "run `make vocab` after changing ontology/kg.ttl"


def test_broken_graph_fails_validation():
    g = to_graph(_extraction())
    (event,) = g.subjects(RDF.type, NKG.Accusation)
    g.remove((event, NKG.agent, None))
    result = validate_graph(g)
    assert not result.conforms
    assert "at least one nkg:agent" in result.text


def test_every_trigger_names_an_event_class_of_the_ontology():
    from kg_builder.ontology import event_info
    from kg_builder.extract.rules import lexicon

    for name in lexicon().event_types:
        assert event_info(name).plover


def test_the_ontology_read_without_rdflib_agrees_with_rdflib():
    """kg_builder.ontology reads the class hierarchy and event annotations with pyoxigraph (a
    build's workers import no rdflib); rdflib's graph of the same files says the same: each
    class's nkg: ancestors in the same order, each event class's PLOVER family, CAMEO codes
    and edge, and the ontology's namespace is the vocabulary's."""
    from rdflib import OWL, RDF, RDFS, URIRef

    from kg_builder import ontology
    from kg_builder.vocab import NKG

    ns = str(NKG._NS)
    assert ontology._NS == ns
    g = ontology.ontology_graph()
    for cls in g.subjects(RDF.type, OWL.Class):
        if not isinstance(cls, URIRef) or not str(cls).startswith(ns):
            continue
        name = str(cls)[len(ns):]
        expected = [name]
        for sup in g.transitive_objects(cls, RDFS.subClassOf):
            if str(sup).startswith(ns) and str(sup)[len(ns):] not in expected:
                expected.append(str(sup)[len(ns):])
        assert ontology.class_ancestors(name) == tuple(expected), name
    families = {str(s)[len(ns):]: str(o) for s, o in g.subject_objects(NKG.ploverCategory)}
    assert ontology.event_types() == frozenset(families)
    for name, family in families.items():
        info = ontology.event_info(name)
        assert info.plover == family
        assert info.edge == g.value(NKG._NS[name], NKG.directEdge)
        assert info.cameo == tuple(sorted(str(c) for c in g.objects(NKG._NS[name], NKG.cameoCode)))


@pytest.mark.parametrize("confidences", [(0.6, 0.9), (0.9, 0.6), (0.7, 0.7)])
def test_an_event_reported_twice_keeps_its_highest_confidence(confidences):
    """One event node per article: a second report adds its sentence and trigger, and the
    event's confidence is the highest of the reports, whatever their order."""
    from dataclasses import replace

    from rdflib import Literal

    base = _extraction()
    (event,) = base.events
    second_text = "Moscow was blamed by Lukashenko."
    reports = (replace(event, confidence=confidences[0]),
               replace(event, confidence=confidences[1], trigger="blamed",
                       evidence=Span(len(TEXT) + 1, len(TEXT) + 1 + len(second_text), second_text)))
    g = to_graph(replace(base, events=reports))
    (node,) = g.subjects(RDF.type, NKG.Accusation)
    assert list(g.objects(node, NKG.confidence)) == [Literal(Decimal(str(max(confidences))))]
    assert len(set(g.objects(node, NKG.evidence))) == 2
    assert {str(t) for t in g.objects(node, NKG.trigger)} == {"accused", "blamed"}
    assert validate_graph(g).conforms, validate_graph(g).text


def test_named_triples_hold_each_triple_once():
    from dataclasses import replace

    from kg_builder.rdf import to_triples

    extraction = _extraction()
    doubled = replace(extraction, entities=extraction.entities * 2, events=extraction.events * 2)
    triples = to_triples(doubled)
    assert len(set(triples)) == len(triples) == len(to_triples(extraction))
    assert triples.identifier == article_graph_iri("a1")
    assert validate_graph(triples).conforms


def _stored(tmp_path, extraction: Extraction) -> str:
    """``extraction`` built into a new embedded store as kg build writes it (graphs, records);
    the store's folder."""
    from kg_builder.pipeline import build_graphs
    from kg_builder.store import OxigraphStore
    from kg_builder.store.record import with_records

    path = tmp_path / "store"
    graphs, result = build_graphs(extraction)
    assert not result.quarantined, result.report
    with OxigraphStore(path) as store:
        store.replace_graphs(with_records(graphs))
    return str(path)


@pytest.mark.parametrize(
    ("confidence", "published"),
    [
        (1.0, None),  # "1.0"^^xsd:decimal: Oxigraph keeps "1"
        (0.0, None),
        (0.00001, None),  # rounds to 0.0
        (0.8, "2020-06-20T10:30:00+00:00"),  # Oxigraph keeps "…Z"
        (0.8, "2020-06-20T10:30:00.500+01:00"),  # "….5+01:00"
        (0.8, "2020-06-20 10:30:00.000000"),  # "2020-06-20T10:30:00"
    ],
)
def test_a_healthy_store_checks_healthy_whatever_the_literals(tmp_path, confidence, published):
    """Found by the property-based tests (tests/fuzz): the mapping wrote a decimal or dateTime
    in a form the store does not keep (Oxigraph stores the canonical form), so the digest the
    build recorded differed from the stored graph's and 'kg check' called a fresh store
    damaged."""
    from dataclasses import replace

    from kg_builder.store.health import check_store

    base = _extraction()
    extraction = replace(base, article=replace(base.article, published=published),
                         events=tuple(replace(e, confidence=confidence) for e in base.events))
    report = check_store(_stored(tmp_path, extraction))
    assert report.problems == [] and report.recorded == 1


@pytest.mark.parametrize("char", ["\x03", "\x1f", "\x0b", "\x0c", "\x00", "\ufffe", "\uffff", "\r"])
def test_the_rdfxml_export_reads_back_when_the_text_holds_a_control_character(tmp_path, char):
    """Found by the property-based tests (tests/fuzz): a control character in an article (Reuters
    bodies end in U+0003) went raw into the RDF/XML export, which XML 1.0 cannot hold; rdflib
    refused the file; a carriage return came back as a line feed. The graph writes such
    characters as spaces, so every format holds the same text."""
    import io

    from kg_builder.export import export_store
    from kg_builder.store import OxigraphStore

    text = f"Lukashenko accused{char} Moscow of pressing him.{char}"
    agent = Entity(key="person/x", kind="Person", label=f"Luka{char}shenko",
                   aliases=(f"L{char}",))
    russia = Entity(key="state/RUS", kind="State", label="Russia", iso2="RU")
    event = Event(type="Accusation", agent=agent.key, target=russia.key,
                  evidence=Span(0, len(text), text), trigger=f"accused{char}",
                  time_text=f"now{char}")
    extraction = Extraction(article=Article(id=f"a{char}", text=text, title=f"T{char}"),
                            entities=(agent, russia), events=(event,), words=7)
    path = _stored(tmp_path, extraction)
    with OxigraphStore(path) as store:
        out = io.BytesIO()
        export_store(store, out, fmt="rdfxml")
    graph = Graph().parse(data=out.getvalue(), format="xml")
    sentence = next(graph.objects(None, NKG.text))
    assert str(sentence) == text.replace(char, " ")
    assert len(str(sentence)) == len(text)  # the offsets still hold
