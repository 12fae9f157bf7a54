"""'Washington announced plans to put tariffs on … in retaliation for what it sees as Tokyo's
failure to live up to their bilateral chip pact': an act done in return for what a party did
says its agent holds that against the party — disapproval of it (CAMEO 11).

A noun of ``nouns`` ('retaliation', 'reprisal') under one of ``frame_preps`` ('in') with a phrase
of ``cause_preps`` ('for') names the cause: an act that a party owns ("Japan's failure", "what
he called Japan's failure to honour …": the possessor of the nearest noun of the phrase that has
one). The agent is who does the act the phrase hangs from: the subject of its verb, or of the
verb whose object it modifies ('announced the sanctions in retaliation for …'). A cause no party
owns ('in retaliation for the attack') is no one's. Does not claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...model import PLACE_KINDS
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts

__all__ = ["Grievance", "GrievanceRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class GrievanceRules:
    """``rules/extract/grievance.json``."""

    event: str
    confidence: float
    nouns: Words
    frame_preps: Words
    cause_preps: Words


class Grievance:
    name: ClassVar[str] = "grievance"

    def __init__(self) -> None:
        self.rules = load_section(self.name, GrievanceRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.nouns

    def read(self, ctx: ReadContext, noun: Token) -> bool:
        rules = self.rules
        if ctx.pos[noun.i] != "NOUN" or ctx.lemmas[noun.i] not in rules.nouns:
            return False
        frame = noun.head
        if noun.dep_ != "pobj" or frame.lower_ not in rules.frame_preps:
            return False
        causes = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in rules.cause_preps]
        targets = next((o for c in causes if (o := self._owner(ctx, c))), [])
        act = frame.head
        if act.pos_ == "NOUN" and act.dep_ in ("dobj", "nsubjpass"):
            act = act.head  # "announced the sanctions in retaliation for …"
        agents = subjects(ctx, act) if act.pos_ in ("VERB", "AUX") else []
        if not targets or not agents:
            return False
        emit(ctx, noun, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets)
        return False

    @staticmethod
    def _owner(ctx: ReadContext, phrase: Token) -> list[Token]:
        """The party that owns the nearest possessed noun of the cause phrase."""
        for token in sorted(phrase.subtree, key=lambda t: t.i):
            if token.dep_ == "poss" and token.head.pos_ == "NOUN":
                mid = mention_for(ctx, token)
                if mid is not None and ctx.mention(mid).kind not in PLACE_KINDS:
                    return with_conjuncts(ctx, token)
                return []
        return []
