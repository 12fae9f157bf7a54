"""'its lawsuit': the owner of a legal action is no court, though the court is the nearest
subject (kg_builder/antecedents.py, rules/litigation.txt, rules/court_words.txt; issue 15,
wrong agent: dev sheets c4 and c6 judged two Lawsuit rows whose agent was the court wrong)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences of reuters-2719 (dev sheet c4) and reuters-19800 (dev sheet c6),
    # the tickers left out: both were Lawsuits of the court ('U.S.' read for the second)
    ("NEC Electronics Inc, a unit of NEC Corp, said a U.S. District Court judge denied NEC's "
     "motion to disqualify Judge William Ingram from presiding over its lawsuit against Intel "
     "Corp.",
     {("NEC Electronics Inc", "Lawsuit", "Intel Corp.")}),
    ("Nec Electronics Inc said the U.S. Ninth District Circuit Court of Appeals has agreed to hear "
     "the company's petition seeking the disqualification of the judge presiding over its lawsuit "
     "against Intel Corp.",
     {("Nec Electronics Inc", "Lawsuit", "Intel Corp.")}),
    # invented: the same with an appeal, and 'its' of a company that is the nearest subject
    ("Acme Corp said the Supreme Court had agreed to hear its appeal in its lawsuit against "
     "Texaco Inc.",
     {("Acme Corp", "Lawsuit", "Texaco Inc.")}),
    ("The Supreme Court said it would not hear the case. Texaco said it would pursue its lawsuit "
     "against Pennzoil.",
     {("Texaco", "Lawsuit", "Pennzoil")}),
])
def test_a_legal_action_is_no_courts(read_with, text, expected):
    assert {(a, t, b) for a, t, b, *_ in read_with(text, ("noun_triggers",))} == expected
