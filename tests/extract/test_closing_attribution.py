"""An attribution that closes the sentence tells the whole of it (prospects.told_of,
aside_marks): ', according to a Time magazine report' reports the main clause even where the
parser hangs the phrase on the clause before it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (reuters; the phrase hangs on 'diverted'; it was asserted, by no one)
    ("Former National Security Adviser John Poindexter told President Reagan on two occasions "
     "in 1986 that profits from arms sales to Iran were being diverted to Nicaraguan rebels, "
     "according to a Time magazine report.",
     {("John Poindexter", "Consultation", "Ronald Reagan", "reported", "Time")}),
    # written: a phrase inside the sentence, not closing it, tells only its clause
    ("Iran told Syria, according to the treaty, that weapons would be sent to Iraq.",
     {("Iran", "Consultation", "Syria", "asserted", None)}),
])
def test_a_closing_attribution_reports_the_sentence(read_text, text, expected):
    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    assert {(labels[e.agent], e.type, labels.get(e.target or ""), e.modality,
             labels.get(e.reported_by or "")) for e in extraction.events} == expected
