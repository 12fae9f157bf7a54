"""Bodies of members that are no state's (issue 16, entities26): trade unions and their
councils, trade associations and sports bodies whose names hold a word of a state's body
('council', 'committee', 'bureau') are non-governmental organisations; unions, news agencies
and bodies of states the gazetteers now know by name. Names from development articles (dev10,
dev12, dev13 of BBC and Reuters-21578, not held out) or invented ('invented')."""

from __future__ import annotations

import pytest

from kg_builder.extract.entities import org_kind

_NGO = "NonGovernmentalOrganization"


@pytest.mark.parametrize(("words", "kind"), [
    ("Australian Council of Trade Unions", _NGO),  # reuters-3432 (dev13)
    ("Congress of South African Trade Unions", _NGO),  # invented
    ("European Trade Union Confederation", _NGO),  # invented
    ("American Council of Life Insurers", _NGO),  # reuters-4946 (dev13)
    ("National Council of Farmer Cooperatives", _NGO),  # reuters-6326 (dev13)
    ("National Pork Producers Council", _NGO),  # reuters-6269 (dev10)
    ("American Farm Bureau Federation", _NGO),  # reuters-4946 (dev13), reuters-6269 (dev10)
    ("Hellenic Olympic Committee", _NGO),  # bbc-sport-023 (dev12)
    ("Intergovernmental Council of Copper Exporting Countries",
     "IntergovernmentalOrganization"),  # reuters-19781 (dev13)
    # the state's bodies stay the state's (invented)
    ("Council of Ministers", "GovernmentBody"),
    ("Council of Economic Advisers", "GovernmentBody"),
    ("Government National Mortgage Association", "GovernmentBody"),
    ("Ministry of Sport", "GovernmentBody"),
    ("Trade Union Reform Committee", "GovernmentBody"),
])
def test_kind_from_words(words, kind):
    assert org_kind(words.split()) == kind


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), [
    # a person's name ending in a state body's word (reuters-13993, dev13)
    ("Dealers noted press speculation that Australian businessman Robert Holmes A'Court had "
     "increased his stake in the company yesterday.",
     {("Robert Holmes A'Court", "Person")}, {("Robert Holmes A'Court", "GovernmentBody")}),
    # unions by name (bbc-politics-294, reuters-5696 of dev10; reuters-9975 of dev12)
    ("Unison's 800,000 workers and the Transport and General Workers' Union's 70,000 would "
     "be affected.", {("Unison", _NGO)}, {("Unison", "Organization"), ("Unison", "City")}),
    ("The UAW said it would seek the same terms from Chrysler.",
     {("United Auto Workers", _NGO)}, {("UAW", "Company"), ("UAW", "Organization")}),
    ("IG Metall said the talks had failed.", {("IG Metall", _NGO)}, {("IG Metall", "Company")}),
    # news agencies by name (reuters-5857 of dev10, reuters-21514 and reuters-2246 of dev13)
    ("The freeze on wages spread to most regions of Yugoslavia last week, the official news "
     "agency Tanjug said.", {("Tanjug", "MediaOrganization")}, set()),
    ("The Belgian news agency Belga said the talks would resume on Monday.",
     {("Belga", "MediaOrganization")}, {("Belga", "Organization")}),
    ("The Anatolian Agency said the minister would visit Ankara.",
     {("Anadolu Agency", "MediaOrganization")}, {("Anatolian Agency", "GovernmentBody")}),
    # bodies of states (reuters-2764 and reuters-18380 of dev13, reuters-5139 of dev10)
    ("UNCTAD said the meeting would examine a U.S. initiative to set up a copper study group.",
     {("United Nations Conference on Trade and Development", "IntergovernmentalOrganization")},
     {("UNCTAD", "Organization"), ("UNCTAD", "Company")}),
    ("The Economic Commission for Africa said the continent's debt had doubled.",
     {("United Nations Economic Commission for Africa", "IntergovernmentalOrganization")},
     {("Economic Commission for Africa", "GovernmentBody")}),
])
def test_known_and_member_bodies(assert_read, text, present, absent):
    assert_read(text, present, absent)



