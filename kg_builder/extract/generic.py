"""People named as a kind, not as anyone in particular (events30, `not an event`): 'the
"typical family" has been much better off', 'the law-abiding citizen should be in charge', 'the
average taxpayer', 'every voter', 'ordinary people'. A group noun with a modifier that makes it
the typical member of a class, or with a determiner that ranges over all of them, names no
party that acts or is acted on (dev sheet c1 judged 'Mr Brown dismissed … the "typical family"'
and 'the law-abiding citizen should be in charge' no events). The people of a real occasion
stay, however unnamed ('police arrested a 45-year-old man', 'he punched an egg-throwing
protester', 'sent doses to a Swedish doctor': judged right). Reads the ``generic`` rule
section; :func:`emit.emit` leaves such agents and targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["GenericRules", "generic_people"]


@dataclass(frozen=True, slots=True, kw_only=True)
class GenericRules:
    """The ``generic`` section: see the comment in ``rules/extract/generic.json``."""

    kind_modifiers: Words
    ranging_determiners: Words
    modifier_deps: Words


@cache
def generic_rules() -> GenericRules:
    return load_section("generic", GenericRules)


def _modifier_words(token: Token) -> set[str]:
    """The modifier's word and its whole phrase ('abiding' and 'law-abiding')."""
    phrase = "".join(t.text_with_ws for t in token.subtree).strip().lower()
    return {token.lower_, phrase, phrase.replace(" - ", "-").replace(" ", "-")}


def generic_people(ctx: ReadContext, token: Token) -> bool:
    """Whether the argument ``token`` is a group noun read as an unnamed group ('the typical
    family', 'the law-abiding citizen', 'every voter') that names the typical member of a class
    or all of it: no party."""
    mid = mention_for(ctx, token)
    if mid is None or ctx.mention(mid).how != "group":
        return False
    span = ctx.mention(mid).span
    if not span.begin <= token.idx < span.end:
        return False  # a name's group: "supporters of X" is read as X elsewhere
    rules = generic_rules()
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in rules.ranging_determiners:
            return True
        if child.dep_ in rules.modifier_deps and child.i < token.i and (
                _modifier_words(child) & rules.kind_modifiers):
            return True
    return False
