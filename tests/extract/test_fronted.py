"""A subject pronoun is not the person named in a phrase put before it (extract/fronted.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CONSULT = ("noun_triggers", "verb_triggers", "mutual")


@pytest.mark.parametrize(("text", "expected"), [
    # development article reuters-8703: "he" is Conable, who talked with Suharto (regression:
    # "he" resolved to Suharto, and the meeting with himself was dropped)
    ("World Bank president Barber Conable pledged the Bank's support to help Indonesia adjust to "
     "lower world oil prices. Speaking to reporters after talks with President Suharto, he said "
     "he expected Jakarta to do more to liberalise the economy.",
     {("Barber Conable", "Meeting", "Suharto")}),
    ("Tony Blair flew to Bonn on Monday. After talks with Helmut Kohl, he said the summit would "
     "go ahead.", {("Tony Blair", "Meeting", "Helmut Kohl")}),
    # the subject of a clause put first may be the pronoun
    ("Tony Blair flew to Bonn on Monday. When Helmut Kohl arrived, he held talks with Jacques "
     "Chirac.", {("Helmut Kohl", "Meeting", "Jacques Chirac")}),
])
def test_a_subject_pronoun_is_not_the_partner_put_before_it(read_with, text, expected):
    assert read_with(text, CONSULT) == expected
