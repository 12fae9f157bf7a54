"""Whom a subject pronoun cannot be: the person named in a phrase put before it on its own verb.
'Speaking to reporters after talks with President Suharto, he said …', 'In his talks with
Defence Minister Kurihara, he stressed …': "he" is not Suharto, nor Kurihara — he talked with
them. Reads the ``fronted`` rule section; the mention records it as the pronoun's
``clause_subject`` (the one person resolution leaves out, see ``antecedents.antecedent``).

Only a person named as the object of a preposition or a verb in such a phrase is left out, and
only when the phrase names one person: the owner of what the phrase names may well be the
pronoun ('In Mr Blair's speech, he said …'), and so may the subject of a clause put first ('When
Mr Blair arrived, he said …').
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["FrontedRules", "fronted_partner"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FrontedRules:
    """``rules/extract/fronted.json``."""

    fronted_deps: Words
    partner_deps: Words
    skip_deps: Words


@cache
def fronted_rules() -> FrontedRules:
    return load_section("fronted", FrontedRules)


def _walk(token: Token, skip: Words) -> list[Token]:
    """The words of the phrase ``token`` heads, not into a clause with a subject of its own or
    a possessor (``skip``)."""
    out = [token]
    for child in token.children:
        if child.dep_ not in skip:
            out.extend(_walk(child, skip))
    return out


def fronted_partner(ctx: ReadContext, pronoun: Token) -> int | None:
    """The mention of the one person named as an object in a phrase that hangs on the verb the
    subject pronoun ``pronoun`` is of and stands before the pronoun, or None."""
    rules = fronted_rules()
    verb = pronoun.head
    found: set[int] = set()
    for phrase in verb.children:
        if phrase.i >= pronoun.i or phrase.dep_ not in rules.fronted_deps or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in phrase.children):
            continue
        for word in _walk(phrase, rules.skip_deps):
            mid = ctx.by_token.get(word.i)
            if mid is not None and word.dep_ in rules.partner_deps and (
                    ctx.mention(mid).kind == "Person" and ctx.mention(mid).how == "name"):
                found.add(mid)
    return found.pop() if len(found) == 1 else None
