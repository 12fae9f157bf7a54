"""The target is the one acted on, not a bystander named in what the act is on (issue 15, wrong
target): no party inside an infinitive or a participle on a noun of what a verb acts on
(verb_triggers.json noun_clause_categories, arguments.clausal_targets), and a state's body
described by the state's name owns what it did (mentions.json owner_nouns). Development
sentences (dev sheets, dev12) or invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # dev sheet c6, reuters-14845: the workers were read as what the union refused
    ("The union refused a request to give advance notification of the names of workers.", set()),
    # invented
    ("Britain rejected a plan to send troops to Bosnia.", set()),
    ("China condemned the decision to sell arms to Taiwan.", set()),
    ("The Carib chief criticised plans to portray the Carib Indians as cannibals.", set()),
    # a threat's means names its aim (dev sheets: 'threatened action to force Japan to …')
    ("The EC threatened action to force Japan to open its markets.",
     {("European Community", "Threat", "Japan")}),
    # … but the owner of a thing in it is whose act it is (dev sheet c1, bbc-politics-136)
    ("Moves to lift the European Union's ban on arms exports to China have been condemned by "
     "the Conservatives.",
     {("Conservative Party (United Kingdom)", "Criticism", "European Union")}),
    # an invitation's clause names whom one is invited to (after PLOVER-GSR01-REJECT-0025)
    ("Islamic Jihad rejected an invitation to attend a meeting of Palestinian factions.",
     {("Islamic Jihad", "Rejection", "Palestinian factions")}),
    # a participle on the noun is no clause of what it is for: it carries the noun's partner
    # (invented; the held-out rescore of events20 showed settlements and deals losing theirs)
    ("The SEC agreed a settlement totalling $50m with Acme Securities.",
     {("Securities and Exchange Commission", "Agreement", "Acme Securities")}),
    # a finite clause of a noun is what it says: left to content_categories (dev sheet
    # bbc-politics-385)
    ("Mr Brown welcomed news that the Bill Gates Foundation and Norway are joining up.",
     {("Gordon Brown", "Praise", "Bill Gates Foundation"),
      ("Gordon Brown", "Praise", "Norway")}),
])
def test_no_bystander_in_a_noun_s_clause(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # dev12 reuters-12025: read as the UK's fight against Cable and Wireless
    ("Britain would fight the Japanese government's attempt to prevent Cable and Wireless "
     "from taking a stake.", {("United Kingdom", "Fight", "Japan")}),
    # after dev10 bbc-business-025
    ("The US court's jurisdiction was challenged by Deutsche Bank.",
     {("Deutsche Bank", "Challenge", "United States")}),
    # not a body of the state: the economy, an ambassador are no owner
    ("Labour attacked the British economy's weakness.", set()),
    ("The United States vetoed a Security Council resolution censuring its military sweep of "
     "the Nicaraguan ambassador's home.",
     {("United States", "Rejection", "United Nations Security Council")}),
])
def test_a_state_body_described_owns_its_act(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
