"""Unions named by their members alone and chambers of traders (issue 16, entities41), through
the real model: a plural of workers of a trade last or before 'of' ('United Steelworkers of
America', 'Canadian Auto Workers'), a union's local ('UAW Local 594') and a chamber of commerce
or mines are non-governmental organisations, not the company a business report's default made
of an untyped name, nor the generic organisation. Sentences from the development part of
Reuters-21578 (tests/data/audit/split.json; the entities41 exploration samples, seeds 4101 and
4102, and its keyword set) or invented where marked: the (label, kind) pairs that must and must
not be there. The guards (test_not_unions, test_parliament_chamber_kept) pass before these
rules too."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

NGO = "NonGovernmentalOrganization"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (reuters-18337)
    ("Cominco Ltd said it will resume talks with three striking union locals. The locals, part "
     "of United Steelworkers of America, represent 2,600 production and maintenance workers.",
     {("United Steelworkers of America", NGO)},
     {("United Steelworkers of America", "Company")}),
    # (reuters-660)
    ("But the company charged bargainers for UAW Locals 72 and 75 had reneged on commitments "
     "for a new agreement with lower labor rates, American Motors Corp said.",
     {("UAW Locals", NGO)},
     {("UAW Locals", "Company")}),
    # (invented)
    ("General Motors of Canada Ltd said it reached a tentative agreement with the Canadian Auto "
     "Workers covering 40,000 workers.",
     {("Canadian Auto Workers", NGO)},
     {("Canadian Auto Workers", "Organization"), ("Canadian Auto Workers", "Company")}),
    # (reuters-10030) the NER leaves the local's number out
    ("General Motors' truck and bus group failed to reach an agreement on local issues with UAW "
     "Local 594 by the union's deadline of noon today, causing a strike by 9,000 hourly workers "
     "at the facility, the company said.",
     {("UAW Local", NGO)},
     {("UAW Local", "Company")}),
])
def test_members_union_is_an_ngo(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a company's legal form comes first (invented)
    ("Textile Workers Supply Inc said its sales rose 12 pct in 1986.",
     {("Textile Workers Supply Inc", "Company")},
     {("Textile Workers Supply Inc", NGO)}),
    # a party named after workers stays a party (invented)
    ("The Workers Party of Brazil called a rally in Sao Paulo.",
     set(),
     {("Workers Party of Brazil", NGO)}),
    # lower-case workers the NER tagged as a name: people, no union (reuters-9604; a case
    # written against this branch's first version, passes on main)
    ("Normal work has resumed at New Zealand ports as negotiations between harbour board "
     "workers and employers continue.",
     set(),
     {("harbour board workers", NGO)}),
    # a local that is a French word, no union's (invented)
    ("Credit Local de France said it had raised 500 mln francs.",
     set(),
     {("Credit Local de France", NGO)}),
])
def test_not_unions(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (reuters-8757)
    ('The gold mining industry had another "exceptional year" in 1986 with tonnage milled, '
     "revenues and profits reaching high levels, the Chamber of Mines said.",
     {("Chamber of Mines", NGO)},
     {("Chamber of Mines", "Company")}),
    # (reuters-17293)
    ("In an earlier speech before the Milan Chamber of Commerce, the minister said European "
     'countries have to seek "a better consensus of economic and monetary policies."',
     {("Milan Chamber of Commerce", NGO)},
     {("Milan Chamber of Commerce", "Organization")}),
    # (reuters-10725)
    ('"The successful negotiations form an important piece in the mosaic," Christian Roeher, '
     "Secretary-General of the European Chamber of Commerce, said.",
     {("European Chamber of Commerce", NGO)},
     {("European Chamber of Commerce", "Company")}),
])
def test_chamber_of_traders_is_an_ngo(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a parliament's chamber stays the state's (invented)
    ("The Chamber of Deputies approved the budget by 310 votes to 250.",
     {("Chamber of Deputies", "GovernmentBody")},
     {("Chamber of Deputies", NGO)}),
])
def test_parliament_chamber_kept(assert_read, text, present, absent):
    assert_read(text, present, absent)
