"""An unnamed spokesperson speaks for the party named with it (extract/speakers.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (bbc-tech-035): the annotator's agent is Reporters Without Borders
    ("A spokesman for Reporters Without Borders, which tracks press freedom across the globe, "
     "described Mr Sigarchi's sentence as \"harsh\" and called on Iranian President Mohammed "
     "Khatami to work to secure his immediate release.",
     {("Reporters Without Borders", "Request", "Mohammad Khatami")}),
    ("A spokesman for Oxfam criticised Tony Blair.", {("Oxfam", "Criticism", "Tony Blair")}),
    ("The Oxfam spokeswoman accused Tony Blair of lying.",
     {("Oxfam", "Accusation", "Tony Blair")}),
    ("Tony Blair was criticised by a spokesman for Oxfam.",
     {("Oxfam", "Criticism", "Tony Blair")}),
    # a spokesperson with a name of their own is that person
    ("Oxfam spokesman John Smith accused Tony Blair of lying.",
     {("John Smith", "Accusation", "Tony Blair")}),
    # a place is no principal; one criticised is no speaker
    ("A spokesman in Bonn accused Tony Blair of lying.", set()),
    ("Tony Blair criticised a spokesman for Oxfam.", set()),
])
def test_a_spokesperson_speaks_for_the_party(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
