"""What 'there is not' denies (existentials.py, read by emit.py): the negation hangs on the
existential 'be', not on the act's noun. Written for issue 15 ("denials not negated"), after
the development sentence "…, Miyazawa said there was not any contact" (its row came from the
question before it); each case below was positive on main."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("There was not a meeting between Mr Blair and Mr Bush.",
     {("Bush", "Meeting", "Tony Blair", "negative", "asserted"),
      ("Tony Blair", "Meeting", "Bush", "negative", "asserted")}),
    # with 'any' still hedged, as 'did not hold any talks' is
    ("Miyazawa said there was not any contact between the U.S. and Japan.",
     {("Japan", "Consultation", "United States", "negative", "hedged"),
      ("United States", "Consultation", "Japan", "negative", "hedged")}),
    ("There has never been any contact between Iran and the United States.",
     {("Iran", "Consultation", "United States", "negative", "hedged"),
      ("United States", "Consultation", "Iran", "negative", "hedged")}),
    # near misses (unchanged): no negation, or not much of it
    ("There has been contact between Iran and the United States.",
     {("Iran", "Consultation", "United States", "positive", "asserted"),
      ("United States", "Consultation", "Iran", "positive", "asserted")}),
    ("There was not much criticism of Japan by the United States.",
     {("United States", "Criticism", "Japan", "positive", "asserted")}),
])
def test_there_was_not(framed, text, expected):
    assert framed(text) == expected
