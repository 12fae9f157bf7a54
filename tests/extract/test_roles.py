"""Offices named without a name ('the home secretary', 'the Tory leader') are the person the
article names with that office (extract/mentions.py finds them, resolve.py resolves them)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Home Secretary Charles Clarke spoke on Monday. "
     "Later the home secretary criticised Michael Howard.",
     {("Charles Clarke", "Criticism", "Michael Howard")}),
    # a shadow chancellor is not the chancellor
    ("Shadow chancellor Oliver Letwin spoke first. Then the chancellor criticised the Tories.",
     set()),
    # "the Tory leader" is the Tory leader, not the Leader of the Commons
    ("Tory leader Michael Howard and Leader of the Commons Peter Hain spoke. "
     "Later Mr Hain accused the Tory leader of lying.",
     {("Peter Hain", "Accusation", "Michael Howard")}),
    # with no holder named, an office of a state stands for the state
    ("Britain's foreign secretary met Condoleezza Rice.",
     {("United Kingdom", "Meeting", "Condoleezza Rice")}),
])
def test_an_office_is_its_holder(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
