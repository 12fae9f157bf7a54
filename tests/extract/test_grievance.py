"""An act done in return for what a party did is disapproval of that party
(constructions/grievance.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development articles: dev10 reuters-10623 (written from), dev7/dev9 reuters-16088 (the
    # sanctions announced in retaliation for what Reagan called Japan's failure)
    ("Yesterday, Washington announced plans to put as much as 300 mln dlrs in tariffs on imports "
     "of certain Japanese electronic goods in retaliation for what it sees as Tokyo's failure to "
     "live up to their bilateral chip pact.", {("United States", "Disapproval", "Japan")}),
    ("Last month President Reagan announced the sanctions in retaliation for what he called "
     "Japan's failure to honour a July 1986 agreement.", {("Ronald Reagan", "Disapproval", "Japan")}),
    # invented: a reprisal for a party's act; a cause no party owns is no one's
    ("Britain expelled two diplomats in retaliation for Moscow's decision to close the consulate.",
     {("United Kingdom", "Disapproval", "Russia")}),
    ("The army shelled the village in retaliation for the attack.", set()),
])
def test_grievance(read_with, text, expected):
    assert read_with(text, "grievance") == expected
