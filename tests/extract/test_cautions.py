"""What a warning says where the parser broke it up (extract/cautions.py): a warning whose
clause the parser split into a second object ('warned Tokyo its package must be …') or whose
act warned against hangs on a phrase of the verb ('warned Congress in his address against
passing …') threatens no one."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (reuters-2992, reuters-12792): the subject of what is said parsed as
    # a second object of 'warn'; what may happen, or what the one warned must do, is no threat
    # (both were Threats against Japan, Miyazawa and the Group of Seven)
    ("The United States has openly attacked Japan's tight-fisted fiscal policy for the first time "
     "and warned Tokyo its promised economic package in April must be significant, senior U.S. "
     "Officials said.", {("Criticism", "United States", "Japan")}),
    ("The Yomiuri Shimbun daily newspaper reported Baker called Miyazawa early this week to warn "
     "him next week's Group of Seven talks would not be a success unless Japan expands domestic "
     "demand.", set()),
    # development sentence (reuters-17201): the act warned against hangs on 'address' — advice
    # to Congress, no threat against it (it was a Threat)
    ("President Reagan warned the U.S. Congress in his weekly radio address against passing what "
     "he called dangerous, protectionist trade legislation that would tie his hands in trade "
     "negotiations with Japan and other countries.",
     {("Request", "Ronald Reagan", "United States Congress")}),
    # written in wire style
    ("The Bundesbank warned Washington in a letter against talking the dollar down.",
     {("Request", "Bundesbank", "United States")}),
])
def test_a_broken_up_warning_is_no_threat(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses that stay: the warner's side announces its own act (development sentence,
    # reuters-6062, and written ones); a phrase against a thing, not an act, is no advice
    ("U.S. Agriculture Secretary Richard Lyng warned the EC yesterday it would face serious "
     "retaliation if it enacted the tax.", {("Threat", "Richard Lyng", "European Community")}),
    ("The United States warned Iran the U.S. Navy would retaliate against any attack on its "
     "ships.", {("Threat", "United States", "Iran")}),
    ("Mr Brown warned the unions in his speech to the conference that the government would not "
     "give in.", {("Threat", "Gordon Brown", "unions")}),
    ("The president warned Congress in a speech on the campaign against drug trafficking.",
     set()),
])
def test_a_warning_of_the_warners_act_stays(read_triples, text, expected):
    assert read_triples(text) == expected
