"""The possessor of a noun of an act does what the infinitive after it says; with no possessor,
the one who announced or made it (syntax.subjects, rules/extract/syntax.json act_nouns)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development articles: dev10 reuters-10623 (written from), dev7 reuters-12143
    ("While expressing regret over America's decision to impose tariffs on imports of Japanese "
     "electrical goods, Nakasone said Tokyo was willing to send a high-level official to "
     "Washington.", {("United States", "Sanction", "Japan", "positive", "asserted")}),
    ("President Reagan's move to impose stiff tariffs on Japanese goods stems from deep "
     "frustration.", {("Ronald Reagan", "Sanction", "Japan", "positive", "hedged")}),
    # invented: a plan is hedged; with no possessor, the one who announced the plan
    ("Britain's plan to expel three Iranian diplomats angered Tehran.",
     {("United Kingdom", "Expulsion", "Iran", "positive", "hedged")}),
    ("Washington announced plans to impose tariffs on Japanese electronic goods.",
     {("United States", "Sanction", "Japan", "positive", "hedged")}),
    # opposing a plan is not making it; a failure is no act
    ("France opposed plans to impose tariffs on Japanese goods.", set()),
    ("Tokyo's failure to live up to the pact angered Washington.", set()),
])
def test_act_noun_possessor(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers"), framing=True) == expected
