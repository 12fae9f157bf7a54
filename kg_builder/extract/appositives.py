"""What an appositive says its noun is: only what the appositive itself names. 'The singer, a
long-time admirer of Mandela, attacked …' is the singer, not Mandela; 'The author, a fierce
critic of the Labour Party, accused …' is no party; 'The President of the United States,
Donald Trump' is Trump ('Donald Trump' names itself). A spokesperson in apposition keeps
speaking for the party ('The man, a spokesman for Oxfam, said …': Oxfam, as speakers.py reads
it). Reads the ``appositives`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["AppositiveRules", "appositive_mention"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AppositiveRules:
    """``rules/extract/appositives.json``."""

    principal_nouns: Words


@cache
def appositive_rules() -> AppositiveRules:
    return load_section("appositives", AppositiveRules)


def appositive_mention(ctx: ReadContext, appositive: Token, found: int | None) -> int | None:
    """``found`` (the mention the appositive noun refers to) when it is the appositive itself:
    its span covers the appositive's head word, or the appositive is one of
    ``principal_nouns`` (a spokesperson speaks for the party it names). A party named only in
    the appositive's modifiers or its prepositional phrases ('a friend of Tony Blair', 'Oxfam's
    partner') is someone else the noun is described by, not what it is."""
    if found is None or ctx.lemmas[appositive.i] in appositive_rules().principal_nouns:
        return found
    span = ctx.mention(found).span
    return found if span.begin <= appositive.idx < span.end else None
