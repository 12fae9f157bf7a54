"""Titles listed after a plural work noun are no entities (issue 16, entities43;
kg_builder/extract/work_syntax.py): set beside it by a comma or a dash ('two singles, Club Foot
and LSF', 'a further two hits - Processed Beats and Cutt Off') or after its 'as' or 'like'
('such classics as Super Trouper, SOS and Dancing Queen'), outside sports reports; and what
new releases include. Invented sentences after the patterns of development BBC arts and
technology reports (seed 4301 sample: Club Foot, Cutt Off and Super Trouper were a person and
organisations); the people and bodies around the titles must stay."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "kept", "titles"), [
    # beside a plural work noun after a comma or a dash
    ("Signed to the Columbia label, the Leeds band tested the water with two singles, Paper "
     "Lanterns and Cold Harbour, which both reached the top 20.",
     set(), {"Paper Lanterns", "Cold Harbour"}),
    ("As the year went on the group would score a further two hits - Silver Rain and Broken "
     "Wires - and embark on a sell-out tour of Germany.",
     {("Germany", "State")}, {"Silver Rain", "Broken Wires"}),
    # after the noun's 'as' or 'like'
    ("The show will include such classics as Moonlight Parade, Wild Horses Run and Dancing "
     "Shoes. Its producer Judy Craymer said it would open in London.",
     {("Judy Craymer", "Person"), ("London", "City")},
     {"Moonlight Parade", "Wild Horses Run", "Dancing Shoes"}),
    # what new releases include
    ("New releases on the service will include Hollow Point and Quiet Harbour, the cable "
     "company NTL said on Monday.",
     {("NTL", "Company")}, {"Hollow Point", "Quiet Harbour"}),
])
def test_titles_listed_after_a_work_noun(read_entities, text, kept, titles):
    found = set(read_entities(text))
    assert kept <= found, found
    assert not titles & {label for label, _ in found}, found


@pytest.mark.parametrize(("text", "kept"), [
    # near misses: bodies listed after a plural noun that is no work's, a band owning a song,
    # a list after a work noun with no mark between
    ("The label signed two acts, Keane and Razorlight, in the spring, its boss Tony Wadsworth "
     "said.", {("Tony Wadsworth", "Person")}),
    ("Publishers such as Electronic Arts and Ubisoft have cut prices in Europe.",
     {("Electronic Arts", "Company")}),
    ("Rapper Eminem said hits like Tupac Shakur's Dear Mama had shaped his music.",
     {("Tupac Shakur", "Person")}),
    ("He directed two films with Paramount and Miramax before he left Hollywood.",
     {("Paramount", "Organization"), ("Miramax", "Organization")}),
])
def test_near_misses_stay(read_entities, text, kept):
    found = set(read_entities(text))
    assert kept <= found, found
