"""Passes over the names of a whole article: before they are typed, the names the article uses
for awards and the time zones it writes, which are no entities anywhere in it; after, a name the
words around it make a place once is that place wherever else the article uses it, and a given
name alone is the person the article names in full with it. Run by
:func:`.entities.collect_entities`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..gazetteer import normalise
from .context import ReadContext

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["after_typing", "given_name_parts", "no_names", "one_place_per_name"]


def no_names(ctx: ReadContext, rules: MentionRules) -> set[str]:
    """The names that are no entity anywhere in the article: a time zone ('2000 GMT'), and an
    award, a name the article writes right before one of award_nouns ('last year's Bafta awards',
    'Oscar nominations') or as what someone won ('scooped both the Golden Globe and the Bafta'),
    with its plural ('the Oscars')."""
    found = {t.text for t in ctx.tokens if t.text in rules.time_zones}
    for ent in ctx.ents:
        name = " ".join(t.text for t in ent if t.lower_ != "the")
        if (ent.label_ in ("PERSON", "NORP") or not name[:1].isupper()
                or ctx.gaz.state(name) is not None or ctx.gaz.region(name) is not None):
            continue  # "won Ohio": a state, a region
        root = ent.root
        head = root.head
        while root.dep_ == "conj" and head.i != root.i:
            root, head = head, head.head  # "both the Golden Globe and the Bafta"
        award = (ent.end < len(ctx.doc) and ctx.doc[ent.end].lower_ in rules.award_nouns
                 and ent.root.head.i == ent.end)
        won = root.dep_ == "dobj" and head.lemma_.lower() in rules.win_verbs
        if award or won:
            found.update({name, name + "s", name.removesuffix("s")})
    return found


def after_typing(ctx: ReadContext, given_names: frozenset[str]) -> None:
    """The passes over the typed names, in order."""
    one_place_per_name(ctx)
    given_name_parts(ctx, given_names)


def one_place_per_name(ctx: ReadContext) -> None:
    """A name the words around it make a place once ('MP for Sedgefield', 'Turf Moor stadium') is
    the place wherever else the article names it with nothing more specific than an
    organisation or a person ('Sedgefield' tagged as a person)."""
    mentions = ctx.out.mentions
    places = {normalise(m.name) for m in mentions if m.how == "name" and m.kind == "Place"}
    for m in mentions:
        if m.how == "name" and m.kind in ("Organization", "Person") and normalise(m.name) in places:
            mentions[m.id] = replace(m, kind="Place")


def given_name_parts(ctx: ReadContext, given_names: frozenset[str]) -> None:
    """A one-word name that is a given name ('Serena', 'Amanda') is a person where the article
    names exactly one person in full with it first ('Serena Williams') and nobody with it last,
    whatever the NER or a place gazetteer made of it; the resolver joins the two."""
    mentions = ctx.out.mentions
    full = [m.name.split() for m in mentions if m.how == "name" and m.kind == "Person"
            and len(m.name.split()) > 1]
    for m in mentions:
        if (m.how != "name" or m.kind not in ("Organization", "City", "Place") or " " in m.name
                or m.name not in given_names or any(w[-1] == m.name for w in full)):
            continue
        if len({" ".join(w) for w in full if w[0] == m.name}) == 1:
            mentions[m.id] = replace(m, kind="Person")
