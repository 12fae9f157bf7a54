"""Acts told on the word of someone who is no party to them (kg_builder/attribution.py, issue 15:
how an event is stated): reported by the speaker, while the speaker's own act, what was done to
him, or his body's or state's stays a fact (tests/data/audit/JUDGING.md)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # a newspaper tells of two others' act (a development sentence, reuters-13458, read from a
    # random development sample; it was stated as a fact)
    ("The Soviet Communist Party has criticised the country's Grain Products Ministry for "
     "failing to ensure proper grain storage, Pravda said.",
     {("Soviet Communist Party", "Criticism", "Grain Products Ministry", "positive", "reported",
       "Pravda")}),
    # a company tells of a third party's act, a paper of two states' (written; each was asserted)
    ("Texaco said Pennzoil had sued Getty Oil.",
     {("Pennzoil", "Lawsuit", "Getty Oil", "positive", "reported", "Texaco")}),
    ("Izvestia said the Kremlin had accused Washington of breaking the treaty.",
     {("Russia", "Accusation", "United States", "positive", "reported", "Izvestia")}),
    # a denial told by another is reported too (written; it was asserted)
    ("Pravda said the Soviet Union had not met China.",
     {("Soviet Union", "Meeting", "China", "negative", "reported", "Pravda")}),
])
def test_an_act_told_by_one_of_no_party_is_reported(read_text, text, expected):
    assert _stated(read_text, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses that stay as they were: the body's own statement under its short name (a
    # development sentence, reuters-19266) …
    ("The Paris Club of creditor nations agreed to a major rescheduling of Uganda's debts, "
     "the Club said in a statement.",
     {("Paris Club", "Agreement", "Uganda", "positive", "asserted", "Club")}),
    # … what was done to the speaker (bbc-politics-067), or to his board's director
    # (reuters-5183) …
    ("Mr Parton said he had been told by Children's Minister Margaret Hodge there was not "
     "enough time to pass the bill.",
     {("Margaret Hodge", "Consultation", "Parton", "positive", "asserted", "Parton")}),
    ("Board of Foreign Trade director Vincent Siew told reporters U.S. officials told him in "
     "Washington last week that Taiwan would face retaliation.",
     {("United States", "Consultation", "Vincent Siew", "positive", "asserted",
       "Board of Foreign Trade")}),
    # … his state's act, by the actor dictionary's office (written) …
    ("Shevardnadze said the Soviet Union had agreed with China to hold talks.",
     {("Soviet Union", "Agreement", "China", "positive", "asserted", "Eduard Shevardnadze")}),
    # … the speaker's own act, and a plan told by another, which stays hedged (written)
    ("Texaco said it had sued Pennzoil.",
     {("Texaco", "Lawsuit", "Pennzoil", "positive", "asserted", None)}),
    ("Pravda said the Soviet Union will hold talks with China next week.",
     {("Soviet Union", "Meeting", "China", "positive", "hedged", "Pravda")}),
])
def test_the_speakers_own_act_stays_a_fact(read_text, text, expected):
    assert _stated(read_text, text) == expected


def _stated(read_text, text: str) -> set[tuple[str | None, ...]]:
    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    return {(labels[e.agent], e.type, labels.get(e.target or ""), e.polarity, e.modality,
             labels.get(e.reported_by or "")) for e in extraction.events}


@pytest.mark.parametrize(("text", "expected"), [
    # unnamed speakers of no named body are sources: the act is reported (written after a
    # development sentence, reuters-21508 '…, bankers said'; each was asserted) …
    ("Bankers said the Bundesbank had criticised the Finance Ministry.",
     {("Bundesbank", "Criticism", "Finance Ministry", "positive", "reported", None)}),
    ("Diplomats say Iran threatened Iraq last week.",
     {("Iran", "Threat", "Iraq", "positive", "reported", "Diplomats")}),
    # … while a state's own officials tell of its act, or of what was done to it (near misses,
    # asserted before and after)
    ("The United States has openly attacked Japan's fiscal policy, senior U.S. officials said.",
     {("United States", "Criticism", "Japan", "positive", "asserted", None)}),
    ("Japanese officials said the United States had criticised Japan.",
     {("United States", "Criticism", "Japan", "positive", "asserted", "Japan")}),
])
def test_unnamed_speakers_of_no_named_body_report(read_text, text, expected):
    assert _stated(read_text, text) == expected
