"""People named after what they back: 'Black Watch campaigners', 'Labour supporters',
'Chelsea followers', 'Royal Navy veterans' (who once served in it). They speak or act for themselves, not as the regiment, club or party named
before them — unlike 'Hezbollah guerrillas' or 'U.N. inspectors', who act for it. Campaigners and
activists named after a campaigning body are its members ('Greenpeace campaigners'). Reads the
``advocates`` rule section (for :mod:`.mentions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["AdvocateRules", "advocate_rules", "backs_only"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AdvocateRules:
    """``rules/extract/advocates.json``."""

    advocate_nouns: Words
    campaign_nouns: Words
    campaign_kinds: frozenset[str]


@cache
def advocate_rules() -> AdvocateRules:
    return load_section("advocates", AdvocateRules)


def backs_only(group: Token, named_kind: str | None) -> bool:
    """Whether the people of the group noun ``group`` only back the party of kind
    ``named_kind`` named before them ('Black Watch campaigners', 'Labour supporters'), so they do
    not stand for it ('Greenpeace campaigners' do: members of a campaigning body)."""
    rules = advocate_rules()
    lemma = group.lemma_.lower()
    if lemma in rules.campaign_nouns:
        return named_kind not in rules.campaign_kinds
    return lemma in rules.advocate_nouns
