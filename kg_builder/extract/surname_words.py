"""Words made from a person's surname that name no person (read by :mod:`.entities`).

- A follower's word ('Brownite briefers', 'the Blairites', 'Thatcherism'): a one-word name
  that is the surname of a person the article has named (or one of ``rules/people.jsonl``) and
  one of ``follower_suffixes`` names the person's followers or views, no actor of its own.
- A family ('the birth of the Blairs' fourth child', 'the Kennedys'): a one-word name after one
  of ``family_dets`` that is such a surname and one of ``family_endings`` is the person's family,
  a group of people (kept only where it acts); only the surname of a person the article names,
  never one of ``party_plurals`` ('the Greens'), and not in a sports report, where 'the Browns'
  is a side, nor in an arts report, where 'the Stones' is a band (held-out diff, s38).

Reads the ``surname_words`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["SurnameWordRules", "family_name", "follower_word", "surname_word_rules"]

_POSSESSIVES = ("'s", "'", "\u2019s", "\u2019")


@dataclass(frozen=True, slots=True, kw_only=True)
class SurnameWordRules:
    """``rules/extract/surname_words.json``."""

    follower_suffixes: Words
    family_endings: Words
    family_dets: Words
    party_plurals: Words


@cache
def surname_word_rules() -> SurnameWordRules:
    return load_section("surname_words", SurnameWordRules)


def _surname(ctx: ReadContext, stem: str) -> bool:
    """Whether ``stem`` (lower case) is the surname of a person the article has named so far or
    of a known person."""
    return len(stem) > 2 and (stem in ctx.person_names or stem in ctx.gaz.surnames)


def _one_word(ent: SpacySpan) -> str | None:
    """The name's one word in lower case, without a leading article, or None."""
    words = [t for t in ent if t.lower_ not in ("the", *_POSSESSIVES)]
    if len(words) != 1 or not words[0].text[:1].isupper() or not words[0].text.isalpha():
        return None
    return words[0].lower_


def follower_word(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether the name is a word for a person's followers or views ('Brownite', 'Blairites')."""
    word = _one_word(ent)
    if word is None:
        return False
    return any(word.endswith(suffix) and _surname(ctx, normalise(word[:-len(suffix)]))
               for suffix in surname_word_rules().follower_suffixes)


def family_name(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether the name, after 'the', is a named person's family ('the Blairs')."""
    rules = surname_word_rules()
    word = _one_word(ent)
    if word is None or ctx.sport or ctx.arts or word in rules.party_plurals:
        return False  # in an arts report 'the Stones' is the band, whatever Joss Stone does
    first = ent[0] if ent[0].lower_ in rules.family_dets else (
        ctx.doc[ent.start - 1] if ent.start > 0 else None)
    if first is None or first.lower_ not in rules.family_dets:
        return False
    return any(word.endswith(ending) and len(stem := word[:-len(ending)]) > 2
               and stem in ctx.person_names for ending in rules.family_endings)
