"""Framing in wire copy (issue 15, events50: 'wrong type' rows of a random sample of Reuters
development articles): an act named by a noun that 'probable' or 'likely' modifies is still to
come ('a probable meeting between Baker and Miyazawa later today': hedged, framing.json
``prospect_modifiers``), and an act in the infinitive of 'unwilling' will not be done ('are
unwilling to provide any new credits': negated, unfulfilled.json ``inability_adjectives``).
Through the real model; sentences adapted from development articles (reuters-*, not held out
nor in any audit sheet) or written in the wire's style; near misses that must stay as they
are."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # a probable or likely act is still to come (were asserted; adapted from reuters-13347;
    # written)
    ("The market is closely watching for a probable meeting between U.S. Treasury Secretary "
     "James Baker and Japanese Finance Minister Kiichi Miyazawa later today, dealers said.",
     {("James Baker", "Meeting", "Kiichi Miyazawa", "positive", "hedged"),
      ("Kiichi Miyazawa", "Meeting", "James Baker", "positive", "hedged")}),
    ("Traders said they were braced for a probable visit by Chancellor Helmut Kohl to Moscow.",
     {("Helmut Kohl", "Visit", "Russia", "positive", "hedged")}),
    ("Diplomats spoke of a likely meeting between Shultz and Shevardnadze in Geneva.",
     {("Shultz", "Meeting", "Eduard Shevardnadze", "positive", "hedged"),
      ("Eduard Shevardnadze", "Meeting", "Shultz", "positive", "hedged")}),
    # what a party is unwilling to do it will not do (were positive; adapted from reuters-306;
    # written)
    ("The senior bank official said a majority of Japanese bank creditors are unwilling to "
     "provide any new credits to Nigeria.",
     {("Japanese bank creditors", "Supply", "Nigeria", "negative", "asserted")}),
    ("Bonn is unwilling to impose sanctions on South Africa, officials said.",
     {("Germany", "Sanction", "South Africa", "negative", "asserted")}),
    # near misses: willing is an offer; 'likely' and 'probable' on another noun hedge nothing
    ("The creditors are willing to provide new credits to Nigeria, the official said.",
     {("creditors", "Supply", "Nigeria", "positive", "hedged"),
      ("creditors", "Agreement", "Nigeria", "positive", "asserted")}),
    ("The likely winner of the election, Mr Smith, met the French president on Monday.",
     {("Smith", "Meeting", "France", "positive", "asserted")}),
    ("Baker met Miyazawa in a probable sign of closer ties.",
     {("Baker", "Meeting", "Kiichi Miyazawa", "positive", "asserted")}),
])
def test_wire_framing(framed, text, expected):
    assert framed(text) == expected
