"""Issue 16, sides typed as towns and states where the sport words missed the report: a rugby
side's announcement or a championship preview names few of them ('caps', 'skipper'), an
athletics report says 'championships' and 'marathon' (rules/extract/mentions.json
sport_words). Once the article is read as a sports report, a town's name in brackets on a team
sheet is the player's club and a state's name the national side. Through the real model; the
sentences are written in the manner of development reports (bbc-sport-334, bbc-sport-335, not
in tests/data/audit/split.json): the (label, kind) pairs that must and must not be there. The
same words in a report that is no sports report leave its towns towns."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a side's announcement: 'caps' with 'coach' and 'match' (after dev bbc-sport-334)
    ("England have named Bath prop Matt Stevens to start against Ireland on Sunday. It will be "
     "his first start after two caps as a replacement, coach Andy Robinson said after last "
     "week's match.\n\nJ Robinson (Sale Sharks, capt); J Noon (Newcastle), O Barkley (Bath), "
     "S Thompson (Northampton), M Corry (Leicester), L Moody (Leicester).",
     {("Newcastle", "Organization"), ("Northampton", "Organization"), ("J Noon", "Person")},
     {("Newcastle", "City"), ("Northampton", "City")}),
    # a championship preview: 'skipper' with 'championship' and 'tournament' (after dev
    # bbc-sport-335)
    ("Italy skipper Marco Bortolami expects a bruising game when his side face Scotland on "
     "Saturday. Italy opened the championship with a stubborn display against Ireland but lost "
     "28-17, and they have won only three games in the tournament since 2000.",
     {("Ireland", "Organization"), ("Scotland", "Organization")},
     {("Ireland", "State"), ("Scotland", "Region")}),
])
def test_a_report_with_few_sport_words_is_a_sports_report(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # caps on prices in a business report (written)
    ("The regulator will keep the caps on water bills for another year, it said in Newcastle "
     "on Tuesday. Customers in Northampton will pay 3% more.",
     {("Newcastle", "City")}, {("Newcastle", "Organization")}),
    # marathon talks and a boat's skipper (written)
    ("After marathon talks in Brussels, ministers agreed new fishing quotas. The skipper of a "
     "trawler from Peterhead said the deal would cost jobs in Scotland.",
     {("Brussels", "City")}, {("Brussels", "Organization"), ("Scotland", "Organization")}),
])
def test_the_same_words_elsewhere_leave_towns_towns(assert_read, text, present, absent):
    assert_read(text, present, absent)
