"""Clubs read as people: in a sports report a name the NER took for a person's that 'and', 'or'
or a comma joins to a side is a side too (kg_builder/extract/side_lists.py), and so is every
name of a list after 'clubs' (rules/extract/listed_kinds.json). Through the real model; the
sentences are from development articles (bbc-sport-203, -207, -291, -254, -399, -048, -356,
-059; none in tests/data/audit/split.json): the (label, kind) pairs that must and must not be
there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a club listed with a club the model knows (bbc-sport-203: Fiorentina read as a person)
    ("Disgraced former Chelsea striker Adrian Mutu is to begin talks with Juventus as he looks "
     "for a new club.\n\n\"Mutu will be in our club's main stand to watch the match between "
     "Juventus and Fiorentina,\" said a Juventus official, who declined to be named.",
     {("Fiorentina", "Organization"), ("Juventus", "Organization")},
     {("Fiorentina", "Person")}),
    # a club's nickname listed with a national team (bbc-sport-207: Spurs read as a person)
    ("\"I still have a lot of confidence in Tottenham and what we are doing,\" he said. However, "
     "former Spurs and England defender Gary Stevens said he would not be surprised if the club "
     "struggled in the Premiership.",
     {("Spurs", "Organization"), ("Gary Stevens", "Person")},
     {("Spurs", "Person")}),
    # a town's club listed with a national team (bbc-sport-291: Llanelli read as a person)
    ("Bennett, an inspirational fly-half for Llanelli and Wales in the 1970s, insisted the "
     "national team were entering a new era before the Six Nations match.",
     {("Llanelli", "Organization"), ("Wales", "Organization")}, {("Llanelli", "Person")}),
])
def test_a_name_listed_with_a_side_is_a_side(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # clubs named after a plural 'clubs' (bbc-sport-254: both read as people)
    ("He has been linked with a move to Barcelona and Liverpool, and Reds skipper Steven Gerrard "
     "also revealed he is an admirer. \"But maybe we have to start looking at clubs like Everton "
     "and Bolton to see how they have been dealing in the transfer market,\" the striker's "
     "chairman said.",
     {("Everton", "Organization"), ("Bolton", "Organization")},
     {("Everton", "Person"), ("Bolton", "Person")}),
])
def test_names_after_clubs_are_clubs(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the surname of a player the article names in full stays the player (bbc-sport-399)
    ("Wigan chairman Maurice Lindsay says captain Andy Farrell's possible switch to rugby union "
     "is not about money. Although the move would be a lucrative one for both Farrell and Wigan, "
     "Lindsay said money was not a motivating factor for the club.",
     {("Andy Farrell", "Person")}, {("Andy Farrell", "Organization"), ("Farrell", "Organization")}),
    # towns where tests were held stay towns (bbc-sport-048)
    ("Greek sprinters Kostas Kenteris and Katerina Thanou were banned by the IAAF. They also "
     "missed tests in Tel Aviv, Chicago and Athens before the Games, and the athletics federation "
     "said Kenteris and Thanou would appeal.",
     {("Chicago", "City"), ("Tel Aviv", "City"), ("Kostas Kenteris", "Person")},
     {("Chicago", "Organization"), ("Kostas Kenteris", "Organization")}),
    # a clause's subject after a comma is no list (bbc-sport-356)
    ("The scrum-half will miss the Premiership matches, but should be fit for Wales next week. "
     "If Dawson is not fit to face Wales, Robinson will have to choose from Gloucester's Andy "
     "Gomarsall or Leicester youngster Harry Ellis.",
     {("Robinson", "Person")}, {("Robinson", "Organization")}),
    # a state's name the NER cut at 'and' is no list of sides (bbc-sport-059)
    ("Mark Findlay and Rabah Yusuf were picked for the relay squad. Findlay is a Londoner who has "
     "chosen to represent Trinidad and Tobago but has never run for them so he could still "
     "compete for Great Britain at the indoor championships.",
     set(), {("Tobago", "Organization")}),
])
def test_people_and_towns_beside_sides_stay(assert_read, text, present, absent):
    assert_read(text, present, absent)
