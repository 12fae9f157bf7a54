"""Whose affairs are talked about is no party talked with (issue 15, wrong target: the topic read
as the counterpart): the owner of what a verb of talking acts on (kg_builder/extract/matters.py,
``owns_what_is_discussed``). Development sentences of Reuters and BBC (one rewritten only to name
its subject, which the article gives in the sentence before); the near misses keep what was read
before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # reuters-8044: the meeting is with Baldrige; Japan's violations are what is discussed
    ("Semiconductor industry representatives met with Baldrige and State Department officials "
     "to discuss Japan's alleged violations of a September 1986 agreement to stop dumping its "
     "microchips in the United States and other countries.",
     {("Meeting", "industry representatives", "Baldrige")}),
    # bbc-business-487 (subject named): China's power and Iraq's future are the topics
    ("For five days, the leaders will discuss issues ranging from China's economic power to "
     "Iraq's future after this Sunday's elections.", set()),
    # reuters-3292 (subject named)
    ("In particular, the bankers discussed Brazil's debt moratorium.", set()),
    # near misses: a partner named with 'with' stays, however it is named; a tie's partner
    # the agent owns stays (matters.py)
    ("The ministers discussed the debt with Brazil's finance minister.",
     {("Consultation", "ministers", "Brazil")}),
    ("Japan agreed to discuss the future of its relations with the United States.",
     {("Agreement", "Japan", "United States"), ("Consultation", "Japan", "United States")}),
])
def test_discussed_owners(read_triples, text, expected):
    assert read_triples(text) == expected
