"""A company's officer acts in its business (kg_builder/extract/officers.py,
rules/extract/officers.json; issue 15, `not an event`). Written sentences, through every
construction."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a company's officer asks of or talks with another company is its business
        # (development sentence of reuters-16513: a Request of Borg-Warner, judged not an event)
        ("Analysts have said they believe GAF Chairman Samuel Heyman sought Borg-Warner because "
         "of its chemicals and plastics business.", set()),
        # invented, in the style of bbc-business-316 and reuters-17812
        ("Deutsche Boerse chief executive Werner Seifert held negotiations with the London Stock "
         "Exchange about a merged exchange.", set()),
        ("Herb Mee Jr., president of Beard Oil Co, asked USPCI to reject the Union Pacific offer.",
         set()),
        # with a political actor, a person or a non-governmental organisation he stays a person
        ("BP chief executive John Browne met Tony Blair.",
         {("Meeting", "John Browne", "Tony Blair")}),
        ("GM chairman Roger Smith urged Congress to curb Japanese imports.",
         {("Request", "Roger Smith", "United States Congress")}),
        # a criticism stays, as a company's own does
        ("GM chairman Roger Smith criticised Toyota.", {("Criticism", "Roger Smith", "Toyota")}),
        # an officer of a state's government is no company's
        ("Transport Secretary Alistair Darling met British Airways.",
         {("Meeting", "Alistair Darling", "British Airways")}),
        ("Greenpeace director Stephen Tindale urged Shell to abandon the platform.",
         {("Request", "Stephen Tindale", "Shell")}),
    ],
)
def test_a_company_officer_acts_in_its_business(read_triples, text, expected):
    assert read_triples(text) == expected
