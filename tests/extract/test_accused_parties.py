"""Whom an accusation or a charge is against (issue 15, who-accused-whom): the person charged,
not the firm that employs them ('insider dealing charges against a former employee of British
and Commonwealth Shipping Co Plc'), and the party of the clause an impersonal 'it' stands for,
not whatever the 'it' was resolved to ('it is alleged by Texaco that Pennzoil violated the
rule'). Sentences written for the rules in news style."""

from __future__ import annotations

import pytest

SEC = "Securities and Exchange Commission"


@pytest.mark.parametrize(("text", "expected"), [
    # the employer of the one charged is no target
    ("The Department of Trade and Industry has issued insider dealing charges against a former "
     "employee of British and Commonwealth Shipping Co Plc.", set()),
    ("Prosecutors brought fraud charges against a former clerk of Westpac Banking Corp.", set()),
    ("The SEC accused two former officers of Columbia Distributor of inflating sales.", set()),
    # near misses: the company charged itself, named beside its people or alone
    ("The SEC filed charges against Columbia Distributor Inc and two of its former executives.",
     {(SEC, "Accusation", "Columbia Distributor Inc")}),
    ("The SEC accused Merrill Lynch of failing to supervise its traders.",
     {(SEC, "Accusation", "Merrill Lynch")}),
    # a body's management is the body; a state's officials are the state
    ("The union accused the management of British Airways of breaking the agreement.",
     {("union", "Accusation", "British Airways")}),
    ("The Justice Department accused two officials of Ivory Coast of taking bribes.",
     {("United States Department of Justice", "Accusation", "Ivory Coast")}),
])
def test_employer_of_the_accused(event_triples, text, expected):
    assert event_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an 'it' holding the place of the clause refers to no one: the clause names the accused
    ("The SEC has joined the battle between Texaco Inc and Pennzoil Co. Some analysts said it "
     "is alleged by Texaco that Pennzoil violated the rule.",
     {("Texaco Inc", "Accusation", "Pennzoil Co.")}),
    ("The SEC has joined the battle between Texaco Inc and Pennzoil Co. It was alleged by "
     "Texaco that Pennzoil violated the rule.",
     {("Texaco Inc", "Accusation", "Pennzoil Co.")}),
    # near misses: an 'it' with no clause after its verb refers to its antecedent
    ("Pennzoil Co won the first round. Later it was accused by Texaco of violating the rule.",
     {("Texaco", "Accusation", "Pennzoil Co")}),
    ("Pennzoil Co won the first round. Texaco said it was told that Pennzoil had violated the "
     "rule.", set()),
])
def test_impersonal_it(event_triples, text, expected):
    assert event_triples(text) == expected
