"""Names the NER cut in two (issue 16, split-or-merged): a name right before a place's name
that it modifies is one name with it (kg_builder/extract/joined_names.py). Through the real
model; sentences from development articles of BBC and Reuters (not
tests/data/audit/split.json) or invented in news style."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "kind"), [
    # bbc-business-491: a newspaper's name ending in a state's
    ("Mr Bakrie told the Bisnis Indonesia newspaper that a $1.7bn donor conference would be "
     "held.", "Bisnis Indonesia", "MediaOrganization"),
    # bbc-tech-114: a district of London, both words tagged as towns
    ("There are 80 staff at Argonaut headquarters in Edgware, with 17 at its Morpheme offices in "
     "Kentish Town, London.", "Kentish Town", "City"),
    # reuters-18642: a compass word tagged apart from the continent
    ("The company manages the largest farm area in South-east Asia, and said agricultural growth "
     "was slow.", "South-east Asia", "Region"),
])
def test_a_name_cut_before_a_place_is_one_name(read_entities, text, name, kind):
    entities = read_entities(text)
    assert (name, kind) in entities
    parts = name.split()
    assert not [label for label, _ in entities if label in parts]


@pytest.mark.parametrize(("text", "parts"), [
    # reuters-5778: a company and the place of its branch stay two
    ('"There is a possibility that the dollar may decline to around 140.00 yen by the end of '
     'this year," said Chemical Bank Tokyo branch vice president Yukuo Takahashi.',
     ["Chemical Bank", "Tokyo"]),
    # reuters-18542: a possessive ('Tamil', a people the NER took for a town that the article
    # never places, is no entity: guessed_places.py)
    ("Air Lanka had blamed its problems on the effects on tourism of Sri Lanka's Tamil separatist "
     "rebellion.", ["Sri Lanka"]),
    # bbc-politics-200: a town before a party
    ('"We felt we had to show what people were behind the No campaign - London Tory spin '
     'doctors."', ["London", "Conservative Party (United Kingdom)"]),
    # (bbc-business-021, 'the Mecca Bingo chain': two names the NER took for towns, neither
    # joined nor towns, is in test_entity_guessed_places.py)
    # written: a state's name before a city's is the state and the city
    ('Campaigners warned against building a "UK Las Vegas" in the north of England.',
     ["United Kingdom", "Las Vegas"]),
    # invented: the one told and the subject of what it is told
    ("A government official told Reuters Taiwan and the U.S. have been holding talks.",
     ["Reuters", "Taiwan"]),
])
def test_names_side_by_side_that_are_two_stay_two(read_entities, text, parts):
    labels = [label for label, _ in read_entities(text)]
    assert all(part in labels for part in parts)
    assert not [label for label in labels if " ".join(parts[:1]) in label and label not in parts]
