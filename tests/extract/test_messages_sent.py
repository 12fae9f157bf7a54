"""Words sent are no supply (the ``message`` convention, ``rules/extract/conventions.json``
``message_things``): proposals, requests, petitions and bills sent to a party deliver words,
not goods or aid."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (bbc-business-204, reuters-1337): they were Supplies to Congress
    # and to Reagan; what the proposals sent seek stays a request (the letter construction)
    ("President Bush is to send his toughest budget proposals to date to the US Congress, "
     "seeking large cuts in domestic spending to lower the deficit.",
     {("Bush", "Request", "United States Congress")}),
    ("Congress passed and sent to President Reagan a bill that sets energy efficiency standards "
     "for major household appliances such as refrigerators, air conditioners, washers and dryers "
     "and furnances.", set()),
    # written in news style: the petition asks, it supplies nothing
    ("The National Farmers Union sent a petition to the European Commission.",
     {("National Farmers Union", "Request", "European Commission")}),
])
def test_words_sent_are_no_supply(read_with, text, expected):
    assert read_with(text, ("letter", "verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: goods and aid sent stay a supply
    ("The European Community sent emergency food aid to Ethiopia.",
     {("European Community", "Supply", "Ethiopia"), ("European Community", "Aid", "Ethiopia")}),
    ("Britain sent tents and blankets to Sudan.", {("United Kingdom", "Supply", "Sudan")}),
])
def test_goods_sent_stay_a_supply(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected
