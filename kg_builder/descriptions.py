"""Whom a bare definite description of an organisation refers to, within one article (read by
:mod:`.resolve`; the descriptions are found by :mod:`.extract.descriptions`).

- a noun ('the company', 'the bank', 'the party'): the organisation of a kind the noun fits
  (``rules/descriptions.json`` ``nouns``; some only with a word of their own in the name: 'the
  bank' is 'Citibank' or 'the Bank of Japan', never a carmaker) named nearest before it;
- a capitalised head ('the Federation', 'the Council'): the organisation named nearest before it
  whose name has that head ('the Taiwan Textile Federation', 'Council of Ministers');

in both only where that is the one such organisation named within ``window`` sentences before
the description, or, with none so near, the one named in the ``max_back`` sentences before:
'the company' after two companies may be either, and after a long stretch about something else
it is no one; and only one named at least once as a subject or its owner there, as one that
acts ('Citibank lent …'), not one named only as acted on ('Mr Bondi sued Morgan Stanley. The
company has also sued …': the company is Parmalat). A description is only ever the one who acts
(resolve.py drops an event whose target is one). Like a pronoun, the description joins the
organisation's mentions; it adds no name to the entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .model import Entity, Mention
from .resources import read_keyed_json

__all__ = ["DescriptionRules", "description_antecedent", "description_rules", "is_description"]

RULES_FILE = "descriptions.json"


@dataclass(frozen=True, slots=True)
class NounRule:
    """The kinds of organisation a noun describes, and the words one of which its name must
    hold (none: any name)."""

    kinds: frozenset[str]
    name_words: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DescriptionRules:
    """``rules/descriptions.json``: see its ``_comment``."""

    nouns: dict[str, NounRule]
    head_kinds: frozenset[str]
    window: int
    max_back: int


@cache
def description_rules() -> DescriptionRules:
    """The rules of ``rules/descriptions.json``; a missing or unknown key names the file."""
    data = read_keyed_json(RULES_FILE, keys={"nouns", "head_kinds", "window", "max_back"},
                           reader="kg_builder/descriptions.py")
    return DescriptionRules(
        nouns={noun: NounRule(kinds=frozenset(rule["kinds"]),
                              name_words=tuple(w.lower() for w in rule["name_words"]))
               for noun, rule in data["nouns"].items()},
        head_kinds=frozenset(data["head_kinds"]), window=int(data["window"]),
        max_back=int(data["max_back"]))


def is_description(m: Mention) -> bool:
    """Whether ``m`` is a description of an organisation ('the company'), not a state's
    ('the government', kind State)."""
    return m.how == "definite" and m.kind is None and bool(m.hint)


def description_antecedent(m: Mention, by_sentence: dict[int, list[Mention]],
                           mention_key: dict[int, str], entities: dict[str, Entity]) -> str | None:
    """The key of the organisation the description ``m`` refers to, or None (see the module)."""
    rules = description_rules()
    hint = m.hint or ""
    if hint[:1].isupper():
        head = hint.lower()
        kinds = rules.head_kinds

        def fits(name: str) -> bool:
            return _head(name) == head
    else:
        rule = rules.nouns.get(hint)
        if rule is None:
            return None
        kinds = rule.kinds

        def fits(name: str) -> bool:
            return not rule.name_words or any(
                w in word for word in name.lower().split() for w in rule.name_words)
    named: list[tuple[int, str, bool]] = []  # (sentence, key, acts), in text order
    for sentence in range(max(0, m.sentence - rules.max_back), m.sentence + 1):
        for c in by_sentence.get(sentence, ()):
            key = mention_key.get(c.id)
            if c.how != "name" or key is None or c.span.end > m.span.begin:
                continue
            entity = entities[key]
            if entity.kind in kinds and (fits(c.name) or fits(entity.label)):
                named.append((c.sentence, key, c.is_subject or c.role == "subject owner"))
    near = {key for sentence, key, _ in named if sentence >= m.sentence - rules.window}
    keys = near or {key for _, key, _ in named}
    # the one the article spoke of as acting ('Citibank lent …', "Parmalat's administrator"),
    # not one named only as acted on ('… sued Morgan Stanley. The company has also sued …')
    return next(iter(keys)) if len(keys) == 1 and any(
        key in keys and acts for _, key, acts in named) else None


def _head(name: str) -> str:
    """The head of an organisation's name: its last word ('Taiwan Textile Federation'), or
    the word before its first 'of' ('Bank of Japan', 'Council of Ministers')."""
    words = [w.lower() for w in name.split()]
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""
