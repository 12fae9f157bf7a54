"""What one brings on oneself is asked of no one (extract/provoked.py): to invite a reaction,
a reprisal or criticism is to provoke it — no Request, and no promised Agreement."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (reuters-15456): read as Japan's Request of the United States and
    # its promised Agreement
    ("If Japan fails to meet such international expectations it will invite some retaliatory "
     "moves, especially from the U.S., which may result in a further rise of the yen, analysts "
     "said.", set()),
    # written sentences in wire style
    ("Britain would invite retaliation from the United States if it imposed the levy.", set()),
    ("If Seoul does not open its market it will invite some retaliatory measures from the U.S., "
     "officials said.", set()),
    ("Canada would invite sanctions from the United States, he said.", set()),
])
def test_provoked_is_no_request(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: inviting a party, or a party's bids, stays a request (or a promise of one)
    ("Treasury Secretary James Baker invited Italy to rejoin the talks.",
     {("Request", "James Baker", "Italy")}),
    ("Japan said it would invite Chinese officials to Tokyo for talks.",
     {("Agreement", "Japan", "China"), ("Request", "Japan", "China")}),
    ("The Soviet Union invited France to send observers to the exercise.",
     {("Request", "Soviet Union", "France")}),
])
def test_invited_party_stays(read_triples, text, expected):
    assert read_triples(text) == expected
