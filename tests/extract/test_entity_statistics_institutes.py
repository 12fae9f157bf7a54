"""A state's statistics institute is its government's office (entities36), through the real
model: 'the National Statistics Institute (INSEE)' is a government body, like the 'Federal
Statistics Office' and the 'Central Bureau of Statistics' the body words already type, not the
generic organisation. Sentences from the development part of Reuters-21578
(tests/data/audit/split.json; the entities36 exploration sample, seed 3601) or invented where
marked: the (label, kind) pairs that must and must not be there. The guards (test_kinds_kept)
pass before this rule too."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (reuters-8451)
    ("French household consumption of industrial goods fell 1.1 pct seasonally adjusted to "
     "21.32 billion francs last month from 21.55 billion in January, the National Statistics "
     "Institute (INSEE) said.",
     {("National Statistics Institute", "GovernmentBody")},
     {("National Statistics Institute", "Organization")}),
    # (reuters-1147)
    ("Chile's consumer price index rose 1.7 pct in February, the government's National "
     "Statistics Institute said.",
     {("National Statistics Institute", "GovernmentBody")},
     {("National Statistics Institute", "Organization")}),
    # (invented)
    ("Inflation rose to 5.1 pct in March from 4.8 pct in February, the State Statistics "
     "Institute said.",
     {("State Statistics Institute", "GovernmentBody")},
     {("State Statistics Institute", "Organization")}),
])
def test_statistics_institute_is_a_government_body(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a company's legal form comes first (invented)
    ("Market Statistics Institute Inc said it had net profits of 1.2 mln dlrs in the year.",
     {("Market Statistics Institute Inc", "Company")},
     {("Market Statistics Institute Inc", "GovernmentBody")}),
    # a learned society of statisticians is no state's (invented)
    ("The Royal Statistical Society said the figures were sound.",
     {("Royal Statistical Society", "NonGovernmentalOrganization")},
     {("Royal Statistical Society", "GovernmentBody")}),
])
def test_kinds_kept(assert_read, text, present, absent):
    assert_read(text, present, absent)
