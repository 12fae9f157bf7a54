"""An act left open between doing and not doing: 'whether or not the International Monetary
Fund can help Brazil', 'whether the Fund will help Brazil or not', 'The Soviet Union may or may
not attack Afghanistan'. The 'not' after 'or' names the other side of an alternative the
sentence leaves open; it negates nothing, so the act is neither denied nor stated: positive,
hedged. Reads the ``alternatives`` rule section; :func:`.emit.emit` reframes what this finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["AlternativeRules", "alternative_rules", "left_open"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AlternativeRules:
    """The ``alternatives`` section: see the comment in ``rules/extract/alternatives.json``."""

    conjunctions: Words
    negations: Words
    between_deps: frozenset[str]


@cache
def alternative_rules() -> AlternativeRules:
    return load_section("alternatives", AlternativeRules)


def left_open(heads: list[Token]) -> bool:
    """Whether the negation of the act at ``heads`` (its trigger and light verb) is only the
    other side of an alternative: each of its negations (a word of ``negations`` hanging from
    one of ``heads`` as 'neg', or as the conjunct of the verb: 'help Brazil or not') follows one
    of ``conjunctions`` right away or across words of ``between_deps`` ('or may not'), and
    there is one."""
    rules = alternative_rules()
    negations = [c for h in heads for c in h.children
                 if c.lower_ in rules.negations and c.dep_ in ("neg", "conj")]
    return bool(negations) and all(_after_conjunction(n, rules) for n in negations)


def _after_conjunction(negation: Token, rules: AlternativeRules) -> bool:
    """The word before ``negation``, past the auxiliaries of ``between_deps``, is one of
    ``conjunctions``."""
    i = negation.i - 1
    while i >= negation.sent.start and negation.doc[i].dep_ in rules.between_deps:
        i -= 1
    return i >= negation.sent.start and negation.doc[i].lower_ in rules.conjunctions
