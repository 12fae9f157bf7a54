"""Names after an honorific that the NER did not tag: "Labour's Mr Livingstone" is a person.

Read by :func:`.entities.collect_entities` (moved out of entities.py at its 600-line cap; behaviour
unchanged): a capitalised proper noun of at most four words (one hyphen inside: "Kilroy-Silk")
right after one of the mention rules' ``honorifics`` is a person's name, unless it is a title
("Lord Chancellor" is an office).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..gazetteer import normalise
from .context import ReadContext

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["honorific_names"]


def honorific_names(ctx: ReadContext, rules: MentionRules) -> None:
    """'Labour's Mr Livingstone' with no PERSON entity: a capitalised name after an honorific is
    a person all the same (the honorific is not part of the name)."""
    tokens = ctx.tokens

    def name_part(i: int) -> bool:
        t = tokens[i]
        return (t.pos_ == "PROPN" and t.is_title and i not in ctx.by_token and not t.ent_type_
                and t.lower_ not in rules.titles)  # "Lord Chancellor" is an office

    for tok, lower in zip(tokens, ctx.lowers, strict=True):
        if lower.rstrip(".") not in rules.honorifics or not (tok.is_title or tok.is_upper):
            continue  # "Mr", "Dr", "MR"; not the verb in "might miss England's trip"
        end = tok.i + 1
        while end < len(tokens) and end - tok.i <= 4 and (name_part(end) or (
                tokens[end].text == "-" and end + 1 < len(tokens) and name_part(end + 1)
                and end > tok.i + 1)):  # "Kilroy-Silk"
            end += 1
        if end == tok.i + 1:
            continue
        span = ctx.doc[tok.i + 1:end]
        ctx.add(span.start, span.end, name=span.text, how="name", kind="Person")
        ctx.person_names.update((normalise(span.text), normalise(span[-1].text)))
