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


@pytest.mark.parametrize(("text", "expected"), [
    # a holding in a company disclosed to a public body is a filing, whoever discloses it (were
    # consultations; adapted from reuters-10213; written)
    ("Chicago real estate developer Leonard Chavin told the Securities and Exchange Commission he "
     "had raised his stake in the L.E. Meyers Co Group to 11 pct from 9.7 pct.", set()),
    ("An investor group led by New York financier Martin Hale told the Securities and Exchange "
     "Commission it had acquired a 6.2 pct stake in Dorvale Corp.", set()),
    ("Texas investor Harold Simmons told the SEC that he may buy more shares of Lockheed Corp or "
     "seek control of the company.", set()),
    ("Carl Icahn told the Securities and Exchange Commission he holds 12.3 pct of the common "
     "stock of Texaco Inc.", set()),
    # near misses: a public body told of something else, a person told of a holding
    ("Senator Jake Garn told the Securities and Exchange Commission that insider trading rules "
     "must be tightened.", {("Jake Garn", "Consultation", "Securities and Exchange Commission")}),
    ("Treasury Secretary James Baker told the Federal Reserve he favoured lower interest rates.",
     {("James Baker", "Consultation", "Federal Reserve")}),
    ("Shultz told Shevardnadze that the United States would sell its stake in the venture.",
     {("Shultz", "Consultation", "Eduard Shevardnadze")}),
])
def test_a_holding_told_to_an_agency_is_filed(read_with, text, expected):
    assert read_with(text, "telling") == expected
