"""Charities known by the words of their names where the gazetteers do not know the name: a
state's branch of a non-governmental organisation the gazetteers know ('the Canadian Red Cross',
'the American Red Cross', 'Oxfam America': a national society or section of a known charity), and
a faith's relief body ('Christian Aid', 'Catholic Relief Services', 'Islamic Relief': a faith's
word and a word of help) — a non-governmental organisation, not the generic organisation nor, for
'Christian Aid', a person. Reads the ``charities`` rule section (``rules/extract/charities.json``);
used by :func:`.entities.org_kind`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..gazetteer import gazetteer
from .rules import Words, load_section

__all__ = ["CharityRules", "charity", "charity_rules", "faith_charity", "known_branch"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CharityRules:
    """``rules/extract/charities.json``."""

    branch_kinds: frozenset[str]
    state_hows: frozenset[str]
    skip_openers: Words
    faith_words: Words
    help_words: Words


@cache
def charity_rules() -> CharityRules:
    return load_section("charities", CharityRules)


def known_branch(words: tuple[str, ...]) -> str | None:
    """The kind of a known body of branch_kinds whose name (or alias) the words hold after or
    before a state's name or demonym ('Canadian Red Cross', 'Oxfam America'); else None."""
    rules = charity_rules()
    words = tuple(w.strip(",") for w in words)
    while words and words[0].lower() in rules.skip_openers:
        words = words[1:]
    gaz = gazetteer()
    for size in range(1, len(words)):
        for state, body in ((words[:size], words[size:]), (words[-size:], words[:-size])):
            hit = gaz.state(" ".join(state))
            if hit is None or hit[1] not in rules.state_hows:
                continue
            known = gaz.org(" ".join(body))
            if known is not None and known.kind in rules.branch_kinds:
                return known.kind
    return None


def faith_charity(words: tuple[str, ...]) -> bool:
    """Whether a name opens with a faith's word and holds a word of help after it ('Christian
    Aid', 'Catholic Relief Services', 'Lutheran World Relief')."""
    rules = charity_rules()
    low = [w.lower().strip(",.") for w in words]
    while low and low[0] in rules.skip_openers:
        low = low[1:]
    return len(low) >= 2 and low[0] in rules.faith_words and any(
        w in rules.help_words for w in low[1:])


def charity(words: tuple[str, ...]) -> bool:
    """Whether a name's words say it is a charity: a known charity's state branch or a faith's
    relief body."""
    return known_branch(words) is not None or faith_charity(words)
