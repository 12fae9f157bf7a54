"""A company's word to a public body is a filing, no consultation (kg_builder/extract/filings.py,
read by the press convention; issue 15, business read as political events). Sentences written
for these tests in the style of business news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # what a company tells a regulator is a disclosure, a filing
    ("Kestrel Foods Inc told the Securities and Exchange Commission it had net profits of 16 mln "
     "dlrs for the year.", set()),
    # … also when the company is 'it'
    ("Dorvale Bank said on Friday it told the SEC its earnings could fall by 50 mln dlrs.", set()),
    # what a minister tells his counterpart stays a consultation
    ("Treasury Secretary James Baker told Japanese Finance Minister Kiichi Miyazawa that the "
     "dollar was stable.", {("James Baker", "Consultation", "Kiichi Miyazawa")}),
])
def test_a_company_telling_an_agency_files(read_with, text, expected):
    assert read_with(text, "telling") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's talks with a government body are no filing
    ("Kestrel Foods Inc held talks with the Commerce Department about the export licence.",
     {("Kestrel Foods Inc", "Meeting", "United States Department of Commerce")}),
])
def test_a_company_talking_with_an_agency_meets_it(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected
