"""A reprisal promised on the condition that a party acts is a threat against that party
(constructions/reprisal.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development articles: 'appropriate measures' on a condition (dev10 reuters-10623, the
    # sentence the construction was written from), trade reprisals (dev7 reuters-20989)
    ("Trade and Industry Minister Hajime Tamura said Japan was ready to take appropriate "
     "measures if Washington went ahead with the sanctions.",
     {("Japan", "Threat", "United States")}),
    ("Washington has said it will take trade reprisals if the EC proceeds with the ban from "
     "January 1.", {("United States", "Threat", "European Community")}),
    # invented: the verb, a retaliatory measure, a condition set before the reprisal, a party
    # named after 'against'
    ("Japan said it would retaliate if the U.S. imposed tariffs.",
     {("Japan", "Threat", "United States")}),
    ("Japan was prepared to take retaliatory action if the U.S. went ahead with the tariffs.",
     {("Japan", "Threat", "United States")}),
    ("If Congress passes the bill, the EC will retaliate, the minister said.",
     {("European Community", "Threat", "United States Congress")}),
    ("Iran said it would retaliate against Iraq if its cities were bombed.",
     {("Iran", "Threat", "Iraq")}),
    # a condition that names no party, no condition, a reprisal no one takes: nothing here
    ("The government said it would retaliate if the proposal gets through.", set()),
    ("The army will take necessary measures if the situation deteriorates.", set()),
    ("Japan threatened to retaliate against the United States.", set()),
    ("The official refused to rule out Japanese retaliation if America went ahead with its "
     "threatened tariffs.", set()),
    # a reprisal asked about is no threat (dev sheet article reuters-3902, which a first
    # version read as one)
    ("Asked if South Korea would retaliate against U.S. goods if Congress closed U.S. markets to "
     "its products, he said \"at this moment, we have no thought of retaliation.\"", set()),
])
def test_reprisal(read_with, text, expected):
    assert read_with(text, "reprisal") == expected


def test_reprisal_is_no_attack(read_triples):
    """The conditional reprisal is claimed: 'retaliate' is not also read as an attack."""
    triples = read_triples("Japan said it would retaliate if the U.S. imposed tariffs.")
    assert triples == {("Threat", "Japan", "United States")}


@pytest.mark.parametrize(("text", "expected"), [
    # a reprisal a warning announces is a threat against the party warned, on a condition that
    # names no party or on none (invented, after development sentences of reuters-12178 and
    # of the Gulf reports of 1987)
    ("The United States has warned France and Italy that it may retaliate if the contract is "
     "awarded on political grounds.",
     {("United States", "Threat", "France"), ("United States", "Threat", "Italy")}),
    ("The European Community warned Japan of stronger countermeasures if the dispute "
     "continued.", {("European Community", "Threat", "Japan")}),
    # another's reprisal foretold threatens no one; nor a warning to no party
    ("The United States warned Japan that China may retaliate if the talks fail.", set()),
    ("Officials warned investors that Japan may retaliate if prices fall.", set()),
])
def test_reprisal_warned_of(read_with, text, expected):
    assert read_with(text, "reprisal") == expected
