"""Entity types from the evidence of the article (issue 16), through the real model: a short
sports report known by a player's position, a club named before its city, a country toured, a
person whose surname is a newspaper's word, a news agency that is no government body. Sentences
from development articles (dev9: bbc-sport-500, reuters-1899, bbc-sport-345) or written for the
test in the shape of one (bbc-sport-130, bbc-sport-161, bbc-sport-019)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a short transfer story names two sport words, one a player's position: a sports report,
    # whose towns are clubs and whose league is a competition (written, bbc-sport-130's shape)
    ("Teenage star Robbie Weir is poised to join Sunderland after turning down a move to Stoke "
     "City. The midfielder has impressed in the Irish League this year.",
     {("Sunderland", "Organization"), ("Stoke City", "Organization")},
     {("Sunderland", "City"), ("Stoke City", "City"), ("Irish League", "PoliticalParty")}),
    # two sport words, neither only sport's: no sports report, the towns stay towns (written)
    ("The champion lives in Sunderland and trains in Stoke. The tournament drew large crowds.",
     {("Sunderland", "City")}, {("Sunderland", "Organization")}),
])
def test_short_sports_report(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a club named before its city (written, bbc-sport-161's shape)
    ("The defeat was followed by a Uefa Cup exit at the hands of Steaua Bucharest. The striker "
     "missed a penalty in the second match.",
     {("Steaua Bucharest", "Organization")}, {("Steaua Bucharest", "City")}),
    # a city's own longer name is the city, no club (written, bbc-sport-019's shape)
    ("She finished second in the London race and in the New York City marathon. The athlete "
     "won a medal at the Olympics after a strong season in athletics.",
     {("New York City", "City")}, {("New York City", "Organization")}),
    # the country a side tours is the state, no team (bbc-sport-345)
    ("Despite not playing for England, Wilkinson is still hoping to make the Lions tour to New "
     "Zealand this summer. The fly-half has not played a match since the World Cup.",
     {("New Zealand", "State")}, {("New Zealand", "Organization")}),
])
def test_clubs_and_countries_in_sports_reports(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a given name and a surname that is a newspaper's word: a person (bbc-sport-500)
    ("Britain drew the USA and lost the tie when Greg Rusedski fell to Jim Courier in the "
     "deciding rubber.",
     {("Jim Courier", "Person")}, {("Jim Courier", "MediaOrganization")}),
    # a news agency is a news organisation, not a government agency (reuters-1899)
    ("Iranian troops are fighting on two widely separated fronts in a new offensive in the "
     "mountains of Kurdistan in northern Iraq, Tehran's IRNA news agency said.",
     {("IRNA news agency", "MediaOrganization")}, {("IRNA news agency", "GovernmentBody")}),
])
def test_names_whose_last_word_misleads(assert_read, text, present, absent):
    assert_read(text, present, absent)
