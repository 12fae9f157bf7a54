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


def _people(read_text, text: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.label, tuple(sorted(e.aliases))) for e in read_text(text).entities if e.kind == "Person"}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a given name alone is the one person the article names in full with it (bbc-sport-430,
    # bbc-politics-292, bbc-entertainment-239), whatever the NER made of it
    ("Daniela Hantuchova moved into the quarter-finals of the Dubai Open, after beating Elene "
     "Likhotseva of Russia 7-5 6-4, and now faces Serena Williams.\n\n\"I feel I have an advantage "
     "(over Serena) because I have already played two matches on these courts,\" she said.",
     {("Serena Williams", ("Serena",))}, {("Serena", ())}),
    ("Mike Nattrass, UKIP's deputy leader, made the comments to an audience at a meeting during "
     "last September's Hartlepool by-election campaign. A UKIP spokesman said: \"Mike has some "
     "passionate beliefs and sometimes uses excessively colourful language with which to express "
     "them.\"",
     {("Mike Nattrass", ("Mike",))}, {("Mike", ())}),
    ("Charlie Simpson took his new band Fightstar to the stage on Friday night. Fuelled by this "
     "news, all 1,400 tickets to see Charlie's first post-Busted live appearance sold out rapidly.",
     {("Charlie Simpson", ("Charlie",))}, {("Charlie", ())}),
    # two full names with the same given name: the given name alone stays apart
    ("David Blunkett and David Davis clashed over the bill. David said the bill was wrong.",
     {("David Blunkett", ()), ("David Davis", ())}, {("David Blunkett", ("David",))}),
])
def test_a_given_name_alone_is_the_person_named_in_full(read_text, text, present, absent):
    found = _people(read_text, text)
    assert present <= found
    assert not absent & found
