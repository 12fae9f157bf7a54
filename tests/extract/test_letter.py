"""A participle of asking that follows a letter asks it of the addressee, the writer asking
(constructions/letter.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (bbc-politics-002, -174, -019): the participle hangs on the
    # addressee or on the verb of writing; the writer asks the addressee
    ("Tory leader Michael Howard has written to Tony Blair demanding an explanation of the new "
     "rules on e-mail retention.",
     {("Michael Howard", "Demand", "Tony Blair")}),
    ("Ms Sturgeon has written to Mr McConnell asking for clarification on the move to allow the "
     "prisoner out.",
     {("Nicola Sturgeon", "Request", "McConnell")}),
    ("The Scottish National Party's Holyrood leader Nicola Sturgeon wrote to Mr McConnell on "
     "Tuesday accusing him of an error of judgement and calling for him to apologise for his "
     '"ill-judged" remarks.',
     {("Nicola Sturgeon", "Request", "McConnell")}),
    # sentences written for it: a letter sent, a comma, the participle's own party
    ("Mr Howard sent a letter to Mr Blair demanding an apology.",
     {("Howard", "Demand", "Tony Blair")}),
    ("Mr Howard wrote to Mr Blair on Monday, demanding an explanation.",
     {("Howard", "Demand", "Tony Blair")}),
    ("Mr Howard wrote to the Electoral Commission demanding an apology from Tony Blair.",
     {("Howard", "Demand", "Tony Blair")}),
    ("The campaigners wrote to Mr Blair demanding the release of the prisoners.",
     {("campaigners", "Demand", "Tony Blair")}),
    # a question asks for nothing; a letter to a newspaper asks the paper nothing; a book
    # about someone is no letter to them; a participle that asks nothing is no request
    ("Ms Sturgeon wrote to Mr McConnell asking whether he knew about the release.", set()),
    ("Ms Sturgeon wrote to Mr McConnell asking about the release.", set()),
    ("Ms Sturgeon wrote to Mr McConnell asking his views on the release.", set()),
    ("Mr Howard wrote to The Times demanding a change in the law.", set()),
    ("Mr Howard wrote a book about Tony Blair demanding attention.", set()),
    ("Mr Howard wrote to Mr Blair explaining his decision.", set()),
])
def test_letter(read_with, text, expected):
    assert read_with(text, "letter") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # with every construction: the writer asks, not the addressee the participle hangs on
    ("Tory leader Michael Howard has written to Tony Blair demanding an explanation of the new "
     "rules on e-mail retention.",
     {("Michael Howard", "Demand", "Tony Blair")}),
])
def test_letter_with_all_constructions(read_triples, text, expected):
    assert {(a, e, t) for e, a, t in read_triples(text)} == expected
