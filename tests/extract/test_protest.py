"""Protests with their target in a reason phrase or purpose clause (constructions/protest.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Teachers in Nairobi staged a strike against the Kenyan government.",
     {("Teachers", "Protest", "Kenya")}),
    ("Students demonstrated in Dhaka to demand the resignation of Prime Minister Sheikh Hasina.",
     {("Students", "Protest", "Sheikh Hasina")}),
    # security forces blocking roads is no protest
    ("Police blocked roads in the capital.", set()),
])
def test_protest(read_with, text, expected):
    assert read_with(text, "protest") == expected
