"""A 'not' after 'or' leaves the act open, no negation (extract/alternatives.py, read by
emit.py): positive and hedged."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence of reuters-4969: it was Aid negated
    ("Another question is whether or not the International Monetary Fund can help Brazil with "
     "a new austerity program.",
     {("International Monetary Fund", "Aid", "Brazil", "positive", "hedged")}),
    ("It is unclear whether the International Monetary Fund will help Brazil or not.",
     {("International Monetary Fund", "Aid", "Brazil", "positive", "hedged")}),
    ("Japan may or may not meet the United States next week.",
     {("Japan", "Meeting", "United States", "positive", "hedged")}),
    # a negation of its own stays one
    ("Japan did not meet the United States.",
     {("Japan", "Meeting", "United States", "negative", "asserted")}),
    ("The International Monetary Fund will not help Brazil.",
     {("International Monetary Fund", "Aid", "Brazil", "negative", "hedged")}),
])
def test_an_open_alternative_negates_nothing(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected
