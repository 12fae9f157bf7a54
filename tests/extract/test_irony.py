"""Praise said in mockery is criticism (extract/irony.py): an adverb of mockery on the verb of
praise, or 'mock' on its noun; a sentence adverb set off by a comma says nothing of it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # sentences written for it in news style (a blind audit of unseen news read a party's
    # mockery of a minister's U-turn as praise)
    ("The Liberal Democrats mockingly congratulated Tony Blair on his U-turn.",
     {("Liberal Democrats (United Kingdom)", "Criticism", "Tony Blair")}),
    ("The Liberal Democrats sarcastically thanked Tony Blair for his U-turn.",
     {("Liberal Democrats (United Kingdom)", "Criticism", "Tony Blair")}),
    ("Michael Howard derisively hailed Tony Blair's U-turn as a triumph.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
    # near misses: a sentence adverb ('ironically' is paradox more often than mockery, and
    # is no mocking adverb), a warm praise stay praise
    ("Ironically, Michael Howard praised Tony Blair for his U-turn.",
     {("Michael Howard", "Praise", "Tony Blair")}),
    ("Michael Howard ironically praised Tony Blair for his U-turn.",
     {("Michael Howard", "Praise", "Tony Blair")}),
    ("Michael Howard warmly praised Tony Blair for his U-turn.",
     {("Michael Howard", "Praise", "Tony Blair")}),
])
def test_praise_in_mockery_is_criticism(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected
