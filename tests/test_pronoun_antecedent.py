"""Which named person 'he'/'his' refers to, by the place of the names in their clauses
(kg_builder/resolve.py, Mention.role; issue 15, wrong-agent class). Sentences written after
development articles (bbc-politics-400, bbc-politics-136, bbc-politics-320, reuters-18299)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a name that only modifies a noun ('the Attlee government') is no antecedent
        ("Lord Callaghan became a clerk at the Inland Revenue. After serving as a junior minister in "
         "the Attlee government, he became chancellor. In 1968 he refused to support prime minister "
         "Harold Wilson.",
         ("Rejection", "Callaghan", "Harold Wilson"), ("Rejection", "Attlee", "Harold Wilson")),
        # a possessive with no one else named before it is its own sentence's subject's
        ("President Reagan might have been in an embarrassing position. Mr Volcker is admired in "
         "Tokyo, despite his criticism of Japanese policies.",
         ("Criticism", "Volcker", "Japan"), ("Criticism", "Reagan", "Japan")),
        # the owner of the sentence before's subject counts as its subject
        ("Conservative shadow foreign secretary Michael Ancram said the move would be wrong. "
         "Mr Straw's China trip is part of regular high-level meetings with Beijing ministers. "
         "He will meet Chinese counterpart Minister Li Zhaoxing to discuss relations.",
         ("Meeting", "Jack Straw", "Li Zhaoxing"), ("Meeting", "Michael Ancram", "Li Zhaoxing")),
        # not when the sentence has a subject of its own, a speaker ('… the Tory leader said')
        ("Tory leader Michael Howard has dismissed Gordon Brown's Budget. Mr Brown's Budget was "
         "not about what was good for the country, the Tory leader said. He went on to accuse "
         "Mr Brown of giving with one hand while taking away with the other.",
         ("Accusation", "Michael Howard", "Gordon Brown"), None),
        ("Tony Blair's entry confirms that King Abdullah of Jordan paid for him to fly to Egypt. "
         "Tory leader Michael Howard's only fresh entry is a hamper from the Sultan of Brunei. "
         "He also declares a trip to Mexico last year.",
         ("Visit", "Michael Howard", "Mexico"), ("Visit", "King Abdullah", "Mexico")),
    ],
)
def test_pronoun_antecedent_by_clause(read_triples, text, present, absent):
    pairs = read_triples(text)
    assert present in pairs, pairs
    if absent is not None:
        assert absent not in pairs, pairs


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # unchanged: someone else named before a possessive is still its antecedent
        ("Mr Blair thanked Gordon Brown for his support.", "person/gordon-brown"),
        ("Tony Blair accused Michael Howard of betraying his voters.", "person/michael-howard"),
        # and with no one else, the subject is (it was the sentences before)
        ("Gordon Brown met Mr Blair. Mr Howard said his party would win.", "person/howard"),
    ],
)
def test_possessive_antecedent(read_text, text, key):
    pronouns = [m for m in read_text(text).mentions if m.name == "his"]
    assert [m.entity_key for m in pronouns] == [key]
