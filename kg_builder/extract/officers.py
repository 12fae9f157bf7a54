"""A company's officer acts in its business (issue 15, `not an event`): 'Analysts have said
they believe GAF Chairman Samuel Heyman sought Borg-Warner because of its chemicals and plastics
business' — what a person named with a post at a company (the article's ``leaderOf`` or
``employedBy`` fact of that very mention: 'GAF Chairman Samuel Heyman', 'Werner Seifert, chief
executive of Deutsche Boerse') asks of, agrees or talks with another company is his company's
business, as the company's own act would be (:func:`conventions.commerce`: an acquisition between
companies is no event). So, for the conventions, he is of his company's kind when the other
party is a company. With anyone else he stays a person: 'BP chief executive John Browne met Tony
Blair', 'Exxon's chairman urged Congress to …' are acts towards political actors. So is an
investor the article describes as one ('investor Asher Edelman', 'Martin Sosnoff, a New York
investor'; wherever it names him so): what he agrees, asks or talks with a company is a bid
for it or a stake in it ('Lucky Stores Inc said it and investor Asher Edelman agreed on a
settlement that prohibits Edelman and his group from taking specified actions to obtain control
of the company', dev s40 reuters-2791, an Agreement), business; and where both parties are such
people ('Gluck had again refused … to meet with' investor Sosnoff) both are. Reads the
``officers`` rule section; :func:`emit.emit` asks it for the kinds the conventions see.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["OfficerRules", "business_kind", "business_kinds", "officer_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficerRules:
    """The ``officers`` section: see the comment in ``rules/extract/officers.json``."""

    person_kinds: frozenset[str]
    post_relations: frozenset[str]
    employer_kinds: frozenset[str]
    counterpart_kinds: frozenset[str]
    investor_nouns: Words
    investor_deps: frozenset[str]
    investor_kind: str
    name_tags: frozenset[str]


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
    return _private_kind(ctx, mid) or kind


def business_kinds(ctx: ReadContext, agent: int, target: int, *, agent_kind: str | None,
                   target_kind: str | None) -> tuple[str | None, str | None]:
    """The kinds the conventions see for the agent and the target of one act: each
    :func:`business_kind` with the other; where both are people acting for a company or as
    investors ('Caesars' chairman Henry Gluck' and 'investor Martin Sosnoff'), both those
    kinds."""
    rules = officer_rules()
    if agent_kind in rules.person_kinds and target_kind in rules.person_kinds:
        agent_private, target_private = _private_kind(ctx, agent), _private_kind(ctx, target)
        if agent_private is not None and target_private is not None:
            return agent_private, target_private
    return (business_kind(ctx, agent, agent_kind, other=target_kind),
            business_kind(ctx, target, target_kind, other=agent_kind))


def _private_kind(ctx: ReadContext, mid: int) -> str | None:
    """The kind of the first party of ``employer_kinds`` at which the mention ``mid`` is named
    with a post (a fact of ``post_relations`` of that very mention), else ``investor_kind``
    for a name the article describes with one of ``investor_nouns``, else None."""
    rules = officer_rules()
    subject = f"m:{mid}"
    employers = [ctx.mention(int(f.object[2:])).kind for f in ctx.out.facts
                 if f.subject == subject and f.relation in rules.post_relations
                 and f.object.startswith("m:")]
    employer = next((k for k in employers if k in rules.employer_kinds), None)
    if employer is None and ctx.mention(mid).how == "name" and (
            ctx.mention(mid).name.split()[-1] in _investor_names(ctx)):
        return rules.investor_kind
    return employer


def _investor_names(ctx: ReadContext) -> frozenset[str]:
    """The words of names that one of ``investor_nouns`` describes, joined to the name by one
    of ``investor_deps`` ('investor Asher Edelman': 'Edelman'; 'Martin Sosnoff, a New York
    investor': 'Sosnoff')."""
    rules = officer_rules()
    return frozenset(t.head.text for t in ctx.doc if ctx.lemmas[t.i] in rules.investor_nouns
                     and t.dep_ in rules.investor_deps and t.head.tag_ in rules.name_tags)
