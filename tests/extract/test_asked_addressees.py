"""Whom a request asks, and what it only asks for: an infinitive the parser hangs on a relative
clause of the one asked is what the verb of asking asks of that one, not a stated act of a party
in the clause (addressees.asked_past_relative; syntax.subjects, emit); an object that is an
indefinite pronoun names no party, so the parties in what it is asked to do are no targets
(verb_triggers addressee_pronouns)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (bbc-politics-174, preceded by the article's naming of the man
    # sought; it was read as Ferguson's consultation with McDonald, asserted)
    ("Police want to trace Michael Ferguson. Strathclyde Police asked anyone who spots "
     "Ferguson to contact Sergeant Keith McDonald.", set()),
    # written: the party in the clause does not meet anyone (it was Smith's asserted meeting)
    ("Mr Blair asked everyone who knows Mr Smith to meet Mr Brown.", set()),
    # … while a clause whose verb takes an infinitive keeps it, and a plain request stays
    ("Mr Howard asked Mr Blair to meet him.",
     {("Howard", "Request", "Tony Blair", "positive", "asserted"),
      ("Tony Blair", "Meeting", "Howard", "positive", "hedged")}),
])
def test_an_infinitive_on_a_relative_clause_is_asked_of_its_noun(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # written after the development sentence above: an indefinite pronoun asked names no one
    # (each was a request to the party in the infinitive)
    ("Police asked anyone who sees Mr Smith to contact Inspector Jones.", set()),
    ("Police urged everybody to call Inspector Jones.", set()),
    ("Mr Blair urged his supporters to back Mr Brown.",
     {("Tony Blair", "Request", "supporters"), ("supporters", "Support", "Gordon Brown")}),
])
def test_an_indefinite_pronoun_asked_names_no_party(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected
