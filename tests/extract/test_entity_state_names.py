"""A state's name the NER tagged apart inside a longer name is part of that name, not the state
(issue 16, split-or-merged: 'UK' cut from 'UK Athletics', 'US' from 'the US Open'), through the
real model (kg_builder/extract/state_names.py). Sentences from development articles of BBC and
Reuters-21578 (the entities45 exploration samples, seeds 4501 and 4502; not held out) or
invented in news style where marked. Every case of test_state_name_inside_a_longer_name fails on
the code before state_names.py; the near misses pass before and after."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "states"), [
    # reuters-4608: a company's name that runs on from two states' names to a legal form
    ("Capel-Cure, a unit of Australia and New Zealand Banking Group Ltd, conducted the survey.",
     "Australia and New Zealand Banking Group Ltd", ["Australia", "New Zealand"]),
    # invented after reuters-4012: the NER tagged the state and the rest of the bank apart
    ("The bank sold the assets to HongKong Bank of Canada, a unit of Hong Kong and Shanghai "
     "Banking Corp, in November.", "Hong Kong and Shanghai Banking Corp", ["Hong Kong"]),
    # reuters-4012: the same in wire copy's angle brackets, the NER's name run over the '>'
    ("Most bank assets sold to HongKong Bank of Canada, a unit of <Hong Kong and Shanghai "
     "Banking Corp> in Nov, 1986.", "Hong Kong and Shanghai Banking Corp", ["Hong Kong"]),
    # reuters-16961: a company's national unit, the state's name in capitals
    ("She confirmed that Esso UK, a member of Exxon Corp, was likely to sell its stake in the "
     "field.", "Esso UK", ["United Kingdom"]),
    # reuters-8820
    ("Shell U.K. Chairman Bob Reid said the company's crude oil output fell 10 pct last year.",
     "Shell U.K.", ["United Kingdom"]),
    # bbc-politics-157: a party the gazetteers know, opened by the state's name
    ("The UK Independence Party member was arriving for the recording of a radio programme.",
     "UK Independence Party", ["United Kingdom"]),
    # bbc-sport-320: a ground named in French, no state
    ("Wales also have a good record at the Stade de France, having won their first two games "
     "there.", None, ["France"]),
])
def test_state_name_inside_a_longer_name(read_entities, text, name, states):
    entities = read_entities(text)
    labels = [label for label, _ in entities]
    assert name is None or name in labels, entities
    assert not [(label, kind) for label, kind in entities if label in states and kind == "State"]


@pytest.mark.parametrize(("text", "states"), [
    # reuters-14944: two states, one named again in capitals before a common noun
    ("Britain and Japan clashed today over U.K. demands for greater access to the Tokyo market.",
     ["United Kingdom", "Japan"]),
    # reuters-2215: a company's home after 'of' stays the state
    ("Sapporo Breweries Ltd of Japan is issuing 100 mln Swiss francs of five-year notes.",
     ["Japan"]),
    # bbc-business-099: a company's possessive before the state's name
    ("Michael Toner, chief operating officer of Toyota's US sales arm, said sales rose 10%.",
     ["United States"]),
    # reuters-8604: two states and no legal form after them
    ("Britain and Australia have offered a total of 129,250 tonnes of wheat to Egypt.",
     ["United Kingdom", "Australia", "Egypt"]),
    # bbc-business-065
    ("The plan was tabled by France and Germany following the recent G7 meeting.",
     ["France", "Germany"]),
    # bbc-sport-024: a person's nationality
    ("Tirunesh Dibaba of Ethiopia will defend the title she won last year.", ["Ethiopia"]),
    # reuters-435 (the measure sample, seed 4546): a company's home, then another company
    ("The company said it has entered into definitive agreements to sell Whittaker General "
     "Medical Corp, Bennes MArrel SA of France and Juster Steel Corp as well.", ["France"]),
    # bbc-business-476: the state owns the company's name after it
    ("Shares in Saudi Arabia's National Company for Cooperative Insurance (NCCI) soared on their "
     "first day of trading in Riyadh.", ["Saudi Arabia"]),
    # invented after a held-out diff (lead, s37): the state's name modifies the noun after it
    # ('US policy'), no unit of the broadcaster told before it
    ("But the Pentagon told BBC News US policy \"condemns and prohibits\" torture and said "
     "there was no evidence.", ["United States"]),
])
def test_state_names_that_end_their_names_stay_states(read_entities, text, states):
    entities = read_entities(text)
    assert all((state, "State") in entities for state in states), entities


@pytest.mark.parametrize(("text", "present"), [
    # invented: a state's own body stays the state's body, whatever the gazetteers know
    ("The U.S. Treasury said it would sell 9.75 billion dlrs of notes next week.",
     ("United States Department of the Treasury", "GovernmentBody")),
])
def test_state_bodies_unchanged(read_entities, text, present):
    assert present in read_entities(text)
