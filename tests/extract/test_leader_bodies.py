"""A body of government described by its leader's name is that leader's state ('the Reagan
administration': the United States), and a bare 'the administration' after it is the same state
(kg_builder/extract/leaders.py, rules/extract/leaders.json; mentions.py, resolve.py), not
the state the article mentions most. Sentences invented after dev12 reuters-1772 ('urged the
Reagan administration to press Japan and South Korea', read as a Request of Japan) or taken from
development articles."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CONSTRUCTIONS = ("verb_triggers", "noun_triggers", "object_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # a leader's surname before the body: his state
    ("Japan has kept its beef market closed. Japan said it would not move. "
     "Farm groups urged the Reagan administration to press Japan.",
     {("Farm groups", "Request", "United States"), ("United States", "Demand", "Japan")}),
    ("France has refused to pay more for farm spending. France said it would not move. "
     "The Thatcher government criticised France.",
     {("United Kingdom", "Criticism", "France")}),
    # dev sheet c2 bbc-politics-093 (read with Tony Blair as target, judged wrong)
    ("Charles Kennedy accused Mr Blair's government of being less than straightforward over "
     "its plans.", {("Charles Kennedy", "Accusation", "United Kingdom")}),
    # a name the dictionary knows as no leader of a state stays the article's state
    ("France said it would not pay. The Smith government criticised Germany.",
     {("France", "Criticism", "Germany")}),
])
def test_a_leader_s_body_is_his_state(read_with, text, expected):
    assert read_with(text, CONSTRUCTIONS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan rejected the demand. Japan said its market was open. The U.S. administration "
     "asked Japan to cut tariffs. Japan said it would wait. The administration accused Japan "
     "of dumping microchips.",
     {("United States", "Request", "Japan"), ("United States", "Accusation", "Japan")}),
    # the body named with its state before takes part in no event (after dev sheet c1
    # reuters-6829, 'the U.S. administration' in a quotation … 'said the administration would
    # ask Congress', read as Canada, judged wrong)
    ("Japan said its market was open. Japan rejected the demand. A statement of the U.S. "
     "administration was published. Japan said it would wait. The administration accused "
     "Japan of dumping microchips.", {("United States", "Accusation", "Japan")}),
])
def test_the_body_named_with_its_state_before(read_with, text, expected):
    assert read_with(text, CONSTRUCTIONS) == expected
