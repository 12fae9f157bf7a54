"""Backing or opposing what a party made backs or opposes that party: the 'by' agent of a
participle of making on the object (verb_triggers.drafter_categories, drafting_verbs)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (reuters-20335): the package's drafter is whom it is endorsed
    ("Lyng's comment came after EC ministers in Luxembourg endorsed a farm reform package "
     "drafted by the EC Commission.",
     {("European Community", "Support", "European Commission")}),
    # sentences written for it: the passive subject's drafter; a rejection, a criticism
    ("The plan, drafted by the European Commission, was endorsed by France.",
     {("France", "Support", "European Commission")}),
    ("The Conservatives rejected the proposal put forward by Labour.",
     {("Conservative Party (United Kingdom)", "Rejection", "Labour Party (United Kingdom)")}),
    ("Japan opposed the decision taken by the United States.",
     {("Japan", "Disapproval", "United States")}),
    ("The Tories criticised the tariffs imposed on China by the United States.",
     {("Conservative Party (United Kingdom)", "Criticism", "United States")}),
    # what a legislature passed, or a party only backs, is no party's own: nothing read
    ("The senator backed the bill passed by the House of Representatives.", set()),
    ("She welcomed a decision to throw out a law backed by Mr Bush relating to sodomy in Texas.",
     set()),
])
def test_the_drafter_of_what_is_backed_or_opposed(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
