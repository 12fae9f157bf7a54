"""Clubs named by their towns where a sports report moves a player between them or names a
club's people: 'joined the Gunners from Seville', 'a £15.8m signing from Parma', 'his move from
Middlesbrough', 'a poor stint at Leeds', 'West Ham fans', 'the great Milan side' — the club, not
the town ('decided to fly back to Greece', 'the final in Seville' stay places). Reads the
``transfers`` rule section (``rules/extract/transfers.json``); used by :func:`.cues.club`
(bbc-sport-154, -195, -199, -279, -313: each town was typed a city).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from .conjuncts import first_conjunct
from .rules import Words, load_section

__all__ = ["TransfersRules", "moved_club", "transfers_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TransfersRules:
    """The ``transfers`` section: see the comment in ``rules/extract/transfers.json``."""

    transfer_verbs: Words
    transfer_nouns: Words
    transfer_preps: Words
    spell_nouns: Words
    spell_preps: Words
    follower_nouns: Words


@cache
def transfers_rules() -> TransfersRules:
    return load_section("transfers", TransfersRules)


def moved_club(ent: SpacySpan) -> bool:
    """Whether a town's name is a club by what is said of it: the object of a preposition of a
    transfer hanging on a verb or a noun of one ('joined the Gunners from Seville', 'a move away
    from Liverpool': through the adverb; not the verb 'move': 'Since moving from Colchester to
    London she has improved'), or of a spell ('a poor stint at Leeds'), or a modifier of a
    noun of a club's people ('West Ham fans', 'the great Milan side'). The caller has checked
    that the article is a sports report and that the name is a known town's."""
    rules = transfers_rules()
    root = first_conjunct(ent.root)
    if root.dep_ == "compound":
        return root.head.lemma_.lower() in rules.follower_nouns
    if root.dep_ != "pobj":
        return False
    prep = root.head
    word = prep.head
    if word.pos_ == "ADV" and word.head.i != word.i:
        word = word.head  # "a move away from Liverpool"
    lemma = word.lemma_.lower()
    transfer = lemma in (rules.transfer_nouns if word.pos_ == "NOUN" else rules.transfer_verbs)
    return ((prep.lower_ in rules.transfer_preps and transfer)
            or (prep.lower_ in rules.spell_preps and lemma in rules.spell_nouns))
