"""'X said/declared that Y must …': X demands something of Y (CAMEO 10).

Only an active subject is asked to act: "Belarus should not be forced to choose" asks nothing of
Belarus; "X should know …" (a stative verb) and "no politician should …" ask no act.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..context import ReadContext
from ..emit import emit
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
            if clause.lemma_.lower() in rules.stative_verbs:
                continue
            targets = [t for c in clause.children if c.dep_ == "nsubj"
                       and not any(d.dep_ == "det" and d.lower_ in rules.non_specific_determiners
                                   for d in c.children)
                       for t in with_conjuncts(ctx, c)]
            emit(ctx, token, event=rules.event, confidence=rules.confidence,
                 agents=subjects(ctx, token), targets=targets)
        return False
