"""A state or a place named only as a company's home, or as whose currency an amount is in, is
no party of what the company does (extract/homes.py, rules/extract/homes.json; issue 15,
business deals read as politics). Sentences from development articles (reuters-6977,
reuters-8906, reuters-6508, reuters-17857, reuters-15268, reuters-10691, reuters-15824) or
invented in wire style. Each home case is paired with a near miss that stays: a
state's own body, a state listed with 'and', a company the NER knew."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow



def _rows(read_triples, text):
    """(agent, event type, target) of every event the whole pipeline reads."""
    return {(agent, kind, target) for kind, agent, target in read_triples(text)}


@pytest.mark.parametrize(("text", "expected"), [
    # the owner of a company's name the NER missed: the company's home
    ("<Goldstar Precision Co Ltd>, part of South Korea's <Lucky-Goldstar Group>, agreed with "
     "Japan's Canon Inc <CANN.T> to make cameras using Canon technology, a Goldstar spokesman "
     "told reporters.", set()),
    ("<Samsung Aerospace Co Ltd> agreed with Japan's Minolta Camera Co <MINO.T> to make copiers "
     "using Minolta technology.", set()),
    ("Nippon Kokan KK is in talks with France's Usinor SA <USIN.PA> about a steel venture, a "
     "company spokesman said.", set()),
    # the parser made the state the head of its own company
    ("Ing C Olivetti EC SpA <OLIV.M> does not exclude the possibility of investing in a "
     "semiconductor venture currently under discussion between Italy's <STET - Societa "
     "Finanziaria Telefonica P.A.> and France's Thomson-CSF <TCSF.PA>, an Olivetti spokesman "
     "said.", set()),
    # a company's address
    ("Sheldahl Inc said it signed the previously announced agreements with Sumitomo Bakelite Co "
     "Ltd, Tokyo, Japan, providing for a joint participation program for manufacturing flexible "
     "circuits and circuitry components.", set()),
    ("<Daewoo Corp> said it signed agreements with Nissho Iwai Co Ltd, Osaka, Japan, for joint "
     "shipbuilding.", set()),
    # development articles reuters-17857 and reuters-15268: a company's town and state
    ("CIS Technologies Inc said that it and the Swiss Reinsurance Co of Zurich, Switzerland "
     "agreed to a second extension of two dates for the final part of their share purchase "
     "agreement.", set()),
    ("General Automation Inc said it signed a joint venture with Madrid, Spain-based Ingenieria "
     "De Sistemas Electronics S.A.", set()),
    # development articles reuters-10691 and reuters-15824: the state whose currency an amount
    # is in
    ("<Ssangyong Construction Co Ltd> of South Korea has signed a 48.3 mln U.S. Dlr financing "
     "package to fund the construction of a hotel and commercial complex in Jakarta, the agent, "
     "Wardley Ltd, said.", set()),
    ("Texaco Canada Inc, 78 pct owned by Texaco Inc <TX>, likely would not form any part of a "
     "possible settlement in a 10.3 billion U.S. dlr legal battle between Texaco Inc and Penzoil "
     "Co <PZL>, Texaco Canada chief executive Peter Bijur told reporters.", set()),
])
def test_a_state_named_as_a_firms_home_is_no_party(read_triples, text, expected):
    assert _rows(read_triples, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's own body, owned by the state's name
    ("Washington accused Japan's Finance Ministry of blocking the deal.",
     {("United States", "Accusation", "Finance Ministry")}),
    # a company the NER knew is the party, not its home
    ("The United States criticised Japan's Toshiba Machine Co for selling submarine technology "
     "to Moscow.", {("United States", "Criticism", "Toshiba Machine Co")}),
    # a state listed with a company by 'and' is a party of its own
    ("The U.S. imposed sanctions on Toshiba Corp, Japan and Britain.",
     {("United States", "Sanction", "Toshiba Corp"), ("United States", "Sanction", "Japan"),
      ("United States", "Sanction", "United Kingdom")}),
    # states in talks, named with a possessive of their people
    ("The talks between Japan's negotiators and the U.S. ended.",
     {("Japan", "Meeting", "United States"), ("United States", "Meeting", "Japan")}),
    ("Japan agreed with the United States to limit chip exports.",
     {("Japan", "Agreement", "United States")}),
    # a state in a list after a company and a town, a body named after its state, an amount
    # lent by a state
    ("The U.S. imposed sanctions on Toshiba Corp, Japan, Britain and France.",
     {("United States", "Sanction", "Toshiba Corp"), ("United States", "Sanction", "Japan"),
      ("United States", "Sanction", "United Kingdom"), ("United States", "Sanction", "France")}),
    ("The Government of Canada signed an agreement with Japan.",
     {("Government of Canada", "Treaty", "Japan")}),
    ("The United States agreed to lend Mexico 500 mln dlrs.",
     {("United States", "Agreement", "Mexico"), ("United States", "Supply", "Mexico")}),
])
def test_a_states_own_act_stays(read_triples, text, expected):
    assert _rows(read_triples, text) == expected
