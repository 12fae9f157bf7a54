"""The first of a list of conjuncts: the parse hangs every later conjunct on the one before it
('France, Italy and Spain': Spain → Italy → France), and only the first holds the list's relation
to the rest of the clause ('except France and Italy': 'except' governs France alone). Readers
climb to it before reading that relation."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["first_conjunct"]


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` belongs to: it holds their relation to the clause."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
