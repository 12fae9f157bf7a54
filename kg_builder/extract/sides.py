"""A side named before a player's position and the player's name: 'Bath prop David Barnes', 'Former
Everton midfielder Thomas Gravesen', 'Munster lock Paul O'Connell', 'England fly-half Charlie
Hodgson' in a sports report, and before a position only sport has in any article ('Crystal
Palace striker Andy Johnson') — the club or the national team the player plays for, an
organisation, whatever the NER took the name for (a person, a place). Not a name the article or
the gazetteers know as a person's, nor one opening with a given name. Reads the ``sides`` rule
section (``rules/extract/sides.json``); used by :mod:`.entities` and :mod:`.cues`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["SidesRules", "side_before_position", "sides_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SidesRules:
    """The ``sides`` section: see the comment in ``rules/extract/sides.json``."""

    positions: Words
    sport_positions: Words
    given_names: frozenset[str]
    max_words: float


@cache
def sides_rules() -> SidesRules:
    return load_section("sides", SidesRules)


def side_before_position(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name is the side of the player named after it: right before one of positions
    (a hyphenated one read whole: 'fly-half', 'scrum-half') in a sports report, or one of
    sport_positions in any article ('Crystal Palace striker Andy Johnson' in a report the
    sport words missed), and then a person's name the NER tagged; of at most max_words
    capitalised words, no person's name itself."""
    rules = sides_rules()
    words = ent.text.split()
    if (not words or len(words) > rules.max_words or words[0] in rules.given_names
            or not all(w[:1].isupper() for w in words)):
        return False
    key = normalise(ent.text)
    if key in ctx.person_names or ctx.gaz.person(ent.text) is not None:
        return False  # "Jason Scotland", then "Scotland": the player
    texts, lowers, tokens = ctx.texts, ctx.lowers, ctx.tokens
    i = ent.end
    if i >= len(texts) or not tokens[i].is_lower:
        return False
    position, i = lowers[i], i + 1
    while i + 1 < len(texts) and texts[i] == "-" and not tokens[i].whitespace_:
        position, i = f"{position}-{lowers[i + 1]}", i + 2  # "fly-half", "scrum-half"
    return (position in rules.positions and (ctx.sport or position in rules.sport_positions)
            and i < len(tokens) and tokens[i].is_title and tokens[i].ent_type_ == "PERSON")
