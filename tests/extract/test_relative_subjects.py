"""A relative clause's pronoun subject is the noun the clause describes ('the Scottish National
Party, which accused him of …' accuses as the party), and a participle of accusing has the
subject of the verb it follows ('wrote to Mr McConnell accusing him of …'; kg_builder/extract/
syntax.py, issue 15)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences of bbc-politics-019 (the comment criticised is a thing, no party;
    # the accusation in the relative clause was missed: 'which' named no one)
    ("Jack McConnell told pupils it was okay to get drunk once in a while. The one-sentence "
     "comment was immediately criticised by the Scottish National Party, which accused him of "
     "encouraging young people to get drunk.",
     {("Scottish National Party", "Accusation", "Jack McConnell")}),
    # 'who' (a sentence written for the test)
    ("Mr Blair told the PLP he had met Gerhard Schroeder, who criticised the United States.",
     {("Tony Blair", "Meeting", "Gerhard Schroeder"),
      ("Gerhard Schroeder", "Criticism", "United States")}),
    # a description set off after a name stands for the name, not for a new party (bbc-politics-
    # 353: 'the Birmingham woman who harangued him' was read as a criticism by 'woman')
    ("Tony Blair remembers Sharron Storer, the Birmingham woman who criticised him over the "
     "state of her local hospital.",
     {("Sharron Storer", "Criticism", "Tony Blair")}),
    # a clause that says what kind of party a group is, or what someone tends to do or is about
    # to do, names no act of theirs (development sentences of bbc-politics-290, bbc-business-245,
    # reuters-1591: read as a threat, a criticism and a visit when 'who' and 'which' were first
    # taken for the noun)
    ("Mr Forsyth has forgotten one key point; the terrorists who threaten Britain today are well "
     "aware that Hitler, Stalin, and the IRA all failed.", set()),
    ("The Washington-based Economic Policy Institute, which tends to be critical of the "
     "President, looks at possible fault lines.", set()),
    ("Funaro, who travels to Italy this evening, said it was unclear if he would go to Japan on "
     "Friday.", set()),
])
def test_a_relative_pronoun_is_the_noun_described(read_with, text, expected):
    assert read_with(text, ("evaluation", "verb_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle of accusing after the verb, or after 'by', with no subject of its own: the
    # verb's subject accuses (development sentence of bbc-politics-019; a sentence written after
    # bbc-politics-011, 'Mr Fox responded by accusing the prime minister of …', with the name)
    ("The Scottish National Party's Holyrood leader Nicola Sturgeon wrote to Mr McConnell on "
     "Tuesday accusing him of an error of judgement and calling for him to apologise.",
     {("Nicola Sturgeon", "Accusation", "McConnell")}),
    ("Liam Fox responded by accusing Tony Blair of hiding away from the scrutiny of London's "
     "media.",
     {("Liam Fox", "Accusation", "Tony Blair")}),
    # a participle of a thing accuses as no one (development sentence of bbc-politics-403)
    ("And the Green Party unveiled a billboard opposite the Palace of Westminster accusing the "
     "government of lying over the Iraq war.", set()),
])
def test_a_participle_of_accusing_is_the_verb_s_subject(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
