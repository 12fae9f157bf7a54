"""The one an act was done to is not the one a verdict on the act is aimed at (issue 15, wrong
target: the victim or beneficiary instead of the one acted on): 'The United States condemned the
arrest of Mikhail Khodorkovsky' criticises whoever arrested him, not Khodorkovsky; 'Britain
welcomed the release of the hostages' praises whoever freed them; 'Kuznetsova's naming was
condemned by Russian tennis chief Shamil Tarpishchev' condemns whoever named her. The doer
stays ('condemned Israel's killing of Sheikh Yassin' criticises Israel). Reads the ``patients``
rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .mentions import mention_for
from .rules import Words, load_section

__all__ = ["PatientRules", "done_to", "patient_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PatientRules:
    """The ``patients`` section: see the comment in ``rules/extract/patients.json``."""

    categories: frozenset[str]
    act_nouns: Words
    patient_preps: Words
    patient_kinds: frozenset[str]


@cache
def patient_rules() -> PatientRules:
    return load_section("patients", PatientRules)


def done_to(ctx: ReadContext, token: Token, *, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` is a noun of an act
    done to someone that stands for the one it was done to: what its 'of' phrase names ('the
    arrest of Mikhail Khodorkovsky'), or, with no such phrase, its possessor of
    ``patient_kinds`` ('Kuznetsova's naming'; 'Israel's killing of …' names the doer)."""
    rules = patient_rules()
    if category not in rules.categories or token.lemma_.lower() not in rules.act_nouns:
        return False
    mid = mention_for(ctx, token)
    if mid is None:
        return False
    span = ctx.mention(mid).span
    if span.begin <= token.idx < span.end:
        return False  # the noun names a party itself
    objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ in rules.patient_preps
               for o in p.children if o.dep_ == "pobj"]
    if objects:
        return any(mention_for(ctx, o) == mid for o in objects)
    return any(c.dep_ == "poss" and mention_for(ctx, c) == mid for c in token.children) and (
        ctx.mention(mid).kind in rules.patient_kinds)
