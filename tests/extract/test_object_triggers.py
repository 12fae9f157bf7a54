"""Triggers that are ones only with certain objects (constructions/object_triggers.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel eased restrictions on Palestinian traders.",
     {("Israel", "Concession", "Palestinian traders")}),
    # the target in the object's "of" phrase
    ("Colombia accepted the demands of the FARC rebels.", {("Colombia", "Concession", "FARC")}),
])
def test_object_triggers(read_with, text, expected):
    assert read_with(text, "object_triggers") == expected


def test_an_object_trigger_hides_the_verbs_other_triggers(read_with):
    """'met their demands' is a concession, not a meeting."""
    text = "Peru met the demands of the striking miners."
    assert read_with(text, "object_triggers") == {("Peru", "Concession", "miners")}
    assert read_with(text, "verb_triggers") == set()
