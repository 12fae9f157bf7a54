"""Agreements with no one (issue 15, the most frequent wrong Agreement rows of a random Reuters
development sample): what an agreed act or a talk is about is no party of it
(kg_builder/extract/matters.py), and parties agreeing together that something is so share an
opinion, no agreement with each other (constructions/opinions.py), nor do the makers of a joint
offer (emit.py, intent). Invented sentences in wire style, modelled on the development rows (one
is a development sentence); the near misses keep what was read before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # a party named only as what a matter is about: no party agreed or talked with
    ("The Soviet Union has agreed to discuss the problems of Afghanistan and Cambodia in "
     "the next round.", set()),
    ("Delegates agreed to shelve discussion of IADB reforms until next month.", set()),
    ("Yugoslavia and the United Arab Emirates have agreed to initiate efforts to end the "
     "Iraq-Iran war.",
     {("Agreement", "Yugoslavia", "United Arab Emirates"),
      ("Agreement", "United Arab Emirates", "Yugoslavia")}),
    # a Reuters development sentence: the parser hangs the speaker's title on the war
    ("Yugoslavia and the United Arab Emirates (UAE) have agreed to initiate efforts to end the "
     "Iraq- Iran war, UAE Minister of State for Foreign Affairs Rashid Abdulla al-Nuaimi said "
     "today on return from Belgrade.",
     {("Agreement", "Yugoslavia", "United Arab Emirates"),
      ("Agreement", "United Arab Emirates", "Yugoslavia")}),
    ("The Bonn government agreed to examine the question of Poland's debt at the next Paris "
     "Club meeting.", set()),
    ("Egypt agreed to discuss the future of Sudan with the Soviet Union.",
     {("Agreement", "Egypt", "Soviet Union"), ("Consultation", "Egypt", "Soviet Union")}),
    # dev sample seed 3924, reuters-15405: the partner of a tie inside the matter is what it is
    # about; the two ministers, named together, talk with each other
    ("British Foreign Secretary Sir Geoffrey Howe and U.S. Secretary of State George Shultz plan "
     "to discuss the growing crisis in trade relations with Japan in talks in Washington, "
     "government officials said.",
     {("Consultation", "Geoffrey Howe", "George Shultz"),
      ("Consultation", "George Shultz", "Geoffrey Howe"),
      ("Meeting", "Geoffrey Howe", "George Shultz"), ("Meeting", "George Shultz", "Geoffrey Howe")}),
    # near misses: a thing a party puts forward is its own; a partner of the matter, and the
    # other side of a war the agent fights, stay; an act's own object stays
    ("Japan agreed to consider the U.S. request for wider access to its rice market.",
     {("Agreement", "Japan", "United States"), ("Request", "United States", "Japan")}),
    ("The European Community agreed to settle its dispute with the United States over citrus.",
     {("Agreement", "European Community", "United States")}),
    ("Iran agreed to end the Iran-Iraq war.", {("Agreement", "Iran", "Iraq")}),
    # a tie the agent owns keeps its partner
    ("Japan agreed to discuss the future of its relations with the United States.",
     {("Agreement", "Japan", "United States"), ("Consultation", "Japan", "United States")}),
    ("Prime Minister Brian Mulroney has agreed to meet ANC president Oliver Tambo in Ottawa.",
     {("Agreement", "Brian Mulroney", "Oliver Tambo"),
      ("Meeting", "Brian Mulroney", "Oliver Tambo")}),
])
def test_matters(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # parties agreeing together that something is so: an opinion, no agreement
    ("Finance Minister Kim Dae-ho, central bank governor Lee Sung-jin and officials of the "
     "Securities Supervisory Board agreed that the stock market was overheated.", set()),
    ("France and West Germany agreed that the dollar had fallen far enough.", set()),
    # near misses: what will be done, and an act agreed upon, are agreements
    ("France and West Germany agreed that their finance ministers would meet again in May.",
     {("Agreement", "France", "Germany"), ("Agreement", "Germany", "France")}),
    ("France and West Germany agreed to coordinate their interest rate policies.",
     {("Agreement", "France", "Germany"), ("Agreement", "Germany", "France")}),
    ("The United States and Japan agreed on a package of tariff cuts.",
     {("Agreement", "United States", "Japan"), ("Agreement", "Japan", "United States")}),
])
def test_shared_opinions(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an offer or resolve made together is made to a party, not by its makers to each other
    ("Britain and France are determined to make the reimposition of quotas conditional on a "
     "redistribution of quota shares.", set()),
    ("The Philippines and its commercial bank advisory committee will resume talks tomorrow on "
     "the final leg of negotiations for a 9.4 billion dlr debt rescheduling package.",
     {("Meeting", "Philippines", "commercial bank advisory committee"),
      ("Meeting", "commercial bank advisory committee", "Philippines")}),
    # near misses: agreeing each to act is no agreement with each other (joint_acts.py,
    # audit v25); an offer keeps the party it is made to
    ("Japan and West Germany agreed to take steps to stimulate their economies.", set()),
    ("Japan and West Germany offered to help Brazil.",
     {("Agreement", "Japan", "Brazil"), ("Agreement", "Germany", "Brazil"),
      ("Aid", "Japan", "Brazil"), ("Aid", "Germany", "Brazil")}),
])
def test_joint_offers(read_triples, text, expected):
    assert read_triples(text) == expected
