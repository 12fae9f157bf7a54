"""Parties an act leaves out are not what it is done to (issue 15, wrong-target class):
'European Community members decided to back an extension, with the exception of Britain'
backs no Britain; nor does 'backed the plan except France' or 'apart from Italy'. Reads the
``excepted`` rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .rules import Words, load_section

__all__ = ["ExceptedRules", "excepted"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ExceptedRules:
    """The ``excepted`` section: see the comment in ``rules/extract/excepted.json``."""

    exception_nouns: Words
    exception_preps: Words
    exception_phrases: Words


@cache
def excepted_rules() -> ExceptedRules:
    return load_section("excepted", ExceptedRules)


def excepted(token: Token) -> bool:
    """Whether ``token`` (or the first of the names coordinated with it) is the object of an
    exception ('except France', 'apart from Italy'), or an exception that stands for what it is
    of ('with the exception of Britain')."""
    rules = excepted_rules()
    if token.lemma_.lower() in rules.exception_nouns:
        return True  # "the exception of Britain" stands for Britain (mentions.mention_for)
    token = first_conjunct(token)  # "except France and Italy"
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in rules.exception_preps:
        return True
    if prep.lower_ == "of" and prep.head.lemma_.lower() in rules.exception_nouns:
        return True
    return f"{prep.head.lower_} {prep.lower_}" in rules.exception_phrases
