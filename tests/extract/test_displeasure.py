"""A displeasure felt at a party or at its act is disapproval of it
(constructions/displeasure.py; issue 15, recall26). Sentences written after development ones
(reuters-10780, reuters-11161, bbc-business-212, reuters-19684, reuters-14944, reuters-2802).
Every case of the first list fails on the code before it; the near misses read the same."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

FACT = ("positive", "asserted")


@pytest.mark.parametrize(("text", "expected"), [
    # the complement of a copula: its subject feels it, at the owner of an act
    ("Japan was upset with America's half-hearted attempt to halt the falling dollar.",
     {("Japan", "Disapproval", "United States", *FACT)}),
    ("General Acquisition Co said it was disappointed by Gencorp's response to its tender offer.",
     {("General Acquisition Co", "Disapproval", "Gencorp", *FACT)}),
    ("Michael Howard told reporters he was dissatisfied with the London Stock Exchange's "
     "response.", {("Michael Howard", "Disapproval", "London Stock Exchange", *FACT)}),
    # … or at the party itself
    ("Tony Blair is angry with Gordon Brown.",
     {("Tony Blair", "Disapproval", "Gordon Brown", *FACT)}),
    ("The miners were angry with the National Coal Board.",
     {("miners", "Disapproval", "National Coal Board", *FACT)}),
    # a passive: its subject feels it, at the 'by' phrase
    ("The Chinese officials had been irritated by Rover's disclosure of its talks.",
     {("China", "Disapproval", "Rover", *FACT)}),
    # a participle set off after the subject
    ("Iran, angered at Kuwait's backing of Iraq, attacked the ships.",
     {("Iran", "Disapproval", "Kuwait", *FACT), ("Kuwait", "Support", "Iraq", *FACT)}),
    # negated with its copula
    ("Soros said he is not dissatisfied with Fairchild's management.",
     {("George Soros", "Disapproval", "Fairchild", "negative", "asserted")}),
])
def test_displeasure_read(framed, text, expected):
    assert framed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an active verb with its object is the verb's (no trigger here)
    ("The move angered Japan.", set()),
    # at a state of affairs, an outcome or one's own act: at no one
    ("Farmers are angry at low wages.", set()),
    ("He was disappointed at the outcome of talks with Japan.", set()),
    ("Scott was slightly disappointed with his run in the final.", set()),
    ("Many bankers have been angered by the delays.", set()),
    # the 'of' of an act done to someone names whom it is done to, not who did it (written)
    ("Aid groups were outraged at the treatment of the prisoners in Guantanamo.", set()),
    ("Opposition leaders were furious at the arrest of Kem Sokha.", set()),
])
def test_displeasure_near_miss(framed, text, expected):
    assert framed(text) == expected
