"""Acts stated done or stopped near a hedge (done_acts.py, read by framing.py): a noun whose own
past participle dates it as done is no plan, though what it does next is expected; a phrasal
verb of negation ('rule out') stops the act as 'refuse' does."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CONSTRUCTIONS = ("mutual", "verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # an agreement a participle states made is done; only its effect is expected (written for
    # issue 15, after the judged "the agreement, signed last month, is expected to boost trade";
    # each was hedged)
    ("The trade agreement between Japan and China, signed last month, is expected to boost "
     "exports.",
     {("Japan", "Agreement", "China", "positive", "asserted"),
      ("China", "Agreement", "Japan", "positive", "asserted")}),
    ("The accord between Israel and Egypt reached in March is expected to ease tensions.",
     {("Israel", "Agreement", "Egypt", "positive", "asserted"),
      ("Egypt", "Agreement", "Israel", "positive", "asserted")}),
    # near misses, still to come: a participle of schedule or proposal, or none at all
    ("The talks between Japan and China, scheduled for March, are expected to focus on rice.",
     {("Japan", "Meeting", "China", "positive", "hedged"),
      ("China", "Meeting", "Japan", "positive", "hedged")}),
    ("The meeting between Reagan and Gorbachev proposed by Moscow is expected to take place in "
     "Geneva.",
     {("Ronald Reagan", "Meeting", "Mikhail Gorbachev", "positive", "hedged"),
      ("Mikhail Gorbachev", "Meeting", "Ronald Reagan", "positive", "hedged")}),
    ("The talks between Japan and China are expected to focus on rice.",
     {("Japan", "Meeting", "China", "positive", "hedged"),
      ("China", "Meeting", "Japan", "positive", "hedged")}),
])
def test_an_act_a_participle_states_done_is_not_planned(read_with, text, expected):
    assert read_with(text, CONSTRUCTIONS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'rule out' is a verb of negation with its particle (written for issue 15, after the judged
    # "ruled out selling arms to Iran again"; the sale was positive and asserted) …
    ("Britain ruled out selling arms to Iran again.",
     {("United Kingdom", "Rejection", "Iran", "positive", "asserted"),
      ("United Kingdom", "Supply", "Iran", "negative", "asserted")}),
    # … so 'did not rule out' leaves the sale open, as 'did not refuse' does (it was negated)
    ("Britain did not rule out selling arms to Iran.",
     {("United Kingdom", "Supply", "Iran", "positive", "hedged")}),
    # … and in the passive: the sanctions ruled out are not imposed; ones that cannot be ruled
    # out are possible, not done (each was positive and asserted; the denial is told on the
    # word of an official who is no party: reported, tests/extract/test_noun_clauses.py)
    ("U.S. sanctions against Japan have been ruled out, the official said.",
     {("United States", "Sanction", "Japan", "negative", "reported")}),
    ("U.S. sanctions against Japan cannot be ruled out, the official said.",
     {("United States", "Sanction", "Japan", "positive", "hedged")}),
    # near misses: one-word negation verbs as before, other phrasal verbs do not negate
    ("Britain refused to sell arms to Iran.",
     {("United Kingdom", "Rejection", "Iran", "positive", "asserted"),
      ("United Kingdom", "Supply", "Iran", "negative", "asserted")}),
    ("Britain stopped selling arms to Iran.",
     {("United Kingdom", "Supply", "Iran", "negative", "asserted")}),
    ("Britain carried out attacks on Iraq.",
     {("United Kingdom", "Attack", "Iraq", "positive", "asserted")}),
])
def test_a_phrasal_verb_of_negation_stops_the_act(read_with, text, expected):
    assert read_with(text, CONSTRUCTIONS, framing=True) == expected
