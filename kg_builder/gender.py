"""A person's sex as the article tells it, so 'he' and 'she' find an antecedent of their own sex.

The evidence is the article's own words: an honorific or a title of one sex written right before
a name ('Mrs Thatcher', 'Lord Dubs', 'Actress Sandra Bullock'; ``rules/gender_words.tsv``), such a
title among the person's positions ('Queen'), and a first name of one sex ('Margaret Thatcher',
'Helmut Kohl'; ``rules/given_name_genders.tsv``). A person without evidence, or with evidence of
both sexes, has no known sex and fits either pronoun: a right antecedent is never dropped for lack
of evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .model import Entity, Mention
from .resources import read_lines

__all__ = ["given_name_sex", "is_generic", "person_sexes", "pronoun_sex", "title_sex"]

_STRIP = ".,;:'\"‘’“”()"


@cache
def _gender_words() -> dict[str, dict[str, str]]:
    """kind ('pronoun', 'title') → word → sex: 'he' → 'm', 'mrs' → 'f' (``rules/gender_words.tsv``)."""
    out: dict[str, dict[str, str]] = {"pronoun": {}, "title": {}}
    for line in read_lines("gender_words.tsv"):
        word, sex, kind = line.split("\t")
        out[kind][word] = sex
    return out


@cache
def _given_names() -> dict[str, str]:
    """'Margaret' → 'f', 'Helmut' → 'm' … (``rules/given_name_genders.tsv``)."""
    return dict(line.split("\t") for line in read_lines("given_name_genders.tsv"))


def pronoun_sex(word: str) -> str | None:
    """'m' for 'he', 'him', 'his', 'himself'; 'f' for 'she', 'her' …; else None."""
    return _gender_words()["pronoun"].get(word.lower())


def title_sex(word: str) -> str | None:
    """'m' for 'mr', 'Lord'; 'f' for 'Ms', 'baroness' … (an honorific or title, without a
    final period); else None."""
    return _gender_words()["title"].get(word.lower())


def given_name_sex(name: str) -> str | None:
    """'f' for 'Margaret', 'm' for 'Tony' … (``rules/given_name_genders.tsv``); else None."""
    return _given_names().get(name)


def is_generic(begin: int, end: int, text: str) -> bool:
    """Whether the pronoun at ``text[begin:end]`` stands beside one of the other sex, joined by
    '/' or 'or' ('she/he', 'him/her', 'he or she'): anyone, no one in particular."""
    own = pronoun_sex(text[begin:end])
    if own is None:
        return False
    after = text[end:end + 12].replace("/", " / ").split()
    before = text[max(0, begin - 12):begin].replace("/", " / ").split()
    pairs = [after[:2], before[-2:][::-1]]
    return any(len(pair) == 2 and pair[0] in ("/", "or")
               and pronoun_sex(pair[1].strip(_STRIP)) not in (None, own) for pair in pairs)


def _word_before(text: str, begin: int) -> str:
    words = text[max(0, begin - 40):begin].split()
    return words[-1].strip(_STRIP).lower() if words else ""


def _clues(m: Mention, entity: Entity, text: str) -> Iterable[str]:
    words = _gender_words()["title"]
    names = _given_names()
    # 'Mrs Thatcher' (the honorific before the name, or opening it), 'Actress Sandra Bullock'
    for word in (_word_before(text, m.span.begin), m.span.text.split()[0].strip(_STRIP).lower()):
        if word in words:
            yield words[word]
    # 'Margaret Thatcher', 'Helmut Kohl': the first name of a name of two words or more
    for name in (m.name, entity.label):
        parts = name.split()
        if len(parts) > 1 and parts[0] in names:
            yield names[parts[0]]
    # 'Queen', 'Baroness' among the person's positions
    for position in entity.positions:
        first = position.split()[0].lower() if position.split() else ""
        if first in words:
            yield words[first]


def person_sexes(named: Iterable[Mention], keys: dict[int, str], entities: dict[str, Entity],
                 text: str) -> dict[str, str]:
    """Entity key → 'm' or 'f' for the people whose names the article gives evidence of one sex
    for (``named``: the mentions of people by name, ``keys``: mention id → entity key)."""
    seen: dict[str, set[str]] = {}
    for m in named:
        key = keys.get(m.id)
        if key is None or key not in entities:
            continue
        seen.setdefault(key, set()).update(_clues(m, entities[key], text))
    return {key: next(iter(sexes)) for key, sexes in seen.items() if len(sexes) == 1}
