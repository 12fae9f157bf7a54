"""The shapes pySHACL runs (``runnable_shapes``: property shapes given their node shape's
targets) find exactly what ``ontology/shapes.ttl`` as written finds; the shapes a build decides
a batch with (``conformance_shapes``) fail the same graphs at the same focus nodes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, SDO, SH, XSD

from kg_builder.rdf import entity_iri, to_graph
from kg_builder.validate import (
    _subclass_triples,
    conformance_shapes,
    runnable_shapes,
    shapes_graph,
    validate_graph,
    validate_graphs,
)
from kg_builder.vocab import NKG

from .test_rdf import _extraction

PERSON = entity_iri("person/alexander-lukashenko")
RUSSIA = entity_iri("state/RUS")


def _event(g: Graph):
    (event,) = g.subjects(RDF.type, NKG.Accusation)
    return event


def _drop_labels(g: Graph) -> None:
    g.remove((PERSON, RDFS.label, None))


def _plain_label(g: Graph) -> None:
    g.remove((PERSON, RDFS.label, None))
    g.add((PERSON, RDFS.label, Literal("Alexander Lukashenko")))


def _no_agent(g: Graph) -> None:
    g.remove((_event(g), NKG.agent, None))


def _two_iso_codes(g: Graph) -> None:
    g.add((RUSSIA, NKG.isoCode, Literal("RF")))


def _lower_case_iso_code(g: Graph) -> None:
    g.remove((RUSSIA, NKG.isoCode, None))
    g.add((RUSSIA, NKG.isoCode, Literal("ru")))


def _untagged_position(g: Graph) -> None:
    g.add((PERSON, NKG.position, Literal("President", datatype=XSD.string)))


def _person_and_state(g: Graph) -> None:
    g.add((PERSON, RDF.type, NKG.State))


def _agent_is_an_event(g: Graph) -> None:
    g.add((_event(g), RDF.type, NKG.Agent))


def _city_and_region(g: Graph) -> None:
    place = entity_iri("place/minsk")
    for cls in (NKG.Place, NKG.City, NKG.Region):
        g.add((place, RDF.type, cls))
    g.add((place, RDFS.label, Literal("Minsk", lang="en")))


def _graph_is_also_quarantine(g: Graph) -> None:
    g.add((g.identifier, RDF.type, NKG.QuarantineGraph))


def _title_without_language(g: Graph) -> None:
    (article,) = g.subjects(RDF.type, NKG.Article)
    g.add((article, DCTERMS.title, Literal("Minsk and Moscow")))


def _two_urls(g: Graph) -> None:
    """The url as the mapping writes it (rdflib's SDO, https://schema.org/url): the shapes
    once checked http://schema.org/url and never saw it."""
    (article,) = g.subjects(RDF.type, NKG.Article)
    g.add((article, SDO.url, URIRef("https://example.org/another")))


def _no_evidence(g: Graph) -> None:
    g.remove((_event(g), NKG.evidence, None))


def _place_is_an_organisation(g: Graph) -> None:
    g.add((_event(g), NKG.place, entity_iri("org/united-nations")))
    g.add((entity_iri("org/united-nations"), RDF.type, NKG.Organization))


def _same_as_on_an_event(g: Graph) -> None:
    g.add((_event(g), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q42")))


def _based_in_a_person(g: Graph) -> None:
    g.add((RUSSIA, NKG.basedIn, PERSON))


def _geonames_feature_of_a_person(g: Graph) -> None:
    g.add((PERSON, NKG.geonamesFeature, URIRef("https://sws.geonames.org/625144/")))


def _place_is_a_literal(g: Graph) -> None:
    g.add((_event(g), NKG.place, Literal("Minsk")))


#: graphs that break an ``sh:or`` of classes (each branch fails)
OR_MUTATIONS: dict[str, Callable[[Graph], None]] = {
    "an event's place that is an organisation": _place_is_an_organisation,
    "an event's place that is a literal": _place_is_a_literal,
    "an event with an owl:sameAs": _same_as_on_an_event,
    "a state based in a person": _based_in_a_person,
    "a person with a GeoNames feature": _geonames_feature_of_a_person,
}

MUTATIONS: dict[str, Callable[[Graph], None]] = {
    "agent without a label": _drop_labels,
    "label without a language tag": _plain_label,
    "event without an agent": _no_agent,
    "state with two ISO codes": _two_iso_codes,
    "lower-case ISO code": _lower_case_iso_code,
    "position without a language tag": _untagged_position,
    "a person that is also a state": _person_and_state,
    "an event that is also an agent": _agent_is_an_event,
    "event without evidence": _no_evidence,
    "a city that is also a region": _city_and_region,
    "an article graph that is also a quarantine graph": _graph_is_also_quarantine,
    "a title without a language tag": _title_without_language,
    "an article with two urls": _two_urls,
}


def _results(report: Graph) -> set[tuple]:
    return {(report.value(r, SH.focusNode), report.value(r, SH.resultPath),
             report.value(r, SH.sourceConstraintComponent), report.value(r, SH.resultMessage))
            for r in report.subjects(RDF.type, SH.ValidationResult)}


def _findings(data: Graph, shapes: Graph) -> tuple[bool, set[tuple]]:
    """What pySHACL finds in ``data`` held the plain rdflib way (a ``Memory`` store)."""
    merged = Graph()
    for triple in data:
        merged.add(triple)
    for triple in _subclass_triples():
        merged.add(triple)
    conforms, report, _ = shacl_validate(merged, shacl_graph=shapes, inference="none",
                                         allow_warnings=True)
    return bool(conforms), _results(report)


def test_a_valid_graph_conforms_both_ways():
    g = to_graph(_extraction())
    assert _findings(g, shapes_graph()) == (True, set())
    assert _findings(g, runnable_shapes()) == (True, set())
    assert validate_graph(g).conforms


@pytest.mark.parametrize("mutation", MUTATIONS.values(), ids=MUTATIONS.keys())
def test_runnable_shapes_find_what_the_written_shapes_find(mutation):
    g = to_graph(_extraction())
    mutation(g)
    written = _findings(g, shapes_graph())
    runnable = _findings(g, runnable_shapes())
    assert not written[0] and written[1], "the mutation must break a shape"
    assert runnable == written
    # validate_graph: the runnable shapes on the graph copied into a TripleIndex
    outcome = validate_graph(g)
    assert (outcome.conforms, _results(outcome.report)) == written


def test_property_shapes_are_detached_only_from_targeted_node_shapes():
    flat = runnable_shapes()
    for node_shape in flat.subjects(SH.property, None):
        assert not any((node_shape, p, None) in flat for p in
                       (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf))
    assert len(flat) > len(shapes_graph())


def _decision(graphs: list[Graph], *, conformance_only: bool) -> tuple[bool, set]:
    result = validate_graphs(graphs, conformance_only=conformance_only)
    return result.conforms, set(result.report.objects(None, SH.focusNode))


@pytest.mark.parametrize("mutation", [*MUTATIONS.values(), *OR_MUTATIONS.values(), None],
                         ids=[*MUTATIONS.keys(), *OR_MUTATIONS.keys(), "valid"])
def test_conformance_shapes_fail_the_same_graphs_at_the_same_nodes(mutation):
    broken = to_graph(_extraction())
    if mutation is not None:
        mutation(broken)
    valid = to_graph(_extraction("Angela Merkel", article_id="a2"))
    for graphs in ([broken], [broken, valid]):
        faithful = _decision(graphs, conformance_only=False)
        assert faithful[0] == (mutation is None)
        assert _decision(graphs, conformance_only=True) == faithful


@pytest.mark.parametrize("mutation", OR_MUTATIONS.values(), ids=OR_MUTATIONS.keys())
def test_or_mutations_break_an_or_of_the_written_shapes(mutation):
    g = to_graph(_extraction())
    mutation(g)
    conforms, results = _findings(g, shapes_graph())
    assert not conforms
    assert SH.OrConstraintComponent in {component for _, _, component, _ in results}


def test_conformance_shapes_have_no_or_of_classes_left():
    fast, subclasses = conformance_shapes()
    left = [members for _, members in fast.subject_objects(SH["or"])]
    for members in left:  # only the or of datatypes (an article's dcterms:issued)
        assert all((m, SH["class"], None) not in fast for m in fast.items(members))
    assert len(left) < len(list(runnable_shapes().subject_objects(SH["or"])))
    assert {o for _, _, o in subclasses} <= set(fast.objects(None, SH["class"]))
