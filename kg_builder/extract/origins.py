"""A state or a place named only as where a thing or a person comes from is no subject (issue
15): in 'A US firm said it had sued Microsoft' or 'The Swiss bank said it would sue Argentina'
the subject is the firm, and 'it' is the firm — not the United States, whose name only modifies
the noun. A name that modifies a noun which stands for its state ('US officials said they …',
'Kremlin officials', 'the US government') is that state's subject, as before.

Reads the ``origins`` rule section (``rules/extract/origins.json``); used by
:meth:`.context.ReadContext.add` when it marks a mention as a subject, which is what the pronoun
antecedents ('it', 'they') and :func:`.emit.emit`'s reading of 'it' look for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["OriginRules", "origin_modifier"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OriginRules:
    """The ``origins`` section: see the comment in ``rules/extract/origins.json``."""

    kinds: frozenset[str]
    modifier_deps: Words
    head_tags: frozenset[str]
    standing_nouns: Words


@cache
def origin_rules() -> OriginRules:
    return load_section("origins", OriginRules)


def origin_modifier(root: Token, *, kind: str | None) -> bool:
    """Whether a mention of ``kind`` whose root is ``root`` names only where the common noun it
    modifies comes from ('A US firm', 'the London court', 'a Scotland Yard detective'), not a
    party the noun stands for ('US officials', 'the Kremlin spokesman', 'the US government')."""
    rules = origin_rules()
    if kind not in rules.kinds or root.dep_ not in rules.modifier_deps:
        return False
    head = root.head
    return head.i > root.i and head.tag_ in rules.head_tags \
        and head.lemma_.lower() not in rules.standing_nouns
