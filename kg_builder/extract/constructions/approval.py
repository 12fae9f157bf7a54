"""'Richard Lyng said he is pleased the European Community plans to offer a farm reform plan',
'he was delighted with Japan's decision': a pleasure stated at what a party does is praise of
that party (CAMEO 051), the counterpart of :mod:`.feeling`'s displeasure.

An adjective of ``adjectives`` ('pleased', 'delighted') that is the complement of its subject's
copula, with either a that-clause (``ccomp``) whose subject names a party ('pleased the European
Community plans to …', 'delighted that Labour has …'), or a phrase of ``preps`` naming the party
('pleased with the Commission') or an act of ``act_nouns`` a party owns ('pleased with Japan's
decision', 'pleased by the decision of the EC'). The subject of the copula praises that party.
Not read in sports reports (a manager pleased with his side's result is no event between
parties), nor where the clause is negated ('pleased that Japan did not retaliate' praises a
restraint, not an act), nor where the clause's subject is the speaker's own side ('we', 'I').
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..arguments import prep_objects
from ..context import ReadContext
from ..emit import emit
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts
from .feeling import is_party, party_at

__all__ = ["Approval", "ApprovalRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ApprovalRules:
    """``rules/extract/approval.json``."""

    event: str
    confidence: float
    adjectives: Words
    preps: tuple[str, ...]
    act_nouns: Words
    author_preps: tuple[str, ...]
    own_side: Words


class Approval:
    name: ClassVar[str] = "approval"

    def __init__(self) -> None:
        self.rules = load_section(self.name, ApprovalRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.adjectives

    def read(self, ctx: ReadContext, adj: Token) -> bool:
        rules = self.rules
        if ctx.sport or adj.dep_ != "acomp" or adj.lower_ not in rules.adjectives:
            return False
        agents = subjects(ctx, adj.head)
        if not agents:
            return False
        targets = [t for c in adj.children if c.dep_ == "ccomp" for t in self._clause(ctx, c)]
        targets += [t for o in prep_objects(ctx, adj, rules.preps) for t in self._at(ctx, o)]
        if not targets:
            return False
        before = len(ctx.out.events)
        emit(ctx, adj, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets, light=adj.head)
        return len(ctx.out.events) > before

    def _clause(self, ctx: ReadContext, clause: Token) -> list[Token]:
        """The parties the clause is about: its subjects that name a party ('the European
        Community plans to …'); none for a negated clause or the speaker's own side."""
        if any(c.dep_ == "neg" for c in clause.children):
            return []
        return [t for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                and s.lower_ not in self.rules.own_side
                for t in with_conjuncts(ctx, s) if is_party(ctx, t)]

    def _at(self, ctx: ReadContext, thing: Token) -> list[Token]:
        return party_at(ctx, thing, act_nouns=self.rules.act_nouns,
                        author_preps=self.rules.author_preps)
