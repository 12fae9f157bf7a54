"""An act named by a noun with 'any' is not stated as done: 'any' stands where a negation, a
question or a condition lets it ('I am not aware of any contact between Washington and
Tehran', 'Any talks with Iran would be a mistake'). A negation on the act's own verb already
negates it ('did not hold any talks with the rebels'); one further up is mostly about what
someone knows or would do ('not aware of any contact … but that doesn't mean it doesn't
exist'), which leaves the act open, not denied. Reads the ``polarity_items`` rule section;
:func:`.emit.emit` hedges what :func:`named_with_any` finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["PolarityItemRules", "named_with_any", "polarity_item_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PolarityItemRules:
    """The ``polarity_items`` section: see the comment in ``rules/extract/polarity_items.json``."""

    determiners: Words


@cache
def polarity_item_rules() -> PolarityItemRules:
    return load_section("polarity_items", PolarityItemRules)


def named_with_any(trigger: Token) -> bool:
    """'not aware of any contact between Washington and Tehran', 'Were there any talks with
    Iran?', 'Any talks with Iran would be a mistake': the act is named by a noun with one of
    ``determiners`` — asked about, supposed or not known, never stated as done."""
    rules = polarity_item_rules()
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in rules.determiners for c in trigger.children)
