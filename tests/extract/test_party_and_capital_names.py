"""Names that stand for a party or a state without being their full names: a party's adjective
before what it owns ('the Tory plans'), and a capital's or seat's old name ('Peking', 'Bonn')
(rules/organizations.jsonl name_aliases, rules/seats_of_government.jsonl)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the party's adjective names the party that owns the plans (development sentence of
    # bbc-politics-087; nothing was read: 'Tory' was no mention), and the past tense the parser
    # hung on 'would set out' is coordinated with 'said': Blair attacked, as a fact (a first
    # version read Labour, hedged)
    ("Tony Blair said Labour would set out workable plans for tackling immigration abuse in the "
     "next few weeks and attacked the Tory plans.",
     {("Tony Blair", "Criticism", "Conservative Party (United Kingdom)")}),
    # … and only where the NER found a name: a lower-case word names no party
    ("Tony Blair criticised the conservative proposals.", set()),
])
def test_a_party_adjective_names_the_party(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'Peking', the old spelling of Beijing in 1980s wire copy (recall gold sentence of
    # reuters-255, with the full name of the visitor), and Bonn, West Germany's seat
    ("George Shultz is currently visiting Peking.", {("George Shultz", "Visit", "China")}),
    ("George Shultz visited Bonn last week.", {("George Shultz", "Visit", "Germany")}),
    ("Bonn accused Tokyo of dumping cheap steel.", {("Germany", "Accusation", "Japan")}),
])
def test_old_names_of_capitals_are_their_states(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb in the past tense the parser hung on the bare verb of 'would' is coordinated with
    # the verb of saying (invented)
    ("Michael Howard said the Tories would cut taxes and accused Labour of waste.",
     {("Michael Howard", "Accusation", "Labour Party (United Kingdom)", "positive", "asserted")}),
    # a bare verb shares the modal: the Tories would accuse, hedged
    ("Michael Howard said the Tories would cut taxes and accuse Labour of waste.",
     {("Conservative Party (United Kingdom)", "Accusation", "Labour Party (United Kingdom)",
       "positive", "hedged")}),
])
def test_a_past_tense_shares_no_modal(read_with, text, expected):
    assert read_with(text, "verb_triggers", framing=True) == expected
