"""'Croatian authorities are failing refugees, a rights group protested', 'Greece charged that
Turkey …': a complaint that someone did something is disapproval of them (CAMEO 11).

Claims the token when it found one ("charged that …" is then no indictment).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..context import ReadContext
from ..emit import emit
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts

__all__ = ["Complaint", "ComplaintRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ComplaintRules:
    """``rules/extract/complaint.json``."""

    event: str
    confidence: float
    verbs: Words


class Complaint:
    name: ClassVar[str] = "complaint"

    def __init__(self) -> None:
        self.rules = load_section(self.name, ComplaintRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.verbs

    def read(self, ctx: ReadContext, token: Token) -> bool:
        rules = self.rules
        if ctx.pos[token.i] != "VERB" or ctx.lemmas[token.i] not in rules.verbs:
            return False
        # the complaint's clause: a complement, or the clause it is a tail of. (Also the head
        # when the complaint verb is itself an adverbial clause or such: the old code meant to
        # rule that out, but its identity test never held; kept as it behaves.)
        for clause in [*token.children, token.head]:
            if clause.dep_ not in ("ccomp", "parataxis"):
                continue
            targets = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                       for t in with_conjuncts(ctx, c)]
            before = len(ctx.out.events)
            emit(ctx, token, event=rules.event, confidence=rules.confidence,
                 agents=subjects(ctx, token), targets=targets)
            return len(ctx.out.events) > before
        return False
