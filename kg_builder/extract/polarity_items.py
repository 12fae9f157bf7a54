"""An act named by a noun with 'any' is never stated as done: 'any' stands where a negation, a
question or a condition lets it ('I am not aware of any contact between Washington and
Tehran', 'Britain denied any contact with the rebels', 'Any talks with Iran would be a
mistake'). Reads the ``polarity_items`` rule section; :func:`.emit.emit` negates or hedges
what :func:`any_framing` finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["PolarityItemRules", "any_framing", "polarity_item_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PolarityItemRules:
    """The ``polarity_items`` section: see the comment in ``rules/extract/polarity_items.json``."""

    determiners: Words
    negation: Words
    clause_deps: frozenset[str]


@cache
def polarity_item_rules() -> PolarityItemRules:
    return load_section("polarity_items", PolarityItemRules)


def any_framing(trigger: Token) -> Literal["negative", "hedged"] | None:
    """How an act named by a noun with one of ``determiners`` ('any contact with Iran') is
    framed: 'negative' when a negation governs it in its own clause — a 'not' or 'no' on a
    word it hangs from, or a verb or preposition of ``negation`` ('not aware of any contact',
    'denied any contact', 'without any talks') — else 'hedged' (a question or a condition:
    'Were there any talks with Iran?', 'Any talks would be a mistake'); None for a noun
    without one. The climb stops at the head of the clause (one of ``clause_deps``), so 'He
    said there had not been rain, and any talks …' is no negation of the talks."""
    rules = polarity_item_rules()
    if trigger.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "det" and c.lower_ in rules.determiners for c in trigger.children):
        return None
    token = trigger
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            break
        if head.lemma_.lower() in rules.negation or any(
                c.dep_ in ("neg", "det") and c.lower_ in rules.negation and c.i != token.i
                for c in head.children):
            return "negative"
        if head.dep_ in rules.clause_deps:
            break
        token = head
    return "hedged"
