"""People named by their place in a body are a group, not the body (members.py, mentions.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # executives, members, employees of a company or a party are the ones charged, arrested or
    # acting, not the company or party (sentences written for the class of the blind held-out
    # audit: "charges against two former executives of X" credited against X; each act was the
    # company's or the party's)
    ("The SEC brought charges against two former executives of Acme Corp.",
     {("Securities and Exchange Commission", "Accusation", "former executives of Acme Corp.")}),
    ("Police arrested two directors of the Labour Party.",
     {("Police", "Arrest", "directors of the Labour Party")}),
    ("Employees of Acme Corp accused the government of Spain.",
     {("Employees of Acme Corp", "Accusation", "Spain")}),
    # … while those who act for a body, and members (of a party, of an alliance of states),
    # still stand for it
    ("Inspectors of the IAEA accused Iraq.",
     {("International Atomic Energy Agency", "Accusation", "Iraq")}),
    ("Members of the Labour Party criticised Michael Howard.",
     {("Labour Party (United Kingdom)", "Criticism", "Michael Howard")}),
    ("Members of NATO criticised Russia.",
     {("North Atlantic Treaty Organization", "Criticism", "Russia")}),
])
def test_members_are_not_the_body(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # supporters of a party named after "of" are not the party, as "Labour supporters" are not
    # (a sentence written for the class of the blind held-out audit: supporters credited to
    # the body they support; it was the Labour Party's)
    ("Supporters of the Labour Party criticised Michael Howard.",
     {("Supporters of the Labour Party", "Criticism", "Michael Howard")}),
])
def test_supporters_of_a_party_are_not_the_party(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # some of a body's members, picked out by which or how many, are a group, not the body
    # (development sentences, reuters-14030 and a Reuters farm story: the party credited with
    # what senior members urged, Congress with what several members complained of) …
    ("As pressure mounted on British Prime Minister Margaret Thatcher to call a June election, "
     "she said today that the decision on when to go to the county was hers and hers alone.\n\n"
     "She was speaking to parliament after senior members of the ruling Conservative Party "
     "urged her to call elections due in June 1988 a year early in the wake of two more opinion "
     "polls giving her party a commanding lead.",
     {("senior members of the ruling Conservative Party", "Request", "Margaret Thatcher")}),
    ("Several members of Congress from Iowa have complained that farmers who inadvertantly "
     "failed to certify that they had grown oats for their own use in the past now are being "
     "asked to halt oats production or lose corn program benefits.",
     {("members of Congress", "Disapproval", "farmers")}),
    # … while all of them, or members named bare, still stand for the body (development
    # sentence, a Reuters strike story: the union's strike)
    ("All 12 members of the European Community criticised Japan.",
     {("European Community", "Criticism", "Japan")}),
    ("Members of the United Food and Commercial Workers union, UFCW, local 222 voted Sunday to "
     "go on strike against Iowa Beef Processors Inc Dakota City, Nebraska, plant, effective "
     "Tuesday.",
     {("United Food and Commercial Workers union", "Protest",
       "Iowa Beef Processors Inc Dakota City")}),
])
def test_some_members_are_not_the_body(read_with, text, expected):
    assert read_with(text, (*TRIGGERS, "complaint", "protest")) == expected
