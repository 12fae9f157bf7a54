"""Bodies the noun before or beside a name says work for a cause: a group, an organisation or
an agency that a word of a cause, of campaigning or of not making profits describes ('the
pressure group Parents Forward', 'the campaign group Clean Seas', 'Open Doors, a non-profit
organisation', 'the aid agency Helping Hands', 'the rights group Liberty Watch'): a
non-governmental organisation (the ontology's charity, rights group or union), not the generic
organisation nor, in a business report, a company ('group' alone there is a firm's noun:
'engineering group Jarvis'); and a name that such a noun, or a charity's or a union's noun,
follows as its modifier ('the Transline union', 'the Shelterwise charity', 'the Fair Deal
campaign group'). Reads the ``causes`` rule section (``rules/extract/causes.json``);
used by :func:`.cues.kind_from_nouns` and :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["CauseRules", "cause_after", "cause_kind", "cause_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CauseRules:
    """``rules/extract/causes.json``."""

    body_nouns: Words
    cause_words: Words
    own_nouns: Words
    kind: str


@cache
def cause_rules() -> CauseRules:
    return load_section("causes", CauseRules)


def cause_kind(token: Token) -> str | None:
    """The kind of a body named beside ``token`` where the token is a noun for a body and a
    word of a cause stands in the modifiers before it ('the environmental group', 'a
    not-for-profit organisation', 'human-rights group'); else None."""
    rules = cause_rules()
    if token.lemma_.lower() not in rules.body_nouns:
        return None
    start = token.left_edge.i
    before = token.doc[start:token.i]
    words = {t.lower_ for t in before} | {t.lemma_.lower() for t in before}
    words |= set(before.text.lower().replace(" - ", "-").split())  # "non-profit" however split
    return rules.kind if words & rules.cause_words else None


def cause_after(ent: SpacySpan) -> str | None:
    """The kind of a body whose name modifies the noun after it, through lower-case words only:
    one of own_nouns ('the Transline union', 'the Shelterwise charity') or a body's noun with a
    word of a cause between the name and it ('the Fair Deal campaign group'); else None."""
    rules = cause_rules()
    doc, root = ent.doc, ent.root
    head = root.head
    if (root.dep_ not in ("compound", "nmod") or head.i < ent.end or head.pos_ != "NOUN"
            or not all(t.is_lower for t in doc[ent.end:head.i + 1])):
        return None
    if head.lemma_.lower() in rules.own_nouns:
        return rules.kind  # "the Transline union"
    between = doc[ent.end:head.i]
    words = {t.lower_ for t in between} | set(between.text.lower().replace(" - ", "-").split())
    if head.lemma_.lower() in rules.body_nouns and words & rules.cause_words:
        return rules.kind  # "the Fair Deal campaign group"
    return None
