"""Those who act for or against a party its possessive names are a group, not that party
(groups.txt, mentions.py); a spokesman still speaks for it (speakers.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "act"), [
    # a rival is not the party it rivals (development sentence, bbc-business: read as Boeing
    # accusing itself, so the accusation was lost)
    ("Boeing was sued by Lockheed Martin after its rival accused it of industrial espionage "
     "during a 1998 contract competition.",
     ("rival", "Accusation", "Boeing")),
])
def test_a_possessed_rival_is_no_party_of_its_own(read_with, text, act):
    read = read_with(text, TRIGGERS)
    assert act in read
    assert not any(agent == "Boeing" for agent, _, _ in read)


@pytest.mark.parametrize(("text", "expected"), [
    # … while a spokesman speaks for his party (development sentence, bbc-politics)
    ("A spokesman for UKIP called on Mr Hockney to quit the London Assembly.",
     {("UK Independence Party", "Request", "Hockney")}),
])
def test_a_spokesman_still_speaks_for_the_party(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected
