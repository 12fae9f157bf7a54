"""A state's name with 'and' inside that the NER cut at 'and' (kg_builder/extract/bodies.py,
through_and): one state, no name of the words after 'and'. Through the real model; sentences
from development articles (BBC News)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-sport-059: 'Tobago' was read as a person of its own
    ("Findlay is a Londoner who has chosen to represent Trinidad and Tobago but has never run for "
     "them so he could still compete for Great Britain.",
     {("Trinidad and Tobago", "State")}, {("Tobago", "Person")}),
    # bbc-tech-142: 'Tobago' was read as an organisation of its own
    ("Half a world away, in the Caribbean nation of Trinidad and Tobago, Taran Rampersad read "
     "Morquendi's messages.",
     {("Trinidad and Tobago", "State")}, {("Tobago", "Organization")}),
    # must not change, bbc-business-076: the words before 'and' are no state alone
    ("\"Closures are a key factor behind today's economic crisis in the West Bank,\" said Nigel "
     "Roberts, World Bank country director for the West Bank and Gaza.",
     {("Gaza", "Region")}, set()),
    # must not change, bbc-politics-047: two names, no state's whole name
    ("Applications from England and Wales rose by 17% between January 2005 and the same time "
     "last year.",
     {("England", "Region")}, {("England and Wales", "Region"), ("England and Wales", "State")}),
])
def test_state_cut_at_and_is_whole(assert_read, text, present, absent):
    assert_read(text, present, absent)
