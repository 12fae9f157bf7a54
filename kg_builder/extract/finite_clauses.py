"""A clause the parser took for an infinitive though it has a tense of its own: 'Diplomats told
Reuters Iran and Iraq have held secret talks in Geneva' (the parser reads 'Reuters Iran and Iraq'
as the one told and 'have held' as what it was told to do, an open complement) tells what was
said, not what someone was asked or told to do. Reads the ``finite_clauses`` rule section;
:mod:`.framing` neither hedges the act as requested nor lets a verb above it control it, and
makes the speaker its reporter, as for a clause of saying.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import load_section

__all__ = ["FiniteClauseRules", "finite_clause_rules", "is_finite_complement"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FiniteClauseRules:
    """The ``finite_clauses`` section: see the comment in ``rules/extract/finite_clauses.json``."""

    finite_tags: frozenset[str]
    complement_deps: frozenset[str]


@cache
def finite_clause_rules() -> FiniteClauseRules:
    return load_section("finite_clauses", FiniteClauseRules)


def is_finite_complement(token: Token) -> bool:
    """'told Reuters Iran and Iraq have held talks', 'told Reuters Egypt and Israel were holding
    talks': an open complement (one of ``complement_deps``) whose verb or auxiliary has a tense
    (one of ``finite_tags``) — a clause of its own misread, not an infinitive ('told Iran to
    hold talks', 'is believed to have held talks' are infinitives)."""
    rules = finite_clause_rules()
    return token.dep_ in rules.complement_deps and token.pos_ in ("VERB", "AUX") and (
        token.tag_ in rules.finite_tags or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in rules.finite_tags
            for c in token.children))
