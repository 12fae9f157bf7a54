"""Where an act happens, and amid what, is not whom it is aimed at (issue 15, wrong target: a
place or a bystander): 'Dockers struck at the terminal in Gdynia' protests against no town,
whatever the NER took the town for ('Students demonstrated in Kwangju', tagged an
organisation); 'asked for a meeting of oil ministers to be called, with Austria hosting the
talks' asks nothing of Austria — a 'with' phrase whose object is a clause of its own says in
what circumstance the act happens.
Reads the ``settings`` rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .context import ReadContext
from .mentions import mention_for, names_itself
from .rules import Words, load_section

__all__ = ["SettingRules", "amid", "only_where", "setting_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SettingRules:
    """The ``settings`` section: see the comment in ``rules/extract/settings.json``."""

    categories: frozenset[str]
    setting_preps: Words
    act_deps: frozenset[str]
    absolute_preps: Words
    participle_ending: str
    role_preps: Words
    role_nouns: Words


@cache
def setting_rules() -> SettingRules:
    return load_section("settings", SettingRules)


def only_where(ctx: ReadContext, token: Token, *, trigger: Token, light: Token | None,
               category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` is named only as
    where the act happens: the object of a phrase of ``setting_preps`` on the trigger, its
    light verb or what they act on (``act_deps``), or on a noun inside such a phrase ('struck
    at the terminal in Gdynia'), that names a party itself ('Students demonstrated in
    Kwangju', a town the NER took for an organisation; 'protested in the Commons') — not
    through what it says ('demonstrated in protest at X', 'in support of X'). A state and a
    capital, which stands for it, stay: ``emit`` codes a protest in a state against its
    government ('Students protested in Seoul')."""
    rules = setting_rules()
    if category not in rules.categories:
        return False
    token = first_conjunct(token)
    acts = {h.i for h in (trigger, light) if h is not None}
    acts |= {c.i for h in (trigger, light) if h is not None for c in h.children
             if c.dep_ in rules.act_deps}
    node = token
    while True:
        if node.dep_ != "pobj" or node.head.lower_ not in rules.setting_preps:
            return False
        anchor = node.head.head
        if anchor.i in acts:
            break
        node = anchor
    mid = mention_for(ctx, token)
    if mid is None or not names_itself(ctx, token):
        return False
    m = ctx.mention(mid)
    return m.kind != "State" and m.how != "capital"


def amid(token: Token, *, trigger: Token) -> bool:
    """Whether the target ``token`` is (inside) the subject of a clause that is the object of a
    phrase of ``absolute_preps`` ('with Austria hosting the talks', 'without Britain taking
    part'), one that does not hold the trigger: a circumstance of the act, no party to it. The
    parser often reads such a participle as a name its subject modifies ('with Austria hosting'
    as one noun phrase): a name before a word with ``participle_ending`` is its subject too."""
    rules = setting_rules()
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in rules.absolute_preps and (
            token.lower_.endswith(rules.participle_ending)) and any(
            c.dep_ == "compound" and c.i < token.i for c in token.children):
        return not token.is_ancestor(trigger)  # "with Austria hosting": its mention, Austria
    if _in_role(token, rules):
        return True  # "with Austria as host"
    node = token
    while node.head.i != node.i:
        clause = node.head
        if clause.dep_ in ("pcomp", "pobj") and clause.head.lower_ in rules.absolute_preps and (
                (node.dep_ in ("nsubj", "nsubjpass") and clause.pos_ in ("VERB", "AUX"))
                or (node.dep_ == "compound" and node.i < clause.i
                    and clause.lower_.endswith(rules.participle_ending))):
            return not (clause.i == trigger.i or clause.is_ancestor(trigger))
        node = clause
    return False


def _in_role(token: Token, rules: SettingRules) -> bool:
    """'with Austria as host': the object of a phrase of ``absolute_preps`` right before a
    phrase of ``role_preps`` on the same head whose object is one of ``role_nouns``, the role
    it has (not 'agreed with Japan as a first step')."""
    if token.dep_ != "pobj" or token.head.lower_ not in rules.absolute_preps:
        return False
    after = token.right_edge.i + 1
    return any(p.dep_ == "prep" and p.i == after and p.lower_ in rules.role_preps and any(
        o.dep_ == "pobj" and o.lemma_.lower() in rules.role_nouns for o in p.children)
        for p in token.head.head.children)
