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
