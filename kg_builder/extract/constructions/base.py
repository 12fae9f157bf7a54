"""What every construction is: a named reader that looks at one token at a time."""

from __future__ import annotations

from typing import ClassVar, Protocol

from spacy.tokens import Token

from ..context import ReadContext
from ..rules import Lexicon, Trigger
from ..syntax import objects_of

__all__ = ["Construction", "verb_triggers"]


class Construction(Protocol):
    """A way events are stated, read where it occurs.

    ``lemmas`` says at which words it can find anything (from its rule section: the finding is
    data); ``read`` looks at such a ``token`` (cheap tests on ``ctx.lemmas`` / ``ctx.pos`` first),
    adds what it finds through :func:`..emit.emit`, and returns
    True to *claim* the token: the constructions after it in the same pass then skip it
    ("refused to meet X" is a rejection, not a meeting). A construction reads only its own rule
    section (``rules/extract/<name>.json``), loaded when it is made.

    A construction that reads any lemma (``lemmas`` returns None) may declare the parts of
    speech it can find anything at, as a class attribute ``parts_of_speech`` (a frozenset of
    ``Token.pos_`` values): it is then not called at a token of another part of speech whose
    lemma no construction names. ``read`` must find nothing at those tokens anyway.
    """

    name: ClassVar[str]

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        """The lemmas ``read`` can find anything at (None: any): the reader calls it only there."""
        ...

    def read(self, ctx: ReadContext, token: Token) -> bool: ...


def verb_triggers(ctx: ReadContext, verb: Token) -> list[Trigger]:
    """The verb's triggers that apply here: those bound to objects it has ('lifted the curfew'),
    else the unbound ones."""
    triggers = ctx.lexicon.verbs.get(ctx.lemmas[verb.i], ())
    matched = [t for t in triggers
               if t.objects and objects_of(verb, t.objects, modifiers=t.modifiers)]
    return matched or [t for t in triggers if not t.objects]
