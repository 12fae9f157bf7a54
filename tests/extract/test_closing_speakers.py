"""Speakers the parser added to a list of parties are no parties (issue 15, events62, wrong
agents and targets: 'wage negotiations between unions and employers, economists and money
market dealers said' were read as negotiations between the unions and the economists;
closing_speakers.py). Through the real model; a sentence adapted from a development article
(reuters-9975, not held out nor in any audit sheet) and ones written in the wire's style; near
misses that must stay as they are."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # the speakers of the subjectless closing 'said' after the list's last item
    ("The Bundesbank's options for West German monetary policy are limited by the delicate stage "
     "of wage negotiations between unions and employers, economists and money market dealers "
     "said.", set()),
    ("The yen was supported by the progress of talks between Japan and the United States, "
     "dealers and analysts said.",
     {("Japan", "Meeting", "United States"), ("United States", "Meeting", "Japan")}),
])
def test_closing_speakers_are_no_parties(event_triples, text, expected):
    assert event_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: the verb of saying has its own subject; a list with one coordinator; the
    # speakers in a parenthetical clause the parser reads as such
    ("Japan accused the United States and Britain, officials and diplomats said.",
     {("Japan", "Accusation", "United States"), ("Japan", "Accusation", "United Kingdom")}),
    ("Talks between Iran, Iraq and Syria have stalled, diplomats said.",
     {(a, "Meeting", b) for a in ("Iran", "Iraq", "Syria") for b in ("Iran", "Iraq", "Syria")
      if a != b}),
    ("Talks between the Treasury and the Bundesbank, dealers and analysts said, have stalled.",
     {("Treasury", "Meeting", "Bundesbank"), ("Bundesbank", "Meeting", "Treasury")}),
])
def test_lists_that_stay(event_triples, text, expected):
    assert event_triples(text) == expected
