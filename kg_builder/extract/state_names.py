"""A state's name the NER tagged apart inside a longer name: the longer name, not the state.

- a company's name that runs on from the state's name to a legal form, over capitalised words
  and 'and' ('Australia and New Zealand Banking Group Ltd', 'Hong Kong and Shanghai Banking
  Corp'): one name, tagged an organisation, whatever the NER tagged inside it;
- a state's name a company's name modifies right before it, written in capitals as wire copy
  and the BBC write a state's abbreviation ('Esso UK, a member of Exxon', 'Shell U.K. Chairman
  Bob Reid', 'Texaco USA'): the company's national unit, one name (``joined_names`` reads the
  other places' names a name modifies: 'Kentish' + 'Town');
- a state's name before words that complete an organisation's name the gazetteers know, of a
  kind no state's own body is ('the UK' + 'Independence Party member'): that organisation;
- a state's name after a particle of a name in a Romance language and a capitalised word ('the
  Stade de France', 'Gaz de France'): the end of that name, no state.

Not a state's name before or after a name that ends elsewhere ('Britain and Japan clashed',
'U.S. and United Kingdom assets', 'Sapporo Breweries Ltd of Japan', "Toyota's US sales arm"),
nor a state's name in a heading written in capitals ('ESSO UK').
Reads the ``state_names`` rule section (``rules/extract/state_names.json``); used by
:mod:`.entities` on the named-entity spans before they are read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..gazetteer import Gazetteer, normalise
from .rules import Words, load_section

__all__ = ["StateNameRules", "past_state_names", "state_name_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class StateNameRules:
    """The ``state_names`` section: see the comment in ``rules/extract/state_names.json``."""

    state_labels: frozenset[str]
    legal_forms: frozenset[str]
    joining_words: Words
    most_words: float
    unit_modifier_deps: frozenset[str]
    officer_nouns: Words
    known_labels: frozenset[str]
    known_most_words: float
    not_known_kinds: frozenset[str]
    particles: Words
    possessives: Words
    home_preps: Words


@cache
def state_name_rules() -> StateNameRules:
    return load_section("state_names", StateNameRules)


def past_state_names(gaz: Gazetteer, ents: Iterable[SpacySpan]) -> list[SpacySpan]:
    """The named-entity spans, each state's name that a longer name continues read as part of it
    (or, after a particle, as no name), the spans inside that longer name left out."""
    spans = list(ents)
    rules = state_name_rules()
    longer: list[SpacySpan] = []
    dropped: set[int] = set()
    for n, ent in enumerate(spans):
        if ent.label_ not in rules.state_labels or not _state_name(gaz, ent.text):
            continue
        if longer and longer[-1].start <= ent.start < longer[-1].end:
            continue  # "New Zealand" inside the company read from "Australia"
        if ent[-1].lower_ in rules.possessives:
            continue  # "Saudi Arabia's National Company for …": the state owns the name after it
        found = (_company_through(gaz, ent, rules) or _unit_of_company(spans, n, gaz, rules)
                 or _known_longer(gaz, spans, n, rules))
        if found is not None and any(s.start < found.end < _word_end(s) for s in spans):
            found = None  # a name tagged on past the legal form: the state's name ends elsewhere
        if found is not None:
            longer.append(found)
        elif _after_particle(ent, rules):
            dropped.add(ent.start)  # "the Stade de France": no state
    if not longer and not dropped:
        return spans
    kept = [s for s in spans if s.start not in dropped
            and not any(s.start < one.end and one.start < s.end for one in longer)]
    return sorted([*kept, *longer], key=lambda s: s.start)


def _word_end(span: SpacySpan) -> int:
    """The end of a tagged name's words, before the marks the NER ran it over ('Corp>')."""
    end = span.end
    while end > span.start + 1 and not any(c.isalnum() for c in span.doc[end - 1].text):
        end -= 1
    return end


def _state_name(gaz: Gazetteer, text: str) -> bool:
    """Whether ``text`` is a state's own name (not a demonym, nor its capital's name)."""
    hit = gaz.state(text)
    return hit is not None and hit[1] == "name"


