"""Places and bodies typed by their kind (issue 16, round 10), through the real model: a
county, province or state of a country is a region, not a city. Sentences from the development
part of BBC and Reuters-21578 (tests/data/audit/split.json) and written ones."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # ISO 3166-2 subdivisions (pycountry) the NER took for towns (development part)
    ("BAA's expansion of Stansted Airport in Essex by building an extra runway is one of the most "
     "fiercely opposed plans.",  # bbc-politics-033
     {("Essex", "Region")}, {("Essex", "City")}),
    ("Local government officials in Frankfurt's state of Hessen have also spoken out against the "
     "move.",  # bbc-business-279
     {("Hessen", "Region")}, {("Hessen", "City")}),
    ("He passed away at home in East Sussex, just 11 days after his wife Audrey died aged 91.",
     {("East Sussex", "Region")}, {("East Sussex", "City")}),  # bbc-politics-400
    ("MSPs are considering the reintroduction of passenger rail services through Midlothian to "
     "the Borders.",  # bbc-politics-038
     {("Midlothian", "Region")}, {("Midlothian", "City")}),
    ("Mr Howard is expected to tell activists in Kent that voters' tolerance and desire to help "
     "others are being abused.",  # bbc-politics-106: tagged a person, a town's name after 'in'
     {("Kent", "Region")}, {("Kent", "City"), ("Kent", "Person")}),
    # a point of the compass before a county's name (bbc-politics-074)
    ("West Yorkshire police confirmed they had arrested a 45-year-old man from outside their area.",
     {("West Yorkshire", "Region")}, {("West Yorkshire", "City")}),
    # written: a city of the subdivision's own country stays a city, a person stays a person
    ("Fans travelled from Leeds to Derby for the match.",
     {("Leeds", "City")}, {("Leeds", "Region")}),
    ("Mr Kent said the plan was wrong.", {("Kent", "Person")}, {("Kent", "Region")}),
])
def test_counties_and_provinces_are_regions(assert_read, text, present, absent):
    assert_read(text, present, absent)