@pytest.mark.slow
@pytest.mark.parametrize(("text", "agency", "phrase"), [
    # bbc-business-045 (dev13), bbc-business-491 (dev10)
    ('"This market simply wants to go up," Citigroup Global Markets analyst Kyle Cooper told '
     "Reuters news agency.", "Reuters", "Reuters news agency"),
    ("Welfare Minister Alwi Shihab told AP news agency that this announcement would be made "
     "every month.", "Associated Press", "AP news agency"),
])
def test_news_agency_named_with_its_noun_is_the_agency(assert_read, text, agency, phrase):
    assert_read(text, {(agency, "MediaOrganization")}, {(phrase, "Organization")})


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), [
    # a body, a union or a charity named by its noun (bbc-entertainment-351 of dev13; invented)
    ("The research was carried out jointly by the UK Film Council and industry training body "
     "Skillset.", {("Skillset", "Organization")}, {("Skillset", "Person")}),
    ("Natfhe, the lecturers' union, said it would ballot its members.",
     {("Natfhe", _NGO)}, {("Natfhe", "Organization"), ("Natfhe", "Company")}),
    ("The broadcasting union Bectu said its members would walk out.",
     {("Bectu", _NGO)}, {("Bectu", "Organization"), ("Bectu", "Company")}),
    ("The homelessness charity Crisis said the numbers were rising.",
     {("Crisis", _NGO)}, {("Crisis", "Organization"), ("Crisis", "Person")}),
])
def test_kind_from_the_noun_before_the_name(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), [
    # a unit of a body of states or of a state's body is of that kind (reuters-2191 of dev13,
    # reuters-3045 of dev10)
    ("The European Community's cereal management committee rejected all bids to export free "
     "market soft wheat at today's weekly tender, traders said.",
     {("European Community's cereal management committee", "IntergovernmentalOrganization")},
     {("European Community's cereal management committee", "Organization")}),
    ("The heads of the Chicago Board of Trade and the Chicago Mercantile Exchange are to address "
     "a meeting of the Commodity Futures Trading Commission's financial products advisory "
     "committee March 11 in Chicago.",
     {("Commodity Futures Trading Commission's financial products advisory committee",
       "GovernmentBody")},
     {("Commodity Futures Trading Commission's financial products advisory committee",
       "Organization")}),
])
def test_unit_of_a_body_is_of_its_kind(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("words", "kind"), [
    # charities, foundations, learned societies and campaigns by their names' words (issue 16,
    # entities28; invented names)
    ("Kestrel Foundation", _NGO),
    ("Wildfowl Society", _NGO),
    ("Family Care Association", _NGO),
    ("Campaign for Clean Rivers", _NGO),
    ("Friends of the Moors", _NGO),
    ("Wildlife Association of Canada", _NGO),
    ("Royal Society of Glasgow", _NGO),
])
def test_charity_from_words(words, kind):
    assert org_kind(words.split()) == kind


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), [
    # a body a noun of a cause names (issue 16, entities28; invented)
    ("The pressure group Parents Forward said the plans would hurt families.",
     {("Parents Forward", _NGO)}, {("Parents Forward", "Organization")}),
    ("The campaign group Clean Seas accused the firm of dumping waste.",
     {("Clean Seas", _NGO)}, {("Clean Seas", "Organization"), ("Clean Seas", "Company")}),
    ("Greenway Trust, a non-profit organisation, said it had sent food to the region.",
     {("Greenway Trust", _NGO)}, {("Greenway Trust", "Organization")}),
    ("The aid agency Helping Hands said 2,000 families had no shelter.",
     {("Helping Hands", _NGO)}, {("Helping Hands", "Person")}),
])
def test_charity_from_the_noun_before_the_name(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), [
    # a name before a union's or a charity's noun (issue 16, entities28; invented)
    ("Members of the Transline union voted to strike over pay.",
     {("Transline", _NGO)}, {("Transline", "Organization")}),
    ("The Shelterwise charity said the number of homeless families had doubled.",
     {("Shelterwise", _NGO)}, {("Shelterwise", "Organization")}),
    ("The Amity union said its members would walk out.",
     {("Amity", _NGO)}, {("Amity", "Organization")}),
    # a broadcaster by its noun after the name (invented)
    ("The interview was shown on the RTK channel on Monday.",
     {("RTK", "MediaOrganization")}, {("RTK", "Organization")}),
])
def test_kind_from_the_noun_after_the_name(assert_read, text, present, absent):
    assert_read(text, present, absent)
