"""Entity types and cut names on news the rules were not written for (issue 16, fourth round),
through the real model: constituencies are places, a given name alone is the person the article
names in full, places in lists and after prepositions are places, companies known by what they
make. Sentences from the development part of BBC and Reuters-21578 (tests/data/audit/split.json)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _entities(read_text, text: str) -> list[tuple[str, str]]:
    return sorted((e.label, e.kind) for e in read_text(text).entities)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a city and a point of the compass is a constituency, a place (bbc-politics-246)
    ("Participation at constituency level ranged from 69% in Kensington and Chelsea, 65% in the "
     "City of London and Westminster and 62% in Sheffield Hallam, down to 10% in Bristol South and "
     "Leeds Central and 8% in Nottingham North and Sheffield Brightside.",
     {("Bristol South", "Place"), ("Leeds Central", "Place"), ("Nottingham North", "Place")},
     {("Bristol South", "Organization"), ("Leeds Central", "Person"), ("Nottingham North", "Person")}),
    # "the seat of X", "the MP for X" (bbc-politics-143, -406)
    ("Appearing on BBC Radio 4's Today programme, Mr Malik, who is himself running for the seat of "
     "Dewsbury, acknowledged that so far women-only shortlists had failed to deliver a boost in the "
     "number of ethnic minority candidates.",
     {("Dewsbury", "Place")}, {("Dewsbury", "Organization")}),
    ("Entering Westminster, he came to share an office with the newly elected MP for Sedgefield, "
     "Tony Blair. Mr Blair had won Sedgefield at his first attempt.",
     {("Sedgefield", "Place"), ("Tony Blair", "Person")}, {("Sedgefield", "Person")}),
    # a person's name that ends in a point of the compass is no constituency
    ("Oliver North told the committee he had shredded the documents.",
     {("Oliver North", "Person")}, {("Oliver North", "Place")}),
])
def test_constituencies_are_places(read_text, text, present, absent):
    found = set(_entities(read_text, text))
    assert present <= found
    assert not absent & found
