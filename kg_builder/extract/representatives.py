"""People who act for states, named in the plural with the states they act for, are those states
(issue 15, wrong agents and targets: a group word taken as a party beside its members).

'Hungarian and Romanian officials' are already the two states' (:func:`.syntax.with_conjuncts`)
and 'officials of Iran' is Iran (``mentions.py``); the same people named with an 'of' phrase
that lists the states are each of them: 'the prime ministers of Bulgaria, Albania and Macedonia
signed an agreement' is an agreement between the three states, 'the finance ministers and
central bank governors of the U.S., Japan, West Germany, France and the U.K. signed an accord'
one among those five (not between 'finance ministers' and 'bank governors of the U.S.'). A body
of states the phrase names first, with its members after a separator, is no party beside them:
'the leaders of NATO, the United States, Britain and France, met' (the parser's list: NATO,
then the members that stand in apposition to it).

And such a plural that the parser coordinated with the states named after it ('The leaders of
the G-7, the United States, Britain, France …, met': the states are an appositive list of the
leaders' body) is no party of its own beside them: only the states meet.

Only states count: 'representatives of BASF, Siemens and Cadbury', 'two executives of Acme Corp'
stay as ``mentions.py`` and ``members.py`` read them. Reads the ``representatives`` rule section;
:func:`.syntax.with_conjuncts` applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["RepresentativeRules", "representative_rules", "represented"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RepresentativeRules:
    """The ``representatives`` section: see the comment in
    ``rules/extract/representatives.json``."""

    nouns: Words
    plural_tags: frozenset[str]
    of_preps: Words
    state_kinds: frozenset[str]
    body_kinds: frozenset[str]
    separators: Words


@cache
def representative_rules() -> RepresentativeRules:
    return load_section("representatives", RepresentativeRules)


def _kind(ctx: ReadContext, token: Token) -> str | None:
    mid = ctx.by_token.get(token.i)
    return ctx.mention(mid).kind if mid is not None else None


def _representative(ctx: ReadContext, token: Token) -> bool:
    rules = representative_rules()
    return (ctx.lemmas[token.i] in rules.nouns and token.tag_ in rules.plural_tags
            and token.i not in ctx.by_token)


def _phrase_end(token: Token) -> int:
    """The last token of the noun's own phrase, without the conjuncts the parser hung on it."""
    own = [c.right_edge.i for c in token.children if c.dep_ not in ("conj", "cc", "punct")]
    return max([token.i, *own])


def _separated(ctx: ReadContext, before: Token, after: Token) -> bool:
    """Only a separator (a comma) between the phrase of ``before`` and that of ``after``: an
    appositive list, not a coordinated party ('the leaders of the G-7, the United States …')."""
    gap = ctx.doc[_phrase_end(before) + 1:after.left_edge.i]
    return len(gap) == 1 and gap[0].lower_ in representative_rules().separators


def _of_objects(token: Token) -> list[Token]:
    """The objects of the noun's own 'of' phrase, in text order with their conjuncts."""
    preps = representative_rules().of_preps
    return [t for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"
            for t in sorted([o, *o.conjuncts], key=lambda x: x.i)]


def _states_of(ctx: ReadContext, token: Token) -> list[Token]:
    """The states the representatives ``token`` act for, named in its 'of' phrase: two or more
    of them, every object a state, after a body of states named first and set off from them
    ('the leaders of NATO, the United States, Britain and France'); else nothing."""
    rules = representative_rules()
    objects = _of_objects(token)
    if len(objects) > 1 and _kind(ctx, objects[0]) in rules.body_kinds and _separated(
            ctx, objects[0], objects[1]):
        objects = objects[1:]
    if len(objects) > 1 and all(
            _kind(ctx, t) in rules.state_kinds for t in objects):
        return objects
    return []


def _body_of(ctx: ReadContext, token: Token) -> bool:
    """The representatives' 'of' phrase names one body that is no state (a body of states, or
    one the reader names nothing for: 'the G-7')."""
    objects = _of_objects(token)
    return len(objects) == 1 and (_kind(ctx, objects[0]) is None
                                  or _kind(ctx, objects[0]) in representative_rules().body_kinds)


def represented(ctx: ReadContext, listed: list[Token]) -> list[Token]:
    """``listed`` (a list's head and its conjuncts, in text order) with the representatives of
    states replaced by those states, and representatives of a body the states after them are
    the members of left out."""
    rules = representative_rules()
    if not listed or not _representative(ctx, listed[0]):
        return listed
    # the coordinated representatives share the 'of' phrase of the last of them
    run = 1
    while run < len(listed) and _representative(ctx, listed[run]) and not _of_objects(
            listed[run - 1]):
        run += 1
    states = _states_of(ctx, listed[run - 1])
    if states:
        return [*states, *(t for t in listed[run:] if t not in states)]
    rest = listed[1:]
    if run == 1 and rest and _body_of(ctx, listed[0]) and _separated(ctx, listed[0], rest[0]) \
            and all(_kind(ctx, t) in rules.state_kinds for t in rest):
        return rest
    return listed
