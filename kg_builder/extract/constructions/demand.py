"""'X said/declared that Y must …': X demands something of Y (CAMEO 10).

Only an active subject is asked to act: "Belarus should not be forced to choose" asks nothing of
Belarus; "X should know …" (a stative verb), "no politician should …" and "shop workers should be
able to enjoy a break" (a right or a capability, wanted for them) ask no act; "Mexico's economy
should resume growth" asks nothing of Mexico (the subject is a thing of the party's, not the
party). "X said Y should have acted sooner" asks for nothing that can still be done: it
criticises Y (CAMEO 111).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..context import ReadContext
from ..emit import emit
from ..mentions import names_itself
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts

__all__ = ["Demand", "DemandRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DemandRules:
    """``rules/extract/demand.json``."""

    event: str
    confidence: float
    verbs: Words
    modals: Words
    stative_verbs: Words
    non_specific_determiners: Words
    capability_words: Words
    perfect_auxiliaries: Words
    counterfactual_event: str


class Demand:
    name: ClassVar[str] = "demand"

    def __init__(self) -> None:
        self.rules = load_section(self.name, DemandRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.verbs

    def read(self, ctx: ReadContext, token: Token) -> bool:
        rules = self.rules
        if ctx.pos[token.i] != "VERB" or ctx.lemmas[token.i] not in rules.verbs:
            return False
        for clause in token.children:
            if clause.dep_ != "ccomp" or not any(
                    c.dep_ == "aux" and c.lower_ in rules.modals for c in clause.children):
                continue
            if clause.lemma_.lower() in rules.stative_verbs or self._capability(clause):
                continue
            targets = [t for c in clause.children if c.dep_ == "nsubj"
                       and not any(d.dep_ == "det" and d.lower_ in rules.non_specific_determiners
                                   for d in c.children)
                       for t in with_conjuncts(ctx, c) if names_itself(ctx, t)]
            counterfactual = any(c.dep_ == "aux" and c.lemma_.lower() in rules.perfect_auxiliaries
                                 for c in clause.children)  # "should have withdrawn"
            emit(ctx, token, event=rules.counterfactual_event if counterfactual else rules.event,
                 confidence=rules.confidence, agents=subjects(ctx, token), targets=targets)
        return False

    def _capability(self, clause: Token) -> bool:
        """'should be able to enjoy a break', 'should be free to choose': a right or a
        capability wanted for the subject, no act asked of it."""
        words = self.rules.capability_words
        return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in words
                   for c in clause.children)

