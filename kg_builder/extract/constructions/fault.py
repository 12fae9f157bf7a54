"""'Oliver Letwin said the government had failed to deliver', 'Labour has already broken its
pre-election promise on immigration, the Tories have claimed', 'Mr Kennedy said the British
public felt let down by Labour': saying that a party failed, lied, misled or broke its word
criticises it (CAMEO 11), without a verb of criticism.

A verb of saying (``speech_verbs``) whose clause — the verb of its ``ccomp``, that verb's
coordinated verbs and their ``xcomp`` — is a fault: a verb of ``fault_verbs`` ('failed',
'lied', 'misled', 'betrayed'), a verb of ``breach_verbs`` whose object is one of
``breach_objects`` ('broke its promise', 'broke the law'), or a verb with its particle from
``particle_faults`` ('let down'). The party at fault is the clause's subject, or the 'by'
phrase of a passive ('felt let down by Labour'). Nothing is read when the fault is negated
('had not failed'), only possible or predicted (a modal: 'could fail', 'would break'), the
speaker's own ('I have failed to reach an agreement'), no party's ('the talks failed'), or
of people in general, a group named by one plain noun ('politicians often failed to …').
Does not claim the verb of saying: the other readers of 'said' still read it.
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
from ..syntax import particle, passive_agent, subjects

__all__ = ["Fault", "FaultRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FaultRules:
    """``rules/extract/fault.json``."""

    event: str
    confidence: float
    speech_verbs: Words
    fault_verbs: Words
    breach_verbs: Words
    breach_objects: Words
    particle_faults: dict[str, str]
    own_pronouns: Words


class Fault:
    name: ClassVar[str] = "fault"

    def __init__(self) -> None:
        self.rules = load_section(self.name, FaultRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.speech_verbs

    def read(self, ctx: ReadContext, verb: Token) -> bool:
        if ctx.pos[verb.i] != "VERB" or ctx.lemmas[verb.i] not in self.rules.speech_verbs:
            return False
        agents = subjects(ctx, verb)
        if not agents:
            return False
        targets: list[Token] = []
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            heads = [clause, *(c for c in clause.conjuncts if c.i > clause.i and c.pos_ == "VERB")]
            for head in heads:
                if self._hedged(head):
                    continue
                for fault in (head, *(c for c in head.children if c.dep_ == "xcomp")):
                    if self._is_fault(ctx, fault) and not self._hedged(fault):
                        targets += [t for t in self._at_fault(ctx, fault) if t not in targets]
        if not targets:
            return False
        emit(ctx, verb, event=self.rules.event, confidence=self.rules.confidence,
             agents=agents, targets=targets)
        return False

    def _is_fault(self, ctx: ReadContext, verb: Token) -> bool:
        rules = self.rules
        lemma = ctx.lemmas[verb.i]
        if verb.pos_ != "VERB":
            return False
        if lemma in rules.fault_verbs:
            return True
        if lemma in rules.breach_verbs:
            return any(c.dep_ in ("dobj", "nsubjpass") and ctx.lemmas[c.i] in rules.breach_objects
                       for c in verb.children)
        word = rules.particle_faults.get(lemma)
        return word is not None and particle(verb, word) is not None

    @staticmethod
    def _hedged(verb: Token) -> bool:
        """Negated, or only possible or predicted: 'had not failed', 'could fail'."""
        return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)

    def _at_fault(self, ctx: ReadContext, verb: Token) -> list[Token]:
        """The clause's subject, or the 'by' phrase of a passive: when it names a party."""
        passive = any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)
        found = passive_agent(ctx, verb) if passive else subjects(ctx, verb)
        out: list[Token] = []
        for token in found:
            if token.lower_ in self.rules.own_pronouns:
                continue  # "I have failed to reach an agreement": the speaker's own
            mid = mention_for(ctx, token)
            if mid is None or ctx.mention(mid).kind in PLACE_KINDS:
                continue
            mention = ctx.mention(mid)
            if mention.how == "group" and " " not in mention.name:
                continue  # "politicians often failed to …": people in general, no one's fault
            out.append(token)
        return out
