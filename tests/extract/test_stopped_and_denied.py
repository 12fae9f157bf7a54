"""Acts a verb stops or ends, a noun with 'no' denies, a condition or an aim frames, or a question
asks about (framing.py; emit.py): negated or hedged as the words around them say, and a question
promises nothing (issue 15: acts stated as fact that the sentence only plans, asks or imagines)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # the stopping is asked for or planned, not done (development sentences; both were negative
    # and asserted: "France selling weapons to Iraq is presupposed (asked to stop)", "the plan is
    # to end it")
    ("It has also asked France to curb the activities of Iranian dissidents in France and stop "
     "selling weapons to Iraq, its enemy in the Gulf War.",
     {("France", "Supply", "Iraq", "negative", "hedged")}),
    ("UK Foreign Secretary Jack Straw has defended plans to end the European Union's arms "
     "embargo on China, despite opposition from the US and Japan.",
     {("European Union", "Sanction", "China", "negative", "hedged"),
      # no target in what it was done despite (events32): the plans he defended are the EU's
      ("Jack Straw", "Support", "European Union", "positive", "asserted")}),
    # stopped and said: done
    ("France stopped selling weapons to Iraq.",
     {("France", "Supply", "Iraq", "negative", "asserted")}),
    # an end that is not made: the embargo goes on (was negative: no embargo)
    ("The United States said it would not end its embargo on Cuba.",
     {("United States", "Sanction", "Cuba", "positive", "hedged")}),
    # the clause after 'on condition' is a condition (invented; was negative and asserted)
    ("Iraq declared a moratorium on air raids on condition that Iran stop attacking Iraqi "
     "territory.",
     {("Iran", "Attack", "Iraq", "negative", "hedged")}),
])
def test_stopped(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun with 'no' denies the act it governs (development sentence, judged "Brazil will not
    # agree; stated as a fact should be negated": it was positive)
    ("Funaro has rejected suggestions for negotiations with the IMF and said there is no "
     "question of Brazil agreeing to an austerity program with the Fund.",
     {("Brazil", "Agreement", "Fund", "negative", "asserted"),
      ("Brazil", "Rejection", "Fund", "positive", "asserted")}),
    # (invented; it was positive)
    ("Bankers said there are no plans for Brazilian finance minister Dilson Funaro to meet "
     "Japanese officials.",
     {("Dilson Funaro", "Meeting", "Japan", "negative", "hedged")}),
])
def test_denied(read_with, text, expected):
    assert read_with(text, (*TRIGGERS, "intent", "refusal"), framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a gerund after 'aimed at' is to bring about is aimed at, not done (invented in the
    # shape of a development sentence, "talks … aimed at persuading the U.S. Not to impose
    # tariffs", judged "not stated that tariffs were not imposed"; it was asserted)
    ("Japan sent a team to Washington aimed at persuading the U.S. not to impose tariffs on "
     "Japanese products.",
     {("United States", "Sanction", "Japan", "negative", "hedged")}),
    # persuaded: done
    ("Japan persuaded the U.S. not to impose tariffs on Japanese products.",
     {("United States", "Sanction", "Japan", "negative", "asserted")}),
])
def test_aimed(read_with, text, expected):
    assert read_with(text, "noun_triggers", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a question promises nothing (invented, as the blind audit's "Will Washington lift the
    # sanctions?", whose promise was an asserted Agreement)
    ("Will the United States lift its sanctions on Iran?",
     {("United States", "Retreat", "Iran", "positive", "hedged")}),
    ("Will Britain support the American plan?",
     {("United Kingdom", "Support", "United States", "positive", "hedged")}),
    # said: a promise
    ("Britain will support the American plan, Mr Straw said.",
     {("United Kingdom", "Support", "United States", "positive", "hedged"),
      ("United Kingdom", "Agreement", "United States", "positive", "asserted")}),
])
def test_question_promises_nothing(read_with, text, expected):
    assert read_with(text, (*TRIGGERS, "object_triggers"), framing=True) == expected
