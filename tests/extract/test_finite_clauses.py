"""A clause the parser took for an infinitive though it has a tense of its own
(finite_clauses.py, read by framing.py and prospects.py): 'told Reuters Iran and Iraq have held
talks' tells what was said, not what someone was told to do. Written for issue 15 after the
development row "Western trade sources told Reuters Taiwan and the U.S. have been holding talks
on the currency issue", whose talks were hedged as an act requested; each case below was hedged."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # told on the word of unnamed diplomats, officials or sources: reported
    ("Diplomats told Reuters Iran and Iraq have held secret talks in Geneva.",
     {("Iran", "Meeting", "Iraq", "positive", "reported"),
      ("Iraq", "Meeting", "Iran", "positive", "reported")}),
    ("Officials told Reuters Japan and China have signed an agreement on trade.",
     {("China", "Treaty", "Japan", "positive", "reported"),
      ("Japan", "Treaty", "China", "positive", "reported")}),
    ("Western diplomats told Reuters Syria has been supplying arms to Iran.",
     {("Syria", "Supply", "Iran", "positive", "reported")}),
    # … and on a named speaker's word, who is none of its parties
    ("Mr Smith told Reuters Japan and China have held talks on trade.",
     {("China", "Meeting", "Japan", "positive", "reported"),
      ("Japan", "Meeting", "China", "positive", "reported")}),
    # near misses: an infinitive told to be done stays hedged, a clause of saying with a
    # modal stays as read (unchanged)
    ("Mr Smith told Japan and China to hold talks on trade.",
     {("China", "Meeting", "Japan", "positive", "hedged"),
      ("Japan", "Meeting", "China", "positive", "hedged")}),
    ("The minister told Reuters Britain would retaliate against Japan.",
     {("United Kingdom", "Sanction", "Japan", "positive", "hedged"),
      ("United Kingdom", "Threat", "Japan", "positive", "asserted")}),
])
def test_a_tensed_clause_is_said_not_requested(framed, text, expected):
    assert framed(text) == expected
