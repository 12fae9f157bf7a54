"""Acts told of as someone else's claim are reported, not stated (prospects.told_of; emit):
an evidential adverb or modifier, 'according to', a clause of a verb of claiming, the
infinitive of a verb of claiming — while the claimer's own act, and what a speaker says, stay
asserted, and what is still to come stays hedged."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("mutual", "verb_triggers", "noun_triggers", "fault")


@pytest.mark.parametrize(("text", "expected"), [
    # an evidential adverb on the act, or on the verb of saying whose clause it is (written;
    # each was hedged, as if it might not have happened) …
    ("Iran allegedly supplied the rebels with weapons.",
     {("Iran", "Supply", "rebels", "positive", "reported")}),
    ("Iran reportedly attacked Iraq.",
     {("Iran", "Attack", "Iraq", "positive", "reported")}),
    ("Mr Brown allegedly said Mr Blair lied.",
     {("Gordon Brown", "Criticism", "Tony Blair", "positive", "reported")}),
    # … or an evidential modifier on the noun that names it (written; it was asserted) …
    ("The alleged attack on Iraq by Iran angered Syria.",
     {("Iran", "Attack", "Iraq", "positive", "reported")}),
    # … keeps its polarity, and what is still to come stays hedged
    ("Iran allegedly did not attack Iraq.",
     {("Iran", "Attack", "Iraq", "negative", "reported")}),
    ("Iran allegedly plans to attack Iraq.",
     {("Iran", "Attack", "Iraq", "positive", "hedged")}),
    ("Iran attacked Iraq.",
     {("Iran", "Attack", "Iraq", "positive", "asserted")}),
])
def test_an_act_told_of_by_an_evidential_word_is_reported(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'according to' names who tells it, before or after the act (written; each was asserted)
    ("According to diplomats, Syria met Israeli officials in Cairo.",
     {("Syria", "Meeting", "Israel", "positive", "reported")}),
    ("Syria met Israeli officials in Cairo, according to diplomats.",
     {("Syria", "Meeting", "Israel", "positive", "reported")}),
])
def test_an_act_according_to_someone_is_reported(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # regression (held-out v16 rescore, invented sentences): 'according to' a rule names no
    # teller; the act in another conjunct stays stated
    ("Mr Smith said the report should have been published in full, according to the "
     "ministerial code, and accused the Home Office of a cover-up.",
     {("Smith", "Accusation", "Home Office", "positive", "asserted")}),
    ("Iran attacked Iraqi positions last week, according to the newspaper.",
     {("Iran", "Attack", "Iraq", "positive", "reported")}),
])
def test_according_to_a_rule_is_no_report(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


def test_according_to_names_the_reporter(read_text):
    extraction = read_text("Syria met Israeli officials in Cairo, according to diplomats.")
    labels = {e.key: e.label for e in extraction.entities}
    assert {(labels[e.agent], e.type, labels.get(e.reported_by or "")) for e in extraction.events
            } == {("Syria", "Meeting", "diplomats")}


@pytest.mark.parametrize(("text", "expected"), [
    # the clause of a verb of claiming or reporting, before or after it, or its infinitive
    # (written; each was asserted) …
    ("The Sunday Times alleged that Iran supplied the rebels with weapons.",
     {("Iran", "Supply", "rebels", "positive", "reported"),
      ("Sunday Times", "Accusation", "Iran", "positive", "asserted")}),
    ("Iran attacked Iraq, the newspaper reported.",
     {("Iran", "Attack", "Iraq", "positive", "reported")}),
    ("Iran claimed to have shot down an Iraqi jet.",
     {("Iran", "Attack", "Iraq", "positive", "reported")}),
    # … and so is what a newspaper named only by its noun says: a teller the text does not
    # name (issue 15; it was asserted with no reporter, which attribution.py never saw) …
    ("The newspaper said Iran attacked Iraq.",
     {("Iran", "Attack", "Iraq", "positive", "reported")}),
    # … while the claimer's own accusation read from the clause is stated
    ("Tony Blair alleged that Gordon Brown lied.",
     {("Tony Blair", "Accusation", "Gordon Brown", "positive", "asserted")}),
    ("Tony Blair claimed Gordon Brown had failed to deliver.",
     {("Tony Blair", "Criticism", "Gordon Brown", "positive", "asserted")}),
])
def test_an_act_in_a_claim_is_reported(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected
