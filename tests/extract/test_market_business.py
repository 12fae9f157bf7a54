"""Markets, trade, company business and sport are no events (issue 15, `not an event`): a
price, a currency or exports as the agent, goods shipped, subsidies, aid to a trade, a person's
talks with companies on a business deal, and defending in a sports report. Sentences from
development articles (dev sheets c1, c2, c6; dev9) or invented."""

from __future__ import annotations

import pytest

from kg_builder.extract.conventions import Occasion, readings

OPEC = "Organization of the Petroleum Exporting Countries"


def occasion(**fields) -> Occasion:
    base = {"event": "Supply", "category": "AID", "agent_kind": "State", "polarity": "positive",
            "modality": "asserted", "intent": False, "announced": False, "conditional": False,
            "target_kind": "State"}
    return Occasion(**{**base, **fields})


@pytest.mark.parametrize(("fields", "expected"), [
    # goods shipped are trade (dev sheet c6 judged "Canada shipped ... gas to the U.S." no
    # event); arms shipped and relief shipped stay
    ({"trigger": "ship", "done": frozenset({"ship", "gas", "dlrs"})}, []),
    ({"trigger": "ship", "done": frozenset({"ship", "arms"})},
     [("Supply", "asserted", "positive")]),
    ({"trigger": "ship", "done": frozenset({"ship", "wheat", "aid", "food"})},
     [("Supply", "asserted", "positive")]),
    # a subsidy offered to a state is trade
    ({"event": "Aid", "trigger": "subsidy", "done": frozenset({"subsidy", "wheat"})}, []),
    # aid to a trade is economic policy (dev sheet c1: "the large subsidies which the European
    # Community and United States grant their farmers"); emergency aid to farmers stays, and so
    # does aid to a people
    ({"event": "Aid", "trigger": "grant", "target_kind": "Group", "target_name": "farmers",
      "done": frozenset({"grant", "farmer"})}, []),
    ({"event": "Aid", "trigger": "give", "target_kind": "Group", "target_name": "farmers",
      "done": frozenset({"give", "aid", "emergency"})}, [("Aid", "asserted", "positive")]),
    ({"event": "Aid", "trigger": "help", "target_kind": "Group", "target_name": "refugees",
      "done": frozenset({"help"})}, [("Aid", "asserted", "positive")]),
])
def test_trade_and_economic_policy_are_no_aid(fields, expected):
    assert readings(occasion(**fields)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a price, a currency or exports of a party acting are a market moving
    ("OPEC prices pressed Nigeria.", set()),
    ("U.S. stocks supported Japan.", set()),
    ("Soviet grain purchases supported Canada.", set()),
    # the party itself acting stays
    ("OPEC pressed Nigeria.", {(OPEC, "Demand", "Nigeria")}),
])
def test_a_market_is_no_agent(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # dev sheet c6 (reuters-17357), judged not an event
    ("Recent figures show Canada shipped 2.48 billion Canadian dlrs worth of gas to the U.S. "
     "in 1986.", set()),
    ("Iran shipped arms to the rebels.", {("Iran", "Supply", "rebels")}),
    # dev sheet c1 (reuters-20091), judged not an event
    ("Australia's Minister for Trade Negotiations is optimistic that progress is possible on "
     "reducing the large subsidies which the European Community and United States grant their "
     "farmers.", set()),
    # dev sheet c2 (reuters-8438), judged not an event: talks on a joint venture to buy a company
    ("Sosnoff also said he has held preliminary talks with Pratt Hotel Corp and Southmark Corp "
     "on forming a joint venture to enter into talks to acquire Caesars in a friendly "
     "transaction.", set()),
    # talks on a political matter stay
    ("Japanese Prime Minister Yasuhiro Nakasone held talks with President Ronald Reagan on "
     "ending the trade dispute.", {("Yasuhiro Nakasone", "Meeting", "Ronald Reagan")}),
])
def test_trade_and_business_deals_are_no_events(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


SPORTS_REPORT = ("The striker scored a hat-trick in the league match at the stadium, and the "
                 "midfielder was booked by the referee. ")


@pytest.mark.parametrize(("text", "expected"), [
    # dev sheet c6 (bbc-sport-308), judged not an event: a Support of 'man'
    (SPORTS_REPORT + "He ran some good lines against Italy, made the breaks and fed his outside "
     "backs, although Italy defended man on man which made it easy for him.", set()),
    # a title defended whatever the parse made the object (written after bbc-sport-052, dev9)
    (SPORTS_REPORT + "Kelly Holmes may defend her indoor AAA 800m title in Sheffield next month.",
     set()),
    # a person defended stays support
    (SPORTS_REPORT + "Arsenal manager Arsene Wenger has defended his striker Thierry Henry.",
     {("Arsene Wenger", "Support", "Thierry Henry")}),
])
def test_defending_in_sports_reports_is_play(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # invented (issue 15's kinds of `not an event`): commentators' attack in words on a company's
    # or a bank's forecast or decision is commentary once the restrictions read it as criticism
    # (it was read as the analysts' criticism of Shell)
    ("Analysts attacked Shell's forecast.", set()),
    ("City analysts attacked the Bank of England's decision to raise rates.", set()),
    # a politician's attack on the same decision is criticism
    ("Gordon Brown attacked the Bank of England's decision to raise rates.",
     {("Gordon Brown", "Criticism", "Bank of England")}),
])
def test_commentators_attack_in_words_is_commentary(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
