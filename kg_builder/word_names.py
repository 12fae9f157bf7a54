"""Short names of known organisations that are also words, where the NER missed them.

"Labour", "Unison", "Sky" name a party, a union, a broadcaster — and are words ("Labour costs
rose"). The entity ruler of :mod:`kg_builder.nlp` therefore never adds them, and where the
statistical NER leaves them out the sentence loses its party: "The Conservatives accused Labour
of lying" had no event. :func:`word_name_spans` finds them from the parse instead: a capitalised
form of ``gazetteer().word_names`` outside every entity is a name in the middle of a sentence,
and at its start only as the subject of a verb; never an adjective ("a Conservative
government") nor the first word of a longer capitalised name ("Labour Relations Board"). What
counts is data: ``rules/word_names.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from .gazetteer import gazetteer
from .resources import read_keyed_json

__all__ = ["WordNameRules", "word_name_rules", "word_name_spans"]


@dataclass(frozen=True, slots=True, kw_only=True)
class WordNameRules:
    #: the forms, each as its words ("New Labour" → ("New", "Labour")), longest first
    forms: tuple[tuple[str, ...], ...]
    subject_deps: frozenset[str]
    adjective_tags: frozenset[str]
    label: str


@cache
def word_name_rules() -> WordNameRules:
    data = read_keyed_json("word_names.json", keys={"subject_deps", "adjective_tags", "label"},
                           reader="kg_builder/word_names.py")
    forms = sorted((tuple(n.split()) for n in gazetteer().word_names if n.strip()),
                   key=lambda f: (-len(f), f))
    return WordNameRules(forms=tuple(forms), subject_deps=frozenset(data["subject_deps"]),
                         adjective_tags=frozenset(data["adjective_tags"]), label=data["label"])


def word_name_spans(doc: Doc, rules: WordNameRules | None = None) -> list[Span]:
    """The spans of ``doc`` outside its entities that name a known organisation by a short name
    that is also a word, labelled ``rules.label``."""
    rules = rules or word_name_rules()
    found: list[Span] = []
    i = 0
    while i < len(doc):
        n = _form_at(doc, i, rules)
        if n and _is_name(doc, i, i + n, rules):
            found.append(Span(doc, i, i + n, label=rules.label))
            i += n
        else:
            i += 1
    return found


def _form_at(doc: Doc, i: int, rules: WordNameRules) -> int:
    for form in rules.forms:
        end = i + len(form)
        if end <= len(doc) and all(doc[i + k].text == w for k, w in enumerate(form)):
            return len(form)
    return 0


def _is_name(doc: Doc, start: int, end: int, rules: WordNameRules) -> bool:
    span = doc[start:end]
    if any(t.ent_iob_ != "O" for t in span) or span[-1].tag_ in rules.adjective_tags:
        return False
    if end < len(doc) and doc[end].is_title and doc[end].ent_iob_ == "O":
        return False  # "Labour Relations Board": a longer name the NER missed, not this one
    first = _sentence_first(doc, start)
    if start == first:
        return span.root.dep_ in rules.subject_deps and span.root.head.pos_ in ("VERB", "AUX")
    return True


def _sentence_first(doc: Doc, i: int) -> int:
    """The first token of ``i``'s sentence that is a word (after opening quotes and brackets)."""
    j = doc[i].sent.start
    while j < i and (doc[j].is_punct or doc[j].is_space):
        j += 1
    return j
