"""A pleasure stated at what a party does is praise of it (constructions/approval.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the development recall gold's reuters-20335: pleased at what a party plans to do (a
    # that-clause without 'that')
    ("U.S. Agriculture Secretary Richard Lyng said he is pleased the European Community plans "
     "to offer a global farm reform plan at GATT later this month, although the United States "
     "opposes key parts of the proposal.",
     {("Richard Lyng", "Praise", "European Community")}),
    # development articles the construction was checked on (recall19's sample, seed 19): a
    # decision a 'by' phrase says is a party's
    ("Federal Deposit Insurance Corp chairman Wiliam Seidman said the stock market decline has "
     "not had a measurable impact on U.S. banks. Seidman also said that he was pleased at the "
     "decision by Chemical New York Corp <CHL> and others to lower their prime rate.",
     {("Wiliam Seidman", "Praise", "Chemical New York Corp")}),
    ("Mario Gabelli said he was pleased that chairman A. William Reynolds stated at the meeting "
     "that he found the concept of greenmail to be \"repugnant.\"",
     {("Mario Gabelli", "Praise", "A. William Reynolds")}),
    # invented: the party itself, and an act it owns, after 'with'
    ("Mr Blair was delighted with Germany's decision to back the plan.",
     {("Tony Blair", "Praise", "Germany")}),
    # no party: a decision no one is named for, a chance, a thing that is no party
    ("Cosby's lawyer, Walter M Phillips Jr, said the comedian was pleased with the decision.",
     set()),
    ("Ms King said she was \"delighted\" at the chance to take on Mr Galloway.", set()),
    ("US officials say they are not satisfied the mechanisms in the EU code of conduct are "
     "robust enough to prevent abuses.", set()),
    # a negated clause praises a restraint, not an act (invented)
    ("The Tories said they were pleased that Labour had not raised taxes.", set()),
])
def test_approval(read_with, text, expected):
    assert read_with(text, "approval") == expected


@pytest.mark.parametrize("text", [
    # a sports report (bbc-sport-140): a coach pleased with a win is no event between parties
    ("Barcelona coach Frank Rijkaard said the striker had been superb in the Champions League. "
     "Rijkaard added: \"Chelsea is the team which has conceded fewest goals in the English league "
     "and they defend very well so I am very pleased with the win. My men deserved victory and "
     "the goal by Samuel Eto'o was the result of great teamwork at the Nou Camp stadium.\""),
])
def test_approval_not_in_sports_reports(read_with, text):
    assert read_with(text, "approval") == set()
