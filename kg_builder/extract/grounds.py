"""Grounds a sports report names by their own names: 'a 0-0 tie at Old Trafford', 'returned to
Highbury', 'the Hillsborough disaster' — a place, not the town the gazetteers know by the same
name, nor the club that plays there; and a name of a ground counts as a sport word where the
cues ask whether an article is a sports report ('the replay at Ibrox', 'left Anfield'). Reads
the ``grounds`` rule section (``rules/extract/grounds.json``); used by :mod:`.cues`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .rules import load_section

__all__ = ["GroundsRules", "grounds_rules", "known_ground", "named_grounds"]


@dataclass(frozen=True, slots=True, kw_only=True)
class GroundsRules:
    """The ``grounds`` section: see the comment in ``rules/extract/grounds.json``."""

    names: frozenset[str]


@cache
def grounds_rules() -> GroundsRules:
    return load_section("grounds", GroundsRules)


@cache
def _keys() -> frozenset[str]:
    return frozenset(normalise(name) for name in grounds_rules().names)


def known_ground(ent: SpacySpan) -> bool:
    """Whether a name, without a leading 'the', is one of names ('Old Trafford', 'Nou Camp'),
    and does not modify a common noun: 'the Old Trafford boss' is the club's manager."""
    root = ent.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN":
        return False
    text = ent.text
    if text.lower().startswith("the "):
        text = text[4:]
    return normalise(text) in _keys()


def named_grounds(ents: Iterable[SpacySpan]) -> frozenset[str]:
    """The grounds of names among the named entities ``ents``, whatever the NER tagged them
    and wherever they stand (a leading 'the' passed over): 'the Nou Camp', 'Ibrox'."""
    keys = _keys()
    found = set()
    for ent in ents:
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        if (key := normalise(text)) in keys:
            found.add(key)
    return frozenset(found)
