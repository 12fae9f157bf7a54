"""'China expressed anger at Japan's decision', 'While expressing regret over America's decision
to impose tariffs …, Nakasone said …', 'voiced concern over Germany's plans': a displeasure
stated at what a party did is disapproval of that party (CAMEO 11).

A noun of ``feeling_nouns`` that is the object of one of ``verbs`` ('expressed', 'voiced'), with
a phrase of ``preps`` naming what it is at: the party itself ('anger at Japan'), or an act of
``act_nouns`` that a party owns ("Japan's decision", 'U.S. tariffs') or that a phrase of
``author_preps`` says is its ('the arrest of the journalist by Iranian authorities'). Whoever
expresses it — the verb's subject, or for a participle with no subject of its own the subject of
the clause it is of — disapproves of that party. A feeling about a state of affairs ('concern
over the U.S. trade deficit', 'regret over the incident') is at no one. Claims the noun when it
read an event: the noun's own trigger ('outrage at') would read the act's victim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ...model import PLACE_KINDS
from ..arguments import prep_objects
from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for
from ..rules import Lexicon, Words, load_section
from ..syntax import subjects, with_conjuncts

__all__ = ["Feeling", "FeelingRules", "is_party", "party_at"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FeelingRules:
    """``rules/extract/feeling.json``."""

    event: str
    confidence: float
    feeling_nouns: Words
    verbs: Words
    preps: tuple[str, ...]
    act_nouns: Words
    author_preps: tuple[str, ...]


class Feeling:
    name: ClassVar[str] = "feeling"

    def __init__(self) -> None:
        self.rules = load_section(self.name, FeelingRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.feeling_nouns

    def read(self, ctx: ReadContext, noun: Token) -> bool:
        rules = self.rules
        if ctx.pos[noun.i] != "NOUN" or ctx.lemmas[noun.i] not in rules.feeling_nouns:
            return False
        verb = noun.head
        if noun.dep_ != "dobj" or ctx.lemmas[verb.i] not in rules.verbs:
            return False
        targets = [t for o in prep_objects(ctx, noun, rules.preps) for t in self._at(ctx, o)]
        agents = subjects(ctx, verb)
        if not agents and verb.tag_ == "VBG":
            # "Expressing regret over …, Nakasone said", "While expressing …" (the participle
            # the object of 'while'): the subject of the clause it is of
            clause = verb.head.head if verb.dep_ == "pcomp" else verb.head
            if verb.dep_ in ("advcl", "pcomp") and clause.pos_ in ("VERB", "AUX"):
                agents = subjects(ctx, clause)
        if not targets or not agents:
            return False
        before = len(ctx.out.events)
        emit(ctx, noun, event=rules.event, confidence=rules.confidence, agents=agents,
             targets=targets, light=verb)
        return len(ctx.out.events) > before

    def _at(self, ctx: ReadContext, thing: Token) -> list[Token]:
        return party_at(ctx, thing, act_nouns=self.rules.act_nouns,
                        author_preps=self.rules.author_preps)


def is_party(ctx: ReadContext, token: Token) -> bool:
    """Whether the token is in a mention of an actor (not a place)."""
    mid = mention_for(ctx, token)
    return mid is not None and ctx.mention(mid).kind not in PLACE_KINDS


def party_at(ctx: ReadContext, thing: Token, *, act_nouns: Words,
             author_preps: Words) -> list[Token]:
    """The party a feeling or a judgement is at: the object itself when it names one ('anger at
    Japan', 'pleased with the Commission'), else the owner of an act (one of ``act_nouns``) named
    before it ("Japan's decision", 'U.S. tariffs') or by a phrase of ``author_preps`` ('the
    arrest of X by Iranian authorities')."""
    if ctx.lemmas[thing.i] not in act_nouns:
        # the object itself names the party, not a thing of one ('the U.S. trade deficit');
        # its conjuncts are the preposition's objects too
        mid = mention_for(ctx, thing)
        span = ctx.mention(mid).span if mid is not None and is_party(ctx, thing) else None
        return [thing] if span is not None and span.begin <= thing.idx < span.end else []
    owners = [o for o in thing.children
              if o.dep_ in ("compound", "poss", "nmod", "amod") and o.i < thing.i]
    owners += prep_objects(ctx, thing, author_preps)
    return next((with_conjuncts(ctx, o) for o in owners if is_party(ctx, o)), [])
