"""Units written against a number are no entities (issue 16, entities43;
kg_builder/extract/commons.py glued_to_number): the tokenizer splits a unit's abbreviation off
the number it is written against ('6GB', '3km/h'), and the NER may tag it a name; a name after
a number and a space ('By 2008 Microsoft') stays, and so does 'Team GB'. Invented
sentences after the patterns of development BBC technology reports (seed 4301 sample: 'GB' of
'6GB' was a company, 'km/h' of '3km/h' an organisation)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_KINDS = ("Organization", "Company", "Person", "City", "Region", "Place", "State",
          "NonGovernmentalOrganization", "MediaOrganization", "GovernmentBody")


def _any_kind(label: str) -> set[tuple[str, str]]:
    return {(label, kind) for kind in _KINDS}


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Its challenges to the digital music market include an iPod mini model which can hold "
     "6GB compared to a previous 4GB.", set(), _any_kind("GB")),
    ("The robot was beaten by Asimo. It is capable of 3km/h, which its makers at Sony claim is "
     "almost four times as fast as its rival.", set(), _any_kind("km/h")),
])
def test_units_after_numbers_are_no_entities(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present"), [
    # near misses: a name after a number and a space, a side named with 'GB'
    ("By 2008 Microsoft expects to sell 10 million of the consoles, its chief Steve Ballmer "
     "said.", {("Microsoft", "Company"), ("Steve Ballmer", "Person")}),
    ("Team GB won four gold medals in Athens, the British Olympic Association said.",
     {("Team GB", "Organization")}),
])
def test_near_misses_stay(read_entities, text, present):
    assert present <= set(read_entities(text))
