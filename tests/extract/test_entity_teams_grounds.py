"""Issue 16, type errors in sports reports and peers' titles: a state's name before a team
official's noun is the national team ('the former England coach'; mentions.team_nouns); a
report known by a word only sport uses ('offside', 'free-kick'; mentions.sport_strong_words)
reads its clubs and teams as sides; a ground the gazetteers know as a town is a place, not the
club read from it elsewhere (kg_builder/extract/grounds.py); the town in a peer's title is a
town, whatever the NER tagged (kg_builder/extract/peerages.py); a one-word name the NER took for
a person's that is the subject of a plural verb is a side ('Lazio are favourites';
kg_builder/extract/sides.py). Through the real model;
sentences from development articles of BBC (dev9-dev11, not in tests/data/audit/split.json) or
written for the rule: the (label, kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the national team's officials (dev9 bbc-sport-226: a region; the last sentence written)
    ("The club have confirmed that the former England coach will be unveiled as the successor "
     "to Dave Jones at a news conference. The striker and the goalkeeper missed the match.",
     {("England", "Organization")}, {("England", "Region")}),
    # the team's coach, and the country he lives in (written)
    ("The Scotland manager, who lives in Scotland, named his squad for the match. The striker "
     "and the goalkeeper were left out of the team.",
     {("Scotland", "Organization"), ("Scotland", "Region")}, set()),
])
def test_team_officials_name_the_team(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a rugby report with one common sport word and 'offside' (dev11 bbc-sport-288: a state)
    ("England's Josh Lewsey has claimed he was denied a late try in his side's Six Nations loss "
     "to Ireland. The referee said he was offside.",
     {("Ireland", "Organization")}, {("Ireland", "State")}),
    # a football report (dev10 bbc-sport-269: both clubs towns)
    ("Titus Bramble's own goal put Liverpool on the comeback trail as injury-hit Newcastle were "
     "well beaten. Kluivert looked suspiciously offside when Kieron Dyer set Bowyer free.",
     {("Newcastle", "Organization")}, {("Newcastle", "City")}),
])
def test_words_only_sport_uses_make_a_sports_report(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a ground the gazetteers know as a town, and 'return to' it (dev11 bbc-sport-152: the club)
    ("Milan beat Juventus in a penalty shootout after a 0-0 tie at Old Trafford and Ancelotti "
     "said: \"We are all very happy to return (to Old Trafford) to play.\" The striker and the "
     "midfielder missed the match.",
     {("Old Trafford", "Place")}, {("Old Trafford", "Organization"), ("Old Trafford", "City")}),
    # a ground the NER took for a region (dev10 bbc-sport-159)
    ("Barcelona secured a 2-1 Champions League first-leg lead in the Nou Camp. The striker and "
     "the midfielder missed the match.",
     {("Nou Camp", "Place")}, {("Nou Camp", "Region")}),
    # the ground's name before a common noun stays the club (dev-sheet bbc-sport-282, written
    # around it)
    ("\"It was a fantastic game of football,\" said the Old Trafford boss. The striker and the "
     "midfielder scored twice in the match.",
     set(), {("Old Trafford", "Place")}),
])
def test_grounds_are_places(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # written: the NER takes the town for an organisation, the region for a person
    ("Lord Roberts of Conwy, a former Welsh Office minister, said the plan was flawed.",
     {("Conwy", "City"), ("Roberts", "Person")}, {("Conwy", "Organization")}),
    ("Baroness Thatcher of Kesteven attended the dinner.",
     set(), {("Kesteven", "Person")}),
])
def test_the_place_in_a_peers_title(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a club after 'against' and as the subject of 'are' (dev10 bbc-sport-222: a person)
    ("Middlesbrough boss Steve McClaren praised his side after the 2-0 Uefa Cup win against "
     "Lazio. \"No matter what anybody says, Lazio are favourites to win this competition.\" "
     "The striker scored.",
     {("Lazio", "Organization"), ("Steve McClaren", "Person")}, {("Lazio", "Person")}),
])
def test_a_name_with_a_plural_verb_is_a_side(assert_read, text, present, absent):
    assert_read(text, present, absent)
