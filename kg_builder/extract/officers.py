"""A company's officer acts in its business (issue 15, `not an event`): 'Analysts have said
they believe GAF Chairman Samuel Heyman sought Borg-Warner because of its chemicals and plastics
business' — what a person named with a post at a company (the article's ``leaderOf`` or
``employedBy`` fact of that very mention: 'GAF Chairman Samuel Heyman', 'Werner Seifert, chief
executive of Deutsche Boerse') asks of, agrees or talks with another company is his company's
business, as the company's own act would be (:func:`conventions.commerce`: an acquisition between
companies is no event). So, for the conventions, he is of his company's kind when the other
party is a company. With anyone else he stays a person: 'BP chief executive John Browne met Tony
Blair', 'Exxon's chairman urged Congress to …' are acts towards political actors. Reads the
``officers`` rule section; :func:`emit.emit` asks it for the kind the conventions see.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .context import ReadContext
from .rules import load_section

__all__ = ["OfficerRules", "business_kind", "officer_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficerRules:
    """The ``officers`` section: see the comment in ``rules/extract/officers.json``."""

    person_kinds: frozenset[str]
    post_relations: frozenset[str]
    employer_kinds: frozenset[str]
    counterpart_kinds: frozenset[str]


@cache
def officer_rules() -> OfficerRules:
    return load_section("officers", OfficerRules)


def business_kind(ctx: ReadContext, mid: int, kind: str | None, *,
                  other: str | None) -> str | None:
    """The kind the conventions see for the mention ``mid`` of ``kind`` acting with a party of
    kind ``other``: its company's kind when it is a person the article names, in this mention,
    with a post at one of ``employer_kinds`` and the other party is of ``counterpart_kinds``;
    else ``kind`` itself."""
    rules = officer_rules()
    if kind not in rules.person_kinds or other not in rules.counterpart_kinds:
        return kind
    subject = f"m:{mid}"
    employers = [ctx.mention(int(f.object[2:])).kind for f in ctx.out.facts
                 if f.subject == subject and f.relation in rules.post_relations
                 and f.object.startswith("m:")]
    return next((k for k in employers if k in rules.employer_kinds), kind)
