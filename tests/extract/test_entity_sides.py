"""A side before a player's position and the player's name is the club or national team, an
organisation, whatever the NER took it for (kg_builder/extract/sides.py, issue 16: sports
players' clubs typed as people or towns); in a sports report a name after a player's initial
is the player (kg_builder/extract/unplaced.py), and a trophy or a competition ('the Ashes', 'a
Grand Slam final') no body at all (mentions.competition_heads). Through the real model;
sentences from the development part of BBC (tests/data/audit/split.json) or written for the
rule: the (label, kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a position only sport has, in a report with too few sport words (bbc-sport-120: a person;
    # bbc-sport-119: a region)
    ("Former Everton midfielder Thomas Gravesen scored his first goal for Real in the "
     "comfortable victory.",
     {("Everton", "Organization"), ("Thomas Gravesen", "Person")}, {("Everton", "Person")}),
    ("Crystal Palace striker Andy Johnson scored twice on Saturday.",
     {("Crystal Palace", "Organization")}, {("Crystal Palace", "Region")}),
    # any position in a sports report (bbc-sport-417: a person; the second sentence written)
    ("The side will now be led by Munster lock Paul O'Connell. The scrum-half and the winger "
     "were sin-binned before the line-out in the rugby clash.",
     {("Munster", "Organization"), ("Paul O'Connell", "Person")}, {("Munster", "Person")}),
])
def test_sides_before_positions(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the player himself stays, and so does a place before no position (written)
    ("Striker Wayne Rooney scored twice in the Premiership match at Old Trafford, and the "
     "midfielder set up a third goal for the winger before the penalty.",
     {("Wayne Rooney", "Person")}, {("Wayne Rooney", "Organization")}),
    ("The Aston Villa striker played in the Birmingham derby, and the midfielder scored the "
     "goal before the penalty in the Premiership match.",
     set(), {("Aston Villa", "Person")}),
])
def test_players_and_places_stay(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a team list of an athletics report (bbc-sport-068: a city)
    ("Pole vault: N Buckfield (Crawley AC). Long jump: the champion and the sprinter lead the "
     "athletics team at the indoor championships, where the hurdles and the heptathlon are held.",
     {("Buckfield", "Person")}, {("Buckfield", "City")}),
])
def test_names_after_an_initial_are_players(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "absent"), [
    # competitions and trophies in a sports report (bbc-sport-370: the Ashes was a person;
    # bbc-sport-442: Grand Slam a city; the sentences around them written)
    ("Britain have won individual Test matches, but have failed to secure any silverware or win "
     "the Ashes since 1970. The rugby league coach named his squad for the match, with the "
     "winger and the scrum-half back.",
     {("Ashes", "Person"), ("Ashes", "Organization")}),
    ("You miss being out there in a Grand Slam final, said the former tennis champion, who was "
     "seeded third for the tournament before the semi-final.",
     {("Grand Slam", "City"), ("Grand Slam", "Place")}),
])
def test_competitions_are_no_bodies(read_entities, text, absent):
    assert not absent & set(read_entities(text))
