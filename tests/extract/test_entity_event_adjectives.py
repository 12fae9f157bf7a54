"""'Olympic' read as a place or a person: an adjective made from a competition's name, alone
before the words it modifies, is no name (kg_builder/extract/non_names.py, event_adjectives).
Through the real model; the sentences are from development articles (bbc-sport-042, -018;
neither in tests/data/audit/split.json): the (label, kind) pairs that must and must not be
there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # tagged FAC: read as a place (bbc-sport-042)
    ("The Briton, running for the first time since dropping out of the Olympic marathon and "
     "10,000m, held off Kenyan Susan Chepkemei in a thrilling race. Many had doubted whether she "
     "had sufficiently recovered from her Olympic ordeal just 11 weeks ago.",
     {("Susan Chepkemei", "Person")}, {("Olympic", "Place"), ("Olympic", "Person")}),
    # tagged PERSON: read as a person (bbc-sport-018)
    ("Cragg, who recently defeated Olympic 10,000m champion Kenenisa Bekele in Boston, held off "
     "Bekele's Ethiopian team-mate in the 3,000m race. The Olympic silver medallist's time was "
     "inferior only to the world record.",
     {("Kenenisa Bekele", "Person"), ("Boston", "City")},
     {("Olympic", "Person"), ("Olympic", "Place")}),
])
def test_an_event_adjective_is_no_name(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present"), [
    # the name the adjective opens stays (bbc-sport-093)
    ("Jamie Costin recalls the car accident which occurred nine days before he was scheduled to "
     "step out into the Olympic Stadium in Athens for the 50K Walk.",
     {("Jamie Costin", "Person"), ("Athens", "City")}),
])
def test_a_name_it_opens_stays(assert_read, text, present):
    assert_read(text, present, set())
