"""A stance noun's own 'of' phrase (issue 15, events49): a veto, a rejection, criticism or
support whose target is sought in what it is of takes no stance against or for the party the
thing vetoed or criticised is aimed at or is for ('his veto of economic sanctions against South
Africa': no rejection of South Africa; noun_triggers.json ``of_topic_categories``,
``of_topic_preps``) — the noun's counterpart of the verb triggers' topic prepositions
('opposed sanctions against South Africa'). Through the real model; sentences written in the
wire's style after a development row (reuters-*, not held out nor in any audit sheet); near
misses whose thing is owned by the party stay as they are."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the party the thing is aimed at or is for is not whom the stance is against (written)
    ("Congress overrode Reagan's veto of economic sanctions against South Africa last autumn.",
     set()),
    ("The Senate overrode President Reagan's veto of the sanctions bill against South Africa.",
     set()),
    ("Congress overrode Reagan's veto of a bill on aid for the Contras.", set()),
    ("France voiced strong criticism of the campaign against Iraq.", set()),
    ("Labour's rejection of the complaint against Japan surprised the Tories.", set()),
    # near misses: whose thing it is stays the target
    ("Reagan's veto of the Congress bill angered Democrats.",
     {("Ronald Reagan", "Rejection", "United States Congress")}),
    ("Japan's rejection of the U.S. proposal angered Washington.",
     {("Japan", "Rejection", "United States")}),
    ("Nicaragua repeated its criticism of the U.S. embargo against Cuba.",
     {("Nicaragua", "Criticism", "United States"), ("United States", "Sanction", "Cuba")}),
    ("Britain renewed its criticism of Japan's trade policy.",
     {("United Kingdom", "Criticism", "Japan")}),
])
def test_stance_noun_of_phrase(event_triples, text, expected):
    assert event_triples(text) == expected
