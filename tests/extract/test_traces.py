"""How an event was read (traces.py, kept by emit.py on each event for its confidence): the
trigger's part of speech and light verb, and each party's distance in tokens and clause
boundaries from its verb. The sentences are from development articles of the judged sheets
(bbc-politics-188, reuters-9657, reuters-16366)."""

from __future__ import annotations

import pytest

from kg_builder.extract.traces import clause_boundaries

pytestmark = pytest.mark.slow

_KUWAIT = ("Kuwait has agreed to charter tankers from the Soviet Union in a move to protect its "
           "oil exports through the Mideast Gulf, diplomatic sources said.")
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    # a noun trigger with its light verb; the distances are measured from 'held'
    ("Gen Musharraf held talks with Tony Blair on Monday.", "Meeting",
     {"pos": "NOUN", "light": "hold", "event": "Meeting", "agent_gap": 0, "agent_clauses": 0,
      "target_gap": 2, "target_clauses": 0}),
    # the agent is the one urged, the object of 'urged': one clause (xcomp) from 'impose'
    ("The Semiconductor Industry Association urged the U.S. government to impose trade "
     "sanctions against Japan for violating the U.S.-Japan Semiconductor Trade Agreement.",
     "Sanction", {"pos": "NOUN", "light": "impose", "agent_clauses": 1, "target_clauses": 0}),
    # the partner is inside the infinitive clause of 'agreed'
    ("Kuwait has agreed to charter tankers from the Soviet Union in a move to protect its oil "
     "exports through the Mideast Gulf, diplomatic sources said.", "Agreement",
     {"pos": "VERB", "light": "", "agent_gap": 1, "agent_clauses": 0, "target_clauses": 1}),
])
def test_the_trace_of_an_event(read_text, text, event_type, expected):
    event = next(e for e in read_text(text).events if e.type == event_type)
    assert event.trace is not None
    assert {k: getattr(event.trace, k) for k in expected} == expected


@pytest.mark.parametrize(("text", "party", "verb", "crossed"), [
    # reuters-21573, reuters-16366
    ("Baker said the Louvre accord was still operative but he strongly criticised West German "
     "moves to raise key interest rates.", "Baker", "operative", 1),
    (_KUWAIT, "Kuwait", "agreed", 0),
    (_KUWAIT, "Kuwait", "charter", 1),
])
def test_clause_boundaries(nlp, text, party, verb, crossed):
    doc = nlp(text)
    by_text = {t.text: t for t in doc}
    assert clause_boundaries(by_text[party], by_text[verb], clause_deps=CLAUSE_DEPS) == crossed
