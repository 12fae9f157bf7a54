"""Sides listed with a side: in a sports report a name the NER took for a person's, or for a
town, that 'and', 'or', '&' or a comma joins right to a name read as a side (a club or a
national team) is a side too: 'the match between Juventus and Fiorentina' (development
bbc-sport-203: Fiorentina read as a person), 'Leicester and Saracens are leading the chase'
(bbc-sport-399), 'former Spurs and England defender Gary Stevens' (bbc-sport-207). Not a name
with a person's mark: a given name ('Jason Gardener and Mark Lewis-Francis'), an honorific
before it, the given name or surname of a person the article names in full ('Petrov and
Juninho' beside 'Stilian Petrov'); not a town after a preposition where a match is held ('in
Tel Aviv, Chicago and Athens'); not a name of more than three words; a name typed a town only
where the gazetteers know the town ('games at Newcastle and Middlesbrough'; not 'Newham and
Essex Beagles', one club's name the NER cut, bbc-sport-068). The parse must make one
list of the names, all of whose other names are sides: 'fouls on Joaquin, Casillas and
Marchena' (bbc-sport-216) are players, whatever Marchena was typed; 'If Dawson is not fit to
face Wales, Robinson will have to choose' (bbc-sport-356) is no list; and the list must be no
name the gazetteers know ('represent Trinidad and Tobago', bbc-sport-059).

Run by :func:`.names.one_team_per_name` after the sides are typed; reads the ``side_lists``
rule section (``rules/extract/side_lists.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..gazetteer import normalise
from ..model import Mention
from .context import ReadContext
from .cues import first_conjunct
from .rules import Words, load_section

__all__ = ["SideListRules", "listed_sides", "side_list_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SideListRules:
    """The ``side_lists`` section: see the comment in ``rules/extract/side_lists.json``."""

    joining_words: Words
    side_kinds: frozenset[str]
    retyped_kinds: frozenset[str]
    given_names: frozenset[str]
    honorifics: Words
    place_preps: Words
    max_words: float


@cache
def side_list_rules() -> SideListRules:
    return load_section("side_lists", SideListRules)


def listed_sides(ctx: ReadContext) -> bool:
    """Retype as an organisation every mention of the module docstring (sports reports only);
    whether any was."""
    if not ctx.sport:
        return False
    rules = side_list_rules()
    named = [m for m in ctx.out.mentions if m.how == "name"]
    full = [m.name.split() for m in named if m.kind == "Person" and " " in m.name]
    parts = {normalise(w) for words in full for w in (words[0], words[-1])}
    by_start = {m.span.begin: m for m in named}
    by_end = {m.span.end: m for m in named}
    found = [m for m in named if m.kind in rules.retyped_kinds
             and _may_be_side(ctx, m, parts, rules)
             and _beside_a_side(ctx, m, by_start, by_end, rules)]
    for m in found:
        ctx.out.mentions[m.id] = replace(m, kind="Organization", hint=None)
    return bool(found)


def _may_be_side(ctx: ReadContext, m: Mention, parts: set[str], rules: SideListRules) -> bool:
    """Whether a mention bears no person's mark and stands in no place (module docstring)."""
    words = m.name.split()
    if m.kind == "City" and normalise(m.name) not in ctx.gaz.cities:
        return False  # "Newham and Essex Beagles": a town only by the NER's guess, a club's piece
    if (len(words) > rules.max_words or words[0] in rules.given_names
            or any(normalise(w) in parts for w in words) or normalise(m.name) in parts):
        return False
    span = ctx.doc.char_span(m.span.begin, m.span.end)
    if span is None:
        return False
    if span.start > 0 and ctx.lowers[span.start - 1].rstrip(".") in rules.honorifics:
        return False  # "Mr Kent"
    root = first_conjunct(span.root)
    return not (root.dep_ == "pobj" and root.head.lower_ in rules.place_preps)


def _beside_a_side(ctx: ReadContext, m: Mention, by_start: dict[int, Mention],
                   by_end: dict[int, Mention], rules: SideListRules) -> bool:
    """Whether a joining word alone stands between the mention and a mention typed a side, and
    every other name of the list the parse makes of them is typed a side ('Joaquin, Casillas
    and Marchena': players, whatever Marchena was typed; 'If Dawson is not fit to face Wales,
    Robinson will have to choose': no list), and the list is no name the gazetteers know
    ('represent Trinidad and Tobago')."""
    text = ctx.text()
    neighbour = None
    for word in rules.joining_words:
        gap = f" {word} " if word.isalpha() or word == "&" else f"{word} "
        if text.startswith(gap, m.span.end) and _side(by_start.get(m.span.end + len(gap)), rules):
            neighbour = by_start[m.span.end + len(gap)]
        before = m.span.begin - len(gap)
        if before > 0 and text[before:m.span.begin] == gap and _side(by_end.get(before), rules):
            neighbour = by_end[before]
    if neighbour is None:
        return False
    own, other = ctx.doc.char_span(m.span.begin, m.span.end), ctx.doc.char_span(
        neighbour.span.begin, neighbour.span.end)
    if own is None or other is None:
        return False
    head = first_conjunct(own.root)
    if head.i != first_conjunct(other.root).i:
        return False
    members = [t for t in head.subtree if first_conjunct(t).i == head.i and (
        t.i == head.i or t.dep_ == "conj")]
    listed = {ctx.by_token[t.i] for t in members if t.i in ctx.by_token}
    if any(not _side(ctx.out.mentions[mid], rules) for mid in listed if mid != m.id):
        return False
    first = min(m.span.begin, neighbour.span.begin)
    last = max(m.span.end, neighbour.span.end)
    whole = text[first:last]
    return ctx.gaz.state(whole) is None and ctx.gaz.org(whole) is None


def _side(m: Mention | None, rules: SideListRules) -> bool:
    return m is not None and m.kind in rules.side_kinds