def _company_through(gaz: Gazetteer, ent: SpacySpan, rules: StateNameRules) -> SpacySpan | None:
    """'New Zealand' + 'Banking Group Ltd': the company's name from the state's name (or from the
    capitalised words and 'and' before it) to a legal form, with at least one capitalised word
    between the last state's name and the legal form, and a place's name the gazetteers know
    right after each 'and' ('Hong Kong and Shanghai Banking Corp'; not 'Bennes Marrel SA of
    France and Juster Steel Corp'); not a state's name after one of home_preps right after a
    name (a company's home: 'Bennes Marrel SA of France'); else None."""
    doc = ent.doc
    if (ent.start > 1 and doc[ent.start - 1].lower_ in rules.home_preps
            and _capitalised(doc[ent.start - 2])):
        return None  # "Bennes Marrel SA of France and …": the company's home
    end = ent.end
    words = 0
    last = min(len(doc), ent.end + int(rules.most_words))
    while end < last:
        tok = doc[end]
        if tok.text in rules.legal_forms and words:
            end += 1
            while end < len(doc) and doc[end].text in rules.legal_forms:
                end += 1  # "Co Ltd"
            return SpacySpan(doc, _start_before_and(doc, ent.start, rules), end, label="ORG")
        if tok.lower_ in rules.joining_words and end + 1 < len(doc) and _capitalised(doc[end + 1]):
            if not _place_at(gaz, doc, end + 1):
                return None
            end += 1
            words = 0  # "Australia and New Zealand …": a word after the last 'and' counts
            continue
        if not _capitalised(tok) or tok.is_sent_start:
            return None
        words += 1
        end += 1
    return None


def _place_at(gaz: Gazetteer, doc: Doc, i: int) -> bool:
    """Whether a state's or a town's name the gazetteers know opens at token ``i`` (one to three
    words: 'Shanghai', 'New Zealand')."""
    for more in range(i + 1, min(len(doc), i + 3) + 1):
        text = doc[i:more].text
        if gaz.state(text) is not None or normalise(text) in gaz.cities:
            return True
    return False


def _start_before_and(doc: Doc, start: int, rules: StateNameRules) -> int:
    """The start of the capitalised words and 'and' right before ``start`` ('Australia and'
    before 'New Zealand Banking Group Ltd'), or ``start``."""
    i = start
    while i >= 2 and doc[i - 1].lower_ in rules.joining_words and _capitalised(doc[i - 2]):
        i -= 2
        while i >= 1 and _capitalised(doc[i - 1]) and not doc[i].is_sent_start:
            i -= 1
    return i


def _capitalised(tok: Token) -> bool:
    """A word of a name: capitalised, or '&' ('Procter & Gamble')."""
    return tok.text[:1].isupper() or tok.text == "&"


def _unit_of_company(spans: list[SpacySpan], n: int, gaz: Gazetteer,
                     rules: StateNameRules) -> SpacySpan | None:
    """'Esso' + 'UK': a company's name (no state's, not in capitals) right before a state's name
    in capitals that it modifies, one space apart, and that modifies no common noun after it but
    a person of the unit ('Nintendo UK general manager'): one name, the company's unit; else None."""
    ent = spans[n]
    if n == 0 or not ent.text.replace(".", "").isupper():
        return None
    first = spans[n - 1]
    last = first[-1]
    if (first.label_ != "ORG" or first.end != ent.start or last.whitespace_ != " "
            or first.text.replace(".", "").replace(" ", "").isupper()
            or gaz.state(first.text) is not None
            or first.root.dep_ not in rules.unit_modifier_deps
            or not ent.start <= first.root.head.i < ent.end):
        return None
    head = ent.root.head
    if head.i >= ent.end and head.pos_ == "NOUN" and head.lower_ not in rules.officer_nouns:
        return None  # "told BBC News US policy condemns …": the state's policy, no unit
    return SpacySpan(ent.doc, first.start, ent.end, label="ORG")


def _known_longer(gaz: Gazetteer, spans: list[SpacySpan], n: int,
                  rules: StateNameRules) -> SpacySpan | None:
    """'UK' + 'Independence Party': the longest organisation's name the gazetteers know that the
    state's name opens and up to ``known_most_words`` capitalised words after it complete, of a
    kind no state's own body is; else None."""
    ent = spans[n]
    doc = ent.doc
    best: SpacySpan | None = None
    for more in range(ent.end + 1, min(len(doc), ent.end + int(rules.known_most_words)) + 1):
        added = doc[more - 1]
        if added.is_sent_start or not added.text[:1].isupper():
            break
        inside = next((s for s in spans[n + 1:] if s.start <= more - 1 < s.end), None)
        if inside is not None and inside.label_ not in rules.known_labels:
            break
        hit = gaz.org(doc[ent.start:more].text)
        if hit is not None and hit.kind not in rules.not_known_kinds and (
                inside is None or inside.end <= more):
            best = SpacySpan(doc, ent.start, more, label="ORG")
    return best


def _after_particle(ent: SpacySpan, rules: StateNameRules) -> bool:
    """'Stade de' + 'France': a particle of a Romance language's name right before the state's
    name, after a capitalised word."""
    doc = ent.doc
    i = ent.start
    return (i >= 2 and doc[i - 1].lower_ in rules.particles and doc[i - 1].text.islower()
            and doc[i - 2].text[:1].isupper() and not doc[i - 2].is_sent_start)
