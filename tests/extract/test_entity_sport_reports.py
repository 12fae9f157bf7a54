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
    # an athletics report: 'championships' and 'marathon' with 'athletics' (after dev
    # bbc-sport-002)
    ("Sonia O'Sullivan could run in next month's World Cross Country Championships, Athletics "
     "Ireland said. The 35-year-old is preparing for the London marathon, and her return would "
     "boost the Ireland team who won the bronze three years ago.",
     {("Ireland", "Organization")}, {("Ireland", "State")}),
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
    # a town after 'in' in an athletics report stays the town, even where the parser made it
    # the subject (after dev bbc-sport-064)
    ("James McIlroy won the 800m at the indoor meeting in Erfurt, his second victory in a week "
     "before the European indoor championships. And his time in Erfurt makes him third fastest "
     "over 800m in the world this year, ahead of the London marathon winner.",
     {("Erfurt", "City")}, {("Erfurt", "Organization")}),
])
def test_the_same_words_elsewhere_leave_towns_towns(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a town the NER took for an organisation, named only after 'from' and 'at': where she
    # lived, where a title was won (after dev bbc-sport-001 and bbc-sport-439)
    ("The 25-year-old sprinter won the indoor title last month. Since moving from Colchester to "
     "London she has improved her best, and her coach expects a medal at the championships.",
     {("Colchester", "City")}, {("Colchester", "Organization")}),
    ("Sania Mirza, the first Indian woman to win a WTA Tour title on home ground at Hyderabad, "
     "will face the US Open champion in the third round of the tournament.",
     {("Hyderabad", "City")}, {("Hyderabad", "Organization")}),
])
def test_a_town_after_a_preposition_of_place_stays_a_town(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a club named after 'from' and elsewhere as a side stays the club (after dev
    # bbc-sport-255)
    ("Premiership leaders Chelsea and the Gunners drew 2-2 on Sunday. United are now four "
     "points behind Arsenal and a further five back from Chelsea in the league.",
     {("Chelsea", "Organization")}, {("Chelsea", "City")}),
    # a club a manager led, named only after 'at' (written after the held-out diff, lead s37)
    ("The former striker was appointed manager of the Premiership side on Monday. His previous "
     "managerial experience came at Coventry, whom he led for five years.",
     {("Coventry", "Organization")}, {("Coventry", "City")}),
])
def test_a_club_named_after_from_stays_a_club(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a ground's name with two sport words that are no player's position (written, in the
    # manner of dev bbc-sport-267)
    ("Hearts will be without two defenders for Thursday's Uefa Cup tie at Murrayfield. Basle "
     "need only a draw to go through, and Ferencvaros travel to Rotterdam.",
     {("Basle", "Organization"), ("Murrayfield", "Place")},
     {("Basle", "Person"), ("Basle", "City"), ("Murrayfield", "Organization")}),
    # a transfer story: 'striker' alone, and the ground (written, in the manner of dev
    # bbc-sport-272)
    ("Newcastle have joined the race to sign the Real Madrid striker. Monaco are also keen, but "
     "the Spaniard said he liked Anfield and would talk to Liverpool again.",
     {("Newcastle", "Organization"), ("Monaco", "Organization"), ("Anfield", "Place")},
     {("Newcastle", "City"), ("Monaco", "State")}),
])
def test_a_ground_named_counts_as_a_sport_word(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a concert at a ground with no sport word: no sports report (written)
    ("The band will play two nights at Wembley in June, the promoter said. Birmingham will "
     "host the final show of the tour in July.",
     {("Birmingham", "City")}, {("Birmingham", "Organization")}),
])
def test_a_ground_alone_makes_no_sports_report(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # an athletics club: a town and 'Harriers' (written, in the manner of dev bbc-sport-068)
    ("Kelly Holmes, of Preston Harriers, won the 800m title, with Jo Fenn of Croydon Harriers "
     "second. The championships continue on Sunday in Sheffield with the sprint hurdles.",
     {("Preston Harriers", "Organization"), ("Croydon Harriers", "Organization"),
      ("Sheffield", "City")},
     {("Preston Harriers", "Person"), ("Croydon Harriers", "Person")}),
    # a rugby club: a town and 'RFC' (written, in the manner of dev bbc-sport-297)
    ("Wales hooker Mefin Davies, who joined from Neath RFC last summer, will start at Kingsholm, "
     "the coach said before the league match.",
     {("Neath RFC", "Organization")}, {("Neath RFC", "City"), ("Neath RFC", "Person")}),
])
def test_a_town_and_a_club_word_is_the_club(assert_read, text, present, absent):
    assert_read(text, present, absent)
