"""Co-agents agreeing together on a view share it; they agree nothing with each other
(kg_builder/extract/constructions/opinions.py: agrees_on_a_view; rules in verb_triggers.json:
view_preps, view_nouns). Development sentences (reuters-14708, reuters-2502, bbc-politics-211;
the near misses after reuters-11372 and reuters-5258, with states for the coffee groups): where
what is agreed on is what is to be done, or a partner is named, what was read before stays."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _both(event: str, a: str, b: str) -> set[tuple[str, str, str]]:
    return {(event, a, b), (event, b, a)}


@pytest.mark.parametrize(("text", "expected"), [
    # a view shared: no Agreement between the co-agents (each read one before)
    ("Miyazawa once again said he and Treasury Secretary James Baker agree on the need for "
     "stable foreign exchange rates.", set()),
    ("Garn said he and Committee Chairman William Proxmire agree on the need for legislation but "
     "they differed over strategy.", set()),
    ("A Department for Constitutional Affairs spokeswoman said Lord Woolf and Lord Falconer "
     "agreed about what happened in practice.", set()),
])
def test_view_shared(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: what is to be done, a pact, or a partner named on the verb
    ("The United States and Jordan have agreed upon a new free-trade pact.",
     _both("Agreement", "United States", "Jordan")),
    ("Brazil and Colombia could not agree on how to calculate export quota shares at a recent "
     "council meeting here.",
     _both("Agreement", "Brazil", "Colombia") | _both("Rejection", "Brazil", "Colombia")),
    ("Brazil and Colombia failed to agree on how coffee export quotas should be calculated.",
     _both("Agreement", "Brazil", "Colombia") | _both("Rejection", "Brazil", "Colombia")),
    ("Japan agreed with the United States on the need for stable exchange rates.",
     {("Agreement", "Japan", "United States")}),
])
def test_what_is_to_be_done(read_triples, text, expected):
    assert read_triples(text) == expected
