"""An act only allowed by a permission not itself given is not done (issue 15, stated as done
when only allowed): 'Congress agreed to allow President Reagan to retaliate against Japan',
'The Senate approved a bill allowing Reagan to retaliate' tell of a permission agreed to or
written into a bill, not of the retaliation. A permission stated as given may tell of the act
done and stays as before ('The plan allowed Russia to cut supplies to Ukraine'). Reads the
``permitted`` rule section; :func:`emit.emit` hedges such acts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["PermittedRules", "only_permitted", "permitted_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PermittedRules:
    """The ``permitted`` section: see the comment in ``rules/extract/permitted.json``."""

    permit_verbs: Words
    clause_deps: frozenset[str]
    unstated_tags: frozenset[str]


@cache
def permitted_rules() -> PermittedRules:
    return load_section("permitted", PermittedRules)


def only_permitted(governor: Token) -> bool:
    """Whether the act at ``governor`` is a clause (of ``clause_deps``) of one of
    ``permit_verbs`` whose own form (one of ``unstated_tags``: a bare infinitive, a participle
    on a noun) states no permission given ('agreed to allow X to …', 'a bill allowing X to …')."""
    rules = permitted_rules()
    verb = governor.head
    if governor.dep_ not in rules.clause_deps or verb.i == governor.i:
        return False
    if verb.lemma_.lower() not in rules.permit_verbs or verb.tag_ not in rules.unstated_tags:
        return False
    return verb.tag_ != "VBG" or verb.dep_ == "acl"  # "a bill allowing …", not "is allowing"
