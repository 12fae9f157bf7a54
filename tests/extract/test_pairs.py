"""'the two sides' stand for the two parties named together before (extract/pairs.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CONSULT = ("noun_triggers", "verb_triggers", "mutual")


@pytest.mark.parametrize(("text", "expected"), [
    # written after development article reuters-19160: "between the two sides" are the two
    # parties of the joint statement (regression: no event)
    ("Nigeria and Barclays Bank Plc said in a joint statement that progress had been made. The "
     "statement was issued during a two day meeting here between the two sides.",
     {("Nigeria", "Meeting", "Barclays Bank Plc"), ("Barclays Bank Plc", "Meeting", "Nigeria")}),
    ("Japan and the United States traded accusations on Friday. The two sides met in Tokyo on "
     "Monday.", {("Japan", "Meeting", "United States"), ("United States", "Meeting", "Japan")}),
    ("Greece and Turkey issued statements. Both countries held talks in Geneva.",
     {("Greece", "Meeting", "Turkey"), ("Turkey", "Meeting", "Greece")}),
    # three named together are not the two; 'countries' are no persons; 'the two sides in the
    # dispute' says what they are sides of, not who
    ("Britain, France and Germany issued a statement. The two countries held talks in Paris.",
     set()),
    ("Tony Blair and Gerhard Schroeder issued a statement. The two countries held talks in Paris.",
     set()),
    ("Japan and Korea issued statements. The two sides in the dispute held talks in Seoul.",
     set()),
])
def test_the_two_sides_are_the_pair_named_before(read_with, text, expected):
    assert read_with(text, CONSULT) == expected
