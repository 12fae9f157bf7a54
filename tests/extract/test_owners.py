"""A bare definite thing takes the owner the article named earlier (extract/owners.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TORY = "Conservative Party (United Kingdom)"
LABOUR = "Labour Party (United Kingdom)"
LIBDEM = "Liberal Democrats (United Kingdom)"


@pytest.mark.parametrize(("text", "constructions", "expected"), [
    # after development sentences of bbc-politics-087, -357 and -382, with the owner named in
    # an earlier sentence
    ("Tony Blair attacked the Tory plans on Monday. Refugee Council chief "
     'executive Maeve Sherlock called the plans "dangerous, ill thought-out and hugely '
     'irresponsible".', "evaluation", {("Maeve Sherlock", "Criticism", TORY)}),
    ("The Tory plans would cut council tax. But Unison general secretary Dave Prentis "
     "criticised the plans.", "verb_triggers", {("Dave Prentis", "Criticism", TORY)}),
    ('The Tory proposals are "quite closely modelled" on the New Zealand system. The Liberal '
     'Democrats said the policy was "irresponsible".', "evaluation", {(LIBDEM, "Criticism", TORY)}),
    # a bare repeat in between is the same thing
    ("Labour's plans were published on Monday. The plans would cost billions. Michael Howard "
     "criticised the plans.", "verb_triggers", {("Michael Howard", "Criticism", LABOUR)}),
    # the same word before a near-synonym: 'the plans' are the Tory plans, not 'EU asylum
    # policy' (bbc-politics-087: the first version read Maeve Sherlock's criticism of the plans
    # as one of the European Union)
    ("Tony Blair attacked the Tory plans. A spokesman said the plans would contravene EU asylum "
     'policy. Refugee Council chief executive Maeve Sherlock called the plans "dangerous".',
     "evaluation", {("Maeve Sherlock", "Criticism", TORY)}),
    # a judgment of the thing is of its owner (after reuters-3436)
    ("Business groups criticised the Arbitration Commission's wage decision. \"The decision is "
     'economically irresponsible," said Bryan Noakes.', "evaluation",
     {("Bryan Noakes", "Criticism", "Arbitration Commission")}),
])
def test_the_owner_named_earlier(read_with, text, constructions, expected):
    assert read_with(text, constructions) == expected


@pytest.mark.parametrize(("text", "constructions"), [
    # the nearest earlier phrase names no owner (bbc-politics-087: 'Labour would set out
    # workable plans', after 'the Tory plans')
    ("The Tory plans were published. Labour would set out workable plans soon. Dave Prentis "
     "criticised the plans.", "verb_triggers"),
    # two owners within reach
    ("Labour's plans and the Tory plans were published on Monday. Dave Prentis criticised the "
     "plans.", "verb_triggers"),
    # the owner is the speaker: no criticism of oneself
    ("The Tory plans were published on Monday. The Conservatives criticised the plans.",
     "verb_triggers"),
    # the thing acting stands for no one (reuters-862, 'the Community' there put as Britain: a
    # first version read it as a threat by the European Commission)
    ("Europe's 12 mln farmers are furious over plans by the European Commission to cut "
     "subsidised prices. The plans form part of an on-going campaign to reform surplus-creating "
     "farm policies that have become a political embarrassment at home and commercial "
     "flash-point abroad and threatened to leave Britain with no cash for other areas.",
     "verb_triggers"),
    # a phrase naming its own owner is not bare (bbc-politics-141: 'the government plans' after
    # 'Labour plans')
    ("Michael Howard backed controversial Labour plans to introduce ID cards. The Conservatives "
     "announced their support for the government plans on Monday evening.", "noun_triggers"),
    # too far back
    ("The Tory plans were published on Monday. " + "Mr Smith was in Leeds. " * 21
     + "Dave Prentis criticised the plans.", "verb_triggers"),
])
def test_no_owner(read_with, text, constructions):
    assert read_with(text, constructions) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a thing acted on with a 'by' phrase of its making is its maker's (dev10 reuters-1594,
    # written from: 'objections by Canada and the EC to a customs user fee imposed by the U.S.')
    ("Canada objected to a customs user fee imposed by the U.S. Government.",
     {("Canada", "Disapproval", "United States")}),
    ("Canada and the EC raised objections to a customs user fee imposed by the U.S. Government.",
     {("Canada", "Disapproval", "United States"),
      ("European Community", "Disapproval", "United States")}),
    # a thing that acts stands for no one
    ("The tariffs imposed by Washington hit Japanese exporters.", set()),
])
def test_a_thing_made_by_a_party_is_its_makers(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected
