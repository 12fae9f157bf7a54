"""A place's name the NER tagged inside an organisation's name that it tags whole elsewhere in
the same article: 'Shares in UK Coal have fallen' ('UK' tagged a place, 'Coal' left untagged)
beside 'UK Coal said it was making "significant progress"' is UK Coal, not the United Kingdom;
'First Mississippi is a diversified resource company' beside 'First Mississippi Corp said …' is
the company, not the state; 'Petro' and 'Canada' tagged places inside 'Petro-Canada should …'
beside 'Petro-Canada, Canada's state-owned oil company' are the company, not the dictionary's
Gustavo Petro. The article's own tags settle it: the capitalised words around the place's name
(untagged, or places' names and hyphens after it) make with it the whole of an organisation's
name the article tags (or that name without its legal form). Reads the ``whole_names`` rule section
(``rules/extract/whole_names.json``); used by :mod:`.entities` before it reads names apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .rules import load_section

__all__ = ["WholeNameRules", "whole_name_rules", "whole_names"]


@dataclass(frozen=True, slots=True, kw_only=True)
class WholeNameRules:
    """The ``whole_names`` section: see the comment in ``rules/extract/whole_names.json``."""

    place_labels: frozenset[str]
    org_labels: frozenset[str]
    legal_forms: frozenset[str]
    max_more_words: float


@cache
def whole_name_rules() -> WholeNameRules:
    return load_section("whole_names", WholeNameRules)


def whole_names(ents: Iterable[SpacySpan]) -> Iterator[SpacySpan]:
    """The named-entity spans, a place's inside an organisation's name the article tags whole
    elsewhere read as that organisation's (labelled as the organisation's tag), with any other
    place's name after it inside that name ('Petro' + '-' + 'Canada' beside 'Petro-Canada')."""
    rules = whole_name_rules()
    ents = list(ents)
    names = _org_names(ents, rules)
    tagged = {i for ent in ents for i in range(ent.start, ent.end)}
    others = {i for ent in ents if ent.label_ not in rules.place_labels
              for i in range(ent.start, ent.end)}
    until = 0
    for ent in ents:
        if ent.start < until:
            continue  # a place's name read inside the whole name before it
        whole = (_whole(ent, names, tagged, others, rules) if names
                 and ent.label_ in rules.place_labels else None)
        if whole is not None:
            until = whole.end
        yield whole if whole is not None else ent


def _org_names(ents: list[SpacySpan], rules: WholeNameRules) -> dict[str, str]:
    """The article's organisations' names of two words or more (also without a closing legal
    form, if two words stay), each with its tag."""
    names: dict[str, str] = {}
    for ent in ents:
        if ent.label_ not in rules.org_labels:
            continue
        span = ent[1:] if ent[0].lower_ == "the" else ent
        if len(span) > 1:
            names.setdefault(span.text, ent.label_)
        if len(span) > 2 and span[-1].text in rules.legal_forms:
            names.setdefault(span[:-1].text, ent.label_)
    return names


def _whole(ent: SpacySpan, names: dict[str, str], tagged: set[int], others: set[int],
           rules: WholeNameRules) -> SpacySpan | None:
    """The longest span around ``ent`` that makes an organisation's name of ``names``: at most
    max_more_words capitalised untagged words of its sentence before it, and as many after it
    (a place's tagged name among them); None if none."""
    doc = ent.doc
    most = int(rules.max_more_words)
    first = ent.start
    while first > 0 and ent.start - first < most and _free(doc, first - 1, tagged) and (
            not doc[first].is_sent_start):
        first -= 1
    last = ent.end
    while last < len(doc) and last - ent.end < most and _free(doc, last, others) and (
            not doc[last].is_sent_start):
        last += 1
    best: SpacySpan | None = None
    for start in range(first, ent.start + 1):
        for end in range(ent.end, last + 1):
            if (start, end) == (ent.start, ent.end) or (
                    best is not None and end - start <= len(best)):
                continue
            label = names.get(doc[start:end].text)
            if label is not None and (end == len(doc) or doc[end].i not in tagged or (
                    doc[end].ent_iob_ == "B")):
                best = SpacySpan(doc, start, end, label=label)
    return best


def _free(doc: Doc, i: int, taken: set[int]) -> bool:
    """Whether token ``i`` may belong to a name the NER cut: capitalised and untagged (or tagged
    a place, where ``taken`` leaves it out), or a hyphen with no space on either side."""
    tok = doc[i]
    if i in taken:
        return False
    if tok.text == "-":
        return i > 0 and not doc[i - 1].whitespace_ and not tok.whitespace_
    return (tok.is_title or tok.is_upper) and tok.is_alpha
