"""What one brings on oneself is asked of no one: 'it will invite some retaliatory moves,
especially from the U.S.', 'the plan could invite criticism from Washington'. To invite a
reaction, a reprisal, criticism or trouble is to provoke it — no request, and no promise of
one. Inviting a party, bids or comment stays a request. Reads the ``provoked`` rule section;
the verb triggers and the intent construction skip what :func:`brings_on` finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import names_itself
from .rules import Words, load_section

__all__ = ["ProvokedRules", "brings_on", "provoked_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProvokedRules:
    """The ``provoked`` section: see the comment in ``rules/extract/provoked.json``."""

    provoking_verbs: Words
    provoked_objects: Words
    object_deps: Words
    modifier_deps: Words


@cache
def provoked_rules() -> ProvokedRules:
    return load_section("provoked", ProvokedRules)


def brings_on(ctx: ReadContext, verb: Token) -> bool:
    """Whether ``verb`` is one of ``provoking_verbs`` whose object (of ``object_deps``), no
    party, is one of ``provoked_objects`` or has an adjective (of ``modifier_deps``) that is
    one: 'invite criticism', 'invite some retaliatory moves'."""
    rules = provoked_rules()
    if ctx.lemmas[verb.i] not in rules.provoking_verbs:
        return False
    return any(c.dep_ in rules.object_deps and not names_itself(ctx, c) and any(
        ctx.lemmas[w.i] in rules.provoked_objects
        for w in (c, *(a for a in c.children if a.dep_ in rules.modifier_deps)))
        for c in verb.children)
