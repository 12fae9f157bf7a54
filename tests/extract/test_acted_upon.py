"""The target is the party acted upon, not a beneficiary, a victim, a place or the party of an
aim (issue 15, wrong target; blind audits of unseen news): the subject of a requested passive
clause (kg_builder/extract/requested.py), those harmed by an act looked into (victims.py), where
and amid what an act happens (settings.py), whom an aim would be reached with (goals.py).
Invented sentences in news style; the near misses keep what was read before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a requested passive clause is what the act is done to, not the one asked
    ("Kenneth Clarke urged that refugees be allowed to stay.", set()),
    ("The Lib Dems urged that the powers of the European Commission be curbed.", set()),
    # near misses: an active subject is asked
    ("Mr Howard called for Mr Blunkett to resign.", {("Request", "Howard", "David Blunkett")}),
    ("The United States demanded that Japan open its markets.",
     {("Demand", "United States", "Japan")}),
])
def test_requested_clause(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # victims of what is investigated are not investigated
    ("The FBI is investigating threats against Microsoft made in an e-mail.", set()),
    ("Police are investigating racist attacks on asylum seekers in Glasgow.", set()),
    ("Police are investigating a scam targeting pensioners.", set()),
    # near misses: charges against a party, and the party itself, stay investigated
    ("The FBI is investigating allegations against Microsoft.",
     {("Investigation", "Federal Bureau of Investigation", "Microsoft")}),
    ("The SEC is investigating Enron.",
     {("Investigation", "Securities and Exchange Commission", "Enron")}),
])
def test_victims(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town the NER took for an organisation, where the protest happens
    ("Students demonstrated in Kwangju.", set()),
    # a circumstance: 'with' and a clause of its own
    ("The minister, Subroto, asked for a meeting to be called, with Austria hosting.", set()),
    ("Subroto has asked for an extraordinary meeting to be held, with Austria as host.", set()),
    ("Nigeria requested that a meeting be called with Austria hosting.", set()),
    # near misses: a protest in a state's capital is coded against the state; the one asked
    # to host is asked; a partner named with 'with' and 'as' stays
    ("Students protested in Seoul.", {("Protest", "Students", "South Korea")}),
    ("Subroto asked Austria to host the meeting.", {("Request", "Subroto", "Austria")}),
    ("The United States agreed with Japan as a first step to cut tariffs.",
     {("Agreement", "United States", "Japan")}),
])
def test_settings(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the party of an aim is not the party agreed with
    ("Japan agreed with the United States to seek a compromise with the Diet.",
     {("Agreement", "Japan", "United States"), ("Request", "Japan", "Diet")}),
    ("The unions agreed to seek a pay deal with British Rail.",
     {("Request", "unions", "British Rail")}),
    # near miss: an act agreed upon, not aimed at, keeps its partner
    ("Japan agreed to sign a treaty with China.",
     {("Agreement", "Japan", "China"), ("Treaty", "Japan", "China")}),
    # near miss: the goal verb is the act's own light verb, its partner the act's (a regression
    # the merge of events38 and events39 showed: 'was unable to reach an agreement with Iran')
    ("Japan hopes to reach an agreement with the United States on chips.",
     {("Agreement", "Japan", "United States")}),
])
def test_goals(read_triples, text, expected):
    assert read_triples(text) == expected
