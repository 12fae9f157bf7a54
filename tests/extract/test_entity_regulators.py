"""Regulators, state agencies and central banks the NER finds by name but whose words say
nothing of their kind, or the wrong thing ('USDA' in a business report, '… Corporation', '…
Bank'), and business associations whose words sound like a state's body ('Council of …'):
known bodies in rules/organizations.jsonl (issue 16: a regulator typed Company, a trade
association typed GovernmentBody), through the real model. Sentences from development articles
of BBC and Reuters-21578 (dev12, not held out)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a state's department by its acronym in a business report (reuters-7356)
    ("Speaking at a House grains subcommittee hearing, chairman Dan Glickman proposed that "
     "Congressmen and representatives of soybean growers meet with USDA on the subject.",
     {("United States Department of Agriculture", "GovernmentBody")}, {("USDA", "Company")}),
    # a state agency with a company's word in its name (reuters-7356)
    ("Haggard said barring any program changes, Commodity Credit Corporation soybean stocks, now at "
     "385 mln bu, will rise to 500 mln by the end of August.",
     {("Commodity Credit Corporation", "GovernmentBody")}, {("Commodity Credit Corporation", "Company")}),
    # a central bank named '… National Bank' (reuters-16082)
    ("Countries meeting at the International Monetary Fund this week are looking at new ways to "
     "resolve the problem of third world debt, Swiss National Bank president Pierre Languetin said.",
     {("Swiss National Bank", "GovernmentBody")}, {("Swiss National Bank", "Company")}),
    # a lenders' association: no state's council (bbc-business-177)
    ("Last week, figures from the Council of Mortgage Lenders indicated that the popularity of "
     "buy-to-let mortgages could be waning.",
     {("Council of Mortgage Lenders", "NonGovernmentalOrganization")},
     {("Council of Mortgage Lenders", "GovernmentBody")}),
    # a registry of the state: no plain organisation (bbc-business-248)
    ("House prices were 11.8% higher on the year in the last quarter of 2004, the Land Registry said.",
     {("HM Land Registry", "GovernmentBody")}, {("Land Registry", "Organization")}),
])
def test_known_regulators_and_associations(assert_read, text, present, absent):
    assert_read(text, present, absent)
