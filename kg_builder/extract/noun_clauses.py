"""The clause an act named by a noun stands in: 'German magazine Der Spiegel said part of Mr
Seifert's negotiations with the LSE were about where to base the board' — the negotiations are
told in the clause of 'were', which the magazine says; so the speaker of that clause reports
them, as it reports an act of a verb there (:func:`.framing.reporter`, read by emit). Reads the
``noun_clauses`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import load_section

__all__ = ["NounClauseRules", "clause_verb", "noun_clause_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class NounClauseRules:
    """The ``noun_clauses`` section: see the comment in ``rules/extract/noun_clauses.json``."""

    phrase_deps: frozenset[str]


@cache
def noun_clause_rules() -> NounClauseRules:
    return load_section("noun_clauses", NounClauseRules)


def clause_verb(noun: Token) -> Token | None:
    """The verb whose clause the noun's phrase belongs to, up through the dependencies of
    ``phrase_deps`` (a subject, an object, a preposition's object, a possessor …): 'were'
    for 'negotiations' in 'part of Mr Seifert's negotiations with the LSE were about …';
    None when the noun is no noun or the way up leaves its phrase (a clause of its own:
    'talks that began', a sentence's root noun)."""
    rules = noun_clause_rules()
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    token = noun
    while token.dep_ in rules.phrase_deps and token.head.i != token.i:
        token = token.head  # each step goes up the tree, so the walk ends at the root
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
