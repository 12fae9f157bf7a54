"""A capital's name that names the city, not its state (capital_cities.py, issue 16: 'London'
joined to the United Kingdom in a story about London), through the real model. Sentences from the
development part of BBC (tests/data/audit/split.json)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # owning a named place or a noun of a place (bbc-politics-182, bbc-entertainment-071)
    ("The foreign terror suspects currently detained are mostly held at London's Belmarsh prison.",
     {("London", "City")}, {("United Kingdom", "State")}),
    ("Hollywood stars Kevin Spacey and Kate Bosworth attended the British premiere of new film, "
     "Beyond the Sea, in London's Leicester Square on Thursday.",
     {("London", "City"), ("Leicester Square", "Place")}, {("United Kingdom", "State")}),
    # in apposition, after 'of' and a noun (bbc-politics-302)
    ("Speaking from a cafe in Brick Lane, east London, Mr Galloway said he had accepted the "
     "party's invitation to stand with \"great honour and pride\".",
     {("London", "City")}, {("United Kingdom", "State")}),
    ("Mr Galloway said that in next year's expected general election the party would \"turn the "
     "East End of London into a fortress\".", {("London", "City")}, {("United Kingdom", "State")}),
    # before a word of where one is based (bbc-business-169)
    ("Jet, which was founded by London-based travel agent Naresh Goyal, plans to use the cash to "
     "buy new planes and cut its debt.", {("London", "City")}, {("United Kingdom", "State")}),
    # unchanged: a capital that acts, owns an act or modifies a noun that stands for the state is
    # the state (bbc-business-468, bbc-business-164, bbc-politics-386, bbc-business-413)
    ("Commission officials are to look at Rome's provision of a 400m euro ($495m; £275m) loan to "
     "the carrier.", {("Italy", "State")}, {("Rome", "City")}),
    ("Analysts have questioned whether a US court has any jurisdiction over Russian companies, "
     "while Moscow officials have dismissed Yukos' legal wrangling as meaningless.",
     {("Russia", "State")}, {("Moscow", "City")}),
    ("Washington argues that if the embargo is lifted, it could lead to a buying spree for arms "
     "that China could use to threaten its diplomatic rival Taiwan.",
     {("United States", "State")}, {("Washington", "City")}),
    ("Berlin welcomed the decision, with finance minister Hans Eichel saying it showed that the EC "
     "recognised Germany's fiscal policy was \"on the right track\".",
     {("Germany", "State")}, {("Berlin", "City")}),
    # a capital after 'of' and a noun of no place is the state (reuters-11390)
    ("The decision announced last week would apply higher tariffs on a range of Japanese products "
     "in retaliation for the alleged failure of Tokyo to honor an agreement with the U.S.",
     {("Japan", "State")}, {("Tokyo", "City")}),
])
def test_capital_names_the_city(read_entities, text, present, absent):
    found = set(read_entities(text))
    assert present <= found
    assert not absent & found
