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


@pytest.mark.parametrize(("text", "expected"), [
    # a party's members of a parliament are members, not the party (development sentences:
    # bbc-politics-203, read as the Conservative Party once 'Tory' named it; bbc-politics-281)
    ("A senior Tory MP has criticised agriculture department Defra's \"lackadaisical\" approach "
     "to planning for a future foot and mouth outbreak.",
     {("senior Tory MP", "Criticism", "Defra")}),
    ("Mr Kilroy-Silk accused his fellow UKIP MEPs of being content with growing fat.",
     {("Robert Kilroy-Silk", "Accusation", "fellow UKIP MEPs")}),
    ("Conservative MPs accused Mr Blair of lying.",
     {("Conservative MPs", "Accusation", "Tony Blair")}),
    # … while a party's spokesman speaks for it
    ("A Tory spokesman accused Labour of waste.",
     {("Conservative Party (United Kingdom)", "Accusation", "Labour Party (United Kingdom)")}),
])
def test_party_members_of_parliament_are_not_the_party(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # those who once served in a body act for themselves, not as the body (a blind audit of
    # unseen news credited the Royal Navy with what a campaign its veterans backed said);
    # sentences written for it in news style …
    ("Royal Navy veterans criticised Tony Blair.",
     {("Royal Navy veterans", "Criticism", "Tony Blair")}),
    ("The Royal Navy veteran accused Tony Blair of lying.",
     {("Royal Navy veteran", "Accusation", "Tony Blair")}),
    ("Black Watch veterans accused Geoff Hoon of betraying the regiment.",
     {("Black Watch veterans", "Accusation", "Geoff Hoon")}),
    # … while serving soldiers and inspectors act for their body
    ("UN inspectors criticised Iraq.", {("United Nations", "Criticism", "Iraq")}),
])
def test_veterans_are_not_the_body(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected
