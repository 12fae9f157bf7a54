"""Criticism without a verb of criticism (constructions/evaluation.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # dismissing someone's plan as …: the plan's owner is criticised
    ('The Tories dismissed Labour\'s maternity pay plan as "desperate".',
     {("Conservative Party (United Kingdom)", "Criticism", "Labour Party (United Kingdom)")}),
    # likening people to something is criticism of them, each of them
    ('Liam Fox likened Gordon Brown and Tony Blair to "self-obsessed schoolboys".',
     {("Liam Fox", "Criticism", "Gordon Brown"), ("Liam Fox", "Criticism", "Tony Blair")}),
    ("Michael Howard was highly critical of Tony Blair.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
    # a favourable description is none
    ("Germany described France as a reliable partner.", set()),
])
def test_evaluation(read_with, text, expected):
    assert read_with(text, "evaluation") == expected


def test_evaluation_claims_the_verb(read_with):
    """'dismissed X as nonsense' is criticism, not also the bare trigger's rejection."""
    text = "The Kremlin dismissed Yukos's lawsuit as meaningless nonsense."
    assert read_with(text, "verb_triggers") == {("Russia", "Rejection", "Yukos")}
    assert read_with(text, ("evaluation", "verb_triggers")) == {("Russia", "Criticism", "Yukos")}
