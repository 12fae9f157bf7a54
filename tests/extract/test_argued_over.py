"""Demands, forecasts, estimates, subsidies, tariffs and quotas are argued over, not fought: an
attack on one, or a clash over one, is criticism (conventions.selectional_restrictions,
rules/extract/conventions.json abstract_things). Sentences from development articles or
invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (reuters-14944, reuters-7628); they were Fight and Attack
    ("Britain and Japan clashed today over U.K. Demands for greater access to the Tokyo Stock "
     "Exchange (TSE) as trade tensions between the two countries mounted.",
     {("United Kingdom", "Criticism", "Japan"), ("Japan", "Criticism", "United Kingdom")}),
    ("Japan has also attacked OECD forecasts, which it says do not take account of the "
     "structural changes in the Japanese economy.",
     {("Japan", "Criticism", "Organisation for Economic Co-operation and Development")}),
    ("France and Germany clashed over farm subsidies.",
     {("France", "Criticism", "Germany"), ("Germany", "Criticism", "France")}),
    # a state's attack on a party is still force
    ("Iraq attacked Iran's oil terminals.", {("Iraq", "Attack", "Iran")}),
])
def test_argued_over(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
