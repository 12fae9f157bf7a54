"""People named by their place in a body: 'two former executives of Acme Corp', 'directors of
the Labour Party', 'employees of Enron'. Charged, arrested or sued, they are the ones acted on,
and acting they act as people — not the company, party or organisation named after 'of' (unlike
'inspectors of the IAEA', who act for it, and 'members of the Awami League', who stage its
sit-in). Some of a body's members, picked out by a word of which or how many, are not the body
either, of whatever kind it is: 'senior members of the ruling Conservative Party urged her to
call elections', 'Several members of Congress from Iowa have complained …' (the party did not
urge, Congress did not complain). Reads the ``members`` rule section (for :mod:`.mentions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["MemberRules", "member_rules", "members_of", "some_members"]


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberRules:
    """``rules/extract/members.json``."""

    member_nouns: Words
    plural_tags: frozenset[str]
    body_kinds: frozenset[str]
    part_nouns: Words
    part_deps: frozenset[str]
    count_deps: frozenset[str]
    part_determiners: Words
    whole_determiners: Words
    part_preps: Words


@cache
def member_rules() -> MemberRules:
    return load_section("members", MemberRules)


def members_of(token: Token, body_kind: str | None) -> bool:
    """Whether the noun ``token`` names several people by their place in the body of kind
    ``body_kind`` its 'of' phrase names ('executives of Acme Corp'): a plural of
    ``member_nouns`` after a body of ``body_kinds`` — a group of people, not the body."""
    rules = member_rules()
    return token.tag_ in rules.plural_tags and token.lemma_.lower() in rules.member_nouns and (
        body_kind in rules.body_kinds)


def some_members(token: Token) -> bool:
    """Whether the plural noun ``token`` of ``part_nouns`` names some of a body's members, not
    all of them: a modifier of ``part_deps`` before it ('senior members', 'Latin American
    members'), a number (``count_deps``) with none of ``whole_determiners`` ('two members';
    not 'all 13 members', 'the five members'), one of ``part_determiners`` ('some members')
    or a phrase of ``part_preps`` after it ('members of Congress from Iowa') — a group of
    people, not the body, whatever its kind."""
    rules = member_rules()
    if token.tag_ not in rules.plural_tags or token.lemma_.lower() not in rules.part_nouns:
        return False
    before = [c for c in token.children if c.i < token.i]
    whole = any(c.lower_ in rules.whole_determiners for c in before)
    return any(c.dep_ in rules.part_deps or (c.dep_ in rules.count_deps and not whole)
               or (c.dep_ == "det" and c.lower_ in rules.part_determiners) for c in before) or any(
        c.i > token.i and c.dep_ == "prep" and c.lower_ in rules.part_preps
        for c in token.children)
