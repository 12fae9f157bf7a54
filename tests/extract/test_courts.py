"""Business and courts read as political events (issue 15, event precision): what a court or a
judge does in a company's case, a complaint filed against a party, a company's owners and
lenders, and a company cutting ties with another (kg_builder/extract/courts.py and the commerce
convention of kg_builder/extract/conventions.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # a judge's relief in a company's case is a ruling, no aid; a hearing is no meeting
    ("A bankruptcy judge granted Dorvale Oil Corp an injunction that barred Kestrel Corp from "
     "taking part in the auction.", set()),
    ("The judge held talks with Delta Mining Corp and Kestrel Corp.", set()),
    # … and a court named by 'it' rules as the court does ('it' is read as the court early)
    ("The High Court said it backed Kestrel Medical Inc in the dispute.", set()),
    # a court brings no lawsuit: 'its litigation' is a party's, not the court's
    ("The Court of Appeal said the bond stays in place during its litigation against Kestrel "
     "Corp.", set()),
])
def test_a_court_in_a_company_case_rules(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a judge orders a person to do stays (a PLOVER gold DEMAND), and so does a lawsuit a
    # company brings …
    ("An Argentine judge has ordered former president Carlos Menem to appear for questioning.",
     {("Demand", "Argentine judge", "Carlos Menem")}),
    # … so do a judge's rejection of a company's request and a company's request to a court:
    # Rejection and Demand mean what they did
    ("A federal judge in Houston dismissed an attempt by Dorvale Oil Corp to gain bankruptcy "
     "protection.", {("Rejection", "federal judge", "Dorvale Oil Corp")}),
    ("A state appeals court ruled that Dorvale Inc need not post a bond in its litigation "
     "against Kestrel Corp.", {("Lawsuit", "Dorvale Inc", "Kestrel Corp.")}),
])
def test_what_a_court_does_to_people_stays(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a complaint filed against a party is a legal complaint, a lawsuit (CAMEO 115)
    ("The Securities and Exchange Commission filed a complaint against Haskell Securities Inc "
     "alleging fraud.",
     {("Lawsuit", "Securities and Exchange Commission", "Haskell Securities Inc")}),
])
def test_a_complaint_filed_is_a_lawsuit(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's owners or lenders act in its business
    ("Shareholders of Kestrel Foods rejected the offer from Halden Group.", set()),
    ("Its creditors agreed to defer rent payments by Halden Group.", set()),
    # a company cutting its ties with another punishes no political actor
    ("In 1984 Toyota severed its ties with Delta Motor Corp, its local partner for more than 20 "
     "years.", set()),
])
def test_owners_and_partners_are_business(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's sanction of a company or of a state stays
    ("The United States imposed sanctions on Rosneft.",
     {("Sanction", "United States", "Rosneft")}),
    ("Britain severed its ties with Iran.", {("Sanction", "United Kingdom", "Iran")}),
])
def test_a_state_sanction_stays(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a person's dealings with lenders or a group named 'Shareholders' are not a company's
    # business: a minister's debt talks, a fans' group backed (regression: the holder words of
    # the commerce convention dropped them, wherever the other party was)
    ("Finance Minister Paulo Reis travelled to New York for fresh debt negotiations with "
     "creditors angered by the suspension of interest payments.",
     {("Negotiation", "Paulo Reis", "creditors")}),
    ("Prime Minister Ivan Petrov said creditors should show more understanding.",
     {("Demand", "Ivan Petrov", "creditors")}),
])
def test_lenders_of_a_person_stay(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company withdrawing or settling its own case takes a step in the case with the other
    # litigant: the court where the case lies is no party it retreats from or agrees with
    # (issue 15; invented, in wire style); its request to the court stays
    ("Texaco will withdraw its request to the Supreme Court under the settlement.", set()),
    ("Texaco agreed to withdraw its appeal to the Supreme Court.",
     {("Request", "Texaco", "Supreme Court")}),
    ("Pennzoil withdrew its appeal to the Supreme Court after the settlement.", set()),
    # a state's retreat, and a retreat from a body that is no court, stay
    ("Britain withdrew its appeal to the European Court of Justice.",
     {("Retreat", "United Kingdom", "Court of Justice of the European Union")}),
    ("Iran withdrew its complaint to the U.N. Security Council.",
     {("Retreat", "Iran", "United Nations Security Council")}),
])
def test_a_company_settling_its_case_deals_with_no_court(read_triples, text, expected):
    assert read_triples(text) == expected
