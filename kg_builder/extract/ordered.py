"""A party named only to order or compare an act is not its target (issue 15, wrong target):
'After China, the Soviet Union will probably demand accession to the pact' says when the Soviet
Union will demand, not that it demands anything of China; 'Like Japan, Taiwan urged …' compares
the agent with Japan. Only a party that is itself the object of such a phrase on the trigger
counts: an act of a party in it stays ('retaliated after Japan's refusal to …'). Reads the
``ordered`` rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .rules import Words, load_section

__all__ = ["OrderedRules", "ordered_by", "ordered_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderedRules:
    """The ``ordered`` section: see the comment in ``rules/extract/ordered.json``."""

    order_preps: Words


@cache
def ordered_rules() -> OrderedRules:
    return load_section("ordered", OrderedRules)


def ordered_by(token: Token, *, trigger: Token, light: Token | None) -> bool:
    """Whether the target ``token`` is the object of a phrase of ``order_preps`` on the trigger
    (or its light verb): a party the act is ordered after or compared with."""
    token = first_conjunct(token)
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ordered_rules().order_preps and (
        prep.head.i in {h.i for h in (trigger, light) if h is not None})
