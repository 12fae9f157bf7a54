"""Company, club and people's names read as the wrong kind, and titles read into names (issue 16,
entities24), through the real model: a firm named after people by its staff ('Paine Webber
analyst') or its trade ('consultants Booz Allen Hamilton'); an unnamed speaker that begins a
company's name; a name tagged ORG in a list of people or opening with a given name; a title
before a name; a big town's club the NER took for a person. Sentences from
the development part of BBC and Reuters-21578 (dev13; tests/data/audit/split.json), or invented
where marked: the (label, kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a name the NER took for a person's that modifies a staff noun is the firm (reuters-20186,
    # reuters-15352 of dev13)
    ("\"Producers are circumventing the quota provisions,\" said Paine Webber analyst Bernie "
     "Savaiko.",
     {("Paine Webber", "Company"), ("Bernie Savaiko", "Person")}, {("Paine Webber", "Person")}),
    ("\"At best, it will have a small impact,\" said Stanley Collander, a Touche Ross federal "
     "budget policy analyst.",
     {("Touche Ross", "Company"), ("Stanley Collander", "Person")},
     {("Touche Ross", "Person"), ("Touche Ross", "City")}),
    # a trade's plural right before one name (bbc-tech of dev13)
    ("The report, carried out independently by consultants Booz Allen Hamilton and HI Europe, "
     "placed the UK third behind Sweden and Ireland for business use of ICT.",
     {("Booz Allen Hamilton", "Company")}, {("Booz Allen Hamilton", "Person")}),
])
def test_firms_by_their_staff_or_trade(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a university's economist is no firm's (invented); nor is a person named with a given name
    ("Harvard economist Jeffrey Sachs said the plan would fail.",
     {("Jeffrey Sachs", "Person")}, {("Harvard", "Company")}),
    ("Analysts Mark Smith and Tom Jones said the plan would fail.",
     {("Mark Smith", "Person"), ("Tom Jones", "Person")},
     {("Mark Smith", "Company"), ("Tom Jones", "Company")}),
])
def test_no_firm_without_cue(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # an untagged name that says something and begins the one company's name of the article
    # (reuters-3700 of dev13)
    ("Schering Corp, a unit of Schering-Plough Corp, said <Nature's Blend Products Inc> agreed "
     "to an injunction against its Fiber Slim product.\n\nSchering, the U.S. distributor of "
     "Fibre Trim made by <Farma Food A/S> of Denmark, said it and Farma had sued Nature's Blend, "
     "claiming Nature's product infringed their trademark on Fibre Trim.\n\nSchering said "
     "Nature's Blend agreed to stop making and selling food supplement products under the Fiber "
     "Slim trademark, but it did not admit liability.",
     {("Schering Corp", "Company")}, {("Schering", "Person")}),
])
def test_speaker_is_the_company(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # names tagged ORG in a list of people tagged PERSON are people too, however many of them
    # (invented after bbc-entertainment-038 of dev13, with first names no list has)
    ("A host of Hollywood stars, including Morgan Spurlock, Leonardo DiCaprio, Stanley Townsend "
     "and Richard Gere, are expected to attend Saturday's ceremony.",
     {("Morgan Spurlock", "Person"), ("Stanley Townsend", "Person")},
     {("Morgan Spurlock", "Organization"), ("Stanley Townsend", "Organization")}),
    # a common given name the list lacked: a name tagged ORG opening with it is a person's
    # (bbc-entertainment-101 of dev13)
    ("Several Hollywood stars feature in the festival's American independent drama category, "
     "including Keanu Reeves and Benjamin Bratt.",
     {("Keanu Reeves", "Person")}, {("Keanu Reeves", "Organization")}),
])
def test_org_tagged_people_in_a_list(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a title missing from the list became part of the name (reuters-1927 of dev13)
    ("Australian Prime Minister Bob Hawke and Treasurer Paul Keating said the government's "
     "1986/87 Budget deficit could hit four billion dlrs.",
     {("Paul Keating", "Person")}, {("Treasurer Paul Keating", "Person")}),
])
def test_titles_before_names(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a big town's name the NER took only for a person's, acting as a side in a sports report,
    # is its club (bbc-sport-173 of dev13)
    ("Queens Park Rangers keeper Chris Day is set to join Preston on a month's loan.\n\nDay has "
     "been displaced by the arrival of Simon Royce, who is in his second month on loan from "
     "Charlton. QPR have also signed Italian Generoso Rossi. R's manager Ian Holloway said: "
     "\"Some might say it's a risk as he can't be recalled during that month and Simon Royce can "
     "now be recalled by Charlton. \"But I have other irons in the fire. I have had a 'yes' from "
     "a couple of others should I need them.\"\n\nDay's Rangers contract expires in the summer. "
     "Meanwhile, Holloway is hoping to complete the signing of Middlesbrough defender Andy "
     "Davies - either permanently or again on loan - before Saturday's match at Ipswich.",
     {("Preston", "Organization")}, {("Preston", "Person")}),
])
def test_big_town_clubs_tagged_people(assert_read, text, present, absent):
    assert_read(text, present, absent)
