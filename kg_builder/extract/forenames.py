"""A person's name the NER cut from its given name: the given name before a surname it tagged
alone ('Shane' + 'Williams', 'DJ Trevor' + 'Nelson'), or the surname after a given name it
tagged alone ('coach Mike' + 'Friday', with 'Friday' taken for a day). The whole is the
person's name, so that a surname alone is not read as (and joined to) another person of that
surname the article names ('Martyn Williams' beside 'Shane Williams'). Reads the ``forenames``
rule section (``rules/extract/forenames.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["ForenameRules", "forename_rules", "with_forename"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ForenameRules:
    """The ``forenames`` section: see the comment in ``rules/extract/forenames.json``."""

    given_names: frozenset[str]
    name_labels: frozenset[str]
    surname_labels: frozenset[str]
    not_surnames: Words


@cache
def forename_rules() -> ForenameRules:
    return load_section("forenames", ForenameRules)


def with_forename(ctx: ReadContext, start: int, end: int, label: str) -> tuple[int, int]:
    """The tokens ``[start, end)`` of a name tagged ``label``, with the given name before it or
    the surname after it that the NER left out of a person's name; else unchanged."""
    rules = forename_rules()
    if label not in rules.name_labels or start >= end:
        return start, end
    tokens = ctx.tokens
    if (start > 0 and _given_name(tokens[start - 1], rules) and start - 1 not in ctx.by_token
            and all(_word(t) for t in tokens[start:end])):
        return start - 1, end  # "Shane" + "Williams"
    if (end - start == 1 and end < len(tokens) and _given_name(tokens[start], rules, tagged=True)
            and _surname(ctx, tokens[end], rules)):
        return start, end + 1  # "Mike" + "Friday"
    return start, end


def _word(token: Token) -> bool:
    """A capitalised word of letters (a hyphen or an apostrophe inside: 'Kilroy-Silk', "O'Gara")."""
    text = token.text
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


def _given_name(token: Token, rules: ForenameRules, *, tagged: bool = False) -> bool:
    """One of given_names, written before the next word with one space on the same line, and
    outside any name the NER tagged unless ``tagged`` (the given name the NER tagged alone)."""
    return (token.text in rules.given_names and token.whitespace_ == " "
            and (tagged or token.ent_iob_ == "O"))


def _surname(ctx: ReadContext, token: Token, rules: ForenameRules) -> bool:
    """A capitalised proper noun after a given name: in no name the NER tagged, or alone in one
    of surname_labels ('Friday' taken for a day), and none of not_surnames (titles, honorifics,
    words of places' and organisations' names)."""
    if token.pos_ != "PROPN" or not _word(token) or token.i in ctx.by_token:
        return False
    if token.lower_ in rules.not_surnames:
        return False
    if token.ent_iob_ == "O":
        return True
    doc = token.doc
    return (token.ent_iob_ == "B" and token.ent_type_ in rules.surname_labels
            and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"))
