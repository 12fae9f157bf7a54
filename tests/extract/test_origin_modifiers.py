"""A state named only as where a company comes from is no subject, so 'it' or 'they' after it
is not that state (extract/origins.py, rules/extract/origins.json; issue 15): 'A US firm said
it had sued …' is the firm's lawsuit, which names no party the graph can hold, not one of the
United States. A state's name before a noun that stands for the state stays its subject ('US
officials said they …'), so each case pairs the two. Invented sentences, in the style of the
development article bbc-business-418 ('A US firm has said it is in final negotiations with
…', read as the United States' negotiation)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers", "mutual")


@pytest.mark.parametrize(("text", "expected"), [
    ("A US firm said it had sued Microsoft over the patent. US officials said they had met "
     "Iranian diplomats.", {("United States", "Meeting", "Iran")}),
    ("A US company said it had agreed to supply Iran with spare parts. US officials said they "
     "had criticised Iran.", {("United States", "Criticism", "Iran")}),
    ("A Japanese-owned US bank said it had sued Brazil over the loans.", set()),
    ("Two US companies said they were in talks with Iran. US negotiators said they had met "
     "Chinese officials.", {("United States", "Meeting", "China")}),
])
def test_a_state_named_as_a_company_origin_is_no_subject(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected
