"""Who does what an infinitive says: 'X called on Y to impose sanctions on Z' — any sanction would
be Y's, not X's (kg_builder/extract/syntax.py, rules/extract/control.json; issue 15)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _events(extraction):
    labels = {e.key: e.label for e in extraction.entities}
    return {(ev.type, labels[ev.agent], labels.get(ev.target or "", None), ev.modality)
            for ev in extraction.events if ev.polarity == "positive"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one called on would impose the sanctions (hedged); the caller asks it
        ("The Tories called on the United States to impose sanctions on Iran.",
         {("Request", "Conservative Party (United Kingdom)", "United States", "asserted"),
          ("Sanction", "United States", "Iran", "hedged")}),
        ("The Tories called on voters to reject Labour.",
         {("Request", "Conservative Party (United Kingdom)", "voters", "asserted"),
          ("Rejection", "voters", "Labour Party (United Kingdom)", "hedged")}),
        # a time after 'on' is no one: the caller's own call stays the caller's
        ("The Tories called on Friday to impose sanctions on Iran.",
         {("Sanction", "Conservative Party (United Kingdom)", "Iran", "hedged")}),
        # a direct object did so already
        ("The opposition asked the European Union to investigate Belarus.",
         {("Request", "opposition", "European Union", "asserted"),
          ("Investigation", "European Union", "Belarus", "hedged")}),
    ],
)
def test_infinitive_is_done_by_the_one_asked(read_text, text, expected):
    assert _events(read_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The EU appealed to Russia to lift sanctions on Georgia.", "Russia"),
    ],
)
def test_appeal_to_passes_the_act_on(read_text, text, agent):
    # whatever the act is read as, it is not the EU's own
    acts = {e for e in _events(read_text(text)) if e[0] != "Request"}
    assert acts and {e[1] for e in acts} == {agent}
