"""Issue 16, a club typed a town: in a sports report a town's name the article reads as its club
where it names it outside a preposition ('Tottenham manager …', "Southampton's defender") is
the club, an organisation, also where it stands after 'at', 'with' or 'for' ('his time at
Tottenham', 'a new contract with Everton'), which a club takes as well as a town. Not after a
preposition of a match's or a meeting's place ('in', 'from'), nor after a motion verb and 'to'
('travel to Edinburgh'), nor outside sports reports. Through the real model; the sentences
are written in the manner of development reports (bbc-sport-202, bbc-sport-262): the (label,
kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # 'at' after the club named as a subject and before a role (after dev bbc-sport-202)
    ("Tottenham manager Martin Jol wants a new striker before Saturday's league match against "
     "Fulham. \"My time at Tottenham has been a happy one and the squad is strong,\" the Dutch "
     "coach said.",
     {("Tottenham", "Organization")}, {("Tottenham", "City")}),
    # 'at' after the club named as the subject of a plural verb (after dev bbc-sport-262)
    ("Tottenham are ready to sign the Iceland midfielder after his trial last week. \"We want to "
     "give young players a place at Tottenham where they can improve,\" said the sporting "
     "director after the league match.",
     {("Tottenham", "Organization")}, {("Tottenham", "City")}),
    # 'at' after the club's possessive (written)
    ("Southampton's defender Claus Lundekvam has signed a new deal. The 31-year-old has spent "
     "ten seasons at Southampton and wants to finish his career in the Premiership, the coach "
     "said before the match.",
     {("Southampton", "Organization")}, {("Southampton", "City")}),
])
def test_a_town_read_as_its_club_elsewhere_is_the_club_after_at(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # where the match is: 'in' (written)
    ("Newcastle winger Laurent Robert missed training on Friday. The squad will fly out on "
     "Sunday after the league match in Newcastle, the coach said.",
     {("Newcastle", "City")}, set()),
    # a town never read as the club stays the town after 'at' (written)
    ("The 25-year-old sprinter won the 60m title at Birmingham last month, and her coach "
     "expects a medal at the European indoor championships.",
     {("Birmingham", "City")}, {("Birmingham", "Organization")}),
    # not a sports report: the town after 'at' (written)
    ("Tottenham MP David Lammy opened a new library on Friday. He said the money spent at "
     "Tottenham would help families across north London.",
     {("Tottenham", "City")}, set()),
])
def test_a_town_where_something_happens_stays_the_town(assert_read, text, present, absent):
    assert_read(text, present, absent)
