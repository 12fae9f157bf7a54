"""Hearsay and schedules the text does not state as done (events23): an act told by a source
the text does not name ('Sources say …', 'It is understood that …') is reported; an act named by
a noun with a participle that dates it ahead ('talks … scheduled for March') is hedged."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("mutual", "verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of saying whose subject is an unnamed source, before, after or around the act
    # (invented; each was asserted, with no reporter)
    ("Sources say Iran threatened Iraq.",
     {("Iran", "Threat", "Iraq", "positive", "reported")}),
    ("Iran threatened Iraq, diplomatic sources said.",
     {("Iran", "Threat", "Iraq", "positive", "reported")}),
    ("Iran, sources close to the government said, had threatened Iraq.",
     {("Iran", "Threat", "Iraq", "positive", "reported")}),
    # (development sentence, dev10 reuters-20649: it was an asserted Request)
    ("The sources said Romero urged that other EC countries should take some of the imports to "
     "prevent disturbance of the Spanish market.",
     {("Romero", "Request", "European Community", "positive", "reported")}),
    # a passive verb of report with 'it' for subject (invented; each was asserted)
    ("It is understood that Iran threatened Iraq.",
     {("Iran", "Threat", "Iraq", "positive", "reported")}),
    ("It is thought Mr Blair met Mr Bush last week.",
     {("Tony Blair", "Meeting", "Bush", "positive", "reported")}),
    # … and a speaker the text names, or a source named in apposition, is the reporter of the
    # act: reported too when he is none of its parties (rules/attribution.json; both were
    # asserted before it, "as a fact", which JUDGING.md judges wrong type)
    ("Western diplomats said Iran had threatened Iraq.",
     {("Iran", "Threat", "Iraq", "positive", "reported")}),
    ("The source of the leak, Mr Smith, said Iran threatened Iraq.",
     {("Iran", "Threat", "Iraq", "positive", "reported")}),
])
def test_an_act_told_by_an_unnamed_source_is_reported(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle of schedule on the noun's phrase, wherever the parser hangs it (development
    # sentence, dev12 reuters-14199: it was an asserted Sanction; invented ones were asserted
    # Meetings)
    ("Japan is attempting to cut back semiconductor production to forstall the 300 mln dlrs in "
     "U.S. tariffs on Japanese electronic goods set to take effect April 17, industry analysts "
     "said.",
     {("United States", "Sanction", "Japan", "positive", "hedged")}),
    ("Talks between Mr Blair and Mr Bush scheduled for March were postponed.",
     {("Tony Blair", "Meeting", "Bush", "positive", "hedged"),
      ("Bush", "Meeting", "Tony Blair", "positive", "hedged")}),
    ("The meeting between Mr Blair and Mr Bush, scheduled for Monday, will focus on Iraq.",
     {("Tony Blair", "Meeting", "Bush", "positive", "hedged"),
      ("Bush", "Meeting", "Tony Blair", "positive", "hedged")}),
    # … but talks held took place
    ("Talks between Mr Blair and Mr Bush held in March were useful.",
     {("Tony Blair", "Meeting", "Bush", "positive", "asserted"),
      ("Bush", "Meeting", "Tony Blair", "positive", "asserted")}),
])
def test_an_act_scheduled_by_a_participle_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of 'be' and a hedge word whose infinitive is a verb of taking place (invented
    # after dev sheet c2 reuters-15171, 'sanctions only likely to take effect; stated as fact':
    # it was asserted)
    ("U.S. trade sanctions against Japan are likely to take effect on April 17.",
     {("United States", "Sanction", "Japan", "positive", "hedged")}),
    # … but sanctions in force, whatever they are likely to do, stay as read
    ("U.S. trade sanctions against Japan are likely to hurt Japanese exporters.",
     {("United States", "Sanction", "Japan", "positive", "asserted")}),
])
def test_an_act_likely_to_take_effect_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected
