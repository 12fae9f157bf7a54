"""'due to X pressure': the parser makes 'due' the preposition and 'to' its complement; the
pressure still bears on the clause's subject (constructions/pressure.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (reuters-956), cut to its clause
    ("Taiwan could not fix the exchange rate at 35 to one U.S. Dollar due to U.S. Pressure for "
     "an appreciation of the local currency.",
     {("United States", "Demand", "Taiwan")}),
    # a thing as the subject, or a copula, bears no demand
    ("Prices fell due to pressure from Japan.", set()),
    ("The decline in the yen was due to pressure from the United States.", set()),
])
def test_pressure_due_to(read_with, text, expected):
    assert read_with(text, "pressure") == expected
