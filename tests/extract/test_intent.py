"""An offer or promise of a non-hostile act towards a party is an expressed intent to cooperate
(constructions/intent.py); the offer itself is asserted."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Libya offered to hand over the two suspects to Britain.",
     {("Libya", "Agreement", "United Kingdom", "positive", "asserted")}),
    ("Iraq said it would allow the return of UN inspectors.",
     {("Iraq", "Agreement", "United Nations", "positive", "asserted")}),
    # an announced hostile act is no offer of cooperation
    ("Syria is prepared to resume shelling Lebanese villages.", set()),
    # a company's offer to a party that is not political is business, no event (development
    # sentence; it was an Agreement)
    ("Scandal-hit jet fuel supplier China Aviation Oil has offered to repay its creditors $220m "
     "(£117m) of the $550m it lost on trading in oil futures.", set()),
    # a plan promises nothing (development sentences; both were Agreements)
    ("The Liberal Democrats also say they are planning to hold daily news conferences with "
     "Charles Kennedy.", set()),
    ("Nigeria plans to issue on April 7 a further 1.5 billion dlrs in short-term promissory notes "
     "to its uninsured trade creditors in connection with existing arrears on those debts, Law "
     "Debenture Trust Corp Plc said as trustee for the notes.", set()),
    # a promise to stop or cut something between the parties is a break announced, no
    # cooperation (dev sheet c5, reuters-5542: the Agreement was judged wrong type; the second
    # sentence invented)
    ("Sweden, in a similar move last week, promised to halt all trade with South Africa by "
     "October.", set()),
    ("Britain promised to end all arms exports to Argentina.", set()),
    # … giving up an act of one's own is a promise (dev sheet c3, reuters-10352, judged right)
    ("Under the pact, Japan pledged to stop dumping microchips in the U.S.",
     {("Japan", "Agreement", "United States", "positive", "asserted")}),
])
def test_intent(read_with, text, expected):
    assert read_with(text, "intent", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # going back to a court or to Parliament promises the court or Parliament nothing
    # (development sheets judged both Agreements wrong: dev-c4 "no agreement with the US;
    # misread", dev-c1 "plan to bring proposals, not agreement with Parliament")
    ("Yukos will return to a US court on Wednesday to seek sanctions against Baikal Finance "
     "Group, the little-known firm which has bought its main asset.", set()),
    ("New Home Secretary Charles Clarke said he would carefully consider the ruling and would "
     "return to Parliament early in the new year with proposals.", set()),
    # … returning something to a party is a promise to it
    ("Iran said it would return the sailors to Britain.",
     {("Iran", "Agreement", "United Kingdom", "positive", "asserted")}),
])
def test_going_back_promises_nothing(read_with, text, expected):
    assert read_with(text, "intent", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the party of a promised act is searched as the verb triggers search an agreed act: not in
    # where or in what role it is done (development sentences of the clausal-target study were
    # read as Agreements with the board, the chief executive officer, the Asian Development
    # Bank; these are written like them)
    ("The former senator has agreed to serve as a member of the Foreign Intelligence Advisory "
     "Board.", set()),
    ("The governor has agreed to serve as chairman of the Irish Development Authority.", set()),
    ("Mr Smith has promised to remain as an adviser to the Commonwealth Secretariat.", set()),
    ("Britain is prepared to hold talks at the United Nations.", set()),
    # … nor in what a noun's infinitive is for
    ("The sources said the move was designed to show that West Germany was prepared to play its "
     "part in the effort to attain European Community monetary unity by 1992.", set()),
    # a phrase of a setting that names a state is searched; so is a party the act is done to
    ("Algeria offered to act as a mediator between Iran and Iraq.",
     {("Algeria", "Agreement", "Iran", "positive", "asserted"),
      ("Algeria", "Agreement", "Iraq", "positive", "asserted")}),
    ("Canada is prepared to make concessions to the United States on financial services.",
     {("Canada", "Agreement", "United States", "positive", "asserted")}),
])
def test_promised_act_setting_is_no_party(read_with, text, expected):
    assert read_with(text, "intent", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hostile act named after 'to' announces no cooperation (development sentence of
    # reuters-16220, an Agreement of the union with the auto makers)
    ("United Automobile Workers (UAW) president Owen Bieber was loudly cheered by some 3,000 "
     "local delegates at a special bargaining strategy convention yesterday when he declared "
     "the 1.1 mln-member union is ready to go to \"war\" against the major auto makers in "
     "support of its goals.", set()),
    ("Iran said it was prepared to resort to force against Iraq.", set()),
    # … but aid after 'to' is still promised
    ("Britain is ready to go to the aid of Kuwait.",
     {("United Kingdom", "Agreement", "Kuwait", "positive", "asserted")}),
])
def test_a_hostile_act_after_to_promises_nothing(read_with, text, expected):
    assert read_with(text, "intent", framing=True) == expected
