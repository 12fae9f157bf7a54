"""A participle with no subject of its own after a preposition of time ('after meeting with
President Suharto', 'before visiting Japan') is done by the subject of the verb the preposition
hangs from (kg_builder/extract/syntax.py, syntax.time_preps; issue 15, recall of meetings)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence of reuters-952 (dev9): the meeting was read with no agent, dropped
    ("Opec remains within its agreed output ceiling, Indonesian Energy Minister Subroto said. He "
     "told reporters after meeting with President Suharto that present weakness in the spot oil "
     "market was the result of warmer weather.",
     {("Subroto", "Meeting", "Suharto")}),
    # sentences written for the test
    ("Tony Blair told MPs before visiting Washington that the alliance was strong.",
     {("Tony Blair", "Visit", "United States")}),
    ("Jack Straw spoke to reporters after talking with Kamal Kharrazi.",
     {("Jack Straw", "Consultation", "Kamal Kharrazi")}),
    # another preposition sets no time: the participle stays the subject's only through the
    # rules it had ('insisted on meeting' is a wish, 'by' a means: not read here)
    ("Jack Straw insisted on meeting Kamal Kharrazi.", set()),
])
def test_a_participle_after_a_preposition_of_time_is_the_subject_s(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
