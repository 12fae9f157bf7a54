"""Pressure or a demand that someone bows to, is under or rejects was made of them by its source
(constructions/pressure.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (reuters-3532, reuters-956, bbc-politics-136): the source of the
    # pressure or request demands of the one who bows to it, rejects it or gives in to it
    ("Japanese politicians have said repeatedly the country cannot bow to U.S. Pressure to "
     "liberalize rice imports because the issue is too sensitive.",
     {("United States", "Demand", "Japan")}),
    ("Central bank governor Chang Chi-cheng rejected a request by textile makers to halt the rise "
     "of the Taiwan dollar against the U.S. Dollar.",
     {("textile makers", "Request", "Chang Chi-cheng")}),
    ('Mr Ancram argued: "What the British Government is doing is giving in to French and German '
     'pressure, especially the French."',
     {("France", "Demand", "United Kingdom"), ("Germany", "Demand", "United Kingdom")}),
    ("Tony Blair has come under pressure from Labour MPs to set a date for his departure.",
     {("Labour Party (United Kingdom)", "Demand", "Tony Blair")}),
    # demand as the market's (bbc-business-028), pressure with no source, and pressure on
    # someone (the noun triggers' reading) are no demand of the clause's subject
    ("The Paris-based IEA watchdog said the upward revision was due to stronger demand from China "
     "and other Asian countries.", set()),
    ("Tony Blair has come under pressure to set a date for his departure.", set()),
    ("Tony Blair resisted pressure on Gordon Brown from Labour MPs.", set()),
    # a first version read the market's demand as India's demand of Hyundai (bbc-business-054),
    # a refused request as not made (reuters-14331), and a departure as the one pleaded with
    # (reuters-18299)
    ("South Korea's Hyundai Motor has announced that it plans to build a second plant in India "
     "to meet the country's growing demand for cars.", set()),
    ("In a separate report Tanjug said the EC has so far refused a Yugoslav request for a 600 mln "
     "ECU infrastuctural loan.", set()),
    ("Paul Volcker's departure as Federal Reserve Board chairman came despite pleas from the "
     "Reagan administration that he stay at the helm of the U.S. central bank.", set()),
])
def test_pressure(read_with, text, expected):
    assert read_with(text, "pressure") == expected
