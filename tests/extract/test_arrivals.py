"""Acts a journey or an arrival still to come is for (arrivals.py: 'is due in Jakarta for
talks'; prospects.py: the purpose of a journey in the present, 'travels to Washington later
this month to meet …', where the parser hangs it as a complement). Sentences written for these
tests in news style, after development sentences of the kind that went wrong (each was
asserted)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # due somewhere, for talks: planned, not held (was asserted)
    ("The Italian trade minister is due in Jakarta for talks with Indonesian officials.",
     {("Italy", "Meeting", "Indonesia", "positive", "hedged")}),
    ("Mr Ruggiero was due in Jakarta for talks with President Suharto.",
     {("Ruggiero", "Meeting", "Suharto", "positive", "hedged")}),
    # the purpose of a journey in the present, dated ahead (was asserted)
    ("Tony Blair travels to Washington later this month to meet George Bush.",
     {("Tony Blair", "Visit", "United States", "positive", "hedged"),
      ("Tony Blair", "Meeting", "George Bush", "positive", "hedged")}),
    # near misses, unchanged: a journey made, a stay, an arrival that happened
    ("Tony Blair went to Washington to meet George Bush.",
     {("Tony Blair", "Meeting", "George Bush", "positive", "asserted")}),
    ("Tony Blair was in Washington for talks with George Bush.",
     {("Tony Blair", "Meeting", "George Bush", "positive", "asserted")}),
    ("The Italian trade minister arrived in Jakarta for talks with Indonesian officials.",
     {("Italy", "Visit", "Indonesia", "positive", "asserted"),
      ("Italy", "Meeting", "Indonesia", "positive", "asserted")}),
])
def test_arrival_purpose(framed, text, expected):
    assert framed(text) == expected
