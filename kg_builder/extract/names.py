"""Passes over the typed names of a whole article: a name the words around it make a place once
is that place wherever else the article uses it, and a given name alone is the person the
article names in full with it. Run by :func:`.entities.collect_entities` after every name is
typed.
"""

from __future__ import annotations

from dataclasses import replace

from ..gazetteer import normalise
from .context import ReadContext

__all__ = ["given_name_parts", "one_place_per_name"]


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
