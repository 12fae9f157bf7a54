"""A state named only as where a thing is or an act is done is no party to a talk or a request
(issue 15, wrong target: a place read as the party acted on). 'Venezuela is seeking loans in Japan
and West Germany' asks nothing of Japan; 'met to discuss the situation in Lebanon' talks with no
one in Lebanon. (A promise to do something in a state is mostly made to it: 'the two countries
signed a pact in which Japan agreed to stop selling its microchips in the United States'.)
A state (or a capital, which stands for it) that is the object of a phrase of ``scene_preps`` on
a word of what the act is on or does — a noun or another verb, never the trigger or its light
verb ('arrived in Amman', 'held talks in Moscow': a visit's destination, a meeting's venue, read
elsewhere) — is where; a visit goes where the place is ('visited slums in Nairobi'). Not a
phrase on a party or a noun of people ('asked officials in Tokyo to …', 'urged the government in
Baghdad': whose they are).
Hostile acts keep their place ('exploded bombs in Kabul' is coded against the state: emit).
Reads the ``locales`` rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["LocaleRules", "locale_rules", "only_scene"]


@dataclass(frozen=True, slots=True, kw_only=True)
class LocaleRules:
    """The ``locales`` section: see the comment in ``rules/extract/locales.json``."""

    categories: frozenset[str]
    visit_events: frozenset[str]
    scene_preps: Words
    people_nouns: Words


@cache
def locale_rules() -> LocaleRules:
    return load_section("locales", LocaleRules)


def only_scene(ctx: ReadContext, token: Token, *, trigger: Token, light: Token | None,
               event: str, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` names a state only as
    where: the object of a phrase of ``scene_preps`` whose head is neither the trigger, its light
    verb, a party nor one of ``people_nouns`` ('seeking loans in Japan', 'met to discuss the
    situation in Lebanon'; not 'asked officials in Tokyo'), unless the event is one of
    ``visit_events``: where one goes is whom one visits ('visited slums in the Kenyan capital
    Nairobi')."""
    rules = locale_rules()
    if category not in rules.categories or event in rules.visit_events:
        return False
    token = first_conjunct(token)  # "in Japan and West Germany"
    if token.dep_ != "pobj" or token.head.dep_ != "prep" or (
            token.head.lower_ not in rules.scene_preps):
        return False
    anchor = token.head.head
    if anchor.i in {h.i for h in (trigger, light) if h is not None}:
        return False  # "arrived in Amman", "talks in Moscow with X": read elsewhere
    if anchor.i in ctx.by_token or ctx.lemmas[anchor.i] in rules.people_nouns:
        return False  # "officials in Tokyo", "the Kuwaiti embassy in London": whose they are
    mid = ctx.by_token.get(token.i)
    if mid is None:
        return False
    m = ctx.mention(mid)
    return m.kind == "State" or m.how == "capital"
