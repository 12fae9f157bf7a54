"""Acts the wording states done or stopped although a hedge or a plan stands near them: a
phrasal verb of negation ('ruled out selling arms to Iran') stops the act as its one-word
form would, and a noun whose own past participle dates it as done ('the agreement, signed last
month, is expected to boost trade') names a deed, whatever is expected of it next. Reads the
``done_acts`` rule section; :mod:`.framing` asks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["DoneActRules", "done_act_rules", "done_by_participle", "negating",
           "phrasal_lemma"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DoneActRules:
    """The ``done_acts`` section: see the comment in ``rules/extract/done_acts.json``."""

    negation: Words
    particle_deps: frozenset[str]
    plan_participles: Words


@cache
def done_act_rules() -> DoneActRules:
    return load_section("done_acts", DoneActRules)


def phrasal_lemma(verb: Token, *, lemma: str) -> str:
    """``lemma`` with the verb's particles after it ('ruled out' → 'rule out'); ``lemma``
    alone when it has none."""
    particles = [c.lower_ for c in verb.children
                 if c.dep_ in done_act_rules().particle_deps and c.i > verb.i]
    return " ".join([lemma, *particles])


def negating(verb: Token) -> bool:
    """A verb of ``negation``, alone or with its particles ('refused', 'ruled out')."""
    lemma = verb.lemma_.lower()
    words = done_act_rules().negation
    return lemma in words or phrasal_lemma(verb, lemma=lemma) in words


def done_by_participle(noun: Token) -> bool:
    """'the agreement, signed last month, …', 'the accord reached in March …': the noun that
    names the act has a past participle of its own, not one of ``plan_participles``
    ('the talks, scheduled for March, …'), that states the act done."""
    rules = done_act_rules()
    return any(c.dep_ == "acl" and c.tag_ == "VBN"
               and c.lemma_.lower() not in rules.plan_participles
               and c.lower_ not in rules.plan_participles
               and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
               for c in noun.children)
