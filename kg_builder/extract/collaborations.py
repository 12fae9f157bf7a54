"""Show business between entertainers (issue 15, `not an event`; helper brief s41 business): in
an arts report (:func:`.leisure.arts_article`), a meeting or a collaboration between people none
of whom the actor dictionary knows is their work or their lives, no political event — 'Carpenter
and Hill collaborated on a number of Halloween sequels', 'West collaborated with rapper Twista
and Ray actor Jamie Foxx', 'he has met with Stiller and Jackson and they enjoyed the scripts',
'The band formed in 1994 when Lightbody and McClelland met as students'. Reads the
``collaborations`` rule section (for :func:`.conventions.leisure`).

Both parties must be people named by their names or by pronouns (``party_kinds``,
``party_hows``); a pronoun (``unnamed_hows``) is looked up nowhere ('he' is a surname of the
dictionary), a party the actor dictionary (``rules/people.jsonl``) knows by the name as
written, or by the surname alone or after an honorific ('Blair', 'Mr Brown'), is a political
actor and the event stays ('Bono met Tony Blair', 'Geldof met Mr Brown'), and so does one
named by an office or a description ('met the prime minister'), and any event with a state, a
public body or an organisation (those are not people). Praise, criticism, lawsuits and violence
between entertainers are not of ``events`` and stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..gazetteer import gazetteer, normalise
from .rules import Words, load_section

__all__ = ["CollaborationRules", "collaboration", "collaboration_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CollaborationRules:
    """The ``collaborations`` section: see the comment in
    ``rules/extract/collaborations.json``."""

    events: frozenset[str]
    party_kinds: frozenset[str]
    party_hows: frozenset[str]
    unnamed_hows: frozenset[str]
    honorifics: Words


@cache
def collaboration_rules() -> CollaborationRules:
    return load_section("collaborations", CollaborationRules)


def collaboration(*, arts: bool, event: str, parties: tuple[tuple[str | None, str, str], ...]
                  ) -> bool:
    """Whether ``event`` between ``parties`` — each (kind, how it is named, name as written,
    lower-cased) — is show business: an arts report's meeting or collaboration between people
    named by name or pronoun, none of whom the actor dictionary knows."""
    rules = collaboration_rules()
    return arts and event in rules.events and all(
        kind in rules.party_kinds and how in rules.party_hows
        and (how in rules.unnamed_hows or not _political(rules, name))
        for kind, how, name in parties)


def _political(rules: CollaborationRules, name: str) -> bool:
    """'tony blair', 'blair', 'mr brown': a person of the actor dictionary, by the whole name or
    by a dictionary surname alone or after an honorific."""
    gaz = gazetteer()
    key = normalise(name)
    if key in gaz.people or key in gaz.ambiguous_people:
        return True
    words = key.split()
    bare = len(words) == 1 or (len(words) == 2 and words[0].rstrip(".") in rules.honorifics)
    return bare and words[-1] in gaz.surnames
