"""The state a body of government is of when a leader's name describes it: 'the Reagan
administration', 'the Thatcher government', 'the Kohl cabinet', 'Mr Nakasone's government' are
the United States, Britain, West Germany, Japan — not the state the article mentions most.

The leader is a person of the actor dictionary (``rules/people.jsonl``) who held one of the
``leader_titles`` of his state: by the whole name the text gives, else by the surname, when
every leader of the dictionary with that surname led the same state ('the Bush administration').
Reads the ``leaders`` rule section (read by mentions.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..gazetteer import Gazetteer, KnownPerson, normalise
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["LeaderRules", "described_before", "leader_state"]


@dataclass(frozen=True, slots=True, kw_only=True)
class LeaderRules:
    """``rules/extract/leaders.json``."""

    body_nouns: Words
    leader_titles: Words
    name_deps: frozenset[str]


@cache
def leader_rules() -> LeaderRules:
    return load_section("leaders", LeaderRules)


_SURNAMES: dict[int, dict[str, frozenset[str]]] = {}


def leader_state(ctx: ReadContext, token: Token) -> str | None:
    """ISO alpha-3 of the state whose leader's name describes the body noun ``token`` ('the
    Reagan administration': USA), or None."""
    rules = leader_rules()
    if ctx.lemmas[token.i] not in rules.body_nouns:
        return None
    for child in token.children:
        if child.dep_ not in rules.name_deps or child.i > token.i or child.i not in ctx.by_token:
            continue
        named = ctx.mention(ctx.by_token[child.i])
        if named.kind != "Person" or named.how != "name":
            continue
        states = _states_led(ctx.gaz, named.name)
        if len(states) == 1:
            return next(iter(states))
    return None


def described_before(ctx: ReadContext, token: Token, *,
                     described: Callable[[Token], str | None]) -> str | None:
    """ISO alpha-3 of the state of the nearest earlier word of the same body as the bare definite
    ``token`` ('the administration') that ``described`` finds a state for ('the U.S.
    administration', 'the Reagan administration'): what the bare one refers back to, whether or
    not the earlier one took part in an event."""
    lemma = ctx.lemmas[token.i]
    for i in range(token.i - 1, -1, -1):
        if ctx.lemmas[i] == lemma and ctx.pos[i] == "NOUN":
            found = described(ctx.doc[i])
            if found is not None:
                return found
    return None


def _states_led(gaz: Gazetteer, name: str) -> frozenset[str]:
    """The states the dictionary's leaders called ``name`` led: by the whole name, else by the
    last word as a surname."""
    known = gaz.person(name)
    if known is not None:
        return frozenset({known.country}) if _led(known) and known.country else frozenset()
    words = normalise(name).split()
    return _surname_index(gaz).get(words[-1], frozenset()) if words else frozenset()


def _led(person: KnownPerson) -> bool:
    titles = leader_rules().leader_titles
    return any(t.lower() in titles for t in person.titles)


def _surname_index(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Surname → the states the dictionary's leaders of that surname led (built once per
    gazetteer)."""
    index = _SURNAMES.get(id(gaz))
    if index is None:
        found: dict[str, set[str]] = {}
        for person in gaz.people.values():
            if person.country and _led(person):
                found.setdefault(normalise(person.name).split()[-1], set()).add(person.country)
        index = _SURNAMES[id(gaz)] = {k: frozenset(v) for k, v in found.items()}
    return index
