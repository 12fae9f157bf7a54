"""Ousting a person removes him from a post: no Expulsion (CAMEO 166 is the expulsion of a
party's diplomats, peacekeepers, inspectors or agencies; conventions.removal, rules in
rules/extract/conventions.json removal_*). Sentences from development articles or invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (bbc-business-217)
    ("Ukraine recently ousted long-serving leader Leonid Kuchma and has said it wants closer "
     "European Union links.", set()),
    ("Shareholders of Acme Corp voted to oust chairman John Smith.", set()),
    # diplomats expelled stay an expulsion
    ("Russia expelled two British diplomats.", {("Russia", "Expulsion", "United Kingdom")}),
])
def test_removal(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
