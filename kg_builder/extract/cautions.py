"""What a warning says where the parser broke it up (reads the ``cautions`` rule section).

A warning threatens only when it announces an act of the warner's side ('warned the EC it would
face serious retaliation'); one of what may happen, or of what the one warned should do, is a
forecast or advice (``constructions/verb_triggers.py``). Two parses hide what it says:

- :func:`split_clauses` — 'warned Tokyo its promised economic package must be significant',
  'called Miyazawa to warn him next week's talks would not be a success': with no 'that', the
  parser takes the subject of what is said for a second object of the verb and hangs the
  clause's verb elsewhere; the subject and that verb are the clause.
- :func:`warned_against` — 'warned the U.S. Congress in his weekly radio address against
  passing protectionist legislation': the act warned against, hung on the noun of a phrase of
  the verb, is advice as much as when it hangs on the verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["CautionRules", "caution_rules", "split_clauses", "warned_against"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CautionRules:
    """The ``cautions`` section: see the comment in ``rules/extract/cautions.json``."""

    warning_verbs: Words
    object_deps: Words
    clause_deps: Words
    subject_deps: Words
    clause_pos: frozenset[str]
    phrase_deps: Words
    object_of_phrase_deps: Words
    against_preps: Words
    act_deps: Words


@cache
def caution_rules() -> CautionRules:
    return load_section("cautions", CautionRules)


def split_clauses(ctx: ReadContext, verb: Token) -> list[tuple[Token, Token]]:
    """(subject, verb) of the clause a warning says when the parser took its subject for a
    second object of ``verb`` (one of ``warning_verbs``): the second of its objects (of
    ``object_deps``) and the first verb after that object's phrase, of ``clause_pos``, of
    ``clause_deps`` and with no subject (of ``subject_deps``) of its own."""
    rules = caution_rules()
    if ctx.lemmas[verb.i] not in rules.warning_verbs:
        return []
    objects = [c for c in verb.children if c.dep_ in rules.object_deps]
    if len(objects) < 2:
        return []
    subject = objects[-1]
    end = max(t.i for t in subject.subtree)
    for token in verb.doc[end + 1:verb.sent.end]:
        if ctx.pos[token.i] in rules.clause_pos and token.dep_ in rules.clause_deps and not any(
                c.dep_ in rules.subject_deps for c in token.children):
            return [(subject, token)]
    return []


def warned_against(ctx: ReadContext, verb: Token) -> bool:
    """Whether an act (a phrase of ``against_preps`` with a child of ``act_deps``: 'against
    passing …') hangs on the object (of ``object_of_phrase_deps``) of a phrase (of
    ``phrase_deps``) of ``verb``, one of ``warning_verbs``."""
    rules = caution_rules()
    if ctx.lemmas[verb.i] not in rules.warning_verbs:
        return False
    return any(a.dep_ in rules.phrase_deps and a.lower_ in rules.against_preps
               and any(g.dep_ in rules.act_deps for g in a.children)
               for p in verb.children if p.dep_ in rules.phrase_deps
               for o in p.children if o.dep_ in rules.object_of_phrase_deps
               for a in o.children)
