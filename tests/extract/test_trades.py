"""People of a private trade named after their state are no party of the state's (issue 15,
non-actors as agents; kg_builder/extract/trades.py). Development sentences
(tally samples of seeds 45001 and 45002) or written for the rule; the near misses keep what
was read before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # reuters-18250 (seed 45001): read as the United Kingdom praising Volcker
    ("U.K. Bankers for the most part lauded outgoing U.S. Federal Reserve Chairman Paul Volcker "
     "for his achievements over the past eight years but expressed some uncertainty about "
     "economist Alan Greenspan, nominated by President Reagan to succeed him.", set()),
    # reuters-5214 (seed 45002): read as British Sugar's agreement with the United Kingdom
    ("British Sugar Plc, the monopoly beet processor, has signed up U.K. Farmers to grow 8.1 mln "
     "tonnes of beet.", set()),
    # written for the rule: a demonym before people of a sport or of a case
    ("Kenyan athletes accused the IAAF of ignoring their complaints.", set()),
    ("Police arrested two British suspects in Spain on Tuesday.", set()),
])
def test_trade_people_are_no_state(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # reuters (seed 45000): wire copy's 'U.S. Officials' still stand for the state
    ("India had asked the U.S. For an modern supercomputer which it indicated would be used "
     "for scientific purposes, notably sophisticated weather forecasting.",
     {("Request", "India", "United States")}),
    ("U.S. Officials said they had met Iranian envoys in Geneva.",
     {("Meeting", "United States", "Iran")}),
    # written: groups.txt's farmers stay a group, in wire copy's capitals too
    ("U.K. Farmers criticised the European Commission for its plan.",
     {("Criticism", "U.K. Farmers", "European Commission")}),
    # written: a state's body stays the state
    ("The Kenyan government accused the IAAF of ignoring their complaints.",
     {("Accusation", "Kenya", "IAAF")}),
])
def test_state_agents_stay(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # reuters-20704 (fresh sample seed 45010): the state's name before the list is the
    # officials' too, whatever the manufacturers are
    ("U.S. Manufacturers and officials have charged that the French, British and West German "
     "governments have disrupted the world aviation market by unfairly subsidising Airbus.",
     {("Disapproval", "United States", "France"), ("Disapproval", "United States", "Germany"),
      ("Disapproval", "United States", "United Kingdom")}),
    # written: a conjunct with a modifier of its own keeps it
    ("US troops and Iraqi police arrested the gunmen.",
     {("Arrest", "United States", "gunmen"), ("Arrest", "Iraq", "gunmen")}),
])
def test_bare_conjunct_shares_the_state(read_triples, text, expected):
    assert read_triples(text) == expected
