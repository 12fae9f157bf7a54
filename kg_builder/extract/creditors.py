"""Bodies named after the banks or creditors they gather: 'Brazil's bank advisory committee',
'Argentina's bank steering committee', 'a creditor committee for Mexico' are the lenders' (a
group of them), not the state whose debt they deal with — talks with them are no talks with the
state (issue 15, wrong-target class: 'an inconclusive meeting between central bank governor
Francisco Gros and Brazil's bank advisory committee' met no Brazil). Reads the ``creditors``
rule section (for :mod:`.mentions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["CreditorRules", "creditor_rules", "creditors_body"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CreditorRules:
    """``rules/extract/creditors.json``."""

    body_nouns: Words
    creditor_words: Words
    modifier_deps: Words


@cache
def creditor_rules() -> CreditorRules:
    return load_section("creditors", CreditorRules)


def creditors_body(token: Token) -> Token | None:
    """The first word of the name of the lenders' body the noun ``token`` heads ('bank
    advisory committee'), if one of its modifiers, or theirs, is of ``creditor_words``;
    else None."""
    rules = creditor_rules()
    if token.lemma_.lower() not in rules.body_nouns:
        return None
    mods = [c for c in token.children if c.dep_ in rules.modifier_deps and c.i < token.i]
    mods += [g for c in mods for g in c.children if g.dep_ in rules.modifier_deps and g.i < c.i]
    if not any(m.lemma_.lower() in rules.creditor_words for m in mods):
        return None
    return min(mods, key=lambda m: m.i)
