"""An appositive says what its noun is only by what it names itself (extract/appositives.py):
a party named in its modifiers or its prepositional phrases describes the noun, it is not the
noun ('The singer, a long-time admirer of Mandela, attacked …' is no act of Mandela's)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # sentences written for it in news style: the party named inside the appositive is no agent
    ("The singer, a long-time admirer of Nelson Mandela, criticised Tony Blair.", set()),
    ("The bishop, a close friend of Gordon Brown, accused Tony Blair of lying.", set()),
    ("The author, a fierce critic of the Labour Party, accused Tony Blair of lying.", set()),
    ("The charity, a partner of Oxfam, condemned Tony Blair.", set()),
    ("The singer, Bob Geldof's long-time friend, criticised Tony Blair.", set()),
    # near misses that stay: a name in apposition is what the noun is; a named subject keeps
    # its own name
    ("The President of France, Jacques Chirac, criticised Tony Blair.",
     {("Jacques Chirac", "Criticism", "Tony Blair")}),
    ("Bono, a long-time admirer of Nelson Mandela, criticised Tony Blair.",
     {("Bono", "Criticism", "Tony Blair")}),
])
def test_an_appositive_names_only_itself(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
