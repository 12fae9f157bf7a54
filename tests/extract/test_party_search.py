"""The weakest cells of the search for a party inside a trigger's clause or object (issue 15,
events48, from events46's study of 159 development rows): the body whose gathering a meeting is
('opened the annual meeting of the Asian Development Bank'; noun_triggers.json
``gathering_categories``), a company's business bought or sold ('agreed to buy the business and
assets of X from Y'; deals.py), and a benchmark interest rate read as an organisation ('a spread
over London Interbank Offered Rates'; products.json). Through the real model; sentences adapted
from development articles (reuters-*, not held out nor in any audit sheet) or written in the
wire's style; near misses that must stay as they are."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # a gathering's own 'of' phrase names whose meeting it is, not a party met (adapted from
    # development rows; written)
    ("Japanese Finance Minister Kiichi Miyazawa opened the 20th annual meeting of the Asian "
     "Development Bank by promising more money.", set()),
    ("Top officials of leading industrial nations arrived at the Treasury to begin a meeting of "
     "the Group of Five.", set()),
    ("Chancellor Helmut Kohl opened a meeting of the European Community in Brussels on Monday.",
     set()),
    # … the party further in is the one met (written)
    ("Foreign ministers held a meeting of the Gulf Cooperation Council with Japan in Riyadh.",
     {("Foreign ministers", "Meeting", "Japan")}),
    # a company's business bought or sold: a purchase, no event (adapted; written)
    ("Nuclear Support Services Inc said it agreed to buy the business and assets of ITT Henze "
     "Service from ITT Corp.", set()),
    ("Harcourt Canada has agreed to sell control of the firms to Canadian interests within two "
     "years.", set()),
    # a benchmark rate is no party (adapted)
    ("The Philippines was willing to pay a spread of 7/8 percentage points over London Interbank "
     "Offered Rates (Libor).", set()),
    # near misses: talks with a body, a meeting with its officer, a partner beyond 'of', goods
    # sold or bought, acts agreed, a proposal backed
    ("Japan held talks with the Asian Development Bank on Monday.",
     {("Japan", "Meeting", "Asian Development Bank")}),
    ("Baker met OPEC secretary-general Subroto in Vienna.", {("Baker", "Meeting", "Subroto")}),
    ("Saudi Arabia's renegotiation of its agreement with Aramco is moving along, sources said.",
     {("Saudi Arabia", "Negotiation", "Saudi Aramco")}),
    ("The Soviet Union has agreed to supply Iran with refined oil products in exchange for crude.",
     {("Soviet Union", "Agreement", "Iran"), ("Soviet Union", "Supply", "Iran")}),
    ("Costa Rica has agreed to sell more than 32,000 tonnes of sugar this year to the Soviet "
     "Union.", {("Costa Rica", "Agreement", "Soviet Union")}),
    ("Japan agreed to buy more U.S. supercomputers, the trade representative said.",
     {("Japan", "Agreement", "United States")}),
    ("Britain backed the EC's proposal on farm prices.",
     {("United Kingdom", "Support", "European Community")}),
])
def test_party_search_events(event_triples, text, expected):
    assert event_triples(text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a benchmark interest rate named in full (adapted; written)
    ("The Philippines would make interest payments at 5/8 pct over the London Interbank Offered "
     "Rate.", ("Philippines", "State"), "London Interbank Offered Rate"),
    ("The Philippines was willing to pay a spread of 7/8 percentage points over London Interbank "
     "Offered Rates (Libor).", ("Philippines", "State"), "London Interbank Offered Rates"),
    # near miss: a central bank's own rate, the bank stays (written)
    ("The Banque de France cut its intervention rate to 7.75 pct.",
     ("Banque de France", "Company"), "intervention rate"),
])
def test_benchmark_rates_are_no_entities(read_entities, text, present, absent):
    entities = read_entities(text)
    assert present in entities
    assert all(label != absent for label, _ in entities)
