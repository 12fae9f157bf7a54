"""Kinds of bodies that a noun says only with the word before it: 'the news website
PowerPage', 'INSEE, the state statistics agency', 'the Nationwide building society', 'ratings
agency Moody's' — an agency, an office, a website or a society is a state's body, a news
organisation or a company by the noun that modifies it, where the noun alone says nothing
('agency', 'website', 'society'). Reads the ``kind_phrases`` rule section
(``rules/extract/kind_phrases.json``); used by :func:`.cues.kind_from_nouns` (a noun before a
name or in apposition to it) and :mod:`.heads_after` (a noun after the name it describes).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import load_section

__all__ = ["KindPhraseRules", "kind_phrase_rules", "phrase_kind"]


@dataclass(frozen=True, slots=True, kw_only=True)
class KindPhraseRules:
    """``rules/extract/kind_phrases.json``."""

    phrases: dict[str, str]
    modifier_deps: frozenset[str]
    owner_labels: frozenset[str]


@cache
def kind_phrase_rules() -> KindPhraseRules:
    return load_section("kind_phrases", KindPhraseRules)


def phrase_kind(token: Token, *, start: int | None = None) -> str | None:
    """The kind of body the noun ``token`` names with a word that modifies it before it ('news'
    of 'the news website', 'statistics' of 'the state statistics agency'), the nearest such word
    that makes one of the phrases, from ``start`` on if given (after a name: 'the Nationwide
    building society'); else None, and None where a name tagged one of owner_labels stands in
    the phrase before the noun: the noun is that name's ('the Associated Press news agency')."""
    rules = kind_phrase_rules()
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    head = token.lemma_.lower()
    first = token.left_edge.i if start is None else start
    before = token.doc[first:token.i]
    if any(t.ent_type_ in rules.owner_labels for t in before):
        return None  # "told the Associated Press news agency Contrack's withdrawal …": its noun
    for word in reversed(before):
        if word.dep_ not in rules.modifier_deps or word.head.i != token.i:
            continue
        for form in (word.lemma_.lower(), word.lower_):
            if (kind := rules.phrases.get(f"{form} {head}")) is not None:
                return kind
    return None
