"""People who act for states, named in the plural with the states they act for, are those states
(issue 15, events62, wrong agents and targets: a group word taken as a party beside its
members; representatives.py). 'The finance ministers and central bank governors of the U.S.,
Japan, … signed an accord' was read as an accord between 'finance ministers' and 'bank governors
of the U.S.'; 'The leaders of the G-7, the United States, Britain, … met' gave the leaders a
meeting with each state. Through the real model; sentences adapted from development articles
(reuters-*, bbc-*, not held out nor in any audit sheet) or written in the wire's style; near
misses that must stay as they are."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

G5 = ("United States", "Japan", "Germany", "France", "United Kingdom")
G7 = ("United States", "United Kingdom", "France", "Germany", "Italy", "Japan", "Canada")


def _among(event: str, states: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {(a, event, b) for a in states for b in states if a != b}


@pytest.mark.parametrize(("text", "expected"), [
    # the coordinated nouns share the 'of' phrase of the last one (development sentence,
    # reuters-5070: rows between 'finance ministers' and 'bank governors of the U.S.')
    ("On February 22, the finance ministers and central bank governors of the U.S., Japan, "
     "West Germany, France and the U.K. signed an accord under which they agreed to cooperate "
     "closely.", _among("Treaty", G5)),
    # one noun, the states listed after 'of' (adapted from bbc-business-363; written)
    ("The prime ministers of Bulgaria, Albania and Macedonia signed an agreement on Tuesday.",
     _among("Treaty", ("Bulgaria", "Albania", "North Macedonia"))),
    ("The foreign ministers of Britain and France met in London on Monday.",
     _among("Meeting", ("United Kingdom", "France"))),
    ("The finance ministers of Britain, France and West Germany urged Japan to open its markets.",
     {("United Kingdom", "Request", "Japan"), ("France", "Request", "Japan"),
      ("Germany", "Request", "Japan")}),
    # a body of states named first, its members set off after it: no party beside them
    ("The leaders of NATO, the United States, Britain and France, met in Brussels.",
     _among("Meeting", ("United States", "United Kingdom", "France"))),
    # the states the parser coordinated with the leaders of their body (the audit's kind)
    ("The leaders of the G-7, the United States, Britain, France, West Germany, Italy, Japan and "
     "Canada, met in Venice.", _among("Meeting", G7)),
])
def test_representatives_of_states_are_the_states(event_triples, text, expected):
    assert event_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: one state after 'of' (read as before, by mentions.py); the leaders of a
    # body that is no body of states, listed with states; representatives of places
    ("Officials of Iran met officials of Iraq in Geneva.", {("Iran", "Meeting", "Iraq")}),
    ("Gorbachev met the leaders of the ANC, Britain and France in Moscow.",
     {("Mikhail Gorbachev", "Meeting", "African National Congress")}),
    ("The governors of Sao Paulo, Rio de Janeiro and Minas Gerais criticised Dilson Funaro.",
     {("governors", "Criticism", "Dilson Funaro")}),
])
def test_representatives_that_stay(event_triples, text, expected):
    assert event_triples(text) == expected
