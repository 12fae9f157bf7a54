"""An act named by a noun in a clause a speaker says is told by that speaker
(kg_builder/extract/noun_clauses.py, read by emit for framing.reporter; issue 15: how an event
is stated): reported when the speaker is none of its parties (rules/attribution.json), a fact
when it is his own act or his state's."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow



@pytest.mark.parametrize(("text", "expected"), [
    # a magazine tells of two others' negotiations (a development sentence, bbc-business-316,
    # read from a random development sample; it was stated as a fact) …
    ("Meanwhile, German magazine Der Spiegel said part of Mr Seifert's negotiations with the "
     "LSE were about where to base the future board of any merged exchange.",
     {("Seifert", "Negotiation", "LSE", "positive", "reported")}),
    # … officials of a third state of another's pressure (after reuters-21542; asserted) …
    ("The Japanese monetary officials said Baker's undisguised pressure on West Germany to "
     "refrain from guiding interest rates higher may be part of a process of multilateral "
     "surveillance.",
     {("Baker", "Demand", "Germany", "positive", "reported")}),
    # … a newspaper of a state's support for another (written; asserted)
    ("Pravda said the Soviet Union's support for Vietnam had grown.",
     {("Soviet Union", "Support", "Vietnam", "positive", "reported")}),
])
def test_an_act_named_in_a_said_clause_is_reported(framed, text, expected):
    assert framed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses that stay facts: the speaker's own meeting, his state's talks (by the actor
    # dictionary's office), a state's officials of its talks (written) …
    ("Mr Blair said his meeting with President Bush had been useful.",
     {("Tony Blair", "Meeting", "Bush", "positive", "asserted")}),
    ("Shevardnadze said the Soviet Union's talks with China had been useful.",
     {("Soviet Union", "Meeting", "China", "positive", "asserted")}),
    ("Japanese officials said Japan's talks with the United States had been useful.",
     {("Japan", "Meeting", "United States", "positive", "asserted")}),
    # … and a noun in a phrase of the verb of saying itself: the speaker's setting
    ("Speaking after talks with President Bush, Mr Blair said the two countries agreed.",
     {("Tony Blair", "Meeting", "Bush", "positive", "asserted")}),
])
def test_the_speakers_own_act_named_by_a_noun_stays_a_fact(framed, text, expected):
    assert framed(text) == expected
