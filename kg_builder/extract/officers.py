"""A company's officer acts in its business (issue 15, `not an event`): 'Analysts have said
they believe GAF Chairman Samuel Heyman sought Borg-Warner because of its chemicals and plastics
business' — what a person named with a post at a company (the article's ``leaderOf`` or
``employedBy`` fact of that very mention: 'GAF Chairman Samuel Heyman', 'Werner Seifert, chief
executive of Deutsche Boerse') asks of, agrees or talks with another company is his company's
business, as the company's own act would be (:func:`conventions.commerce`: an acquisition between
companies is no event). So, for the conventions, he is of his company's kind when the other
party is a company. With anyone else he stays a person: 'BP chief executive John Browne met Tony
Blair', 'Exxon's chairman urged Congress to …' are acts towards political actors. Reads the
``officers`` rule section; :func:`emit.emit` asks it for the kinds the conventions see.

The post may be stated at another mention of the same name ('Fairchild President Donald Brooks
… Brooks said the investors must be willing to …'), and the other party may be another company's
officer ('GM chairman Roger Smith met Toyota chairman Eiji Toyoda') or a
company's owners or lenders ('Reynolds urged shareholders to be patient'): business between
companies too (the shapes of development articles bbc-business-264, reuters-6719,
reuters-11492).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["OfficerRules", "business_kinds", "officer_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficerRules:
    """The ``officers`` section: see the comment in ``rules/extract/officers.json``."""

    person_kinds: frozenset[str]
    post_relations: frozenset[str]
    employer_kinds: frozenset[str]
    counterpart_kinds: frozenset[str]
    holder_words: Words


@cache
def officer_rules() -> OfficerRules:
    return load_section("officers", OfficerRules)


def business_kinds(ctx: ReadContext, agent: tuple[int, str | None],
                   target: tuple[int, str | None]) -> tuple[str | None, str | None]:
    """The kinds the conventions see for an agent and a target, each a (mention, kind): an
    officer of a company is of his company's kind where the other party is of
    ``counterpart_kinds``, is itself a company's officer or is named with one of
    ``holder_words`` (a company's owners or lenders); else each keeps its kind."""
    rules = officer_rules()
    (a, a_kind), (t, t_kind) = agent, target
    a_post, t_post = (_employer_kind(ctx, m) if k in rules.person_kinds else None
                      for m, k in (agent, target))

    def seen(own: str | None, post: str | None, other: int, other_kind: str | None,
             other_post: str | None) -> str | None:
        if post is None:
            return own
        holders = bool(set(ctx.mention(other).name.lower().split()) & rules.holder_words)
        return post if (other_kind in rules.counterpart_kinds or other_post is not None
                        or holders) else own

    return (seen(a_kind, a_post, t, t_kind, t_post), seen(t_kind, t_post, a, a_kind, a_post))


def _employer_kind(ctx: ReadContext, mid: int) -> str | None:
    """The kind of the body of ``employer_kinds`` at which the article names the person of
    mention ``mid`` with a post: in that mention, or in another named mention of the same name
    or surname ('Fairchild President Donald Brooks' … 'Brooks'); None if none."""
    rules = officer_rules()
    own = ctx.mention(mid)
    names = {mid}
    if own.how == "name" and own.name.split():
        last = own.name.split()[-1]
        names |= {m.id for m in ctx.out.mentions if m.how == "name" and m.kind in rules.person_kinds
                  and m.name.split() and m.name.split()[-1] == last
                  and (m.name == own.name or len(own.name.split()) == 1)}
    subjects = {f"m:{m}" for m in names}
    employers = [ctx.mention(int(f.object[2:])).kind for f in ctx.out.facts
                 if f.subject in subjects and f.relation in rules.post_relations
                 and f.object.startswith("m:")]
    return next((k for k in employers if k in rules.employer_kinds), None)
