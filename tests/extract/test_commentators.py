"""What a commentator says a party should do is no demand of it (extract/commentators.py, read
by constructions/demand.py); nor is a modal before its subject, a condition or a question."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (dev sheet c3, judged 'advice, not a demand'; dev13): each was a
    # Demand of the analyst on the party
    ("Energy analyst Edward Krapels said the United States should consider an oil tariff to "
     "keep U.S. dependence on imports below 50 pct.", set()),
    ("International Business Machines Corp, hit by a two-year earnings slump, should begin a "
     "come-back by the end of 1987 and post strong growth in 1988, analyst Rick Martin of "
     "Sanford C. Bernstein Co Inc said.", set()),
    # invented: the noun itself, and a name the article introduced as one
    ("Analysts said Japan must cut its trade surplus.", set()),
    # experts advise too (development sentence of reuters-2878, a Demand on the United States)
    ("Experts say Japan must cut its trade surplus.", set()),
    ("Legal experts said the United States should drop the case.", set()),
    ("Harlan Ullman, an analyst at a Washington research group, spoke on Monday. Ullman said "
     "Washington should join Moscow in a diplomatic initiative.", set()),
    # a speaker who is no commentator still demands; so does a name the article does not call
    # one ('Martin' beside 'analyst Rick Martin' is not 'Mr Martin' of another article)
    ("The United Nations said Israel must withdraw its troops from the border.",
     {("United Nations", "Demand", "Israel")}),
    ("Edward Leigh said the Home Office should now consider removing those who had not set up "
     "a valid business.", {("Edward Leigh", "Demand", "Home Office")}),
    ("Senator John Martin said Japan must open its rice market.",
     {("John Martin", "Demand", "Japan")}),
])
def test_a_commentator_demands_nothing(read_with, text, expected):
    assert read_with(text, "demand") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (dev13, the minister named as the article names him): the condition
    # was a Demand on South Korea
    ("South Korean Trade Minister Rha Woong-bae said yesterday should Seoul revalue the won "
     "suddenly Korea would run a tremendous trade deficit.", set()),
    # invented
    ("Chancellor Kohl said yesterday should Paris devalue the franc suddenly Germany would "
     "face heavy losses.", set()),
    ("Chancellor Kohl said Paris should not devalue the franc.",
     {("Helmut Kohl", "Demand", "France")}),
])
def test_a_modal_before_its_subject_asks_nothing(read_with, text, expected):
    assert read_with(text, "demand") == expected
