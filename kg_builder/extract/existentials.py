"""What 'there is not' denies: an act named by a noun that an existential 'be' with a negation
says there is not ('There was not a meeting between Mr Blair and Mr Bush', 'Miyazawa said there
was not any contact between the U.S. and Japan', 'there has never been any contact between Iran
and the United States') did not happen — the negation hangs on 'be', not on the act's noun.
Reads the ``existentials`` rule section; :func:`.emit.emit` negates what
:func:`denied_existence` finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section
from .syntax import first_noun_conjunct

__all__ = ["ExistentialRules", "denied_existence", "existential_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ExistentialRules:
    """The ``existentials`` section: see the comment in ``rules/extract/existentials.json``."""

    existential_lemmas: Words
    expletives: Words
    noun_deps: frozenset[str]
    quantifiers: Words


@cache
def existential_rules() -> ExistentialRules:
    return load_section("existentials", ExistentialRules)


def denied_existence(trigger: Token) -> bool:
    """'There was not a meeting between Mr Blair and Mr Bush': the act's noun (or the first of
    its conjuncts) is, by one of ``noun_deps``, what a verb of ``existential_lemmas`` with an
    expletive subject of ``expletives`` and a negation ('not', 'never') says there is — not
    only less of it than one of ``quantifiers`` says ('There was not much criticism of …')."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    rules = existential_rules()
    noun = first_noun_conjunct(trigger)  # "there were no talks or contacts between …"
    verb = noun.head
    if any(c.lower_ in rules.quantifiers for c in noun.children):
        return False  # "not much criticism": some
    return noun.dep_ in rules.noun_deps and verb.lemma_.lower() in rules.existential_lemmas and (
        any(c.dep_ == "expl" and c.lower_ in rules.expletives for c in verb.children)) and (
        any(c.dep_ == "neg" for c in verb.children))
