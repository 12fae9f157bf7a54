"""Praise said in mockery is criticism: 'The Liberal Democrats mockingly congratulated the
minister on his U-turn', 'sarcastically thanked Labour for …', 'paid mock tribute to the
Chancellor'. An adverb of mockery on the verb of praise, or 'mock' on its noun, turns the
praise into its opposite; a sentence adverb set off by a comma ('Frankly, the minister
praised …') says nothing of the praise, and 'ironically' tells a paradox more often than
mockery. Reads the ``irony`` rule section; :func:`.emit.emit`
reads the event :func:`said_in_mockery` gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["IronyRules", "irony_rules", "said_in_mockery"]


@dataclass(frozen=True, slots=True, kw_only=True)
class IronyRules:
    """The ``irony`` section: see the comment in ``rules/extract/irony.json``."""

    praise_events: frozenset[str]
    mocking_adverbs: Words
    mocking_modifiers: Words
    mockery_event: str


@cache
def irony_rules() -> IronyRules:
    return load_section("irony", IronyRules)


def said_in_mockery(words: tuple[Token, ...], event: str) -> str:
    """``mockery_event`` for an event of ``praise_events`` whose trigger or light verb (the
    ``words``) has an adverb of ``mocking_adverbs`` (not one set off by a comma, nor the
    sentence's first word) or, a noun, a modifier of ``mocking_modifiers``; else ``event``."""
    rules = irony_rules()
    if event not in rules.praise_events:
        return event
    doc = words[0].doc
    for child in (c for word in words for c in word.children):
        if child.dep_ == "advmod" and child.lower_ in rules.mocking_adverbs and (
                child.i != child.sent.start) and not (
                child.i + 1 < len(doc) and doc[child.i + 1].is_punct):
            return rules.mockery_event
        if child.dep_ in ("amod", "compound") and child.lower_ in rules.mocking_modifiers:
            return rules.mockery_event
    return event
