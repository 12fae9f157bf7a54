"""Towns the NER took for people or organisations (issue 16, entities21): a known town's
one-word name with no person's mark is a City — a big town's bare name tagged a person, or any
town where it stands as one ("Barnsley's mayor", 'the town of Kitwe'). Sentences from the
development part of BBC and Reuters-21578 (dev12) and written ones."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # development part (dev12): tagged PERSON
    ("The stoppages began on Wednesday when 1,000 teachers in Lusaka and 200 nurses in the "
     "northern town of Kitwe decided to walk out in support of pay demands.",  # reuters-7658
     {("Kitwe", "City")}, {("Kitwe", "Person")}),
    ("The board approved a 4.2 mln dlrs loan to Benin for the construction of the Cotonou port, "
     "to be repaid in 25 years with a five year grace period.",  # reuters-9908
     {("Cotonou", "City")}, {("Cotonou", "Person")}),
    ("The four-piece met two years ago when drummer Paul Thomson was working at the Glasgow art "
     "school where bassist Bob Hardy was studying.",  # bbc-entertainment-236
     {("Glasgow", "City")}, {("Glasgow", "Person")}),
    # development part (dev sheets): a county's name is a region (bbc-tech-120)
    ("He has now been bailed to return to a Surrey police station in December.",
     {("Surrey", "Region")}, {("Surrey", "Person"), ("Surrey", "City")}),
    # written: tagged ORG before a town's noun
    ("Barnsley's mayor said the plan was wrong.", {("Barnsley", "City")},
     {("Barnsley", "Organization")}),
    # written: a person's marks keep the person
    ("Mr Lincoln said the plan was wrong.", {("Lincoln", "Person")}, {("Lincoln", "City")}),
    ("Jackson said the plan was wrong, and Michael Jackson agreed.",
     {("Michael Jackson", "Person")}, {("Jackson", "City")}),
    ("Lincoln said the plan was wrong.", set(), {("Lincoln", "City")}),
])
def test_towns_with_no_persons_mark_are_towns(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # development part (dev12, entities26): a town before '-based', after 'hometown of'; a
    # prefecture after 'in' (bbc-tech-023, bbc-entertainment-002, reuters-5208)
    ("This has led Chennai-based Tata to turn to equipment that uses lasers.",
     {("Chennai", "City")}, {("Chennai", "Organization")}),
    ("He will be presented with the award this spring in Andersen's hometown of Odense.",
     {("Odense", "City")}, {("Odense", "Organization")}),
    ("The surprise LDP defeat in Iwate, coupled with Nakasone's sagging popularity, has forced "
     "the government to think again.",
     {("Iwate", "Region")}, {("Iwate", "Organization")}),
])
def test_towns_by_compound_and_hometown(assert_read, text, present, absent):
    assert_read(text, present, absent)
