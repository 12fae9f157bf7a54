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
    # a right or a capability wanted for the subject asks no act of it; a thing of the party's
    # is not the party (development sentences; each was a Demand)
    ("The Usdaw trade union said shop workers should be able to enjoy a break with their "
     "families.", set()),
    ("Director of public credit Angel Gurria told reporters that Mexico's economy should resume "
     "growth this year, but he said external conditions are not favorable.", set()),
    ("Angel Gurria told reporters that Mexico should resume growth this year.",
     {("Angel Gurria", "Demand", "Mexico")}),
    ("Mr Howard said Britain should take its fair share of the world's \"genuine refugees\".",
     {("Howard", "Demand", "United Kingdom")}),
    # what should have been done can no longer be asked for: it is criticism (development
    # sentences; they were Demands)
    ("Lady Hale said immigration officers should have treated all would-be passengers in the "
     "same way, only using more intrusive questioning if there was a specific reason.",
     {("Hale", "Criticism", "immigration officers")}),
    ("Mr Blair said Mr Livingstone should have withdrawn the comment immediately.",
     {("Tony Blair", "Criticism", "Ken Livingstone")}),
    ("Mr Blair said Mr Livingstone should withdraw the comment immediately.",
     {("Tony Blair", "Demand", "Ken Livingstone")}),
])
def test_demand(read_with, text, expected):
    assert read_with(text, "demand") == expected
