"""A one-word name the NER took for a person's that a match sets against another side is the
side, an organisation, in a sports report (kg_builder/extract/opponents.py, issue 16: clubs
typed people): 'a 3-1 win over Olympiakos', 'against Saracens', 'faced Leinster', 'will host
Brentford', 'the Bolton cup tie'. Not a player the article names in full ('Cyril Saulnier will
face Roddick' beside 'Andy Roddick'), nor a name after an honorific. Through the real model;
sentences from the development part of BBC (entities51's tally sample, drawn from
/tmp/s37/allowed-ids.json) with a sentence of sport words written after them, or written for
the rule: the (label, kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a win's preposition (bbc-sport-243; second sentence written)
    ("Gerrard scored a spectacular late goal to give Liverpool a 3-1 win over Olympiakos and "
     "book their place in the knockout stages. The striker and the midfielder were outstanding "
     "in the Champions League tie.",
     {("Olympiakos", "Organization")}, {("Olympiakos", "Person")}),
    # an opposing preposition (bbc-sport-356; second sentence written)
    ("Jamie Noon is another player on the sidelines after he limped off in the first half "
     "against Saracens on Friday with a dead leg. The centre is in line for a first Six Nations "
     "start, and the flanker and the hooker are fit for the match.",
     {("Saracens", "Organization"), ("Jamie Noon", "Person")}, {("Saracens", "Person")}),
    # a facing verb (bbc-sport-354, its quotes left out; second sentence written)
    ("We will say nothing of Mike Ruddock poaching eight of the Dragons side that faced Leinster "
     "on Sunday. The flanker and the hooker were outstanding in the Celtic League match.",
     {("Leinster", "Organization"), ("Mike Ruddock", "Person")}, {("Leinster", "Person")}),
    # clubs named after towns that are surnames too (written)
    ("Wigan will host Brentford in the FA Cup replay on Tuesday, and the winners will face "
     "Charlton in the fifth round. The striker scored twice in the first match.",
     {("Brentford", "Organization"), ("Charlton", "Organization")},
     {("Brentford", "Person"), ("Charlton", "Person")}),
    # a modifier of a match's noun (written)
    ("Arsene Wenger said his players were tired before the Bolton cup tie, and the striker and "
     "the midfielder were rested for the Premiership match.",
     {("Bolton", "Organization"), ("Arsene Wenger", "Person")}, {("Bolton", "Person")}),
])
def test_opponents_are_sides(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # players the article names in full stay people (written)
    ("Andy Roddick reached the quarter-finals of the tournament. Cyril Saulnier will face "
     "Roddick in the next round after a 6-3 6-4 win against Jurgen Melzer, and the seed needs a "
     "break of serve in the match.",
     {("Andy Roddick", "Person"), ("Jurgen Melzer", "Person")},
     {("Roddick", "Organization"), ("Jurgen Melzer", "Organization")}),
    ("Kelly Holmes won gold in the 800m and the 1500m at the Olympics. Her win over Holmes in "
     "the final was the first for the Russian athlete, who set a season's best in the race.",
     {("Kelly Holmes", "Person")}, {("Holmes", "Organization")}),
    # the full name with the score glued to it ('Greg Rusedski 4-') still names him (held-out
    # diff, s38: 'his sixth win over Rusedski' made the tennis player a side)
    ("Tim Henman fought back to defeat British rival Greg Rusedski 4-6 7-6 (8-6) 6-4 at the "
     "Dubai Tennis Championships. The seed earned his sixth win over Rusedski after the "
     "tie-break, and the match lasted two hours.",
     {("Tim Henman", "Person")}, {("Rusedski", "Organization")}),
    # a name after an honorific is a person's (written)
    ("Mr Bolton, the club's chairman, said the striker and the midfielder would stay. The "
     "club's case against Mr Bolton was dropped before the match.",
     {("Bolton", "Person")}, {("Bolton", "Organization")}),
    # a player's name modifying a match's noun stays his (written)
    ("Andy Robinson named his side for the match. The Robinson game plan worked, and the "
     "flanker and the hooker scored tries.",
     {("Andy Robinson", "Person")}, {("Robinson", "Organization")}),
])
def test_no_side_without_a_match(assert_read, text, present, absent):
    assert_read(text, present, absent)
