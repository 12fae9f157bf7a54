"""A displeasure stated at what a party did is disapproval of it (constructions/feeling.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the development recall gold's reuters-10767: regret over a party's decision, stated in a
    # participle after 'while'
    ("While expressing regret over America's decision to impose tariffs on imports of Japanese "
     "electrical goods, Nakasone said Tokyo was willing to send a high-level official to "
     "Washington.", {("Nakasone", "Disapproval", "United States")}),
    # invented: at the party, at an act it owns, at an act a 'by' phrase says is its
    ("China expressed anger at Japan's decision to approve the textbook.",
     {("China", "Disapproval", "Japan")}),
    ("France voiced concern over Germany's plans to cut its budget.",
     {("France", "Disapproval", "Germany")}),
    ("The Foreign Office expressed outrage at the arrest of the journalist by Iranian "
     "authorities.", {("Foreign, Commonwealth and Development Office", "Disapproval", "Iran")}),
    # a party's management stands for it (after a sentence of a development article the
    # construction was checked on, reuters-1203, that a first version missed)
    ("Investors expressed dissatisfaction with Rolls-Royce's management.",
     {("Investors", "Disapproval", "Rolls-Royce")}),
    # a feeling about a state of affairs is at no one, nor is an apology
    ("The government voiced concern about the effect of redundancies in the building trade.",
     set()),
    ("Japan expressed concern over the U.S. trade deficit.", set()),
    ("Britain expressed regret for the deaths of two Iraqi civilians.", set()),
])
def test_feeling(read_with, text, expected):
    assert read_with(text, "feeling") == expected


def test_feeling_claims_the_noun(read_with):
    """'outrage at the arrest of X by Y' is at Y, not also the noun trigger's outrage at X (the
    arrest itself is the noun triggers' reading)."""
    text = ("The Foreign Office expressed outrage at the arrest of the journalist by Iranian "
            "authorities.")
    assert read_with(text, ("feeling", "noun_triggers")) == {
        ("Foreign, Commonwealth and Development Office", "Disapproval", "Iran"),
        ("Iran", "Arrest", "journalist")}
