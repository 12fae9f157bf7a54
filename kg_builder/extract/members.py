"""People named by their place in a body: 'two former executives of Acme Corp', 'directors of
the Labour Party', 'employees of Enron'. Charged, arrested or sued, they are the ones acted on,
and acting they act as people — not the company, party or organisation named after 'of' (unlike
'inspectors of the IAEA', who act for it, and 'members of the Awami League', who stage its
sit-in). Reads the ``members`` rule section (for
:mod:`.mentions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["MemberRules", "member_rules", "members_of"]


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberRules:
    """``rules/extract/members.json``."""

    member_nouns: Words
    plural_tags: frozenset[str]
    body_kinds: frozenset[str]


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
