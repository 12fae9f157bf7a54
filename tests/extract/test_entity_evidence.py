"""Entity types from the evidence of the article (issue 16), through the real model: a short
sports report known by a player's position, a club named before its city, a country toured, a
person whose surname is a newspaper's word, a news agency that is no government body, a union
that is no party, a band before a band member's noun, a company's initials without its legal
form. Sentences from development articles (dev9: bbc-sport-500, reuters-1899, bbc-sport-345,
bbc-tech-387, bbc-entertainment-130; the dev sheets: reuters-7230) or written for the test in
the shape of one (bbc-sport-130, bbc-sport-161, bbc-sport-019)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a short transfer story names two sport words, one a player's position: a sports report,
    # whose towns are clubs and whose league is a competition (written, bbc-sport-130's shape)
    ("Teenage star Robbie Weir is poised to join Sunderland after turning down a move to Stoke "
     "City. The midfielder has impressed in the Irish League this year.",
     {("Sunderland", "Organization"), ("Stoke City", "Organization")},
     {("Sunderland", "City"), ("Stoke City", "City"), ("Irish League", "PoliticalParty")}),
    # two sport words, neither only sport's: no sports report, the towns stay towns (written)
    ("The champion lives in Sunderland and trains in Stoke. The tournament drew large crowds.",
     {("Sunderland", "City")}, {("Sunderland", "Organization")}),
])
def test_short_sports_report(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a club named before its city (written, bbc-sport-161's shape)
    ("The defeat was followed by a Uefa Cup exit at the hands of Steaua Bucharest. The striker "
     "missed a penalty in the second match.",
     {("Steaua Bucharest", "Organization")}, {("Steaua Bucharest", "City")}),
    # a city's own longer name is the city, no club (written, bbc-sport-019's shape)
    ("She finished second in the London race and in the New York City marathon. The athlete "
     "won a medal at the Olympics after a strong season in athletics.",
     {("New York City", "City")}, {("New York City", "Organization")}),
    # the country a side tours is the state, no team (bbc-sport-345)
    ("Despite not playing for England, Wilkinson is still hoping to make the Lions tour to New "
     "Zealand this summer. The fly-half has not played a match since the World Cup.",
     {("New Zealand", "State")}, {("New Zealand", "Organization")}),
])
def test_clubs_and_countries_in_sports_reports(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a given name and a surname that is a newspaper's word: a person (bbc-sport-500)
    ("Britain drew the USA and lost the tie when Greg Rusedski fell to Jim Courier in the "
     "deciding rubber.",
     {("Jim Courier", "Person")}, {("Jim Courier", "MediaOrganization")}),
    # a news agency is a news organisation, not a government agency (reuters-1899)
    ("Iranian troops are fighting on two widely separated fronts in a new offensive in the "
     "mountains of Kurdistan in northern Iraq, Tehran's IRNA news agency said.",
     {("IRNA news agency", "MediaOrganization")}, {("IRNA news agency", "GovernmentBody")}),
])
def test_names_whose_last_word_misleads(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a union with no party's word is no party (bbc-tech-387; written)
    ("The .post domain is backed by the Universal Postal Union that wants to use it as the online "
     "marker for every type of postal service.",
     set(), {("Universal Postal Union", "PoliticalParty")}),
    ("Members of the Seafarers' International Union voted to strike at the port on Monday.",
     {("Seafarers' International Union", "NonGovernmentalOrganization")},
     {("Seafarers' International Union", "PoliticalParty")}),
    # one with a party's word is (written)
    ("The Christian Social Union said it would vote against the budget in the Bavarian assembly.",
     {("Christian Social Union", "PoliticalParty")}, set()),
])
def test_unions_and_parties(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a band before a band member's noun is the band, no person (bbc-entertainment-130)
    ("Former Boyzone singer Ronan Keating may also take part if a studio can be found close to "
     "where he is holidaying in Switzerland.",
     {("Boyzone", "Organization"), ("Ronan Keating", "Person")}, {("Boyzone", "Person")}),
])
def test_bands(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a company's initials without its legal form are the company (reuters-7230: 'GM' was a
    # generic organisation)
    ("The United Auto Workers said it plans to tell General Motors Corp later today that it will "
     "authorize a strike by its local at GM's truck and bus works in Pontiac, Mich. The union "
     "said its letter to GM means the 9,000 workers will walk out.",
     {("General Motors Corp", "Company")}, {("GM", "Organization")}),
])
def test_company_initials(assert_read, text, present, absent):
    assert_read(text, present, absent)
