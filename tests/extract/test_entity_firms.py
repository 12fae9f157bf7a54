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
