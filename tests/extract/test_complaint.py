"""A complaint that someone did something is disapproval of them (constructions/complaint.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Greece complained that Turkey had violated its airspace.",
     {("Greece", "Disapproval", "Turkey")}),
    # the attribution tail after the complaint
    ("Croatian authorities are failing refugees, a rights group protested.",
     {("rights group", "Disapproval", "Croatia")}),
    # a complaint about a thing names nobody
    ("Farmers complained that the weather had been too dry.", set()),
])
def test_complaint(read_with, text, expected):
    assert read_with(text, "complaint") == expected
