"""Passives whose patient stands outside their own clause (extract/reduced_passives.py, issue 15
recall): a participle with a 'by' phrase modifying a noun, set before its clause, or a passive
relative clause, read as the full passive is."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CONSERVATIVES = "Conservative Party (United Kingdom)"


@pytest.mark.parametrize(("text", "expected"), [
    # a participle modifying a party: the party is acted on, the 'by' phrase acts
    ("Tony Blair, criticised by the Conservatives over the war, said he had no regrets.",
     {(CONSERVATIVES, "Criticism", "Tony Blair")}),
    ("Microsoft, sued by Sun Microsystems in 2002, settled the case last year.",
     {("Sun Microsystems", "Lawsuit", "Microsoft")}),
    ("Iran, threatened by the United States with sanctions, rejected the demand.",
     {("United States", "Threat", "Iran")}),
    ("Japan, urged by the United States to open its markets, cut tariffs on 200 goods.",
     {("United States", "Request", "Japan")}),
    # set before the clause it belongs to: that clause's subject is acted on
    ("Criticised by the Conservatives over the war, Tony Blair said he had no regrets.",
     {(CONSERVATIVES, "Criticism", "Tony Blair")}),
    # a passive relative clause: the name it describes
    ("Tony Blair, who was criticised by the Conservatives, said he had no regrets.",
     {(CONSERVATIVES, "Criticism", "Tony Blair")}),
    # a party's thing criticised stands for the party, as in the full passive
    ("Japan's decision, criticised by the United States, angered China.",
     {("United States", "Criticism", "Japan")}),
    # near misses: a thing no party is named with, what was done to someone, a result
    ("The move, criticised by Germany, angered Russia.", set()),
    ("His sentence, criticised by Reporters Without Borders, comes a day after the ruling.",
     set()),
    ("The Liberal Democrats, beaten by Labour in 2001, hope to win the seat.", set()),
    ("The bill, opposed by the Conservatives, was passed.", set()),
    # someone sent is no supply, and a reduced passive on no party reads nothing more
    ("An inspector sent to Iran by the United Nations said the site was empty.", set()),
    # what a relative clause describes, granted, is the thing granted (development sentence of
    # reuters-63: a first version read Parliament's aid to 'sufficient borrowing authority')
    ("In a statement, Wilson said the action would permit the government to proceed with its "
     "debt program during a period when there was not sufficient borrowing authority, which is "
     "granted by Parliament, to cover the government's needs.", set()),
    ("Labour's plans were condemned by the Conservatives as a stealth tax.",
     {(CONSERVATIVES, "Criticism", "Labour Party (United Kingdom)")}),
])
def test_reduced_passive(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle on a noun of planning is done, not planned
    ("Labour's plans, condemned by the Conservatives as a stealth tax, were dropped.",
     {(CONSERVATIVES, "Criticism", "Labour Party (United Kingdom)", "positive", "asserted")}),
    # near miss: an infinitive on a noun of planning stays planned
    ("The United States plans to criticise Japan at the meeting.",
     {("United States", "Criticism", "Japan", "positive", "hedged")}),
])
def test_reduced_passive_framing(read_with, text, expected):
    assert read_with(text, "verb_triggers", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an evaluation in the reduced passive and in a passive relative clause
    ("Tony Blair, described by Michael Howard as a liar, said he had no regrets.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
    ("Tony Blair, who was branded a liar by Michael Howard, said he had no regrets.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
    # near misses: a favourable description; what was done to someone, judged
    ("Tony Blair, described by Michael Howard as a friend, said he had no regrets.", set()),
    ("Reporters Without Borders described the sentence against Sigarchi as harsh.", set()),
])
def test_reduced_passive_evaluation(read_with, text, expected):
    assert read_with(text, "evaluation") == expected
