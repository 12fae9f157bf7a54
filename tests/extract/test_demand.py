"""'X said that Y must …' is a demand of X on Y (constructions/demand.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("The United Nations said Israel must withdraw its troops from the border.",
     {("United Nations", "Demand", "Israel")}),
    ("Germany declared that Russia should release the detained journalists.",
     {("Germany", "Demand", "Russia")}),
    # a stative verb asks for no act; "no country" asks nothing of anyone in particular
    ("The minister said Britain should know the answer by now.", set()),
    ("Officials said no country should pay the ransom.", set()),
])
def test_demand(read_with, text, expected):
    assert read_with(text, "demand") == expected
