"""'Turkey refused to commit to any assistance to the US-led war', 'declined to resign despite
pressure by X': refusing to act for or towards a party rejects it (CAMEO 12).

A refused hostile act ('refused to attack X') is no rejection of X, and a refused agreement or
concession is one already (the ``refusal`` convention). The construction claims the token:
what was refused is not also reported as done.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...ontology import event_info
from ..arguments import MATTER_DEPS, clausal_targets
from ..context import ReadContext
from ..emit import emit
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects
from .base import verb_triggers

__all__ = ["Refusal", "RefusalRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RefusalRules:
    """``rules/extract/refusal.json``."""

    event: str
    confidence: float
    verbs: Words
    not_rejecting_categories: frozenset[str]
    rejecting_events: frozenset[str]
    pressure_preps: Words
    not_rejecting_acts: Words


class Refusal:
    name: ClassVar[str] = "refusal"

    def __init__(self) -> None:
        self.rules = load_section(self.name, RefusalRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.verbs

    def read(self, ctx: ReadContext, token: Token) -> bool:
        rules = self.rules
        if ctx.pos[token.i] != "VERB" or ctx.lemmas[token.i] not in rules.verbs:
            return False
        acts = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not acts:
            return False
        for act in acts:
            if ctx.lemmas[act.i] in rules.not_rejecting_acts:
                continue  # "refused to say whether Mr Brown would remain": no one is rejected
            triggers = verb_triggers(ctx, act)
            if any(event_info(t.event).plover in rules.not_rejecting_categories for t in triggers):
                continue
            if any(t.event in rules.rejecting_events for t in triggers):
                continue
            agents = subjects(ctx, token)
            targets = clausal_targets(ctx, act, exclude=set(agents))
            for prep in sorted(rules.pressure_preps):
                targets = targets or clausal_targets(ctx, token, exclude=set(agents),
                                                     deps=MATTER_DEPS, first_hop=prep)
            emit(ctx, token, event=rules.event, confidence=rules.confidence,
                 agents=agents, targets=targets)
        return True
