"""Acts told on the word of someone who is no party to them (issue 15: how an event is stated).

"The Soviet Communist Party has criticised the Grain Products Ministry …, Pravda said": the
newspaper tells of an act of two others; the sentence states it on Pravda's word, reported by
Pravda, not as the narrator's fact. A speaker telling of his own act, or of what was done to him,
or of his body's or state's ("Paris Club … agreed …, the Club said", "Venezuela will lend
Ecuador oil, Venezuelan Energy Minister X said", "Mr Parton said he had been told by Margaret
Hodge …"), states it as a fact (tests/data/audit/JUDGING.md). Read after resolution, when the
reporter, the agent and the target are entities and the article's posts are known
(``self_directed.Post``: 'Board of Foreign Trade director Vincent Siew' employedBy the board),
and the actor dictionary tells a known person's state. Rules in ``rules/attribution.json``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache

from .model import Event
from .resources import read_keyed_json
from .self_directed import Post

__all__ = ["RULES_FILE", "AttributionRules", "attribution_rules", "told_by_another"]

RULES_FILE = "attribution.json"


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributionRules:
    """``rules/attribution.json``: see its ``_comment``."""

    own_relations: frozenset[str]
    state_prefix: str


@cache
def attribution_rules() -> AttributionRules:
    """The rules of ``rules/attribution.json``; a missing or unknown key names the file."""
    data = read_keyed_json(RULES_FILE, keys={"own_relations", "state_prefix"},
                           reader="kg_builder/attribution.py")
    return AttributionRules(own_relations=frozenset(data["own_relations"]),
                            state_prefix=str(data["state_prefix"]))


def told_by_another(event: Event, *, posts: Iterable[Post],
                    home_of: Callable[[str], frozenset[str]], labels: Mapping[str, str],
                    rules: AttributionRules | None = None) -> Event:
    """``event``, reported (``modality`` 'reported') when it is stated as a fact on the word of
    a reporter who is none of its parties: not its agent or target, nor named by the last words
    of a party's name (``labels``: 'the Club' of 'the Paris Club'), holding no post (a fact of
    ``own_relations``) in either nor either in it, and not a person of a state that is either
    (``home_of``: the ISO alpha-3 codes of the states the actor dictionary ties the person to).
    Otherwise unchanged (hedged acts stay hedged)."""
    rules = rules or attribution_rules()
    reporter = event.reported_by
    if reporter is None or event.modality != "asserted":
        return event
    parties = {event.agent, *((event.target,) if event.target else ())}
    if reporter in parties or any(_short_name(labels.get(reporter), labels.get(p))
                                  for p in parties):
        return event  # "The Paris Club … agreed …, the Club said"
    for post in posts:
        if post.relation not in rules.own_relations:
            continue
        if (post.holder == reporter and post.body in parties) or (
                post.body == reporter and post.holder in parties):
            return event  # "Board of Foreign Trade director Vincent Siew told reporters U.S.
            # officials told him …": his board speaks of what was done to him
    if any(f"{rules.state_prefix}{home}" in parties for home in home_of(reporter)):
        return event  # "…, Soviet Foreign Minister Eduard Shevardnadze said": his state's act
    return replace(event, modality="reported")


def _short_name(short: str | None, full: str | None) -> bool:
    """'Club' of 'Paris Club': ``short``'s words are the last words of ``full``'s, fewer."""
    if not short or not full:
        return False
    words, whole = short.casefold().split(), full.casefold().split()
    return 0 < len(words) < len(whole) and whole[-len(words):] == words
