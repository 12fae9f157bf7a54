"""'Japan was upset with America's attempt to …', 'Spain and Portugal have been angered by the
Commission's scheme', 'Iran, angered at Kuwait's backing of Iraq, …': a displeasure a party is
said to feel at another party or at what it did is disapproval of that party (CAMEO 11), the
adjective's counterpart of :mod:`.feeling` ('expressed anger at …') and the opposite of
:mod:`.approval` ('was pleased with …').

An adjective or participle of ``adjectives`` (word forms: 'angry', 'dissatisfied', 'angered')
with a phrase of ``preps`` (or a passive's 'by' phrase) that names the party itself ('angry with
Gordon Brown') or an act of ``act_nouns`` a party owns ("with the Exchange's response", 'by the
decision of the EC'); who feels it is the subject of the copula it complements ('he was
dissatisfied with …'), the subject of the passive ('have been angered by …') or the subject it
follows set off as a modifier ('Iran, angered at …'). A displeasure at a state of affairs ('angry
at low wages', 'disappointed at the outcome of the talks') is at no one; an active verb with its
object ('the move angered Japan') is left to the verb; not read in sports reports (a player
disappointed with his run, a manager furious about decisions). Claims the word when it read an
event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..arguments import prep_objects
from ..context import ReadContext
from ..emit import emit
from ..rules import Lexicon, Words, load_section
from ..syntax import passive_subjects, subjects, with_conjuncts
from .feeling import party_at

__all__ = ["Displeasure", "DispleasureRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DispleasureRules:
    """``rules/extract/displeasure.json``."""

    event: str
    confidence: float
    adjectives: Words
    participle_lemmas: Words
    preps: tuple[str, ...]
    participle_tags: Words
    modifier_deps: Words
    subject_deps: Words
    act_nouns: Words
    author_preps: tuple[str, ...]
    patient_nouns: Words


class Displeasure:
    name: ClassVar[str] = "displeasure"

    def __init__(self) -> None:
        self.rules = load_section(self.name, DispleasureRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.adjectives | self.rules.participle_lemmas

    def read(self, ctx: ReadContext, word: Token) -> bool:
        rules = self.rules
        if ctx.sport or word.lower_ not in rules.adjectives or any(
                c.dep_ == "dobj" for c in word.children):
            return False  # "the move angered Japan": the verb's own reading, if any
        agents, light = self._feelers(ctx, word)
        if not agents:
            return False
        things = prep_objects(ctx, word, rules.preps) + [
            t for c in word.children if c.dep_ == "agent"
            for o in c.children if o.dep_ == "pobj" for t in with_conjuncts(ctx, o)]
        targets = [t for o in things for t in party_at(
            ctx, o, act_nouns=rules.act_nouns, author_preps=tuple(
                p for p in rules.author_preps
                if p != "of" or ctx.lemmas[o.i] not in rules.patient_nouns))]
        if not targets:
            return False
        before = len(ctx.out.events)
        emit(ctx, word, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets, light=light)
        return len(ctx.out.events) > before

    def _feelers(self, ctx: ReadContext, word: Token) -> tuple[list[Token], Token | None]:
        """Who feels it, and the copula that carries its negation and hedges, if any."""
        rules = self.rules
        if word.dep_ == "acomp":  # "he was dissatisfied with …"
            return subjects(ctx, word.head), word.head
        if word.tag_.lower() in rules.participle_tags and any(
                c.dep_ in ("auxpass", "nsubjpass") for c in word.children):
            return passive_subjects(ctx, word), None  # "have been angered by the scheme"
        head = word.head
        if word.dep_ in rules.modifier_deps and word.i > head.i and (
                head.dep_ in rules.subject_deps):  # "Iran, angered at Kuwait's backing …"
            return with_conjuncts(ctx, head), None
        return [], None
