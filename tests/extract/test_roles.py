"""Offices named without a name ('the home secretary', 'the Tory leader') are the person the
article names with that office (extract/mentions.py finds them, resolve.py resolves them)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Home Secretary Charles Clarke spoke on Monday. "
     "Later the home secretary criticised Michael Howard.",
     {("Charles Clarke", "Criticism", "Michael Howard")}),
    # a shadow chancellor is not the chancellor
    ("Shadow chancellor Oliver Letwin spoke first. Then the chancellor criticised the Tories.",
     set()),
    # "the Tory leader" is the Tory leader, not the Leader of the Commons
    ("Tory leader Michael Howard and Leader of the Commons Peter Hain spoke. "
     "Later Mr Hain accused the Tory leader of lying.",
     {("Peter Hain", "Accusation", "Michael Howard")}),
    # with no holder named, an office of a state stands for the state
    ("Britain's foreign secretary met Condoleezza Rice.",
     {("United Kingdom", "Meeting", "Condoleezza Rice")}),
])
def test_an_office_is_its_holder(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one person's office in a company is that person, not the company (development sentence,
    # reuters, judged wrong as an Arrest of the company): with no holder named, no one …
    ("South Korean prosecutors formally charged the chief executive of Pan Ocean Shipping "
     "Company with alleged financial offences.", set()),
    ("The chairman of Shell Oil Company criticised the Nigerian government.", set()),
    # … while the company itself acts, and an intergovernmental body's office stands for it
    ("Shell Oil Company criticised the Nigerian government.",
     {("Shell Oil Company", "Criticism", "Nigeria")}),
    ("The head of the IMF met the Argentine president.",
     {("International Monetary Fund", "Meeting", "Argentina")}),
])
def test_an_office_in_a_company_is_a_person(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a people or a part of its civil society is not its state (development sentences; the
    # targets were Pakistan and Brazil)
    ("Pervez Musharraf is due to visit the Pakistani community in Manchester on Tuesday "
     "afternoon.", set()),
    ("President Jose Sarney, whose handling of the economy is under attack at home and abroad, "
     "has held private talks with Brazilian business leaders worried that government policies "
     "are leading to recession.",
     {("Jose Sarney", "Meeting", "Brazilian business leaders")}),
    # a state's leaders or officials are the state
    ("President Jose Sarney has held private talks with Argentine leaders.",
     {("Jose Sarney", "Meeting", "Argentina")}),
])
def test_a_people_is_not_its_state(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company named after its state is not the state (the blind held-out audit found the
    # state of a company read as the agent; 'A US bank has said …' opens development article
    # bbc-business-187): no party
    ("A US bank accused the Chilean government of fraud.", set()),
    ("Britain's biggest bank accused the Chilean government of fraud.", set()),
    # a state's government still is the state
    ("The US government accused the Chilean government of fraud.",
     {("United States", "Accusation", "Chile")}),
    ("Britain's government accused the Chilean government of fraud.",
     {("United Kingdom", "Accusation", "Chile")}),
])
def test_a_company_is_not_its_state(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name set off by commas after '<title> of <organisation>' is the holder of the title,
    # though the parser hangs it on the organisation (development article bbc-politics-231: the
    # agent was the trust)
    ('But director of the Victims of Crime Trust, Norman Brennan, accused Lord Woolf of having '
     'an "arrogant contempt for victims of crime and the law-abiding public".',
     {("Norman Brennan", "Accusation", "Woolf")}),
    ("The head of the International Monetary Fund, Rodrigo Rato, accused France of ignoring "
     "the rules.", {("Rodrigo Rato", "Accusation", "France")}),
    # after a person it may name either, and the title is not an organisation's: unchanged
    ("A friend of the minister, John Smith, accused the police of lying.",
     {("John Smith", "Accusation", "police")}),
])
def test_a_name_set_off_after_a_title_of_an_organisation_is_its_holder(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
