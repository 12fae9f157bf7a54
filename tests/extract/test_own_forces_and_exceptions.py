"""Targets that are not the one acted on (issue 15, wrong-target class): forces a party moves are
its own (kg_builder/extract/forces.py, rules/extract/forces.json), a party an act leaves out is
no party it is done to (kg_builder/extract/excepted.py, rules/extract/excepted.json), and a
meeting of an officer with the state he serves is none (kg_builder/self_directed.py,
``state_categories``), and a committee of a state's creditor banks is theirs, not the state's
(kg_builder/extract/creditors.py), and the one an act was done to is not the one a verdict on
the act is aimed at (kg_builder/extract/patients.py). Development sentences (dev13, dev sheets)
and invented ones."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev13 reuters-4867 (sample row 62, judged wrong target): the troops are the Army's own
        ("Brazil's state-oil company Petrobras has asked the Army to withdraw the troops which "
         "were occupying its oil installations since Tuesday, Petrobras said in a statement.",
         set()),
        # invented: their own forces, withdrawn or deployed, are no party
        ("The rebels agreed to withdraw their forces from the town.", set()),
        ("The government ordered the army to withdraw the troops from the university campus.",
         set()),
        # … where they leave is the party, and forces named with a party of their own stay one
        ("Israel withdrew its troops from southern Lebanon.", {("Retreat", "Israel", "Lebanon")}),
        ("The United States urged the withdrawal of Soviet troops from Afghanistan.",
         {("Request", "United States", "Soviet Union")}),
        ("The army attacked government forces near the border.",
         {("Attack", "army", "government forces")}),
    ],
)
def test_forces_moved_are_the_movers_own(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev13 reuters-15219 (sample row 18, judged wrong target): Britain is left out
        ("Earlier today European Community (EC) members decided to back an extension, with the "
         "exception of Britain, which undertook to communicate its decision to its EC partners "
         "later.", set()),
        # invented
        ("All EC ministers backed the German plan except France.",
         {("Support", "European Community", "Germany")}),
        # (the ministers are a group: office_groups.py, recall19)
        ("The ministers met the Japanese delegation, apart from Italy.",
         {("Meeting", "ministers", "Japan")}),
        # … a party named without an exception stays
        ("All EC ministers backed the German plan.",
         {("Support", "European Community", "Germany")}),
    ],
)
def test_a_party_left_out_is_no_target(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented after dev12 reuters-12603 and reuters-4314: an officer meets or visits no
        # state of his own
        ("U.S. Agriculture Secretary Richard Lyng told the U.S. cattlemen that the quota is "
         "unfair.", set()),
        # … a body of it, and another state, stay parties (the Senate told is an audience,
        # no party: constructions/telling.py)
        ("Senate Democratic Leader Robert Byrd told the Commerce Department that Japan must "
         "act.",
         {("Consultation", "Robert Byrd", "United States Department of Commerce"),
          ("Demand", "Robert Byrd", "Japan")}),
        ("U.S. Commerce Secretary Malcolm Baldrige met Chinese officials in Peking.",
         {("Meeting", "Malcolm Baldrige", "China")}),
    ],
)
def test_an_officer_consults_no_state_of_his_own(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev13 reuters-8483 (sample row 45, judged wrong target: Meeting with Brazil): the
        # committee of Brazil's creditor banks is theirs (kg_builder/extract/creditors.py)
        ("An inconclusive meeting here March 22 between central bank governor Francisco Gros and "
         "Brazil's bank advisory committee can only have stiffened that resolve.",
         {("Meeting", "Francisco Gros", "bank advisory committee"),
          ("Meeting", "bank advisory committee", "Francisco Gros")}),
        # invented: a state's own committee stays the state's
        ("Brazil's economic committee criticised Argentina.",
         {("Criticism", "Brazil", "Argentina")}),
    ],
)
def test_a_lenders_committee_is_no_state(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev13 bbc-entertainment-349 (sample row 5, judged not an event: told a news channel,
        # read as telling India) and an invented one: a state's channel or radio is no state
        # (emit.json civil_things)
        ("Khan told an Indian news channel on her mobile phone: \"They are not even letting me go "
         "home to get my bags.\"", set()),
        ("Tony Blair told Iranian radio that Britain wants talks.", set()),
        # … its officials are
        ("Tony Blair told Indian officials that Britain wants talks.",
         {("Consultation", "Tony Blair", "India")}),
    ],
)
def test_a_states_channel_is_no_state(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev sheet c5 row 80 (bbc-sport-448, judged wrong target): condemned is whoever named
        # her, not Kuznetsova (kg_builder/extract/patients.py)
        ("However, Kuznetsova's naming was condemned by Russian tennis chief Shamil Tarpishchev.",
         set()),
        # invented: the one arrested or freed is not the one criticised or praised
        ("The United States condemned the arrest of Mikhail Khodorkovsky.", set()),
        ("Britain welcomed the release of Nelson Mandela.", set()),
        # adapted from a development row (events53): whoever is replaced is not praised
        ("Republicans and Democrats praised the replacement of Poindexter with Frank Carlucci to "
         "head the NSC.", set()),
        ("The union welcomed the replacement of the chairman, Ian MacGregor.", set()),
        # … the doer named as the owner of the act stays the target
        ("Britain criticised Russia's arrest of the journalists.",
         {("Criticism", "United Kingdom", "Russia"), ("Arrest", "Russia", "journalists")}),
        ("The Tories welcomed Labour's replacement of the tuition fee cap.",
         {("Praise", "Conservative Party (United Kingdom)", "Labour Party (United Kingdom)")}),
    ],
)
def test_the_one_an_act_was_done_to_is_no_target_of_a_verdict_on_it(read_triples, text, expected):
    assert read_triples(text) == expected
