"""Public bodies a business report's default took for companies: in a business report a name
tagged as an organisation that nothing else types is a company (:func:`.entities.classify`), so a
regulator the article names several times is a company wherever the words around it say nothing
('BaFin has referred …', 'Reuters reported BaFin as saying') and a government body only where
they do ("Germany's financial watchdog BaFin told …"). One name, one kind: where one mention of
a name is typed a public body (one of ``body_kinds``) and others ``company_kind``, the name is
the public body everywhere in the article — unless its words say it is a company's (a legal
form or a company's suffix: 'Federal Home Loan Bank', 'Synthetic Fuels Corp') or the gazetteers
know it as a company. Reads the ``public_bodies`` rule section; run by
:func:`.entities.collect_entities` before :func:`.names.one_kind_per_name`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from ..gazetteer import normalise
from .context import ReadContext
from .rules import load_section

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["PublicBodyRules", "public_bodies", "public_body_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PublicBodyRules:
    """``rules/extract/public_bodies.json``."""

    body_kinds: frozenset[str]
    company_kind: str


@cache
def public_body_rules() -> PublicBodyRules:
    return load_section("public_bodies", PublicBodyRules)


def public_bodies(ctx: ReadContext, rules: MentionRules) -> None:
    """Type a public body every company's mention of a name another mention of which is one
    (the kind of that mention; of several, the most frequent), where the name's words and the
    gazetteers do not make it a company."""
    if not ctx.business:
        return  # the default that types a name a company on no evidence is a business report's
    own = public_body_rules()
    mentions = ctx.out.mentions
    named = [m for m in mentions if m.how == "name"]
    bodies: dict[str, Counter[str]] = {}
    for m in named:
        if m.kind in own.body_kinds:
            bodies.setdefault(normalise(m.name), Counter())[m.kind] += 1
    if not bodies:
        return
    ends = rules.legal_forms | rules.company_suffixes
    for m in named:
        key = normalise(m.name)
        if m.kind != own.company_kind or key not in bodies:
            continue
        if any(w.strip(",.") in ends for w in m.name.split()) or (
                ctx.gaz.company(m.name, label="ORG") is not None):
            continue  # "Federal Home Loan Bank": the words say a company; "Nokia"
        mentions[m.id] = replace(m, kind=bodies[key].most_common(1)[0][0])
