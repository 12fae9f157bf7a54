"""Team sheets after a heading (issue 16, kg_builder/extract/sheets.py): 'Subs Not Used:' before
the substitutes' names is a heading, not a verb of the line; a bench's heading makes two names a
line of players; a player's name the tagger took for a verb ('Given') and the 'for' of a
substitution are no words of a sentence. Through the real model; the lines are from development
articles of BBC (not tests/data/audit/split.json: bbc-sport-214, -269, -278, -101, -294), after a
written sentence that makes the text a sports report."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

REPORT = ("The midfielder scored in the second half of the Premiership match, and the striker hit "
          "the bar. ")


@pytest.mark.parametrize(("line", "players"), [
    ("Subs Not Used: White, McIntosh, Wood, Lloyd, Herron.",
     {"White", "McIntosh", "Wood", "Lloyd", "Herron"}),
    ("Subs Not Used: Cudicini, Bridge.", {"Cudicini", "Bridge"}),
    ("Subs Not Used: Weaver, Onuoha, Flood.", {"Weaver", "Onuoha", "Flood"}),
    ("Newcastle: Given, Andrew O'Brien, Elliott, Bramble, Bernard, Bowyer, Dyer (Ambrose 80), "
     "Jenas, Milner (N'Zogbia 72), Kluivert (Robert 58), Ameobi.",
     {"Given", "Elliott", "Bramble", "Jenas", "Milner", "Ameobi"}),
    ("Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77), Wheatley for Hatley "
     "(71). Not used: Fury, Brooks",
     {"Everitt", "Hodgson", "Wheatley", "Hatley", "Fury", "Brooks"}),
])
def test_the_names_after_a_heading_are_players(read_entities, line, players):
    kinds = dict(read_entities(REPORT + line))
    assert {name: kinds.get(name) for name in players} == dict.fromkeys(players, "Person")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # what follows a speaker's colon is no line of names (written)
    (REPORT + "Arsenal manager Arsene Wenger watched. Wenger said: \"Chelsea, Everton and Bolton "
     "are still in the race.\"",
     {("Arsene Wenger", "Person")}, {("Arsenal", "Person"), ("Wenger", "Organization")}),
    # clubs listed after a heading stay clubs (written)
    (REPORT + "Through to the last eight: Chelsea, Arsenal, Newcastle and Fulham.",
     {("Chelsea", "Organization"), ("Newcastle", "Organization")},
     {("Chelsea", "Person"), ("Newcastle", "Person")}),
])
def test_a_heading_that_is_no_bench(assert_read, text, present, absent):
    assert_read(text, present, absent)
