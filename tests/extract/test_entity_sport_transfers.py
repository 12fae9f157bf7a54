"""Sides in sports reports read from what is said of a name: a town's name a player moves from
or to, or whose fans or side are named, is the club (kg_builder/extract/transfers.py); a state's
name before a position or a noun of players with no name after is the national side
(kg_builder/extract/sides.py side_of_position); a state's name in brackets after a player's,
or owning a surname of a player the article names in full, is the player's nationality, the
state (cues._nationality). Through the real model; sentences from the development part of BBC
sport (tests/data/audit/split.json), each with a sentence of its own article that makes it a
sports report: the (label, kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-sport-154: Seville was a city
    ("The striker joined the Gunners from Seville for £17m at the start of 2004, but it has "
     "frequently been reported that he is homesick. He began the season in superb form but has "
     "struggled to maintain his high standards as Arsenal have gradually lost the Premiership "
     "initiative to Manchester United and Chelsea.",
     {("Seville", "Organization")}, {("Seville", "City")}),
    # bbc-sport-199: Parma was a city
    ("Chelsea have decided to write off a possible transfer fee for Mutu, a £15.8m signing from "
     "Parma last season, who may face a two-year suspension. Mutu scored six goals in his first "
     "five games after arriving at Stamford Bridge but his form went into decline and he was "
     "frozen out by coach Jose Mourinho.",
     {("Parma", "Organization")}, {("Parma", "City")}),
    # bbc-sport-176: Leeds was a city
    ("The former Liverpool striker, who moved to City in 2003 after a poor stint at Leeds, has "
     "battled back into first-team contention after struggling with fitness at the start of the "
     "season. The 29-year-old, out of favour at City earlier this season, took his Premiership "
     "goal tally past 150 with a brace in Monday's 3-2 win at Norwich.",
     {("Leeds", "Organization")}, {("Leeds", "City")}),
    # bbc-sport-197: West Ham was a city
    ("Police in riot gear battled with West Ham fans in the Matthew Harding stand and at least "
     "one supporter required treatment. Mateja Kezman, the scorer of Chelsea's goal, needed "
     "treatment on a head injury during the match after being hit by a missile. A spokeswoman "
     "for Chelsea said the club would await the referee's report before deciding on its course "
     "of action.",
     {("West Ham", "Organization")}, {("West Ham", "City")}),
])
def test_clubs_players_move_between(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-sport-050: where tests were missed, and where the pair flew, stay towns and states
    ("The Greek pair were charged after missing a series of routine drugs tests in Tel Aviv, "
     "Chicago and Athens. Under IAAF rules, the athletes could receive a maximum one-year "
     "suspension for doping before the Olympics, the sprinter's coach said.",
     {("Chicago", "City")}, {("Chicago", "Organization")}),
    # bbc-sport-014: a home town stays one
    ("McIlroy now lives in Windsor and feels his career has been transformed by the no-nonsense "
     "leadership style of former Army sergeant Lester. The athletics champion won the 800m at "
     "the indoor championships, where the sprinter and the hurdles were watched.",
     {("Windsor", "City")}, {("Windsor", "Organization")}),
])
def test_towns_stay_towns(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-sport-268: England was a region
    ("Sol Campbell proved to be an unlikely match-winner to earn Arsenal a hard-fought win at "
     "Portsmouth. The England defender lashed home a 25-yard shot for his first goal in 16 "
     "months to take Arsenal back into second spot, five points behind Chelsea.",
     {("England", "Organization")}, {("England", "Region")}),
    # bbc-sport-176: a region
    ("And Keegan believes there is still more to come from the former England forward. The "
     "29-year-old, out of favour at City earlier this season, took his Premiership goal tally "
     "past 150 with a brace in Monday's 3-2 win at Norwich.",
     {("England", "Organization")}, {("England", "Region")}),
    # bbc-sport-366: a region
    ("Former All Black star Jonah Lomu says he cannot wait to run out on the pitch for former "
     "England rugby union captain Martin Johnson's testimonial on 4 June. The winger and the "
     "flanker will face the scrum-half in the match.",
     {("England", "Organization")}, {("England", "Region")}),
])
def test_national_sides_of_positions(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-sport-476: a draw's list after "Switzerland's Federer": each state was a side
    ("Local favourite Lleyton Hewitt will meet France's Arnaud Clement, while defending champion "
     "and world number one Roger Federer faces Fabrice Santoro. Switzerland's Federer, seeded "
     "one, is the hot favourite having won three of the four grand slam titles in 2004."
     "\n\n1 Roger Federer (Switzerland)\n\n3 Lleyton Hewitt (Australia)\n\n"
     "Carlos Moya (Spain)",
     {("Switzerland", "State"), ("Australia", "State"), ("Spain", "State")},
     {("Switzerland", "Organization"), ("Australia", "Organization"),
      ("Spain", "Organization")}),
])
def test_nationalities_of_players(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-sport-495: a Davis Cup tie stays between sides
    ("Another major trophy that looks beyond Federer is the Davis Cup, which was won by Spain in "
     "a 3-2 home success over the USA in Seville. The seeded champion lost in the semi-final of "
     "the tennis tournament.",
     {("Spain", "Organization")}, {("Spain", "State")}),
    # bbc-sport-380 (a fresh sample): a player named after his position is the side's, Argentina
    # stays the side where the article named Contepomi in full before
    ("The Pumas shocked the Irish early on with a try from Federico Aramburu, and Felipe "
     "Contepomi kicked 14 points. Indiscipline allowed Argentina's Leinster fly-half Contepomi to "
     "open the scoring in the third minute with a straightforward penalty. He was on the mark "
     "again two minutes later when Argentina shocked a ragged Ireland with the first try of the "
     "game.",
     {("Argentina", "Organization")}, {("Argentina", "State")}),
])
def test_national_sides_stay(assert_read, text, present, absent):
    assert_read(text, present, absent)
