"""Pressure or a demand that someone bows to, is under or faces was made of them by its source
(constructions/pressure.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (reuters-3532, reuters-17657, bbc-politics-328): the source of the
    # pressure or the call demands of the one who bows to it, is under it or faces it
    ("Japanese politicians have said repeatedly the country cannot bow to U.S. Pressure to "
     "liberalize rice imports because the issue is too sensitive.",
     {("United States", "Demand", "Japan")}),
    ("The investigation is particularly embarrassing because the Japanese government, under "
     "pressure from the United States, agreed only last year to open its markets to U.S.-made "
     "tobacco products.",
     {("United States", "Demand", "Japan")}),
    ('In the House of Lords, Attorney General Lord Goldsmith faced a call by former Tory lord '
     'chancellor Lord Mackay to now publish the "full text" of the advice.',
     {("Mackay", "Request", "Peter Goldsmith")}),
    # (a party's MPs are a group of their own, not the party that Blair leads: advocates.json)
    ("Tony Blair has come under pressure from Labour MPs to set a date for his departure.",
     {("Labour MPs", "Demand", "Tony Blair")}),
    # a verb that is a trigger itself codes its own event, the one CAMEO codes (reuters-956,
    # bbc-politics-136: a first version also read a demand by the source, as did it in PLOVER
    # sentences coded as the rejection or concession alone)
    ("Central bank governor Chang Chi-cheng rejected a request by textile makers to halt the rise "
     "of the Taiwan dollar against the U.S. Dollar.", set()),
    ('Mr Ancram argued: "What the British Government is doing is giving in to French and German '
     'pressure, especially the French."', set()),
    # demand as the market's (bbc-business-054, -028), pressure with no source, pressure on
    # someone else, a refused request (reuters-14331) and a thing of the one pressed
    # (reuters-18299) are no demand of the clause's subject
    ("South Korea's Hyundai Motor has announced that it plans to build a second plant in India "
     "to meet the country's growing demand for cars.", set()),
    ("The Paris-based IEA watchdog said the upward revision was due to stronger demand from China "
     "and other Asian countries.", set()),
    ("Tony Blair has come under pressure to set a date for his departure.", set()),
    ("Tony Blair resisted pressure on Gordon Brown from Labour MPs.", set()),
    ("In a separate report Tanjug said the EC has so far refused a Yugoslav request for a 600 mln "
     "ECU infrastuctural loan.", set()),
    ("Paul Volcker's departure as Federal Reserve Board chairman came despite pleas from the "
     "Reagan administration that he stay at the helm of the U.S. central bank.", set()),
])
def test_pressure(read_with, text, expected):
    assert read_with(text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # sanctions one is under or faces are their source's (invented after the tariffs of
    # reuters-10767 in the development recall gold)
    ("Iraq has been under United Nations sanctions since 1990.",
     {("United Nations", "Sanction", "Iraq", "positive", "asserted")}),
    ("Japan could face U.S. tariffs on electronic goods.",
     {("United States", "Sanction", "Japan", "positive", "hedged")}),
    # the threat of a named party's act is that party's threat
    ("Japan faces the threat of U.S. trade sanctions.",
     {("United States", "Threat", "Japan", "positive", "asserted")}),
    ("Iran is under threat of sanctions from the European Union.",
     {("European Union", "Threat", "Iran", "positive", "asserted")}),
    # … but a threat from a rival is none, and a verb that is a trigger codes its own event
    ("Labour is under threat from the Liberal Democrats in Manchester.", set()),
    ("The Tories face a threat from UKIP in the south-west.", set()),
    ("Zimbabwe dismissed the threat of EU sanctions.", set()),
])
def test_sanctions_and_threats_faced(read_with, text, expected):
    assert read_with(text, "pressure", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # criticism one faces, comes under or draws is its source's (invented sentences)
    ("Tony Blair came under criticism from Michael Howard over the war.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
    ("Tony Blair faced criticism from Michael Howard over the war.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
    ("The Home Office attracted criticism from MPs.", {("MPs", "Criticism", "Home Office")}),
    # … a verb that is a trigger codes its own event
    ("Tony Blair rejected criticism from Michael Howard.", set()),
])
def test_criticism_faced(read_with, text, expected):
    assert read_with(text, "pressure") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a request or demand that a party considers, weighs, studies or reviews was made of it by
    # its source (sentences written for it in the style of the development recall gold's
    # 'rejected a request by textile makers', which is the rejection's alone): the request
    # was made, whatever comes of it
    ("The Commerce Department said it was considering a request by Ford Motor Co to delay the "
     "rules.",
     {("Ford Motor Co", "Request", "United States Department of Commerce", "positive",
       "asserted")}),
    ("The World Bank is studying a request from the Philippines for a new loan.",
     {("Philippines", "Request", "World Bank", "positive", "asserted")}),
    ("The Treasury is reviewing Chrysler Corp's request for a loan guarantee.",
     {("Chrysler Corp", "Request", "Treasury", "positive", "asserted")}),
    ("Japan will weigh the U.S. request for talks on semiconductors.",
     {("United States", "Request", "Japan", "positive", "asserted")}),
    # near misses: demand as the market's, a noun not the verb's object, no source named
    ("The committee will review the demand for beef in Japan.", set()),
    ("Analysts are studying the impact of U.S. tariffs on Japanese exports.", set()),
    ("Mr Blair is considering calls for an inquiry into the affair.", set()),
])
def test_request_under_consideration(read_with, text, expected):
    assert read_with(text, "pressure", framing=True) == expected
