"""Places and bodies typed by their kind, and glued names read apart (issue 16, round 10),
through the real model: a county, province or state of a country is a region, not a city; a
newspaper or a news agency is a news organisation by the words of its name; two names the NER
glued are two. Sentences from the development part of BBC and Reuters-21578
(tests/data/audit/split.json) and written ones."""

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
    # a town's name that is a New Zealand region's too stays the town (bbc-politics-394)
    ("Earlier the Archbishop of Canterbury wrote to all three parties urging them not to fight the "
     "election by exploiting people's fears.",
     {("Canterbury", "City")}, {("Canterbury", "Region")}),
])
def test_counties_and_provinces_are_regions(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # newspapers and news agencies by the words of their names (development part)
    ("A jury ruled that Lord Archer lied during a libel trial against the Daily Star at the High "
     "Court in London in 1987.",  # bbc-politics-296
     {("Daily Star", "MediaOrganization")}, {("Daily Star", "Organization")}),
    ("The News of the World reports that Anelka told a French magazine: \"I either decide to win "
     "titles or to have an easy life.\"",  # bbc-sport-206
     {("News of the World", "MediaOrganization")}, {("News of the World", "Organization")}),
    ("But he told the Times Educational Supplement that truancy was \"very bad\" and said "
     "\"firm action\" was needed.",  # bbc-politics-190
     {("Times Educational Supplement", "MediaOrganization")},
     {("Times Educational Supplement", "Organization")}),
    ("The Sankei Shimbun said the yen would rise.",  # written (reuters-13540 names it)
     {("Sankei Shimbun", "MediaOrganization")}, {("Sankei Shimbun", "Organization")}),
    ("Japanese Prime Minister Yasuhiro Nakasone was quoted by Kyodo News Service as saying he was "
     "watching the stock market situation.",  # reuters-20007: no government service
     {("Kyodo News Service", "MediaOrganization")}, {("Kyodo News Service", "GovernmentBody")}),
    ("One told BBC News Online that the staff who had been fired had been \"financially ruined in "
     "the space of a day\".",  # bbc-tech-119
     {("BBC News Online", "MediaOrganization")},
     {("BBC News Online", "Company"), ("BBC News Online", "Organization")}),
    # written: a company's suffix keeps a company; a law named after a day is no newspaper
    ("Shares in News Corp rose after the Sunday Trading Act was passed.",
     {("News Corp", "Company")}, {("News Corp", "MediaOrganization"),
                                  ("Sunday Trading Act", "MediaOrganization")}),
])
def test_newspapers_and_news_agencies(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "expected"), [
    # two names the NER glued at 'and' (development part)
    ("Aides from the Duchy of Lancaster and Duchy of Cornwall will appear before the Commons "
     "Public Accounts Committee.",  # bbc-politics-044: both open with the same word
     [("Commons Public Accounts Committee", "GovernmentBody"),
      ("Duchy of Cornwall", "Organization"), ("Duchy of Lancaster", "Organization")]),
    ("Their action is supported by Amnesty International and Liberty.",  # bbc-politics-131
     [("Amnesty International", "NonGovernmentalOrganization"), ("Liberty", "Organization")]),
    # two companies' whole names, each with its legal form, joined by 'and' (written)
    ("Shares in Alpha Bank Corp and Beta Securities Corp rose sharply.",
     [("Alpha Bank Corp", "Company"), ("Beta Securities Corp", "Company")]),
    # a name run on into a person's after a missing comma (development part)
    ("However, during his keynote speech at GDC Mr Allard, who heads development of game-making "
     "tools for the console, gave a glimpse.",  # bbc-tech-348
     [("Allard", "Person"), ("GDC", "Organization")]),
    ("On top of the relief deal with Tanzania Mr Brown said the UK would make similar offers to 70 "
     "poorer nations around the world.",  # bbc-politics-135
     [("Gordon Brown", "Person"), ("Tanzania", "State"), ("United Kingdom", "State")]),
    # one name stays one: a legal form alone after 'and', a department 'for' something, a state
    ("A Department for Education and Skills spokeswoman said Merrill Lynch and Co and Bosnia and "
     "Herzegovina were wrong.",
     [("Bosnia and Herzegovina", "State"),
      ("Department for Education and Skills", "GovernmentBody"),
      ("Merrill Lynch and Co", "Company")]),
])
def test_glued_names_are_read_apart(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "absent"), [
    # a programme's name is no newspaper's (bbc-politics-039)
    ("She told Good Morning Wales: \"Just to put the record straight.\"",
     {("Good Morning Wales", "MediaOrganization")}),
    # 'Rt' opens a cleric's honorific, no name of its own (bbc-politics-073)
    ("Such a secular state would be less tolerant, Rt Rev Scott-Joynt argued.",
     {("Rt", "Organization"), ("Rt", "MediaOrganization"), ("RT", "MediaOrganization")}),
    # a legal form alone after 'and' is no second name (reuters-3727)
    ("Goldman Sachs and Co. said it was wrong.", {("Goldman Sachs", "Company")}),
    # a firm of partners is no known name and a person (reuters-8361)
    ("Gencorp Inc said it filed suit against the unsolicited 100 dlr-a-share tender offer of "
     "Wagner and Brown and AFG INdustries.",
     {("Gordon Brown", "Person"), ("Wagner Group", "Company")}),
])
def test_no_name_read_apart_or_made_a_newspaper(assert_read, text, absent):
    assert_read(text, set(), absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a body's name the NER cut after 'of', before the state it is of (bbc-business-107)
    ("The power-sharing National Transition Government of Liberia will remain in place until "
     "elections on 11 October, the first presidential and parliamentary ballots since the "
     "conflict ended.",
     {("National Transition Government of Liberia", "GovernmentBody")},
     {("National Transition Government", "GovernmentBody")}),
    # written: cut before 'of' and a state after a body's head word
    ("The Supreme Court of Pakistan ruled on Monday.",
     {("Supreme Court of Pakistan", "GovernmentBody")}, {("Supreme Court", "GovernmentBody")}),
    # written: not when a possessive follows the place
    ("A judge of the High Court of India's Supreme Court said so.",
     {("High Court", "GovernmentBody"), ("India", "State")},
     {("High Court of India", "GovernmentBody")}),
])
def test_names_cut_before_the_state_they_are_of(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a US state is no town of 20,000 of the same name (development part)
    ("In the Senate, a leading Republican senator, former Senate Appropriations Committee Chairman "
     "Mark Hatfield of Oregon, said he would try to prevent consideration of the bill.",
     {("Oregon", "Region")}, {("Oregon", "City")}),  # reuters-18357
    ("The results came after a strong first quarter of the year for the firm based in Beaverton, "
     "Oregon.", {("Oregon", "Region")}, {("Oregon", "City")}),  # bbc-business-310
    # written: a city of 100,000 people or more stays the city
    ("He flew from Geneva to New York on Monday.",
     {("Geneva", "City"), ("New York", "City")}, {("Geneva", "Region"), ("New York", "Region")}),
])
def test_a_region_is_no_small_town_of_its_name(assert_read, text, present, absent):
    assert_read(text, present, absent)
