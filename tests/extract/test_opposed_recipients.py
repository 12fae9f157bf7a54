"""Whom an opposed act gives to or is done with is no party opposed (issue 15, wrong target: the
beneficiary or the partner of what is opposed read as its target): a phrase of the trigger
rules' ``recipient_preps`` ('to', 'with') on a noun of the object, and the dative (or the first
of two objects) or such a phrase of a verb inside the clause (kg_builder/extract/arguments.py,
``clausal_targets``). Development sentences of seed 57001; the near misses keep what was read
before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # bbc-politics-239: the officers would get the power the Federation opposes
    ("The Police Federation has said it strongly opposes giving Community Support Officers "
     "(CSOs) the power to detain suspects for up to 30 minutes.", set()),
    # reuters-20780: Congress is the partner of the summit opposed
    ("Fitzwater said this morning that the White House continued to oppose a budget summit "
     "with Congress on the grounds that it would be used by Democrats as a platform to press "
     "for a tax increase.", set()),
    # near misses: the owner or maker of the thing opposed stays
    ("The Tories oppose Labour's plans for the health service.",
     {("Disapproval", "Conservative Party (United Kingdom)", "Labour Party (United Kingdom)")}),
    ("Washington opposes the Japanese proposal to cut tariffs.",
     {("Disapproval", "United States", "Japan")}),
])
def test_opposed_recipients(read_triples, text, expected):
    assert read_triples(text) == expected
