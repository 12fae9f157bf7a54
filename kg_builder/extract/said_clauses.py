"""What a verb of saying says, and whether it announces an act (read by
:mod:`.constructions.verb_triggers`; moved out of it unchanged to keep that module small).
"""

from __future__ import annotations

from spacy.tokens import Token

from .framing import is_intent

__all__ = ["announces", "content_clauses"]


def announces(clause: Token) -> bool:
    """'police will no longer tolerate …', 'it was ready to retaliate …': the clause announces
    an act (its verb, or the infinitive of its verb or adjective, is an intent)."""
    heads = [clause, *[c for c in clause.children if c.dep_ in ("xcomp", "acomp")]]
    heads += [g for h in heads[1:] for g in h.children if g.dep_ == "xcomp"]
    return any(is_intent(h) for h in heads)


def content_clauses(verb: Token) -> list[Token]:
    """What a verb of saying says: its clause ('warned that …'), or a that-clause on the noun
    of a phrase of the verb ('warned Israel in a report that a rise in wages could undo …')."""
    return [c for c in verb.children if c.dep_ == "ccomp"] + [
        a for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
        for a in o.children if a.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
