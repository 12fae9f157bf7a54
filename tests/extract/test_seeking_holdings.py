"""Seeking a hold on a company (control, a stake, a merger) asks no one: an acquisition
between companies, no request (verb_triggers ``holding_objects``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (reuters-11078, seed 5802): a Request of Pay 'n Pak
    ("Investor Paul Bilzerian, who has said he may seek control of Pay 'n Pak Stores Inc, "
     "said he raised his stake in the company to one mln shares.", set()),
    # invented, in news style
    ("Carl Icahn said he would seek control of Trans World Airlines.", set()),
    ("Carl Icahn sought control of USAir Group last month.", set()),
    ("Carl Icahn said he may seek ownership of Supermarkets General Corp.", set()),
    # near misses: seeking loans, help or support from a party still asks it
    ("Poland sought new loans from the International Monetary Fund.",
     {("Poland", "Request", "International Monetary Fund")}),
    ("Britain sought the support of France.", {("United Kingdom", "Request", "France")}),
])
def test_seeking_a_holding_asks_no_one(read_with, text, expected):
    assert {row[:3] for row in read_with(text, "verb_triggers")} == expected
