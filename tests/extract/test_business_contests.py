"""Business read as political acts (issue 15, `not an event`; helper brief s40 business): a fight
over a takeover, a threat in a bid and a request in a proxy contest (conventions.json
commerce_events, transaction_words), a filing sent to a regulator (message_things), a
requirement met (verb_triggers.json satisfied_objects, also named with a
state's demonym), a state's firms as a market's rivals (mentions.json private_heads). Sentences
from development articles of the s40 tally (each read as the event named, judged wrong), and
ones that must not change."""

from __future__ import annotations

import pytest

from kg_builder.extract.conventions import Occasion, readings

pytestmark = pytest.mark.slow

CONSTRUCTIONS = ("verb_triggers", "noun_triggers", "object_triggers", "intent")


def occasion(**fields) -> Occasion:
    base = {"event": "Fight", "category": "FIGHT", "agent_kind": "Person", "polarity": "positive",
            "modality": "asserted", "intent": False, "announced": False, "conditional": False,
            "target_kind": "Person"}
    return Occasion(**{**base, **fields})


@pytest.mark.parametrize(("fields", "expected"), [
    # reuters-1292: "Mercer fought off a takeover attempt by … Sir James Goldsmith" (a Criticism)
    ({"trigger": "fight", "done": frozenset({"fight", "attempt", "takeover"})}, []),
    # reuters-10213: "he may solicit proxies for a seat on Myers' board" (a Request of Myers)
    ({"event": "Request", "category": "DEMAND", "trigger": "solicit", "target_kind": "Company",
      "done": frozenset({"solicit", "proxy", "seat"})}, []),
    # reuters-2375: "Icahn threatened to go directly to shareholders for 51 pct of the stock …
    # if USAir rejected his offer" (a Threat of USAir)
    ({"event": "Threat", "category": "THREATEN", "trigger": "threaten",
      "target_kind": "Organization", "done": frozenset({"threaten", "go", "pct", "stock"})}, []),
    # reuters-6815: "GAMCO has sent a 13-D filing to the Securities and Exchange Commission"
    ({"event": "Supply", "category": "AID", "trigger": "send", "agent_kind": "Company",
      "target_kind": "GovernmentBody", "things": frozenset({"filing"}),
      "done": frozenset({"send", "filing"})}, []),
    # not changed: creditors' threat of penalties (bbc-business-349), a fight over a takeover
    # with a state, and a request with no transaction
    ({"event": "Threat", "category": "THREATEN", "trigger": "threaten", "agent_kind": "Group",
      "target_kind": "Company", "done": frozenset({"threaten", "penalty", "fail", "respond"})},
     [("Threat", "asserted", "positive")]),
    ({"trigger": "fight", "target_kind": "State", "done": frozenset({"fight", "takeover"})},
     [("Criticism", "asserted", "positive")]),
    ({"event": "Request", "category": "DEMAND", "trigger": "ask", "target_kind": "Company",
      "done": frozenset({"ask", "appoint", "mediator"})}, [("Request", "asserted", "positive")]),
])
def test_a_takeover_contest_is_business(fields, expected):
    assert readings(occasion(**fields)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # reuters-1292 (s40 tally: a Criticism of Goldsmith by Mercer)
    ("Last year, Mercer fought off a takeover attempt by British industrialist Sir James "
     "Goldsmith.", set()),
    # reuters-10213 (s40 tally: a Request of Myers by Chavin; the meeting with the officers is
    # left as it was)
    ("Chicago real estate developer Leonard Chavin told the Securities and Exchange Commission "
     "he had raised his stake in the L.E. Meyers Co Group to 11 pct from 9.7 pct.\n\n"
     "He also said an investment banker repesenting him met with Myers' officers, telling them "
     "of his plans for a takeover and that he may solicit proxies for a seat on Myers' board.",
     {("Leonard Chavin", "Meeting", "officers")}),
    # reuters-15663 (s40 tally: a Meeting of Varity Corp with Canada)
    ("<Varity Corp> said shareholders approved a previously reported proposal to transfer 137.5 "
     "mln U.S. dlrs to the contributed surplus account on the company's balance sheet from the "
     "stated capital account for common shares.\n\nThe company said the move would allow it to "
     "meet Canadian government tests related to dividend payments.", set()),
    # reuters-4049 (s40 tally: MHI's Criticism of South Korea)
    ("In shipping, MHI is fighting back against low-priced South Korean competition by building "
     "more technologically advanced carriers to carry liquefied natural gas and other products "
     "difficult to transport.", set()),
    # reuters-2375 (s40 fresh sample 1: a Threat of USAir by Carl Icahn)
    ("In making the offer for USAir, Icahn threatened to go directly to shareholders for 51 pct "
     "of the stock at a lower price if USAir rejected his offer.", set()),
    # reuters-6815 (s40 fresh sample 1: a Supply of the SEC by GAMCO)
    ("Gabelli also said GAMCO Investors Inc has sent a 13-D filing to the Securities and "
     "Exchange Commission on the 6.5 pct of GenCorp stock held by GAMCO and its affiliates.",
     set()),
    # not changed: a meeting of people (invented)
    ("Mr Blair met Bill Clinton in Washington.", {("Tony Blair", "Meeting", "Bill Clinton")}),
])
def test_business_sentences(read_with, text, expected):
    assert read_with(text, CONSTRUCTIONS) == expected
