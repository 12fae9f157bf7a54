"""Who listens to a speech is no party to talks (extract/audiences.py, read by emit): speaking,
talking or telephoning to a group of the public or a body gathered to hear a speaker is a
statement, no consultation; one party talking with another stays."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    # development sentences (tally of session s40: reuters-20184, bbc-politics-011,
    # bbc-politics-337, reuters-8929, reuters-12121, reuters-9660, reuters-12609), each read as
    # a Consultation with its audience before
    ("Greenspan had been scheduled to speak to the American Bankers Association, which is "
     "meeting in Dallas, but canceled the engagement, the spokesman said."),
    ("Tony Blair has also said he is intending to get out and talk to as many people as "
     "possible during the election campaign."),
    ("Labour and the Conservatives are still telephoning the millions of people who have "
     'signed up to make sure they do not get marketing "cold calls".'),
    ("France's economic recovery will take several years, Finance Minister Edouard Balladur "
     "told the Economic and Social Council (CES), an advisory body composed of industrialists, "
     "trade unionists and representatives of other sectors of the French economy."),
    ("Chancellor of the Exchequer Nigel Lawson said he wanted sterling to stay roughly where it "
     "was, specifying a rate of around 2.90 marks and 1.60 dlrs. He told the National Economic "
     "Development Council that the recent Paris meeting of major industrialised nations had "
     "agreed on the need for exchange rate stability."),
    ("U.S. Agriculture Secretary Richard Lyng today publicly expressed doubts that the federal "
     "government would meet the fiscal year 1988 deficit reduction target set by the "
     "Gramm-Rudman law. \"I don't think anyone believes we'll meet the 108 billion dlr "
     'target," Lyng told the Virginia Farm Bureau.'),
    ("Helga Steeg, executive director of the International Energy Agency, said a U.S. oil "
     "import fee would disrupt world markets. She told the U.S. chapter of the World Energy "
     'Conference she believed "an oil import fee would be difficult to operate."'),
])
def test_an_audience_is_no_party(event_triples, text):
    assert {e for e in event_triples(text) if e[1] == "Consultation"} == set()


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (reuters-12792, bbc-politics-256, reuters-458, reuters-9660): one
    # party talking with another, a party's meeting of its members of parliament, talks with
    # congressmen, stay
    ("Finance Minister Kiichi Miyazawa said he recently talked with U.S. Treasury James Baker "
     "over the telephone, but declined to say what was discussed.",
     {("Kiichi Miyazawa", "Consultation", "James Baker")}),
    ('Mr Blair told the Parliamentary Labour Party (PLP) on Monday: "I know from everyone '
     'here, in Cabinet and government, nothing is going to get in the way of a unified Labour '
     'Party."',
     {("Tony Blair", "Consultation", "Parliamentary Labour Party")}),
    ("U.K. Chancellor of the Exchequer Nigel Lawson has told Brazil's Finance Minister Dilson "
     "Funaro that negotiations on Brazil's debt to commercial banks are a matter for the "
     "commercial banks themselves, a Treasury spokesman said.",
     {("Nigel Lawson", "Consultation", "Dilson Funaro")}),
    ("Lyng's special assistant, Floyd Gabler, said the remark was an opinion based on Lyng's "
     "discussions with congressmen.",
     {("Lyng", "Consultation", "congressmen")}),
])
def test_a_party_spoken_to_stays(event_triples, text, expected):
    assert {e for e in event_triples(text) if e[1] == "Consultation"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a development sentence of the fresh sample (reuters-3931), which the first version of
    # the rule took for an audience: talks held with businessmen are a meeting
    ("South Korean Trade Minister Rha Woong Bae said his nation would maintain a trading "
     "surplus for three to five years as a way to cut its foreign debt. Rha was to leave later "
     "today for Ottawa for trade talks with Canadian officials and businessmen.",
     {("Rha Woong Bae", "Meeting", "Canada"), ("Rha Woong Bae", "Meeting", "businessmen")}),
])
def test_talks_with_listeners_stay(event_triples, text, expected):
    assert {e for e in event_triples(text) if e[1] == "Meeting"} == expected


@pytest.mark.parametrize(("text", "published"), [
    # a development sentence (reuters-20631) of a 1987 story, where the NER's 'West German'
    # before the body's name is read as the state: the body is an audience, no Germany told
    ("Finance Minister Gerhard Stoltenberg said he was surprised by recent criticism of West "
     "German economic policies voiced by U.S. Treasury Secretary James Baker but added that the "
     "criticism was not purely one-sided.\n\nStoltenberg told the West German Trade and "
     "Industry Association (DIHT) that before a meeting with Baker on Monday, \"There had been "
     'surprising notes of criticism (from the United States)."',
     "1987-10-20"),
])
def test_a_demonym_s_body_is_an_audience(read_text, text, published):
    extraction = read_text(text, published=published)
    assert not [e for e in extraction.events if e.type == "Consultation"]
