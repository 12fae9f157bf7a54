"""Triggers that are ones only with certain objects (``objects`` in ``rules/triggers.jsonl``):
'lifted the curfew in X', 'eased restrictions on X', 'accepted demands from X', "met the rebels'
demands" (CAMEO 08, yield). The target is found on the verb or the object (its prepositions, its
possessor). When one matches, the verb's other triggers do not apply ("met their demands" is no
meeting: see :mod:`.verb_triggers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..arguments import parties, prep_objects
from ..context import ReadContext
from ..emit import emit
from ..rules import Lexicon, Words, load_section
from ..syntax import objects_of, particle, passive_agent, subjects

__all__ = ["ObjectTriggerRules", "ObjectTriggers", "is_verbal"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ObjectTriggerRules:
    """``rules/extract/object_triggers.json``."""

    mass_objects: Words


def is_verbal(ctx: ReadContext, token: Token) -> bool:
    """A verb, or a noun the tagger gave a verb tag ('met their demands')."""
    pos = ctx.pos[token.i]
    return pos in ("VERB", "AUX") or (pos == "NOUN" and token.tag_.startswith("VB"))


def _mass(obj: Token, nouns: frozenset[str]) -> bool:
    """'struggled to meet demand from China', 'to satisfy growing demand for oil': one of
    ``nouns`` in the singular with no determiner, possessor or number is the mass noun — demand
    in the market, not a demand someone made ('met their demands', 'met the demand of the
    kidnappers'); other objects are often bare in headline style ('lift ban on FIS')."""
    return obj.lemma_.lower() in nouns and obj.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in obj.children)


class ObjectTriggers:
    name: ClassVar[str] = "object_triggers"

    def __init__(self) -> None:
        self.rules = load_section(self.name, ObjectTriggerRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return frozenset(lemma for lemma, ts in lexicon.verbs.items() if any(t.objects for t in ts))

    def read(self, ctx: ReadContext, verb: Token) -> bool:
        if ctx.lemmas[verb.i] not in ctx.lexicon.verbs or not is_verbal(ctx, verb):
            return False
        for trig in ctx.lexicon.verbs[ctx.lemmas[verb.i]]:
            if not trig.objects or trig.confidence < ctx.min_confidence:
                continue
            objs = objects_of(verb, trig.objects, modifiers=trig.modifiers)
            if not objs or (trig.particle and particle(verb, trig.particle) is None):
                continue
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            obj = objs[0]
            if _mass(obj, self.rules.mass_objects):
                continue  # "to meet demand from China", "satisfy growing demand": the market
            targets = parties(ctx, prep_objects(ctx, verb, trig.preps))
            if not targets:
                targets = parties(ctx, prep_objects(ctx, obj, trig.preps))
            if not targets:
                targets = [c for c in obj.children if c.dep_ == "poss"]
            agents = passive_agent(ctx, verb) if passive else subjects(ctx, verb)
            emit(ctx, verb, event=trig.event, confidence=trig.confidence, agents=agents,
                 targets=targets)
        return False
