"""'Oliver Letwin said the government had failed to deliver', 'Labour has already broken its
pre-election promise on immigration, the Tories have claimed', 'Mr Kennedy said the British
public felt let down by Labour': saying that a party failed, lied, misled or broke its word
criticises it (CAMEO 11), without a verb of criticism.

A verb of saying (``speech_verbs``) whose clause — the verb of its ``ccomp``, that verb's
coordinated verbs and their ``xcomp`` — is a fault: a verb of ``fault_verbs`` ('failed',
'lied', 'misled', 'betrayed'), a verb of ``breach_verbs`` whose object is one of
``breach_objects`` ('broke its promise', 'broke the law'), a verb with its particle from
``particle_faults`` ('let down'), or an infinitive of ``blame_infinitives`` after 'be' ('the
Tories were to blame'). The party at fault is the clause's subject, or the 'by'
phrase of a passive ('felt let down by Labour'). Nothing is read when the fault is negated
('had not failed'), only possible or predicted (a modal: 'could fail', 'would break'), the
speaker's own ('I have failed to reach an agreement'), no party's ('the talks failed'), or
of people in general, a group named by one plain noun ('politicians often failed to …').
A failure (``outcome_faults``: 'failed') told by speakers who are only sources of the news,
people named by a plain noun of ``source_nouns`` and no party's name ('Canadian and Egyptian
negotiators failed to conclude an agreement …, Canadian embassy officials said', 'The EC has
failed to agree on a research program, diplomats said'), reports an outcome: no one
criticises anyone ('U.S. officials said Japan had failed …' is the state's, and 'diplomats
said Iran had violated the ceasefire' a fault of its own kind, which stay).
Saying that a party lost the trust of others, or that there is a lack of trust in it, criticises
it too ('he said Mr Blair had lost the trust of the British people', 'the public had lost faith
in Labour', '"There is a fundamental lack of trust in Tony Blair," he said'): a verb of
``loss_verbs`` whose object is one of ``trust_nouns`` faults the one trusted, named in a phrase
of ``trust_preps`` ('faith in Labour') or else the verb's subject ('Mr Blair had lost the
trust'); a noun of ``lack_nouns`` with 'of' one of ``trust_nouns`` ('lack of trust') faults the
one its phrase of ``trust_preps`` names ('in Tony Blair', 'of Tony Blair'), anywhere in the
clause said.
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
from ..syntax import particle, passive_agent, subjects, with_conjuncts

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
    blame_infinitives: Words
    own_pronouns: Words
    loss_verbs: Words
    lack_nouns: Words
    trust_nouns: Words
    trust_preps: Words
    source_nouns: Words
    outcome_faults: Words


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
                        at_fault = self._at_fault(ctx, fault)
                        if at_fault and ctx.lemmas[fault.i] in self.rules.outcome_faults and all(
                                self._source(ctx, a) for a in agents):
                            continue  # "… failed to conclude an agreement, officials said"
                        targets += [t for t in at_fault if t not in targets]
                    elif not self._hedged(fault):
                        targets += [t for t in self._lost_trust(ctx, fault) if t not in targets]
                targets += [t for t in self._distrusted(ctx, head) if t not in targets]
        if not targets:
            return False
        emit(ctx, verb, event=self.rules.event, confidence=self.rules.confidence,
             agents=agents, targets=targets)
        return False

    def _source(self, ctx: ReadContext, token: Token) -> bool:
        """Whether a speaker is only a source of the news, people named by no party's name
        ('officials', 'Canadian embassy officials', 'diplomats'): not 'U.S. officials', read
        as the state, nor a named person."""
        mid = mention_for(ctx, token)
        return mid is not None and ctx.mention(mid).how == "group" and (
            ctx.lemmas[token.i] in self.rules.source_nouns)

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
        if lemma in rules.blame_infinitives:
            return self._blamed(ctx, verb)
        word = rules.particle_faults.get(lemma)
        return word is not None and particle(verb, word) is not None

    @staticmethod
    def _blamed(ctx: ReadContext, verb: Token) -> bool:
        """'Labour said the Tories were to blame': an infinitive after 'be' says its subject is
        at fault ('the Tories blamed Labour' is the Tories' act, no fault of theirs)."""
        return verb.dep_ == "xcomp" and ctx.lemmas[verb.head.i] == "be" and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)

    def _lost_trust(self, ctx: ReadContext, verb: Token) -> list[Token]:
        """'Mr Blair had lost the trust of the British people': the subject; 'the public had lost
        faith in Labour': the one trusted."""
        rules = self.rules
        if verb.pos_ != "VERB" or ctx.lemmas[verb.i] not in rules.loss_verbs:
            return []
        trust = [c for c in verb.children
                 if c.dep_ == "dobj" and ctx.lemmas[c.i] in rules.trust_nouns]
        if not trust:
            return []
        trusted = self._trusted(ctx, [verb, *trust], preps=rules.trust_preps - {"of"})
        return trusted if trusted else self._at_fault(ctx, verb)

    def _distrusted(self, ctx: ReadContext, clause: Token) -> list[Token]:
        """'There is a fundamental lack of trust in Tony Blair', 'voters have a lack of trust
        of Tony Blair': the one a lack of trust is in, anywhere in the clause."""
        rules = self.rules
        out: list[Token] = []
        for lack in clause.subtree:
            if ctx.lemmas[lack.i] not in rules.lack_nouns or lack.pos_ != "NOUN" or any(
                    c.dep_ in ("neg", "det") and c.lower_ == "no" for c in lack.children):
                continue
            trust = [o for p in lack.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children
                     if o.dep_ == "pobj" and ctx.lemmas[o.i] in rules.trust_nouns]
            if trust:
                out += [t for t in self._trusted(ctx, [lack, *trust], preps=rules.trust_preps,
                                                 skip=trust) if t not in out]
        return out

    def _trusted(self, ctx: ReadContext, heads: list[Token], *, preps: Words,
                 skip: list[Token] | None = None) -> list[Token]:
        """The parties the phrases of ``preps`` on ``heads`` name ('in Tony Blair … and in his
        government'), not the trust itself (``skip``)."""
        out: list[Token] = []
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
                for p in (prep, *(c for c in prep.conjuncts if c.dep_ == "conj")):
                    for obj in (o for o in p.children if o.dep_ == "pobj" and o not in (skip or [])):
                        mid = mention_for(ctx, obj)
                        if mid is not None and ctx.mention(mid).kind not in PLACE_KINDS:
                            out += [t for t in with_conjuncts(ctx, obj) if t not in out]
        return out

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
