"""Bodies the noun before or beside a name says work for a cause: a group, an organisation or
an agency that a word of a cause, of campaigning or of not making profits describes ('the
pressure group Parents Forward', 'the campaign group Clean Seas', 'Open Doors, a non-profit
organisation', 'the aid agency Helping Hands', 'the rights group Liberty Watch'): a
non-governmental organisation (the ontology's charity, rights group or union), not the generic
organisation nor, in a business report, a company ('group' alone there is a firm's noun:
'engineering group Jarvis'); also such a noun after the name it describes ('the Fair Deal
campaign group', for :mod:`.heads_after`). Reads the ``causes`` rule section
(``rules/extract/causes.json``); used by :func:`.cues.kind_from_nouns` and :mod:`.heads_after`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["CauseRules", "cause_kind", "cause_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CauseRules:
    """``rules/extract/causes.json``."""

    body_nouns: Words
    cause_words: Words
    kind: str


@cache
def cause_rules() -> CauseRules:
    return load_section("causes", CauseRules)


def cause_kind(token: Token, *, start: int | None = None) -> str | None:
    """The kind of a body named beside ``token`` where the token is a noun for a body and a
    word of a cause stands in the modifiers before it ('the environmental group', 'a
    not-for-profit organisation', 'human-rights group'), from ``start`` on if given (after the
    name: 'the Fair Deal campaign group'); else None."""
    rules = cause_rules()
    if token.lemma_.lower() not in rules.body_nouns:
        return None
    start = token.left_edge.i if start is None else start
    before = token.doc[start:token.i]
    words = {t.lower_ for t in before} | {t.lemma_.lower() for t in before}
    words |= set(before.text.lower().replace(" - ", "-").split())  # "non-profit" however split
    return rules.kind if words & rules.cause_words else None

