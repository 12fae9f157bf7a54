"""The kind of body every name of a list is by the plural noun the list names: a plural noun
for a kind of body right before the list's first name ('technology firms Earthlink and
Webroot', "UPN's parent companies Paramount and Viacom", 'developers Blizzard'), before one of
``list_preps`` and the list ('top technology firms like Dell, Samsung and LG'), or the subject
of one of ``list_verbs`` whose object the list is ('Other bands at the festival include The
Killers, Keane and Foo Fighters'). :func:`.cues.kind_from_nouns` reads a noun right before the
name itself, singular or plural ('carmaker X'); here a name further on in the list is that kind
too, where the noun is plural: one kind for several names, no title of one of them. A name
the NER took for a person's is read so only where it opens with no given name and is no
person's the article or the gazetteers know ('firms such as Microsoft and Bill Gates' charity'
keep Bill Gates a person), and a name after the first only where a comma or one of
``and_words`` stands right before it ('the publisher Faber and author Kazuo Ishiguro' stays a
person). Reads the ``listed_kinds`` rule section (``rules/extract/listed_kinds.json``) and the
mentions section's ``kind_nouns`` (through :func:`.heads_after.kind_around`, for :mod:`.entities`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["ListedKindRules", "listed_kind", "listed_kind_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ListedKindRules:
    """The ``listed_kinds`` section: see the comment in ``rules/extract/listed_kinds.json``."""

    plural_tags: frozenset[str]
    plural_kinds: dict[str, str]
    list_preps: Words
    list_verbs: Words
    subject_deps: frozenset[str]
    object_deps: frozenset[str]
    and_words: Words
    given_names: frozenset[str]


@cache
def listed_kind_rules() -> ListedKindRules:
    return load_section("listed_kinds", ListedKindRules)


def listed_kind(ctx: ReadContext, ent: SpacySpan, label: str,
                kind_nouns: Mapping[str, str]) -> str | None:
    """The kind the plural noun of the list a name is in says it is (the module docstring's
    cues), with ``kind_nouns`` (lemma → class) and the section's ``plural_kinds``; else None."""
    rules = listed_kind_rules()
    if label == "PERSON" and _a_person(ctx, ent, rules):
        return None
    doc = ctx.doc
    root = ent.root
    first = root
    while first.head.i < first.i and (first.dep_ == "conj" or (
            first.dep_ == "appos" and first.pos_ == first.head.pos_ == "PROPN")):
        first = first.head  # "Dell, LG, Samsung and Phillips" parsed with LG in apposition
    if first.i != root.i and (ent.start == 0 or not (
            doc[ent.start - 1].text == "," or doc[ent.start - 1].lower_ in rules.and_words)):
        return None  # "the publisher Faber and author Kazuo Ishiguro": no bare item of a list
    lead = ent if first.i == root.i else ctx.ent_at(first.i)
    start = lead.start if lead is not None else first.i
    if start > 0 and (kind := _plural_kind(doc[start - 1], kind_nouns, rules)):
        return kind  # "technology firms Earthlink and Webroot", "developers Blizzard"
    head = first.head
    if first.dep_ == "pobj" and head.lower_ in rules.list_preps and head.head.i < head.i:
        return _plural_kind(head.head, kind_nouns, rules)  # "firms like Dell, Samsung and LG"
    if first.dep_ in rules.object_deps and head.lemma_.lower() in rules.list_verbs:
        return next((k for c in head.children if c.dep_ in rules.subject_deps
                     and (k := _plural_kind(c, kind_nouns, rules))), None)  # "bands include X"
    return None


def _plural_kind(token: Token, kind_nouns: Mapping[str, str], rules: ListedKindRules) -> str | None:
    """The class a plural noun for a kind of body names ('firms', 'bands'), else None."""
    if token.pos_ != "NOUN" or token.tag_ not in rules.plural_tags or token.ent_type_:
        return None
    lemma = token.lemma_.lower()
    return kind_nouns.get(lemma) or rules.plural_kinds.get(lemma)


def _a_person(ctx: ReadContext, ent: SpacySpan, rules: ListedKindRules) -> bool:
    """Whether a name the NER took for a person's opens with a given name or is a person's the
    article or the gazetteers know."""
    text = ent.text
    return (text.split()[0] in rules.given_names or normalise(text) in ctx.person_names
            or ctx.gaz.person(text) is not None)
