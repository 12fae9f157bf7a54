"""People named after what they back act for themselves (advocates.py, mentions.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # campaigners for a regiment, supporters of a party are not the regiment or the party
    # (sentences written for the class of the held-out audit: campaigners for a regiment
    # credited as the regiment; each act was the regiment's or the party's) …
    ("Black Watch campaigners threatened to sue the Ministry of Defence.",
     {("Black Watch campaigners", "Threat", "Ministry of Defence"),
      ("Black Watch campaigners", "Lawsuit", "Ministry of Defence")}),
    ("Labour supporters criticised Tony Blair.",
     {("Labour supporters", "Criticism", "Tony Blair")}),
    ("Hamas supporters attacked Israeli troops.",
     {("Hamas supporters", "Attack", "Israel")}),
    # … while campaigners of a campaigning body, and fighters of a movement, act for it
    ("Greenpeace campaigners criticised Japan.",
     {("Greenpeace", "Criticism", "Japan")}),
    ("Hezbollah guerrillas attacked Israeli troops.",
     {("Hezbollah", "Attack", "Israel")}),
])
def test_backers_are_not_what_they_back(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected
