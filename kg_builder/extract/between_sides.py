"""The two sides of 'between A and B, C and D' (read by constructions/mutual.py).

'Mulford said he based this prediction on progress in talks between banks and Mexico, Chile,
and Venezuela' (development sentence, reuters-9873): the banks are one side, the three states
the other; none of the three talks with another. The first two parties joined by 'and' and the
next one set off by a comma mark the split: the first party faces the rest. A list whose first
two parties a comma joins ('talks between Britain, France and Germany', 'the Plaza pact between
the U.S., Japan, West Germany, Britain and France') is one list, each party with the others; so
is a pair ('talks between France and Iran'). No words: the marks of the list decide.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["facing"]


def _joined_by_and(left: Token, right: Token) -> bool:
    """Whether the words between ``left`` and ``right`` hold a coordinating 'and' and no comma
    ('banks and Mexico', 'the U.S. and the European Community')."""
    gap = left.doc[left.i + 1:right.i]
    return any(t.dep_ == "cc" and t.lower_ == "and" for t in gap) and not any(
        t.text == "," for t in gap)


def _after_comma(left: Token, right: Token) -> bool:
    """Whether a comma stands between ``left`` and ``right`` ('Mexico, Chile')."""
    return any(t.text == "," for t in left.doc[left.i + 1:right.i])


def facing(parties: list[Token], party: Token) -> list[Token]:
    """The parties of one 'between' phrase that ``party`` deals with: the other side where the
    first two are joined by 'and' and the third follows a comma ('between banks and Mexico,
    Chile, and Venezuela': Mexico faces the banks alone), else every other party."""
    others = [p for p in parties if p is not party]
    ordered = sorted(parties, key=lambda t: t.i)
    if len(ordered) < 3 or not (_joined_by_and(ordered[0], ordered[1])
                                and _after_comma(ordered[1], ordered[2])):
        return others
    first = ordered[0]
    return others if party is first else [p for p in others if p is first]
