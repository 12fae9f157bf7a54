"""Questioning what a party has or says is disapproval of it, not an investigation
(verb_triggers.py ``_doubts_a_quality``; issue 15, wrong type: dev sheets c2 and c5 judged two
such Investigation rows wrong type)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences of bbc-politics-177 (dev sheet c2) and bbc-sport-250 (dev sheet c5):
    # both were Investigations
    ("Mr Llwyd's theory has also been questioned by Plaid Cymru's former President, Dafydd "
     "Wigley.",
     {("Dafydd Wigley", "Criticism", "Llwyd")}),
    ("Dunne's professionalism was famously questioned by Keegan, who ordered the defender home "
     "after he allegedly turned up for training in a dishevelled state.",
     {("Keegan", "Criticism", "Dunne")}),
    # invented: the active voice
    ("Labour MP Kate Hoey questioned Tony Blair's honesty.",
     {("Kate Hoey", "Criticism", "Tony Blair")}),
    # … a party questioned stays an investigation, also named by a title a possessor owns
    ("Mr Khodorkovsky was questioned by police.",
     {("police", "Investigation", "Mikhail Khodorkovsky")}),
    ("Police questioned the company's chairman, John Smith, for six hours.",
     {("Police", "Investigation", "John Smith")}),
])
def test_questioning_a_quality_is_criticism(read_with, text, expected):
    assert read_with(text, ("verb_triggers",)) == expected
