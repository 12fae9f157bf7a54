"""Parties named around a requested or reported act that are not its target, and acts only
allowed or required (issue 15, wrong target / wrong type found in development news):
ordered.py ('After China, the Soviet Union will … demand'), requested.py (the subject of a
requested passive infinitive after 'for', the partner of a requested thing), employers.py ('a
former clerk of Westpac'), framing and permitted.py ('require' an act; 'agreed to allow',
'a bill allowing' it: hedged) and the trigger lexicon
('retaliate': a counter-measure, no armed attack). Sentences written for these tests in news
style, of the shape of the development sentences that went wrong; each case above the near
misses was read wrong before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # a party the act is ordered after: no Demand on China
    ("After China, the Soviet Union will probably demand accession to the pact.", set()),
    # the subject of the requested passive infinitive: whoever holds the debts is asked
    ("Babangida called for the debts of Zambia to be written off.", set()),
    # the partner of the requested thing: no one named is urged
    ("Britain urged harmonization of regulatory practice with Germany.", set()),
    ("Britain urged closer cooperation with Germany.", set()),
    # only allowed or required: hedged; a trade counter-measure, no armed attack
    ("The bill would allow President Reagan to retaliate against Japan.",
     {("Ronald Reagan", "Sanction", "Japan", "positive", "hedged")}),
    ("The Senate approved legislation to require Reagan to retaliate against Japan.",
     {("Ronald Reagan", "Sanction", "Japan", "positive", "hedged")}),
    ("Congress voted to allow President Reagan to retaliate against Japan.",
     {("Ronald Reagan", "Sanction", "Japan", "positive", "hedged")}),
    ("The Senate approved a bill allowing Reagan to retaliate against Japan.",
     {("Ronald Reagan", "Sanction", "Japan", "positive", "hedged")}),
    ("The United States retaliated against Japan by imposing tariffs.",
     {("United States", "Sanction", "Japan", "positive", "asserted")}),
    # the employer of the one charged is not charged
    ("Australian police said they charged a former clerk of Westpac Banking Corp with fraud.",
     set()),
    # near misses, unchanged: the one asked named as such
    ("The Soviet Union demanded that China withdraw its troops.",
     {("Soviet Union", "Demand", "China", "positive", "asserted")}),
    ("Britain urged Germany to harmonise its regulatory practice.",
     {("United Kingdom", "Request", "Germany", "positive", "asserted")}),
    ("Babangida called on Zambia to repay its debts.",
     {("Ibrahim Babangida", "Request", "Zambia", "positive", "asserted")}),
    ("Thatcher called for Mr Blunkett to resign.",
     {("Margaret Thatcher", "Request", "David Blunkett", "positive", "asserted")}),
    ("Iran pleaded with Germany to release the prisoners.",
     {("Iran", "Request", "Germany", "positive", "asserted"),
      ("Germany", "Release", "prisoners", "positive", "hedged")}),
    ("Iran asked for talks with Germany.",
     {("Iran", "Request", "Germany", "positive", "asserted")}),
    ("Britain, like France, urged Germany to cut interest rates.",
     {("United Kingdom", "Request", "Germany", "positive", "asserted")}),
    # a permission given may tell of the act done
    ("The government has allowed Arafat to visit Cairo.",
     {("Yasser Arafat", "Visit", "Egypt", "positive", "asserted")}),
    # a reprisal on a condition stays a threat; a firm charged itself stays
    ("Japan said it would retaliate if Washington imposed tariffs.",
     {("Japan", "Threat", "United States", "positive", "asserted")}),
    ("Police arrested the director of the company and charged Westpac with fraud.",
     {("Police", "Arrest", "Westpac", "positive", "asserted")}),
])
def test_misread_targets(framed, text, expected):
    assert framed(text) == expected
