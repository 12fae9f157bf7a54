"""Who is asked when the one asked is described by a relative clause: 'Strathclyde Police asked
anyone who spots Ferguson to contact Sergeant Keith McDonald'. The parser hangs the infinitive
on the relative clause's verb ('spots … to contact'), which would make Ferguson the one who
contacts, and the contact a stated act. The infinitive is what the verb of asking asks of the
noun the clause describes: :func:`asked_past_relative` gives that noun (read by
:func:`.syntax.subjects`), and :func:`.emit.emit` hedges the act, asked for, not done.
Reads the ``addressees`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["AddresseeRules", "addressee_rules", "asked_past_relative"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AddresseeRules:
    """The ``addressees`` section: see the comment in ``rules/extract/addressees.json``."""

    asking_verbs: Words
    object_deps: frozenset[str]
    infinitive_verbs: Words


@cache
def addressee_rules() -> AddresseeRules:
    return load_section("addressees", AddresseeRules)


def asked_past_relative(verb: Token) -> Token | None:
    """The noun asked to do ``verb``, when ``verb`` is an infinitive the parser hung on a
    relative clause of the object (one of ``object_deps``) of one of ``asking_verbs`` that has
    no infinitive of its own ('asked anyone who spots Ferguson to contact …'), and the clause's
    verb is none of ``infinitive_verbs``, which take one ('asked the man who wanted to leave');
    else None."""
    rules = addressee_rules()
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "relcl" or clause.lemma_.lower() in rules.infinitive_verbs:
        return None
    noun = clause.head
    asker = noun.head
    if noun.dep_ not in rules.object_deps or asker.i == noun.i or (
            asker.lemma_.lower() not in rules.asking_verbs) or any(
            c.dep_ == "xcomp" for c in asker.children):
        return None
    return noun
