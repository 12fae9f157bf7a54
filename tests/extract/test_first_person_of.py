"""'of us' names no state: the pronoun in lower case is no 'US' (mentions.state_modifier)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CONSTRUCTIONS = ("displeasure", "verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (bbc-politics, Tony Blair on Ken Livingstone): read as the United
    # States angry with journalists
    ('"A lot of us in politics get angry with journalists from time to time, but in the '
     'circumstances, and to the journalist because he was a Jewish journalist, yes, he should '
     'apologise," he said.', set()),
    # … while a state's name after 'of' still stands for its state (test_members.py keeps
    # "Employees of Acme Corp accused the government of Spain." against Spain)
])
def test_us_in_lower_case_is_no_state(read_with, text, expected):
    assert read_with(text, CONSTRUCTIONS) == expected
