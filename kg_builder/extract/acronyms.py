"""Acronyms the article spells out where the in-text reading (:func:`.bodies.expansion_of`, run
name by name in text order) does not reach: an acronym is the one body of the article whose name
spells it, wherever the article names it.

- Spelled by the first letters of the words of the name, or by each word's first letter and
  more of its letters in order (at most ``max_letters`` of a word), the small words of
  ``skip_words`` giving their first letter or none: 'International Cocoa Organization' is the
  ICCO, 'Economic Community of West African States' ECOWAS; an acronym of fewer than
  ``min_letters`` letters only by initials. A company's name is read without its legal forms
  too ('General Motors Corp' is GM).
- Named before or after it: wire copy uses an acronym first and spells it out further down
  ('the 15 ITC creditor banks … the International Tin Council's, ITC, buffer stock manager').
- An acronym the gazetteers know as an organisation (or as a company) is theirs, unless the
  body the article spells it with is of another kind and the article never names theirs: 'the
  Interstate Commerce Commission … a filing with the ICC' is the commission, not the
  International Criminal Court; 'the European Commission … EC ministers' stays the European
  Community (both bodies of states).
- Never a name that holds the acronym as a word: 'EMI Music' is a unit of EMI.

A name the gazetteers know as a state, a region or a person is no acronym here ('US', 'UK').
Every mention of the acronym takes the body's name and kind, so the resolver joins them. Reads
the ``acronyms`` rule section; run by :func:`.short_names.short_names` before it joins short
names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..model import ORG_KINDS, Mention
from .bodies import initials
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["AcronymRules", "acronym_rules", "late_acronyms", "spelled"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AcronymRules:
    """``rules/extract/acronyms.json``."""

    skip_words: Words
    max_letters: float
    min_letters: float
    min_chars: float
    max_chars: float
    company_kind: str


@cache
def acronym_rules() -> AcronymRules:
    return load_section("acronyms", AcronymRules)


def late_acronyms(ctx: ReadContext, *, legal_forms: frozenset[str]) -> None:
    """Give every mention of an acronym the name and kind of the one body of the article whose
    name spells it (see the module's docstring)."""
    rules = acronym_rules()
    mentions = ctx.out.mentions
    bodies = [m for m in mentions
              if m.how == "name" and m.kind in ORG_KINDS and " " in m.name and not m.name.isupper()]
    if not bodies:
        return
    found: dict[str, Mention | None] = {}
    for m in list(mentions):
        text = m.name
        if not (m.how == "name" and _acronym_shape(text, rules)):
            continue
        if text not in found:
            found[text] = _spelled_body(ctx, text, bodies, rules, legal_forms=legal_forms)
        body = found[text]
        if body is not None:
            mentions[m.id] = replace(m, name=body.name, kind=body.kind, hint=body.hint)


def _acronym_shape(text: str, rules: AcronymRules) -> bool:
    return (rules.min_chars <= len(text) <= rules.max_chars and text.isalpha()
            and text.isupper())


def _spelled_body(ctx: ReadContext, text: str, bodies: list[Mention], rules: AcronymRules, *,
                  legal_forms: frozenset[str]) -> Mention | None:
    """The one body of the article whose name spells ``text``, unless the gazetteers know the
    letters as a state, a region, a person, or as an organisation of the same kind or one the
    article names."""
    gaz = ctx.gaz
    if gaz.state(text) is not None or gaz.region(text) is not None or gaz.person(text) is not None:
        return None
    named = {b.name: b for b in bodies
             if spelled(text, b.name, rules.skip_words, max_letters=int(rules.max_letters),
                        min_letters=int(rules.min_letters))
             or (b.kind == rules.company_kind
                 and (bare := _without_forms(b.name, legal_forms)) != b.name
                 and initials(bare, rules.skip_words) == text)}
    if len(named) != 1:
        return None  # none, or two bodies with these letters: no telling which
    body = next(iter(named.values()))
    known = gaz.org(text)
    if known is not None and (known.kind == body.kind or any(
            b.name == known.name for b in bodies)):
        return None  # "EC" beside "the European Commission": the European Community
    company = gaz.company(text, label="ORG")
    if company is not None and body.kind == rules.company_kind:
        return None  # a company the gazetteer knows by these letters: theirs
    return body


def _without_forms(name: str, legal_forms: frozenset[str]) -> str:
    words = name.split()
    while len(words) > 1 and words[-1] in legal_forms:
        words.pop()
    return " ".join(words)


def spelled(letters: str, name: str, skip: frozenset[str], *, max_letters: int,
            min_letters: int) -> bool:
    """Whether an acronym's ``letters`` spell ``name``: its words' initials (the words of
    ``skip`` passed over: :func:`.bodies.initials`), or, for ``min_letters`` letters or more,
    each word's first letter and more of its letters in order, at most ``max_letters`` of a
    word, the words of ``skip`` giving their first letter or none ('ICCO': International COCoa
    Organization); never a name that holds the acronym as a word ('EMI' and 'EMI Music')."""
    if letters in re.findall(r"[^\W_]+", name):
        return False  # "EMI" beside "EMI Music": the name holds the acronym, a unit of its body;
        # "British National Party(BNP": a label glued to its acronym is no spelling of it
    if initials(name, skip) == letters:
        return True
    if len(letters) < min_letters:
        return False
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words or any("." in w.strip(".") for w in words):
        return False  # "U.S. Department of Agriculture": initials only
    return _spells(letters.lower(), [w.lower() for w in words], skip, max_letters)


def _spells(letters: str, words: list[str], skip: frozenset[str], most: int) -> bool:
    """Whether ``letters`` are, in order, each word's first letter and at most ``most`` - 1
    more of its letters after it (none from a word of ``skip``, which may give nothing)."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in skip and _spells(letters, rest, skip, most):
        return True
    if not letters or letters[0] != word[0]:
        return False
    return any(_spells(letters[taken:], rest, skip, most)
               for taken in _takes(letters, word, 1 if word in skip else most))


def _takes(letters: str, word: str, most: int) -> list[int]:
    """How many of ``letters`` (from the first, which is the word's first letter) the word can
    give: its first letter, then letters of the rest of the word in order, at most ``most``."""
    counts, at = [1], 1
    for size in range(2, min(most, len(letters)) + 1):
        at = word.find(letters[size - 1], at)
        if at < 0:
            break
        counts.append(size)
        at += 1
    return counts
