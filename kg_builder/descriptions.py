"""Whom a bare definite description of an organisation refers to, within one article (read by
:mod:`.resolve`; the descriptions are found by :mod:`.extract.descriptions`).

- a noun ('the company', 'the bank', 'the party'): the organisation of a kind the noun fits
  (``rules/descriptions.json`` ``nouns``; some only with a word of their own in the name: 'the
  bank' is 'Citibank' or 'the Bank of Japan', never a carmaker) named before it;
- a capitalised head ('the Federation', 'the Council'): the organisation named before it whose
  name has that head ('the Taiwan Textile Federation', 'Council of Ministers');

in both only where that is the one such organisation named in the ``max_back`` sentences before
the description (its own included): 'the company' after two companies may be either, however
near one of them ('Parmalat … the firm sought bankruptcy protection … Mr Bondi sued Morgan
Stanley. The company has also sued …'), and after a long stretch about something else it is no
one; and only one named there at least once as a subject or its owner, as one that acts
('Citibank lent …'), not one named only as acted on, and not one the article described so
before it first named it (there the article's descriptions are of another organisation, one
the names missed). A description is only ever the one who acts
(resolve.py drops an event whose target is one). Like a pronoun, the description joins the
organisation's mentions; it adds no name to the entity. It acts only in events of its noun's
``categories``: accusing, criticising, suing, threatening, sanctioning, and for a public body, a
party or a union ('the ministry asked …') also demanding and asking; a company's asking and its
other acts were business too often ('The company is inviting people to …', 'the airline amassed
losses of 265 mln U.S. dlrs').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .model import Entity, Event, Mention
from .ontology import event_info
from .resources import read_keyed_json

__all__ = ["DescriptionRules", "describes_agent", "description_antecedent", "description_rules",
           "is_description"]

RULES_FILE = "descriptions.json"


@dataclass(frozen=True, slots=True)
class NounRule:
    """The kinds of organisation a noun describes, the words one of which its name must hold
    (none: any name), and the PLOVER categories of the events it acts in."""

    kinds: frozenset[str]
    name_words: tuple[str, ...]
    categories: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class DescriptionRules:
    """``rules/descriptions.json``: see its ``_comment``."""

    nouns: dict[str, NounRule]
    head_kinds: frozenset[str]
    head_categories: frozenset[str]
    max_back: int


@cache
def description_rules() -> DescriptionRules:
    """The rules of ``rules/descriptions.json``; a missing or unknown key names the file."""
    data = read_keyed_json(RULES_FILE, keys={"nouns", "head_kinds", "head_categories", "max_back"},
                           reader="kg_builder/descriptions.py")
    return DescriptionRules(
        nouns={noun: NounRule(kinds=frozenset(rule["kinds"]),
                              name_words=tuple(w.lower() for w in rule["name_words"]),
                              categories=frozenset(rule["categories"]))
               for noun, rule in data["nouns"].items()},
        head_kinds=frozenset(data["head_kinds"]),
        head_categories=frozenset(data["head_categories"]),
        max_back=int(data["max_back"]))


def is_description(m: Mention) -> bool:
    """Whether ``m`` is a description of an organisation ('the company'), not a state's
    ('the government', kind State)."""
    return m.how == "definite" and m.kind is None and bool(m.hint)


def describes_agent(ev: Event, mentions: list[Mention]) -> bool:
    """Whether an event (its parties still mention references) may stand as read: no
    description is its target ('no plans to seek control of the company'), and one that is its
    agent acts in an event of its noun's ``categories`` (a capitalised head's:
    ``head_categories``)."""
    if ev.target and is_description(mentions[int(ev.target[2:])]):
        return False
    agent = mentions[int(ev.agent[2:])]
    if not is_description(agent):
        return True
    rules, hint = description_rules(), agent.hint or ""
    rule = rules.nouns.get(hint)
    categories = rules.head_categories if hint[:1].isupper() else (
        rule.categories if rule is not None else frozenset())
    return event_info(ev.type).plover in categories


def description_antecedent(m: Mention, mentions: list[Mention],
                           by_sentence: dict[int, list[Mention]], mention_key: dict[int, str],
                           entities: dict[str, Entity], *, text: str) -> str | None:
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
    named: list[tuple[int, str, bool]] = []  # (sentence, key, acts)
    for sentence in range(max(0, m.sentence - rules.max_back), m.sentence + 1):
        for c in by_sentence.get(sentence, ()):
            key = mention_key.get(c.id)
            if c.how != "name" or key is None or c.span.end > m.span.begin:
                continue
            entity = entities[key]
            if entity.kind in kinds and (fits(c.name) or fits(entity.label)):
                named.append((c.sentence, key, c.is_subject or c.role == "subject owner"))
    keys = {key for _, key, _ in named}
    if len(keys) != 1 or not any(acts for _, _, acts in named):
        return None  # two that fit, or one named only as acted on ('… sued Morgan Stanley')
    key = next(iter(keys))
    first = min(c.span.begin for c in mentions if mention_key.get(c.id) == key)
    # 'the firm had been fined … Mr Bondi sued Morgan Stanley … The company has also sued …':
    # the article described its organisation so before it named this one: another
    words = {hint.lower()} if hint[:1].isupper() else {
        noun for noun, other in rules.nouns.items() if other.kinds & kinds}
    return None if _described_before(text, words, before=first) else key


def _described_before(text: str, words: set[str], *, before: int) -> bool:
    """Whether ``text`` has 'the' and one of ``words`` (a whole word) before offset ``before``."""
    found = re.search(rf"\bthe\s+(?:{'|'.join(map(re.escape, sorted(words)))})\b",
                      text[:before], flags=re.IGNORECASE)
    return found is not None


def _head(name: str) -> str:
    """The head of an organisation's name: its last word ('Taiwan Textile Federation'), or
    the word before its first 'of' ('Bank of Japan', 'Council of Ministers')."""
    words = [w.lower() for w in name.split()]
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""
