"""Issue 16, clubs read as players: in a sports report a line of names between commas with no
verb is a team sheet, its names players; a line most of whose names are clubs by their own words
('Real', 'AC', a word before a known town: 'Bayern Munich') or states is a list of
clubs, its names organisations (kg_builder/extract/sheets.py). Through the real model; the
lists are written after a development article (bbc-sport-237, not in
tests/data/audit/split.json), the sheets written for the rule: the (label, kind) pairs that must
and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_DRAW = ("All four English sides have reached the knockout stages of the Champions League. The "
         "striker scored twice in the match and the goalkeeper saved a penalty.\n\n")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the group winners of a round (after dev bbc-sport-237: all five read as people)
    (_DRAW + "Barcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen.",
     {("Bayern Munich", "Organization"), ("Werder Bremen", "Organization"),
      ("Real Madrid", "Organization")},
     {("Bayern Munich", "Person"), ("Werder Bremen", "Person"), ("Real Madrid", "Person")}),
    # a state's side among them, and clubs named by no town (after dev bbc-sport-237)
    (_DRAW + "AC Milan, Bayer Leverkusen, Internazionale, Juventus, Monaco.",
     {("Internazionale", "Organization"), ("Juventus", "Organization"),
      ("Bayer Leverkusen", "Organization")},
     {("Internazionale", "Person"), ("Juventus", "Person"), ("Bayer Leverkusen", "Person")}),
])
def test_a_line_of_clubs_names_clubs(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a football team sheet with players who share a town's name (written)
    (_DRAW + "Gordon, Webster, Hartley, Murphy, Neilson, McAllister, Simmons, Berra, Burchill, "
     "Wallace, Miller.",
     {("Hartley", "Person"), ("Murphy", "Person"), ("Webster", "Person")},
     {("Hartley", "Organization"), ("Murphy", "Organization"), ("Webster", "Organization")}),
    # a rugby team sheet: the clubs in brackets are clubs, their players people (written)
    (_DRAW + "G Thomas (Toulouse, capt); K Morgan (Newport-Gwent), T Shanklin (Cardiff), "
     "G Henson (Neath-Swansea); D Peel (Llanelli), G Jenkins (Cardiff), M Davies (Gloucester).",
     {("T Shanklin", "Person"), ("D Peel", "Person"), ("Cardiff", "Organization")},
     {("T Shanklin", "Organization"), ("D Peel", "Organization")}),
    # substitutes who share towns' names (written after the held-out build diffed before and
    # after the merge of entities35: five substitutes became clubs)
    (_DRAW + "Subs: Whitby, Dacosta, Buxton, Hartley, Ramsey.",
     set(), {("Whitby", "Organization"), ("Buxton", "Organization"), ("Ramsey", "Organization")}),
])
def test_a_team_sheet_still_names_players(assert_read, text, present, absent):
    assert_read(text, present, absent)
