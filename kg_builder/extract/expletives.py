"""An 'it' that only holds the place of a clause put after its verb refers to no one (issue 15,
wrong target: 'Some analysts said it is alleged by Texaco that Pennzoil violated the rule' was
an accusation of the company the 'it' was resolved to, not of Pennzoil): the passive subject
'it' of one of ``verbs`` whose that-clause follows it ('it is alleged …', 'it was reported
that …', 'it is believed the money was …') is no mention, so a verb's target is looked for in
the clause instead. A referring 'it' keeps its antecedent: one with no clause after its verb
('it was accused of dumping'), and one of a verb of telling or asking, whose passive subject is
the one told ('Texaco said it was told that the SEC would file a brief'). Reads the
``expletives`` rule section; :func:`mentions.mention_for` leaves such pronouns out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["ExpletiveRules", "expletive_rules", "holds_a_clause"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ExpletiveRules:
    """The ``expletives`` section: see the comment in ``rules/extract/expletives.json``."""

    pronouns: Words
    verbs: Words


@cache
def expletive_rules() -> ExpletiveRules:
    return load_section("expletives", ExpletiveRules)


def holds_a_clause(token: Token) -> bool:
    """Whether ``token`` is one of ``pronouns``, the passive subject of one of ``verbs`` with a
    clause after it ('it is alleged by Texaco that Pennzoil violated the rule')."""
    rules = expletive_rules()
    if token.lower_ not in rules.pronouns or token.dep_ != "nsubjpass":
        return False
    verb = token.head
    return verb.lemma_.lower() in rules.verbs and any(
        c.dep_ == "ccomp" and c.i > token.i for c in verb.children)
