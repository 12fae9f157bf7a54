"""A document's claim set off after the act it tells of, where the parser hung the verb of
saying on the act's verb ('Tony Blair told Gordon Brown … that he would stand down, the book
claims': documents.closing_document_claim): reported, not stated. Sentences written for this
test in news style (the first was asserted)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Tony Blair told Gordon Brown in 2003 that he would stand down, the book claims.",
     {("Tony Blair", "Consultation", "Gordon Brown", "positive", "reported")}),
    # near misses, unchanged: the document's claim is only part of what was told; the claim
    # before the act
    ("Tony Blair told Gordon Brown that the book claims he would stand down.",
     {("Tony Blair", "Consultation", "Gordon Brown", "positive", "asserted")}),
    ("The book also claims Tony Blair met Gordon Brown secretly in 2003.",
     {("Tony Blair", "Meeting", "Gordon Brown", "positive", "reported")}),
])
def test_closing_document_claim(framed, text, expected):
    assert framed(text) == expected
