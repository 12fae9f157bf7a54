"""Where, not whom (issue 15, wrong target: a place read as the party acted on): a state named
only as where a thing is or an act is done is no party to a talk or a request
(kg_builder/extract/locales.py). Development sentences (dev sample seeds 3920 and 3922) or
invented; the near misses keep what was read before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # reuters-17458 (seed 3920): two Requests, of Japan and of West Germany, where loans are
    ("Venezuela is currently seeking loans in Japan and West Germany to finance steel and "
     "aluminium expansion.", set()),
    # invented: the banks are asked, not their country; a talk about a place
    ("Brazil will seek new loans from commercial banks in the United States.", set()),
    ("The ministers met to discuss the situation in Lebanon.", set()),
])
def test_scene_is_no_party(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fresh sample seed 3925, reuters-8044: a promise to act in a state is made to it (AGREE is
    # no category of locales.json); reuters-10352 (seeds 3920, 3922) alike
    ("The two countries signed a pact last September in which Japan agreed to stop selling its "
     "microchips in the United States and other countries below production costs and to allow "
     "the U.S. semiconductor industry access to the Japanese market.",
     {("Agreement", "Japan", "United States")}),
    ("Under the pact, Japan pledged to stop dumping microchips in the U.S. And Asia and open its "
     "domestic market to U.S. Semiconductors.", {("Agreement", "Japan", "United States")}),
    # reuters-17458: the partner stays, whatever the debt is in
    ("Venezuela agreed with its bank advisory committee on a 14.5 year rescheduling of 20.3 "
     "billion dlrs in public sector foreign debt, with an interest rate 7/8 pct over Libor.",
     {("Agreement", "Venezuela", "bank advisory committee")}),
    # reuters-13963: the state warned stays; where the missiles are is no target anyway
    ("The United States has vowed to keep the gulf open to international oil traffic and has "
     "warned Tehran against using the Chinese-made missiles recently installed in Iran near the "
     "mouth of the gulf.", {("Request", "United States", "Iran")}),
    # reuters-13963: the states asked are named themselves
    ("Kuwait has asked at least four countries, including the United States, Soviet Union, "
     "Britain and China, for temporary use of their flags or tankers to protect Kuwaiti oil "
     "shipments in the troubled Persian Gulf.",
     {("Request", "Kuwait", "United States"), ("Request", "Kuwait", "Soviet Union"),
      ("Request", "Kuwait", "United Kingdom"), ("Request", "Kuwait", "China")}),
    # a visit goes where the place is (test_verb_triggers' case; locales.json visit_events)
    ("On Wednesday, Mr Brown visited slums in the Kenyan capital Nairobi .",
     {("Visit", "Gordon Brown", "Kenya")}),
    # invented: a phrase on a body says whose it is; a meeting's venue is read elsewhere
    ("Japan urged the Kuwaiti embassy in London to release the documents.",
     {("Request", "Japan", "Kuwait")}),
    ("Prime Minister Brian Mulroney has agreed to meet ANC president Oliver Tambo in Ottawa.",
     {("Agreement", "Brian Mulroney", "Oliver Tambo"),
      ("Meeting", "Brian Mulroney", "Oliver Tambo")}),
])
def test_party_stays(read_triples, text, expected):
    assert read_triples(text) == expected
