"""A bare definite noun refers back to the named organisation before it (extract/anaphora.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Oxfam published a report on Monday. The charity accused Tony Blair of failing the poor.",
     {("Oxfam", "Accusation", "Tony Blair")}),
    ("Amnesty International published a report. The organisation accused Russia of torture.",
     {("Amnesty International", "Accusation", "Russia")}),
    ("Hamas fired rockets. The group accused Israel of aggression.",
     {("Hamas", "Accusation", "Israel")}),
    ("The Labour Party held its conference. The party accused Michael Howard of lying.",
     {("Labour Party (United Kingdom)", "Accusation", "Michael Howard")}),
    # a noun with something of its own is someone else; no antecedent of its kind, no one
    ("The Labour Party held its conference. The ruling party accused Michael Howard of lying.",
     set()),
    ("Tony Blair spoke on Monday. The company accused Michael Howard of lying.", set()),
    # the company last named is no subject (a development article had "The company has also
    # sued …" after its administrator sued Morgan Stanley: the company was the article's own)
    ("Enrico Bondi sued Morgan Stanley on Tuesday. The company has also sued former auditors "
     "for damages.", {("Enrico Bondi", "Lawsuit", "Morgan Stanley")}),
    # too far back: more than two sentences before
    ("Oxfam published a report. It was long. It was read. It was praised. The charity accused "
     "Tony Blair of failing the poor.", set()),
])
def test_a_definite_noun_refers_back(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
