"""A promise whose act is made on a condition ('if', 'provided': rules/extract/emit.json
contingent_marks) is hedged, not stated as a fact (conventions.expressed_intent); an
unconditional one stays asserted, and one made 'unless' something happens stays a threat.
Sentences invented unless marked (the rule was written from dev sheet c4's World Bank row)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("France offered to supply wheat to Egypt if the loan was approved.",
     {("France", "Supply", "Egypt", "positive", "hedged"),
      ("France", "Agreement", "Egypt", "positive", "hedged")}),
    ("Libya offered to hand over the two suspects to Britain if the trial was held abroad.",
     {("Libya", "Agreement", "United Kingdom", "positive", "hedged")}),
    # 'provided' that the parser read as a preposition or before 'that'
    ("The Fund will lend Brazil money provided the country cuts its deficit.",
     {("Fund", "Supply", "Brazil", "positive", "hedged"),
      ("Fund", "Agreement", "Brazil", "positive", "hedged")}),
    ("Japan offered to lend Poland money provided that Warsaw reformed its economy.",
     {("Japan", "Supply", "Poland", "positive", "hedged"),
      ("Japan", "Agreement", "Poland", "positive", "hedged")}),
    # no condition: the promise is made
    ("France offered to supply wheat to Egypt.",
     {("France", "Supply", "Egypt", "positive", "hedged"),
      ("France", "Agreement", "Egypt", "positive", "asserted")}),
    # a threat made on a condition is made (constructions/reprisal.py; development sentence,
    # reuters-11287)
    ("Britain last week warned that it would retaliate if Japan did not move soon to open its "
     "markets to outside competition.",
     {("United Kingdom", "Threat", "Japan", "positive", "asserted")}),
    # 'unless': a threat, as before
    ("Germany will withdraw its troops from Chad unless Libya holds elections.",
     {("Germany", "Retreat", "Chad", "positive", "hedged"),
      ("Germany", "Threat", "Chad", "positive", "asserted")}),
])
def test_contingent_promise(read_with, text, expected):
    assert read_with(text, ("reprisal", "intent", "verb_triggers"), framing=True) == expected
