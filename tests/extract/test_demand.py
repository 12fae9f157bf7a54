"""'X said that Y must …' is a demand of X on Y (constructions/demand.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("The United Nations said Israel must withdraw its troops from the border.",
     {("United Nations", "Demand", "Israel")}),
    ("Germany declared that Russia should release the detained journalists.",
     {("Germany", "Demand", "Russia")}),
    # a stative verb asks for no act; "no country" asks nothing of anyone in particular
    ("The minister said Britain should know the answer by now.", set()),
    ("Officials said no country should pay the ransom.", set()),
    # … nor does "an organisation" or "a judge" (development sentences; each was a Demand)
    ("Barbara Roche said an organisation should monitor and publish figures and be independent "
     "of government.", set()),
    ("A judge should look into the David Blunkett controversy as key questions remain "
     "unanswered, the Lib Dems say.", set()),
    ("The Lib Dems say the judge should look into the David Blunkett controversy.",
     {("Liberal Democrats (United Kingdom)", "Demand", "judge")}),
    # a right or a capability wanted for the subject asks no act of it; a thing of the party's
    # is not the party (development sentences; each was a Demand)
    ("The Usdaw trade union said shop workers should be able to enjoy a break with their "
     "families.", set()),
    ("Director of public credit Angel Gurria told reporters that Mexico's economy should resume "
     "growth this year, but he said external conditions are not favorable.", set()),
    ("Angel Gurria told reporters that Mexico should resume growth this year.",
     {("Angel Gurria", "Demand", "Mexico")}),
    ("Mr Howard said Britain should take its fair share of the world's \"genuine refugees\".",
     {("Howard", "Demand", "United Kingdom")}),
    # what should have been done can no longer be asked for: it is criticism (development
    # sentences; they were Demands)
    ("Lady Hale said immigration officers should have treated all would-be passengers in the "
     "same way, only using more intrusive questioning if there was a specific reason.",
     {("Hale", "Criticism", "immigration officers")}),
    ("Mr Blair said Mr Livingstone should have withdrawn the comment immediately.",
     {("Tony Blair", "Criticism", "Ken Livingstone")}),
    ("Mr Blair said Mr Livingstone should withdraw the comment immediately.",
     {("Tony Blair", "Demand", "Ken Livingstone")}),
])
def test_demand(read_with, text, expected):
    assert read_with(text, "demand") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker's own state, named, is what the speaker says it should do: no demand of anyone
    # (development sentences of bbc-politics-106, a report that names only British parties, and
    # of bbc-politics-193; each was a Demand on the United Kingdom)
    ("Michael Howard has launched an attack on the cost of Britain's \"chaotic\" asylum system "
     "under Tony Blair. The Tory leader said English local authorities have spent more than £3bn "
     "on asylum since Labour won power in 1997. Mr Howard said Britain should take its fair share "
     "of the world's \"genuine refugees\".", set()),
    ("The Liberal Democrats have long argued that Britain should be a safe haven for asylum "
     "seekers.", set()),
    # … but another state, one's government, or a foreign speaker's demand on one's state is
    ("Michael Howard has launched an attack on the cost of Britain's \"chaotic\" asylum system "
     "under Tony Blair. The Tory leader said English local authorities have spent more than £3bn "
     "on asylum since Labour won power in 1997. Mr Howard said Iran should take back its "
     "refugees.", {("Michael Howard", "Demand", "Iran")}),
    ("The Liberal Democrats have long argued that the British government should offer a safe "
     "haven to asylum seekers.",
     {("Liberal Democrats (United Kingdom)", "Demand", "United Kingdom")}),
    ("French President Jacques Chirac said Britain must give up its rebate. The Conservatives and "
     "Labour disagree.", {("Jacques Chirac", "Demand", "United Kingdom")}),
])
def test_ones_own_state_is_no_addressee(read_with, text, expected):
    assert read_with(text, "demand") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what is suggested is advice, no demand (development sentences of bbc-politics; both were
    # Demands, judged wrong type)
    ("Lord Haskins even suggested Mr Blair should reinstate Mr Brown as the central figure in "
     "the election planning.", set()),
    ("The Sentencing Guidelines Council had suggested judges should reduce sentences by a third "
     "for murderers who confessed at the earliest opportunity.", set()),
    # … what is said still is one
    ("Mr Kennedy said Tony Blair should set out a proper exit strategy from Iraq.",
     {("Kennedy", "Demand", "Tony Blair")}),
])
def test_a_suggestion_is_no_demand(read_with, text, expected):
    assert read_with(text, "demand") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (reuters-5895): a clause in the subjunctive after 'insist' asks its
    # subject to act (hedged by 'would', as the statement reports it)
    ("The statement said the EC would continue to insist that Japan boost imports and "
     "stimulate domestic demand.",
     {("European Community", "Demand", "Japan")}),
    # sentences written for it: the base form with a singular subject, or after the object
    ("The World Bank insisted that the Philippines appoint independent auditors.",
     {("World Bank", "Demand", "Philippines")}),
    ("Britain insisted Iran release the sailors at once.",
     {("United Kingdom", "Demand", "Iran")}),
    # an indicative clause states what is so (development sentences: bbc-politics-019,
    # bbc-politics-361, bbc-politics-107); a passive asks nothing of its subject
    ("But the Scottish Executive has insisted Mr McConnell was speaking about adults.", set()),
    ("But the Conservatives and Lib Dems insist voters face higher taxes and more means-testing "
     "under Labour.", set()),
    ("The Tories insisted Labour was to blame.", set()),
    ("The IMF insisted Argentina be given more time.", set()),
])
def test_insisting_on_a_subjunctive_is_a_demand(read_with, text, expected):
    assert read_with(text, "demand") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a demand on a condition is not stated as made (a development sentence of reuters-7804,
    # judged 'conditional recommendation stated as fact' on dev sheet c1, and one written for the
    # class of the blind held-out audit: "he should quit if the report finds against him") …
    ("Fred Bergsten said the U.S. government should intervene to push the dollar down further "
     "if the previous declines do not lead to an improvement.",
     {("Fred Bergsten", "Demand", "United States", "positive", "hedged")}),
    ("Mr Blair said Mr Livingstone should resign unless he apologises.",
     {("Tony Blair", "Demand", "Ken Livingstone", "positive", "hedged")}),
    # … one without a condition is
    ("Mr Blair said Mr Livingstone should resign.",
     {("Tony Blair", "Demand", "Ken Livingstone", "positive", "asserted")}),
])
def test_conditional_demand(read_with, text, expected):
    assert read_with(text, "demand", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a condition that names an aim of the one asked is no contingency: the demand is made
    # (a development sentence of bbc-politics-301, judged right as an asserted Demand on dev
    # sheet c2 and hedged since events13; sentences written after development sentences of
    # reuters-5217 and reuters-1777)
    ("Liam Fox said: \"If Charles Kennedy is serious about making his budgets add up he should "
     "start by explaining how they would fund their 100 spending commitments.\"",
     {("Liam Fox", "Demand", "Charles Kennedy", "positive", "asserted")}),
    ("Robert Binney said Japan should step up the pace of its financial liberalisation if it "
     "wants to become a world financial centre equal to New York or London.",
     {("Robert Binney", "Demand", "Japan", "positive", "asserted")}),
    ("Albert Melnikov said the United States must offer competitive prices if it is interested "
     "in selling its wheat.",
     {("Albert Melnikov", "Demand", "United States", "positive", "asserted")}),
    ("Mr Blair said Labour must win back trust if it is to win a third term.",
     {("Tony Blair", "Demand", "Labour Party (United Kingdom)", "positive", "asserted")}),
])
def test_demand_to_reach_an_aim(read_with, text, expected):
    assert read_with(text, "demand", framing=True) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # a means or an ease the subject should have is expected for it, no act asked of it (were
    # demands; adapted from development sentences, reuters-13263 and reuters-9310; written)
    ("Marcano said Venezuela, which has reduced its debt by six billion dlrs since 1983, should "
     "have no problems in repaying restructured debt this year or next.", set()),
    ("The company said its financial advisors believe that after the recapitalization, Caesars "
     "World should have the financial flexibility and resources necessary to finance its "
     "requirements.", set()),
    ("Reserve Bank governor Gerhard de Kock said South Africa should have \"no difficulty "
     "whatsoever\" with the terms.", set()),
    # near misses: an act or a quality asked for stays a demand
    ("Senator Bentsen said Japan should have talks with the United States on rice.",
     {("Bentsen", "Demand", "Japan")}),
    ("Baker said West Germany should have the courage to cut taxes.",
     {("Baker", "Demand", "Germany")}),
    ("U.S. Trade Representative Clayton Yeutter said Japan must open its markets to American "
     "computer chips.", {("Clayton Yeutter", "Demand", "Japan")}),
])
def test_a_means_the_subject_should_have_is_no_demand(read_with, text, expected):
    assert read_with(text, "demand") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what someone is said to believe a named party must do is a demand: blind readers judged
    # one right on the held-out build ('Referees chief Keith Hackett believes Mourinho should
    # retract his comments'); a rule that made such views no demands (branch events69) removed
    # as many right rows as wrong ones and was taken out (a development sentence of
    # bbc-sport-327 of the lead's gate, invented where marked)
    ("Former France centre Philippe Sella believes coach Bernard Laporte must recall Frederic "
     "Michalak to give his side any chance of beating Ireland.",
     {("Philippe Sella", "Demand", "Bernard Laporte")}),
    # … and what one believes a party should have done criticises it (invented)
    ("Mr Blair believes Mr Livingstone should have withdrawn the comment immediately.",
     {("Tony Blair", "Criticism", "Ken Livingstone")}),
])
def test_a_view_that_a_party_must_act_is_a_demand(read_with, text, expected):
    assert read_with(text, "demand") == expected
