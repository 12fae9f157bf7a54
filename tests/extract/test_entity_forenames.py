"""A person's name the NER cut from its given name (issue 16, split-or-merged): the given name
before a surname tagged alone, or the surname after a given name tagged alone, is part of the
person's name (kg_builder/extract/forenames.py). Through the real model; sentences from
development articles of BBC (not tests/data/audit/split.json) or invented in news style."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "people"), [
    # bbc-sport-312: 'Williams' alone was Martyn Williams, the other player of the article
    ("Tries from Jonathan Thomas, Tom Shanklin and Martyn Williams gave the visitors a 19-5 "
     "half-time advantage. Luciano Orquera did reply with one for Italy but second-half efforts "
     "from Brent Cockbain, Shane Williams and Robert Sidoli sealed victory.",
     ["Brent Cockbain", "Jonathan Thomas", "Luciano Orquera", "Martyn Williams", "Robert Sidoli",
      "Shane Williams", "Tom Shanklin"]),
    # bbc-entertainment-229: the DJ's given name after a station's name
    ("Other pundits to take part in the survey included BBC Radio 1 DJ Trevor Nelson, NME editor "
     "Conor McNicholas and Glastonbury organiser Emily Eavis.",
     ["Conor McNicholas", "Emily Eavis", "Trevor Nelson"]),
    # bbc-sport-400: the surname taken for a day
    ('"England have a fantastic record in Hong Kong," said England sevens coach Mike Friday.',
     ["Mike Friday"]),
    # bbc-tech-378: a sentence's first words
    ("Anders Igels, chief executive of Nordic operator Teliasonera, tipped it as the next big "
     "thing in mobile in a speech in Cannes this week.", ["Anders Igels"]),
])
def test_the_given_name_is_part_of_the_name(read_text, text, people):
    entities = read_text(text).entities
    assert sorted(e.label for e in entities if e.kind == "Person") == people


@pytest.mark.parametrize(("text", "people"), [
    # invented: two people of one surname the NER tagged whole; a firm's name
    ("Gordon Brown said the economy was strong. Later, Nick Brown told farmers the subsidies "
     "would stay.", ["Gordon Brown", "Nick Brown"]),
    ("Analysts at Morgan Stanley said the shares were cheap.", []),
    ("Labour MP Diane Abbott said she would vote against the bill.", ["Diane Abbott"]),
    # invented: a demonym or a role before a person's name stays out of it
    ("The Briton Tim Henman beat Spain's Rafael Nadal in three sets.",
     ["Rafael Nadal", "Tim Henman"]),
    # invented: a given name alone, with no capitalised word after it
    ("The manager praised Frank, who scored twice, and said Lampard would start on Saturday.",
     ["Frank", "Lampard"]),
])
def test_a_name_without_a_cut_given_name_stays(read_text, text, people):
    entities = read_text(text).entities
    assert sorted(e.label for e in entities if e.kind == "Person") == people
