"""Definite descriptions of an organisation named before, as the one who acts: 'the company', 'the
bank', 'the party', 'the ministry' (a kind noun: extract/descriptions.py,
rules/extract/descriptions.json) and 'the Federation' (a capitalised head no name covers), to
the one organisation of a fitting kind, or with that head, named as acting just before
(kg_builder/descriptions.py, rules/descriptions.json), in events of accusing, criticising,
suing, threatening and sanctioning, and for a public body or a party also of demanding.
Sentences written for these tests in news style, after development sentences of the kind (each
read no event before)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # a kind noun: the one organisation of that kind named before (read nothing before)
    ("General Motors Corp said sales fell 5 pct. The company accused Ford Motor Co of "
     "copying its design.",
     {("General Motors Corp", "Accusation", "Ford Motor Co", "positive", "asserted")}),
    ("Citibank said it had lent 200 mln dlrs to Brazil. The bank accused Brazil of breaking "
     "the agreement.",
     {("Citibank", "Supply", "Brazil", "positive", "asserted"),
      ("Citibank", "Accusation", "Brazil", "positive", "asserted")}),
    ("The Labour Party held its conference in Brighton. The party criticised the "
     "Conservatives over taxes.",
     {("Labour Party (United Kingdom)", "Criticism", "Conservative Party (United Kingdom)",
       "positive", "asserted")}),
    ("Japan's Ministry of International Trade and Industry said exports rose. The ministry "
     "asked Japanese chip makers to cut output.",
     {("Ministry of International Trade and Industry", "Request", "Japanese chip makers",
       "positive", "asserted")}),
    ("The Securities and Exchange Commission said it was studying the case. The commission "
     "will urge the Texas Supreme Court to review the case.",
     {("Securities and Exchange Commission", "Request", "Texas Supreme Court", "positive",
       "hedged")}),
    # a capitalised head the NER left untagged: the body whose name has that head
    ("The Tokyo Commodity Exchange Federation met on Monday. The Federation asked the "
     "Japanese government to hold the rate.",
     {("Tokyo Commodity Exchange Federation", "Request", "Japan", "positive", "asserted")}),
    # near misses, no one: two companies named just before; an unnamed bank ('a Japanese
    # bank'); a description naming another ('the Japanese company'); a bank no name says is
    # one; a company named only as acted on; a description acted on; a head no name has
    ("Ford Motor Co and General Motors Corp reported losses. The company accused Japan of "
     "dumping.", set()),
    ("A Japanese bank lent money to Chrysler Corp. The bank accused Brazil of breaking the "
     "agreement.", set()),
    ("General Motors Corp said sales fell 5 pct. The Japanese company accused Ford Motor Co "
     "of copying its design.", set()),
    ("Chrysler Corp said sales fell 5 pct. The bank accused Brazil of breaking the "
     "agreement.", set()),
    ("Mr Bondi sued Morgan Stanley on Tuesday. The company has also sued its former auditors.",
     {("Bondi", "Lawsuit", "Morgan Stanley", "positive", "asserted")}),
    ("General Motors Corp said sales fell 5 pct. Ford Motor Co accused the company of "
     "copying its design.", set()),
    ("The Tokyo Commodity Exchange Federation met on Monday. The Queen asked the Japanese "
     "government to hold the rate.", set()),
    # a description acts only in accusing, criticising, suing, threatening, sanctioning; a
    # company's asking is business, a ministry's is not
    ("Air Lanka said it would cut flights. The airline amassed losses of 265 mln U.S. dlrs "
     "last year.", set()),
    ("Bioware said it had finished the game. The company is inviting people to test it.",
     set()),
])
def test_description_of_an_organisation(framed, text, expected):
    assert framed(text) == expected

