"""'Blame' with its 'on' phrase (constructions/verb_triggers.py, attribution_verbs in
rules/extract/verb_triggers.json): the one blamed is whom that phrase names, whether the parser
hung it on the verb or on the object; a party inside what is blamed is not blamed, and a phrase
naming no party ('on injuries') blames no one. Through the real model; the exact (event type,
agent, target) set of the whole reading."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # (bbc-sport-439, BBC development: an Accusation of Farina Elia, who beat her)
    ("Williams though blamed her defeat by Farina Elia on injuries.", set()),
    # (written: the same with the phrase parsed on the verb)
    ("Williams blamed her defeat by Farina Elia on injuries.", set()),
    # near misses, read so before too: a party talked with in what is blamed (written), a party
    # in the phrase is blamed, and 'blame X for Y' blames X (written)
    ("Mr Dobson blamed the collapse of the talks with Unison on a lack of money.", set()),
    ("Ariel Sharon blamed the violence on Hamas.", {("Accusation", "Ariel Sharon", "Hamas")}),
    ("The US blamed the bombing of its embassy in Nairobi on al-Qaeda.",
     {("Accusation", "United States", "al-Qaeda")}),
    ("Tony Blair blamed the Conservatives for the rise in crime.",
     {("Accusation", "Tony Blair", "Conservative Party (United Kingdom)")}),
    # (bbc-sport-047, BBC development: 'on Sunday' says when, not whom)
    ("But Kenteris has continually protested his innocence - and on Sunday blamed Greek Olympic "
     "Committee officials and his former coach Christos Tzekos for failing to inform him of the "
     "test.",
     {("Accusation", "Kenteris", "Greek Olympic Committee"),
      ("Accusation", "Kenteris", "Christos Tzekos")}),
])
def test_blamed_on(read_triples, text, expected):
    assert read_triples(text) == expected
