"""The partner of a verb of agreeing, negotiating or discussing, however deep in the verb's
object the parser hung its 'with' phrase (issue 15, events49): 'Iraq negotiated the release of
the French hostages with Syria' negotiates with Syria, not with the hostages whose release it
is (verb_triggers.json ``partner_preps``; arguments.py ``phrase_prep_objects``). Through the
real model; sentences written in the wire's style, one adapted from a development row
(reuters-*, not held out nor in any audit sheet); near misses whose object names the party
itself, or whose partner was found before, stay as they are."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _events(read_text, text: str) -> set[tuple[str, str, str | None, str]]:
    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    return {(labels[e.agent], e.type, labels.get(e.target or ""), e.modality)
            for e in extraction.events}


@pytest.mark.parametrize(("text", "expected"), [
    # the partner, not whose release or pay is negotiated (written)
    ("Iraq negotiated the release of the French hostages with Syria.",
     {("Iraq", "Negotiation", "Syria", "asserted")}),
    ("Iraq negotiated with Syria the release of the French hostages.",
     {("Iraq", "Negotiation", "Syria", "asserted")}),
    ("The union agreed a pay deal for nurses with the health authorities.",
     {("union", "Agreement", "health authorities", "asserted")}),
    # a partner the parser hung on a noun deep in the object (written; adapted from a
    # development row)
    ("Argentina negotiated the terms of the loan with the IMF.",
     {("Argentina", "Negotiation", "International Monetary Fund", "asserted")}),
    ("Peruvian officials said they will discuss cooperation in the silver market with Mexican "
     "officials.", {("Peru", "Consultation", "Mexico", "hedged")}),
    # near misses: the object names the party met; the partner already on the object
    ("Baker met Japanese Finance Minister Kiichi Miyazawa with aides.",
     {("Baker", "Meeting", "Kiichi Miyazawa", "asserted")}),
    ("Britain negotiated the detainees' return with the United States.",
     {("United Kingdom", "Negotiation", "United States", "asserted")}),
    ("Japan discussed its trade dispute with the United States.",
     {("Japan", "Consultation", "United States", "asserted")}),
])
def test_partner_phrase(read_text, text, expected):
    assert _events(read_text, text) == expected
